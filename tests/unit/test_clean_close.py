"""PRAGMA quick_check reads every page of the file; it runs when the last program that had the
database open did not close it cleanly (a crash, a kill, a power cut: the marker beside it is
left behind) and on demand (`annotator check`), not on every open. Damage met
while working is refused as clearly as the check refuses it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.domain.errors import DatabaseUnusable
from annotator.storage.database import Database, open_database
from annotator.storage.repositories.catalog_repository import AnnotatorRepository
from annotator.storage.sqlite_files import open_marker
from tests.conftest import SEEDS, run_annotator_process

# Opens the database, writes, and dies without closing it, as a killed program would.
CRASH = """
import os, sys
from annotator.storage.database import open_database
database = open_database(sys.argv[1])
with database.engine.begin() as connection:
    connection.exec_driver_sql("INSERT INTO annotators VALUES ('crash', 'Killed midway')")
os._exit(0)
"""


def crash_while_open(path: Path) -> None:
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(path)], check=False, timeout=60)
    assert crashed.returncode == 0


def test_after_a_clean_close_the_next_open_skips_the_check(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    first = open_database(path)
    assert open_marker(path).exists()  # while it is open, a crash must lead to a check
    first.close()
    # Nothing is left beside the file (a database on a USB stick stays one file).
    assert {p.name for p in tmp_path.iterdir()} == {"a.sqlite3"}
    again = open_database(path)
    try:
        assert again.quick_checked is False
    finally:
        again.close()


def test_after_a_crash_the_next_open_checks_then_not_again(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    crash_while_open(path)
    assert open_marker(path).exists()
    after_crash = open_database(path)
    try:
        assert after_crash.quick_checked is True
        with after_crash.engine.connect() as connection:  # the killed program's write is there
            found = connection.exec_driver_sql("SELECT name FROM annotators WHERE id = 'crash'")
            assert found.scalar() == "Killed midway"
    finally:
        after_crash.close()
    calm = open_database(path)
    try:
        assert calm.quick_checked is False
    finally:
        calm.close()


def test_the_check_can_be_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    database = open_database(path, check=True)
    try:
        assert database.quick_checked is True
    finally:
        database.close()


def filled(path: Path) -> None:
    database = open_database(path)
    with database.engine.begin() as connection:
        for i in range(300):
            connection.exec_driver_sql(
                "INSERT INTO annotators VALUES (?, ?)", (f"id-{i}", "name " * 40)
            )
    database.close()


def scribble(path: Path) -> bytes:
    """Random bytes over pages past the header (the annotators table among them)."""
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)
    path.write_bytes(bytes(data))
    return bytes(data)


def read_annotators(database: Database) -> None:
    with database.reading() as session:
        AnnotatorRepository(session).all()


def test_a_damaged_file_left_over_from_a_crash_is_refused_at_the_open(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    filled(path)
    crash_while_open(path)
    damaged = scribble(path)
    with pytest.raises(DatabaseUnusable, match="damaged") as refused:
        open_database(path)
    assert "backup" in str(refused.value)
    assert path.read_bytes() == damaged


def test_damage_met_after_a_clean_close_is_refused_as_clearly(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    filled(path)
    damaged = scribble(path)  # a failing disk: nothing says the file changed
    database = open_database(path)
    try:
        assert database.quick_checked is False
        with pytest.raises(DatabaseUnusable, match="damaged") as refused:
            read_annotators(database)
        assert "backup" in str(refused.value)
    finally:
        database.close()
    assert path.read_bytes() == damaged
    # Damage found stays found: the marker stays, and the next open checks and refuses.
    assert open_marker(path).exists()
    with pytest.raises(DatabaseUnusable, match="damaged"):
        open_database(path)


def test_annotator_check_says_ok_or_what_is_damaged(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    fine = run_annotator_process("check", "--db", db)
    assert (fine.code, fine.out.strip(), fine.err) == (0, f"{db}: ok", "")

    damaged = scribble(db)
    for command in (["check"], ["stats"]):  # stats meets the damage while reading
        result = run_annotator_process(*command, "--db", db)
        assert result.code == 2, command
        assert "damaged" in result.err and "backups" in result.err, command
        assert "Traceback" not in result.err, command
        assert db.read_bytes() == damaged


def test_annotator_check_of_a_missing_database_says_so(tmp_path: Path) -> None:
    result = run_annotator_process("check", "--db", tmp_path / "none.sqlite3")
    assert result.code == 2
    assert "There is no annotator database" in result.err
    assert not (tmp_path / "none.sqlite3").exists()
