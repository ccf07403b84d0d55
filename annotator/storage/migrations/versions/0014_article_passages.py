"""Articles record where each part of their text comes from in its source: a PDF's pages,
a subtitle's cue times, a Telegram post (``article_passages``, one row per passage).

A table of its own rather than a column: most articles (a file read whole) have none, and
the articles' row (the FTS triggers read it) stays as it was.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_passages",
        sa.Column("article_id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_article_passages_article_id_articles",
        ),
    )


def downgrade() -> None:
    op.drop_table("article_passages")
