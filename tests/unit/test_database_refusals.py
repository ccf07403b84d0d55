"""A database that is not ours, damaged, newer or read-only is refused and left untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotator.domain.errors import DatabaseUnusable
from annotator.storage.database import open_database
from annotator.storage.repositories.catalog_repository import AnnotatorRepository


def bytes_of(path: Path) -> bytes:
    return path.read_bytes()


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = bytes_of(path)
    with pytest.raises(DatabaseUnusable, match="not an SQLite file") as refused:
        open_database(path)
    assert "--db" in str(refused.value)
    assert bytes_of(path) == before


def test_another_applications_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()
    before = bytes_of(path)
    with pytest.raises(DatabaseUnusable, match=r"another application.*moz_places"):
        open_database(path)
    assert bytes_of(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_newer_schema_revision(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = bytes_of(path)
    with pytest.raises(DatabaseUnusable, match="newer version") as refused:
        open_database(path)
    assert "Install the newer version" in str(refused.value)
    assert bytes_of(path) == before


def test_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        for i in range(300):
            connection.exec_driver_sql(
                "INSERT INTO annotators VALUES (?, ?)", (f"id-{i}", "name " * 40)
            )
    database.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)  # scribble over pages past the header
    path.write_bytes(bytes(data))
    # Closed cleanly before the damage, so the open does not read every page: the
    # first read of a damaged page is refused the same way (tests/unit/test_clean_close.py).
    with pytest.raises(DatabaseUnusable, match="damaged") as refused:
        database = open_database(path)
        try:
            with database.reading() as session:
                AnnotatorRepository(session).all()
        finally:
            database.close()
    assert "backup" in str(refused.value)
    assert path.read_bytes() == bytes(data)


def test_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    open_database(path).close()
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with pytest.raises(DatabaseUnusable, match="read-only"):
            open_database(path)
    finally:
        path.chmod(0o644)


def test_a_missing_database_is_not_created_when_only_reading(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnusable, match="no annotator database"):
        open_database(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()
