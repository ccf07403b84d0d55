"""The article list: its model, filter and search.

May import: common; services and domain.
"""
