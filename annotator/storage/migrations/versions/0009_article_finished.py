"""Progress per annotator: who marked which article finished, and when.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ID = sa.String(36)
STAMP = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "article_finished",
        sa.Column(
            "article_id",
            ID,
            sa.ForeignKey(
                "articles.id", ondelete="CASCADE", name="fk_article_finished_article_id_articles"
            ),
            nullable=False,
        ),
        sa.Column(
            "annotator_id",
            ID,
            sa.ForeignKey(
                "annotators.id",
                ondelete="CASCADE",
                name="fk_article_finished_annotator_id_annotators",
            ),
            nullable=False,
        ),
        sa.Column("finished_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "annotator_id", name="pk_article_finished"),
    )
    op.create_index("ix_article_finished_annotator_id", "article_finished", ["annotator_id"])


def downgrade() -> None:
    op.drop_index("ix_article_finished_annotator_id", table_name="article_finished")
    op.drop_table("article_finished")
