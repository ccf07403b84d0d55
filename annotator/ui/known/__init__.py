"""Checked before: published fact-checks matching the selected claim, by its form and related.

May import: editing, common; services and domain.
"""
