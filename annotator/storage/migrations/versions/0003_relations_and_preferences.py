"""Related claims across articles, rejected suggestions, preferences travelling with the data.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(36)
STAMP = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "claim_relations",
        sa.Column("claim_id", ID, primary_key=True),
        sa.Column("other_claim_id", ID, primary_key=True),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("created_by", ID, nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            ondelete="CASCADE",
            name="fk_claim_relations_claim_id_claims",
        ),
        sa.ForeignKeyConstraint(
            ["other_claim_id"],
            ["claims.id"],
            ondelete="CASCADE",
            name="fk_claim_relations_other_claim_id_claims",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["annotators.id"], name="fk_claim_relations_created_by_annotators"
        ),
        sa.CheckConstraint("claim_id < other_claim_id", name="ck_claim_relations_ordered"),
        sa.CheckConstraint("relation IN ('same', 'different')", name="ck_claim_relations_relation"),
    )
    op.create_index("ix_claim_relations_other_claim_id", "claim_relations", ["other_claim_id"])
    op.create_table(
        "rejected_suggestions",
        sa.Column("article_id", ID, primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("start_offset", sa.Integer, primary_key=True),
        sa.Column("end_offset", sa.Integer, primary_key=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_rejected_suggestions_article_id_articles",
        ),
    )
    op.create_table(
        "preferences",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("preferences")
    op.drop_table("rejected_suggestions")
    op.drop_index("ix_claim_relations_other_claim_id", "claim_relations")
    op.drop_table("claim_relations")
