"""Initial schema: articles, annotations, entities, evidence, schemes, annotators.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(36)
STAMP = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "annotators",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_table(
        "entity_types",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("color", sa.String(16), nullable=False),
        sa.Column("shortcut", sa.String(8), nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("shortcut", name="uq_entity_types_shortcut"),
    )
    op.create_table(
        "statuses",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("final", sa.Boolean, nullable=False),
        sa.Column("rating_value", sa.Integer, nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", ID, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("publisher", sa.Text, nullable=True),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("published_at", STAMP, nullable=True),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("imported_at", STAMP, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.UniqueConstraint("text_sha256", name="uq_articles_text_sha256"),
    )
    op.create_index("ix_articles_imported", "articles", ["imported_at", "id"])
    op.create_table(
        "entities",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(
            ["type"], ["entity_types.id"], ondelete="RESTRICT", name="fk_entities_type_entity_types"
        ),
    )
    op.create_table(
        "mentions",
        sa.Column("id", ID, primary_key=True),
        sa.Column("article_id", ID, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("entity_id", ID, nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("created_by", ID, nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_mentions_article_id_articles",
        ),
        sa.ForeignKeyConstraint(
            ["type"], ["entity_types.id"], ondelete="RESTRICT", name="fk_mentions_type_entity_types"
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            ondelete="SET NULL",
            name="fk_mentions_entity_id_entities",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["annotators.id"], name="fk_mentions_created_by_annotators"
        ),
    )
    op.create_index(
        "ix_mentions_article_span", "mentions", ["article_id", "start_offset", "end_offset"]
    )
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])
    op.create_table(
        "claims",
        sa.Column("id", ID, primary_key=True),
        sa.Column("article_id", ID, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("claim_reviewed", sa.Text, nullable=True),
        sa.Column("claimant_name", sa.Text, nullable=True),
        sa.Column("claimant_entity_id", ID, nullable=True),
        sa.Column("claim_date", sa.String(10), nullable=True),
        sa.Column("status", sa.String(64), nullable=False),
        sa.Column("justification", sa.Text, nullable=False),
        sa.Column("checkworthy", sa.Boolean, nullable=True),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("review_url", sa.Text, nullable=True),
        sa.Column("review_published_at", STAMP, nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("created_by", ID, nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_claims_article_id_articles",
        ),
        sa.ForeignKeyConstraint(
            ["claimant_entity_id"],
            ["entities.id"],
            ondelete="SET NULL",
            name="fk_claims_claimant_entity_id_entities",
        ),
        sa.ForeignKeyConstraint(
            ["status"], ["statuses.id"], ondelete="RESTRICT", name="fk_claims_status_statuses"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["annotators.id"], name="fk_claims_created_by_annotators"
        ),
    )
    op.create_index(
        "ix_claims_article_span", "claims", ["article_id", "start_offset", "end_offset"]
    )
    op.create_table(
        "claim_mentions",
        sa.Column("claim_id", ID, primary_key=True),
        sa.Column("mention_id", ID, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            ondelete="CASCADE",
            name="fk_claim_mentions_claim_id_claims",
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            ondelete="CASCADE",
            name="fk_claim_mentions_mention_id_mentions",
        ),
    )
    op.create_index("ix_claim_mentions_mention_id", "claim_mentions", ["mention_id"])
    op.create_table(
        "evidence",
        sa.Column("id", ID, primary_key=True),
        sa.Column("claim_id", ID, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("archive_url", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("accessed_at", STAMP, nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], ondelete="CASCADE", name="fk_evidence_claim_id_claims"
        ),
    )
    op.create_index("ix_evidence_claim_id", "evidence", ["claim_id"])


def downgrade() -> None:
    for table in (
        "evidence",
        "claim_mentions",
        "claims",
        "mentions",
        "entities",
        "articles",
        "statuses",
        "entity_types",
        "annotators",
    ):
        op.drop_table(table)
