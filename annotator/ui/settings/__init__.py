"""Preferences and the annotation schemes editor.

May import: common; services and domain.
"""
