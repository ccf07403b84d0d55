"""Entities: canonical people, places and units, their aliases, merges and mentions.

May import: annotating, storage, domain.
"""
