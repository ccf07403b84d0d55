"""Alembic migrations: env.py runs them; each schema change is a file under versions/.

May import: storage tables and SQLAlchemy; never services or ui.
"""
