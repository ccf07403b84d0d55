"""Text sorts and compares bytewise on PostgreSQL, as on SQLite.

SQLite compares text by its bytes (BINARY); a team server compares by its database's collation,
often en-US, where "ark" sorts before "Izium" and "_hidden" first. Every ORDER BY and keyset
comparison over names and ids (entities, annotators, preferences, the article list's order)
would then give another order on the server than in a SQLite file, and an export of the same
collection another dataset. Every text column gets the "C" collation (bytewise, UTF-8 code
point order); equality is unchanged. The claims' generated search column reads two of those
columns, so it is dropped and made again around the change. Nothing to do on SQLite.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from annotator.storage import postgres

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = text(
    "SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length "
    "FROM information_schema.columns c JOIN information_schema.tables t "
    "USING (table_schema, table_name) "
    "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
    "AND c.data_type IN ('text', 'character varying') AND c.is_generated = 'NEVER' "
    "AND c.table_name <> 'alembic_version' ORDER BY c.table_name, c.ordinal_position"
)


def _collate(collation: str) -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for statement in postgres.CLAIM_FTS_DROP:
        op.execute(statement)
    for table, column, data_type, length in op.get_bind().execute(_TEXT_COLUMNS).all():
        kind = f"varchar({length})" if data_type == "character varying" and length else data_type
        if data_type == "character varying" and not length:
            kind = "varchar"
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} COLLATE {collation}')
    for statement in postgres.CLAIM_FTS_CREATE:
        op.execute(statement)


def upgrade() -> None:
    _collate('"C"')


def downgrade() -> None:
    _collate('"default"')
