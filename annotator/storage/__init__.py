"""SQLAlchemy mapping, engine and migrations, and repositories that speak domain objects."""
