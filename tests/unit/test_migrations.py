"""Schema changes only through the shipped Alembic revisions; data survives every upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from annotator.storage import migrate
from annotator.storage.database import open_database
from annotator.storage.rows import Base
from annotator.storage.sqlite_search import is_fts_table


def test_the_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite3")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "include_object": lambda obj, name, type_, reflected, compare_to: (
                        not (type_ == "table" and is_fts_table(name))
                    ),
                    "compare_type": True,
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def _fill_at_first_revision(path: Path) -> None:
    """A database as version 0.1 at revision 0001 wrote it, with one of everything."""
    migrate.upgrade(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.executescript("""
            INSERT INTO annotators VALUES ('ann-1', 'Olena');
            INSERT INTO entity_types VALUES ('PERSON', 'Person', '#f4a261', '1', 0);
            INSERT INTO statuses VALUES ('false', 'False', 1, 1, 0);
            INSERT INTO articles VALUES ('art-1', 'Rogov on Izium', 'Rogov said Izium fell.',
                'sha-1', 'a.txt', NULL, NULL, '[]', NULL, 'en', '2026-01-01T00:00:00Z', 'todo');
            INSERT INTO entities VALUES ('ent-1', 'Rogov', 'PERSON', '[]', '');
            INSERT INTO mentions VALUES ('men-1', 'art-1', 0, 5, 'Rogov', 'PERSON', 'ent-1',
                'manual', 'ann-1', '2026-01-01T00:00:00Z');
            INSERT INTO claims VALUES ('cla-1', 'art-1', 0, 22, 'Rogov said Izium fell.', NULL,
                'Rogov', 'ent-1', NULL, 'false', '', NULL, '[]', NULL, NULL, 'manual', 'ann-1',
                '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
            INSERT INTO claim_mentions VALUES ('cla-1', 'men-1', 0);
            INSERT INTO evidence VALUES ('evi-1', 'cla-1', 0, 'https://example.org', NULL, 'x',
                'refutes', '', NULL);
        """)


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "annotators",
                "articles",
                "entities",
                "mentions",
                "claims",
                "claim_mentions",
                "evidence",
            )
        }


def test_upgrading_an_older_database_keeps_every_row_and_backs_it_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _fill_at_first_revision(path)
    before = _counts(path)
    assert all(count == 1 for count in before.values())

    database = open_database(path, backup_dir=tmp_path / "backups")
    try:
        # The rebuild of the articles table (a parent with ON DELETE CASCADE children) ran
        # with foreign keys off: not one annotation was deleted.
        assert _counts(path) == before
        assert database.backup is not None and database.backup.exists()
        with sqlite3.connect(database.backup) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert backup.execute("SELECT count(*) FROM mentions").fetchone() == (1,)
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
                migrate.head_revision(),
            )
            # What the new revision adds works on the old data: full-text search ...
            found = connection.execute(
                "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH 'izium'"
            ).fetchall()
            assert found == [("art-1",)]
        # ... and the database now refuses an impossible span itself.
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO mentions (id, article_id, start_offset, end_offset, quote, type, "
                "entity_id, origin, created_by, created_at) VALUES ('men-2', 'art-1', 5, 5, '', "
                "'PERSON', NULL, 'manual', NULL, '2026-01-01T00:00:00Z')"
            )
        assert database.integrity_check() == ["ok"]
    finally:
        database.close()


def test_a_current_database_opens_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    database = open_database(path, backup_dir=tmp_path / "backups")
    database.close()
    assert database.backup is None and not (tmp_path / "backups").exists()


def test_the_head_revision_constant_is_alembics_head() -> None:
    # Opening a database compares its revision with this constant instead of loading Alembic;
    # a new migration must move it too.
    assert migrate.head_revision() == migrate.HEAD_REVISION, (
        "a new migration: set HEAD_REVISION in annotator/storage/migrate.py to "
        f"{migrate.head_revision()!r}"
    )
