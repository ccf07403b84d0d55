"""One Alembic revision per file, oldest first; they never change once released.

May import: alembic and SQLAlchemy only.
"""
