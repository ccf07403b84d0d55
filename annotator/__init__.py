"""Fact-Check Annotator: offline annotation of news articles for fact-checkers.

May import: each floor only the floors below it: ui > services > storage > domain.
"""

__version__ = "0.2.0"
APP_NAME = "factcheck-annotator"
