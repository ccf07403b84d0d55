"""Team server: full-text search on PostgreSQL, a GIN index over a tsvector.

SQLite has its FTS5 index since revision 0002; on SQLite this revision changes nothing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from annotator.storage.postgres import FTS_CREATE, FTS_DROP

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for statement in FTS_CREATE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for statement in FTS_DROP:
            op.execute(statement)
