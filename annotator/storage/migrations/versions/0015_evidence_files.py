"""Evidence files kept in the database: the bytes once per SHA-256, in chunks, and on each
piece of evidence the file it keeps (docs/design/storage.md, "Evidence files").

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

ID = sa.String(36)
STAMP = sa.String(32)
FILE_COLUMNS = (
    ("file_sha256", sa.String(64)),
    ("file_name", sa.Text()),
    ("file_media_type", sa.String(255)),
    ("file_size", sa.BigInteger()),
    ("file_attached_at", STAMP),
    ("file_attached_by", ID),
)


def upgrade() -> None:
    op.create_table(
        "stored_files",
        sa.Column("id", ID, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("chunk_size", sa.Integer, nullable=False),
        sa.Column("stored_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stored_files"),
        sa.UniqueConstraint("sha256", name="uq_stored_files_sha256"),
    )
    op.create_table(
        "stored_file_chunks",
        sa.Column("file_id", ID, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["stored_files.id"],
            ondelete="CASCADE",
            name="fk_stored_file_chunks_file_id_stored_files",
        ),
        sa.PrimaryKeyConstraint("file_id", "position", name="pk_stored_file_chunks"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # The chunks are mostly compressed media already: TOAST's compression would spend
        # time for nothing; stored out of line, uncompressed.
        op.execute("ALTER TABLE stored_file_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
    # ADD COLUMN in place: no table rebuild, so no foreign key cascade to fear.
    for name, kind in FILE_COLUMNS:
        op.add_column("evidence", sa.Column(name, kind, nullable=True))
    op.create_index("ix_evidence_file_sha256", "evidence", ["file_sha256"])


def downgrade() -> None:
    op.drop_index("ix_evidence_file_sha256", table_name="evidence")
    with op.batch_alter_table("evidence") as batch:
        for name, _kind in reversed(FILE_COLUMNS):
            batch.drop_column(name)
    op.drop_table("stored_file_chunks")
    op.drop_table("stored_files")
