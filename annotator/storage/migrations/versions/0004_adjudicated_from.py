"""Adjudicated spans remember the annotations they were accepted from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild): existing rows get an empty list.
    for table in ("mentions", "claims"):
        op.add_column(
            table,
            sa.Column("adjudicated_from", sa.JSON, nullable=False, server_default="[]"),
        )


def downgrade() -> None:
    for table in ("mentions", "claims"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("adjudicated_from")
