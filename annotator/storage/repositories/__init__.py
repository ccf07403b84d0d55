"""Repositories: the queries and writes of each kind of record, speaking domain records.

May import: the storage floor's tables, row mapping and database; the domain; SQLAlchemy.
"""
