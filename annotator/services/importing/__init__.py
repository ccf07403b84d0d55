"""Importing: article files (text, HTML, any charset) and JSON datasets, with a report.

May import: formats, clock, storage, domain.
"""
