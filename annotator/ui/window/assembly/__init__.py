"""What MainWindow is put together from: its columns, its kept layout, its panels' wiring.

May import: the feature rooms below the window and the window's status bar, each part handed
in explicitly; never MainWindow.
"""
