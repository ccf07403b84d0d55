"""Full-text search over articles; the database itself refuses impossible spans and values.

Adding CHECK constraints means rebuilding the tables (SQLite cannot add one in place). The
articles table is the parent of mentions and claims (ON DELETE CASCADE): rebuilt with foreign
keys on, its DROP would silently delete every annotation. migrate.upgrade runs revisions with
foreign keys off and a foreign_key_check after, and the upgrade test holds data through it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

from annotator.storage.sqlite_search import FTS_CREATE, FTS_DROP

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SPAN_CHECK = "start_offset >= 0 AND end_offset > start_offset"


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.create_check_constraint(
            "ck_articles_status", "status IN ('todo', 'in_progress', 'done')"
        )
    for table in ("mentions", "claims"):
        with op.batch_alter_table(table) as batch:
            batch.create_check_constraint(f"ck_{table}_span", SPAN_CHECK)
    with op.batch_alter_table("evidence") as batch:
        batch.create_check_constraint(
            "ck_evidence_stance", "stance IN ('supports', 'refutes', 'neutral')"
        )
    # After the rebuild of articles, so the index is built over the final rowids. A later
    # revision that rebuilds articles in batch mode drops these triggers with the old table
    # and must run FTS_DROP / FTS_CREATE again.
    # PostgreSQL gets its full-text index in revision 0004 (storage/postgres.py).
    if op.get_context().dialect.name == "sqlite":
        for statement in FTS_CREATE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for statement in FTS_DROP:
            op.execute(statement)
    with op.batch_alter_table("evidence") as batch:
        batch.drop_constraint("ck_evidence_stance", type_="check")
    for table in ("claims", "mentions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"ck_{table}_span", type_="check")
    with op.batch_alter_table("articles") as batch:
        batch.drop_constraint("ck_articles_status", type_="check")
