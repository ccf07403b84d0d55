"""Removing articles: the Trash (restore, empty), purging, and which articles are the demo.

May import: the feature rooms below (importing), annotating, formats, storage and domain.
"""
