"""Suggestions: likely mentions and claims, their rejections, and the claim model (learned).

May import: annotating, storage, domain, and the bundled resources.
"""
