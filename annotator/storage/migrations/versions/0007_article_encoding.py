"""Articles record the encoding their file was read with; guessed ones keep their bytes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default): no table rebuild, the FTS triggers stay.
    op.add_column("articles", sa.Column("encoding", sa.String(40), nullable=True))
    op.create_table(
        "article_originals",
        sa.Column("article_id", sa.String(36), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_article_originals_article_id_articles",
        ),
    )


def downgrade() -> None:
    op.drop_table("article_originals")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("encoding")
