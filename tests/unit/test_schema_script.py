"""A new database is made by one schema script per engine; it must be exactly what the Alembic
revisions build: every table, column, type, default, constraint, index, trigger and full-text
table, on SQLite and on PostgreSQL, stamped with Alembic's own head. When a new migration
changes the schema, these fail until `python docs/schema_scripts.py` writes the scripts again.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from annotator.storage import migrate, postgres, schema_script
from annotator.storage.database import open_database


def _normal(sql: str | None) -> Any:
    """The statement with its white space made plain; a table's constraints as a set (Alembic's
    batch copies write them in whatever order a set of them iterates in)."""
    if sql is None:
        return None
    plain = re.sub(r"\s+", " ", sql).strip()
    if not plain.startswith("CREATE TABLE") or not plain.endswith(")"):
        return plain
    head, _, body = plain[:-1].partition("(")
    items, depth, start = [], 0, 0
    for index, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(body[start:index].strip())
            start = index + 1
    items.append(body[start:].strip())
    columns = [item for item in items if not item.startswith("CONSTRAINT ")]
    return head, columns, sorted(set(items) - set(columns))


def sqlite_schema(path: Path) -> dict[str, Any]:
    """Everything a SQLite file's schema is made of, read back from the file."""
    connection = sqlite3.connect(path)
    try:
        entries = sorted(
            (kind, name, table, _normal(sql))
            for kind, name, table, sql in connection.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        )
        listed = sorted(tuple(row[1:]) for row in connection.execute("PRAGMA table_list"))
        tables = [name for kind, name, _t, _s in entries if kind == "table"]
        detail = {}
        for table in tables:
            indexes = connection.execute(f'PRAGMA index_list("{table}")').fetchall()
            detail[table] = {
                "columns": connection.execute(f'PRAGMA table_xinfo("{table}")').fetchall(),
                "foreign keys": sorted(
                    row[2:] for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')
                ),
                "indexes": sorted(
                    (
                        row[1:],
                        connection.execute(f'PRAGMA index_xinfo("{row[1]}")').fetchall(),
                    )
                    for row in indexes
                ),
            }
        # The full-text tables' own configuration rows (FTS5 writes them at CREATE).
        config = {
            table: connection.execute(f'SELECT * FROM "{table}"').fetchall()
            for table in tables
            if table.endswith("_fts_config")
        }
        return {
            "entries": entries,
            "table_list": listed,
            "tables": detail,
            "fts config": config,
            "stamp": connection.execute("SELECT version_num FROM alembic_version").fetchall(),
            "journal": connection.execute("PRAGMA journal_mode").fetchone(),
        }
    finally:
        connection.close()


def test_a_new_sqlite_database_is_what_the_migrations_build(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    migrate.upgrade(migrated)
    database = open_database(tmp_path / "new.sqlite3")  # created by the script
    database.close()
    assert database.created

    made, built = sqlite_schema(database.path), sqlite_schema(migrated)
    assert made["entries"] == built["entries"]
    assert made == built
    assert any(name == "articles_fts" for _kind, name, *_ in made["entries"])
    assert {kind for kind, *_ in made["entries"]} == {"table", "index", "trigger"}
    assert made["stamp"] == [(migrate.head_revision(),)] == [(migrate.HEAD_REVISION,)]
    assert made["journal"] == ("wal",)


def test_the_new_database_works_as_a_migrated_one(tmp_path: Path) -> None:
    """Triggers fire: an article written to the new file is found by its full-text index."""
    database = open_database(tmp_path / "new.sqlite3")
    database.close()
    with sqlite3.connect(database.path) as connection:
        connection.execute(
            "INSERT INTO articles (id, title, text, text_sha256, source, authors, language, "
            "imported_at, status) VALUES ('a', 'Izium', 'Rogov said Izium fell.', 'h', 's', "
            "'[]', 'en', '2026-01-01T00:00:00Z', 'todo')"
        )
        found = connection.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'rogov'"
        ).fetchall()
    assert len(found) == 1
    again = open_database(database.path)  # up to date: opened without creating or upgrading
    again.close()
    assert not again.created and again.backup is None


def test_a_failed_script_leaves_the_file_without_a_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = schema_script.script(schema_script.SQLITE_SCRIPT) + "\nCREATE TABLE articles (x);\n"
    monkeypatch.setattr(schema_script, "script", lambda _path: broken)
    path = tmp_path / "new.sqlite3"
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    assert not path.exists()  # a database that never came to be leaves nothing behind


def test_statements_are_split_where_they_end() -> None:
    sql = (
        "-- a comment\n\nCREATE TABLE a (x);\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    INSERT INTO b VALUES (1);\nEND;\nINSERT INTO c VALUES ('x;\ny');\n"
    )
    assert schema_script.statements(sql) == [
        "CREATE TABLE a (x);",
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    INSERT INTO b VALUES (1);\nEND;",
        "INSERT INTO c VALUES ('x;\ny');",
    ]
    with pytest.raises(ValueError, match="ends inside a statement"):
        schema_script.statements("CREATE TABLE a (\n  x\n")


_PG_CATALOG = {
    "columns": """
        SELECT table_name, column_name, data_type, character_maximum_length, is_nullable,
               column_default, collation_name, is_generated, generation_expression,
               is_identity
        FROM information_schema.columns WHERE table_schema = current_schema()
        ORDER BY table_name, ordinal_position""",
    "constraints": """
        SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE c.relnamespace = current_schema()::regnamespace
        ORDER BY 1, 2""",
    "indexes": """
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = current_schema() ORDER BY 1, 2""",
    "triggers": """
        SELECT event_object_table, trigger_name, event_manipulation, action_timing,
               action_statement
        FROM information_schema.triggers WHERE trigger_schema = current_schema()
        ORDER BY 1, 2, 3""",
    "sequences": """
        SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences
        WHERE sequence_schema = current_schema() ORDER BY 1""",
    "storage": """
        SELECT c.relname, a.attname, a.attstorage, a.attnotnull, a.atthasdef
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND a.attnum > 0
          AND NOT a.attisdropped
        ORDER BY 1, a.attnum""",
    "relations": """
        SELECT relname, relkind, reloptions FROM pg_class
        WHERE relnamespace = current_schema()::regnamespace ORDER BY 1""",
    "functions": """
        SELECT proname, pg_get_functiondef(oid) FROM pg_proc
        WHERE pronamespace = current_schema()::regnamespace ORDER BY 1""",
    "stamp": "SELECT version_num FROM alembic_version",
}


def postgresql_schema(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = postgres.make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                part: [tuple(row) for row in connection.exec_driver_sql(query)]
                for part, query in _PG_CATALOG.items()
            }
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_a_new_postgresql_database_is_what_the_migrations_build(pg_cluster, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_cluster.admin(f'CREATE DATABASE "{name}"')
    migrated = pg_cluster.url(name)
    try:
        engine = postgres.make_engine(migrated)
        try:
            with engine.begin() as connection:
                migrate.run_revisions(connection)
        finally:
            engine.dispose()
        database = open_database(pg_url)  # an empty database: created by the script
        database.close()
        assert database.created

        made, built = postgresql_schema(pg_url), postgresql_schema(migrated)
        for part in _PG_CATALOG:
            assert made[part] == built[part], part
        assert any("ix_claims_fulltext" in row for row in made["indexes"])
        assert made["stamp"] == [(migrate.head_revision(),)]
    finally:
        pg_cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
