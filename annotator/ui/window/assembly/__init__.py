"""What MainWindow is put together from: its columns, its kept layout, its panels' wiring.

May import: the feature rooms below the window and the window's action host (action_factory);
never MainWindow.
"""
