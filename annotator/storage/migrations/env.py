"""Alembic environment: always run by annotator.storage.migrate on a connection it provides."""

from __future__ import annotations

from alembic import context

from annotator.storage.postgres import CLAIM_VECTOR_COLUMN
from annotator.storage.rows import Base
from annotator.storage.sqlite_search import is_fts_table

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through annotator.storage.migrate, which opens the database")


def _include(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 indexes and their shadow tables, and PostgreSQL's claim vector column, are made
    # by SQL in a revision, not by the models.
    if type_ == "column" and name == CLAIM_VECTOR_COLUMN:
        return False
    return not (type_ == "table" and name is not None and is_fts_table(name))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them: see migrate.upgrade
    include_object=_include,
)
context.run_migrations()
