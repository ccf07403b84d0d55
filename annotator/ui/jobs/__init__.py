"""File jobs: import and export from the window, run off the UI thread with progress.

May import: common; services and domain.
"""
