"""Removed articles wait in a Trash: one row per article, kept whole until purged.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ID = sa.String(36)
STAMP = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "trashed_articles",
        sa.Column("id", ID, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("imported_at", STAMP, nullable=False),
        sa.Column("removed_at", STAMP, nullable=False),
        sa.Column("claim_count", sa.Integer, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("trashed_articles")
