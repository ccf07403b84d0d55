"""Who saved each mention and claim last, and when: shown beside one's own edit when two
saves of the same annotation meet (docs/design/storage.md: team mode).

Both columns stay empty until the first save after creation; then the creator and the
creation time stand in for them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("mentions", "claims"):
        # ADD COLUMN in place: no table rebuild, so no foreign key cascade to fear.
        op.add_column(table, sa.Column("saved_by", sa.String(36), nullable=True))
        op.add_column(table, sa.Column("saved_at", sa.String(32), nullable=True))


def downgrade() -> None:
    for table in ("claims", "mentions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("saved_at")
            batch.drop_column("saved_by")
