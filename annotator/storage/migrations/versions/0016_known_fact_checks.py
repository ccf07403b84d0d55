"""A library of known fact-checks (ClaimReview published elsewhere), apart from the articles.

One row per claim a review checks, found again by its review URL. Full-text search over the
words the matcher normalised (``search_text``): SQLite FTS5 (external content, kept in step by
triggers), PostgreSQL a GIN index over a stored generated tsvector, as the claims' index of
revision 0010.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annotator.storage import postgres, sqlite_search

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _statements(create: bool) -> list[str]:
    if op.get_context().dialect.name == "sqlite":
        return sqlite_search.KNOWN_FTS_CREATE if create else sqlite_search.KNOWN_FTS_DROP
    return postgres.KNOWN_FTS_CREATE if create else postgres.KNOWN_FTS_DROP


def upgrade() -> None:
    op.create_table(
        "known_fact_checks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("claim_reviewed", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("rating_name", sa.Text, nullable=True),
        sa.Column("rating_value", sa.Float, nullable=True),
        sa.Column("best_rating", sa.Float, nullable=True),
        sa.Column("worst_rating", sa.Float, nullable=True),
        sa.Column("publisher", sa.Text, nullable=True),
        sa.Column("publisher_url", sa.Text, nullable=True),
        sa.Column("published_at", sa.String(32), nullable=True),
        sa.Column("language", sa.String(35), nullable=True),
        sa.Column("claimant", sa.Text, nullable=True),
        sa.Column("appearances", sa.JSON, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_known_fact_checks_url", "known_fact_checks", ["url"])
    for statement in _statements(create=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(create=False):
        op.execute(statement)
    op.drop_index("ix_known_fact_checks_url", table_name="known_fact_checks")
    op.drop_table("known_fact_checks")
