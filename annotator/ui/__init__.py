"""PySide6 widgets, Qt models and dialogs: the only layer that imports Qt."""
