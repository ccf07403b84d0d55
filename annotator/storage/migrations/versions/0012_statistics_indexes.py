"""Covering indexes for the statistics: `annotator stats` counts in SQL.

- ``ix_articles_status`` (status, imported_at, id): the articles per status without reading a
  row (an article's text makes its row long; SQLite reads past it to reach ``status``), the
  done articles' ids, and the article list filtered by status, already in its order.
- ``ix_mentions_layer`` / ``ix_claims_layer`` (created_by, article_id, origin): the progress
  per annotator (each annotator's spans, and the articles they annotated) from the index alone.
- ``ix_mentions_type`` / ``ix_claims_status``: the counts per entity type and per status; they
  also serve the foreign keys to the schemes (removing a type or a status checks its uses).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_articles_status", "articles", ["status", "imported_at", "id"]),
    ("ix_mentions_layer", "mentions", ["created_by", "article_id", "origin"]),
    ("ix_mentions_type", "mentions", ["type"]),
    ("ix_claims_layer", "claims", ["created_by", "article_id", "origin"]),
    ("ix_claims_status", "claims", ["status"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
