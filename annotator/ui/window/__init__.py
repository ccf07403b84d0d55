"""The main window and what assembles it: actions and menus, status bar, navigation, shortcuts help.

May import: every feature room below it; nothing imports MainWindow but the app.
"""
