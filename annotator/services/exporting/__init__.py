"""Exporting: the JSON dataset, ClaimReview and CSV files, written atomically.

May import: formats, preferences, storage, domain.
"""
