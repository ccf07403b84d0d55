"""The article list: its model, filter and search.

May import: editing, common; services and domain.
"""
