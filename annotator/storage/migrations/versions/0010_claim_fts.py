"""Related claims: a candidate index over the claims' quote and restatement.

SQLite: an FTS5 table over claims (bm25), kept in step by triggers and filled here with every
claim already stored. PostgreSQL: a GIN index over their tsvector ('simple', as the articles'
index of revision 0005), in a stored generated column the server fills and keeps up itself.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

from annotator.storage import postgres, sqlite_search

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _statements(create: bool) -> list[str]:
    if op.get_context().dialect.name == "sqlite":
        return sqlite_search.CLAIM_FTS_CREATE if create else sqlite_search.CLAIM_FTS_DROP
    return postgres.CLAIM_FTS_CREATE if create else postgres.CLAIM_FTS_DROP


def upgrade() -> None:
    for statement in _statements(create=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(create=False):
        op.execute(statement)
