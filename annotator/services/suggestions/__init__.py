"""Suggestions: likely mentions and claims, their rejections, and the claim model (learned).

May import: known (a sentence checked before), annotating, storage, domain, the bundled resources.
"""
