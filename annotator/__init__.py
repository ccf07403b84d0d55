"""Fact-Check Annotator: offline annotation of news articles for fact-checkers."""

__version__ = "0.1.0"
APP_NAME = "factcheck-annotator"
