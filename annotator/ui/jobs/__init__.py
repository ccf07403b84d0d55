"""Long jobs: import, export and learning from claims, run off the UI thread with progress.

May import: common; services and domain.
"""
