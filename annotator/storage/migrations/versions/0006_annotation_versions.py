"""Team server: a version on mentions and claims, for optimistic locking.

Every save writes ``version + 1`` where the version is still the one it read; a save that
finds another version was overtaken by someone else's and is refused, never silently lost.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("mentions", "claims"):
        # ADD COLUMN in place: no table rebuild, so no foreign key cascade to fear.
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in ("claims", "mentions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
