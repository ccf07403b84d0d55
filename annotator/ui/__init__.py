"""The window: PySide6 widgets, Qt models and dialogs, in rooms by feature; the only floor with Qt.

May import: services and domain, never storage. A room imports only rooms below it (pyproject).
"""
