"""Suggestions: likely mentions and claims found in an article, and their rejections.

May import: annotating, storage, domain.
"""
