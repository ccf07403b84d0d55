"""SQLAlchemy tables, engine, migrations and repositories that speak domain records.

May import: the domain, SQLAlchemy and Alembic; never services or ui.
"""
