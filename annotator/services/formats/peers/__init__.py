"""The field's formats: annotation tools and fact-checking datasets, one module each.

May import: the domain and formats.dataset_v1; each module is listed in formats.registry.
"""
