"""Articles, mentions and claims keep their own id in the file they came from and what that file
said of them that the program does not model, so an export to the same format gives it back.

- ``source_id`` (text): a doccano or Label Studio id, a brat document name, an XMI document id,
  a FEVER id, an AVeriTeC index, a tweet id.
- ``extra`` (JSON object): the record's other fields, by format name.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TABLES = ("articles", "mentions", "claims")


def upgrade() -> None:
    # Plain ADD COLUMNs (nullable, no default): no table rebuild, the FTS triggers stay. On a
    # team server text compares bytewise, as every text column since revision 0011.
    postgresql = op.get_context().dialect.name == "postgresql"
    text = sa.Text(collation="C") if postgresql else sa.Text()
    for table in TABLES:
        op.add_column(table, sa.Column("source_id", text, nullable=True))
        op.add_column(table, sa.Column("extra", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("extra")
            batch.drop_column("source_id")
