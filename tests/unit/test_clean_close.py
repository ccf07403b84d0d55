"""PRAGMA quick_check reads every page of the file; it runs when the database was not closed
cleanly by this program (a crash, a kill, a power cut) or was changed by something else since,
and on demand (`annotator check`), not on every open (issue 17 §4)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.domain.errors import DatabaseUnusable
from annotator.storage.database import open_database
from annotator.storage.sqlite import closed_stamp
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


def test_after_a_clean_close_the_next_open_skips_the_check(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    first = open_database(path)
    assert not closed_stamp(path).exists()  # while it is open, a crash must lead to a check
    first.close()
    assert closed_stamp(path).exists()
    again = open_database(path)
    try:
        assert again.quick_checked is False
    finally:
        again.close()


def test_after_a_crash_the_next_open_checks_then_not_again(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(path)], check=False, timeout=60)
    assert crashed.returncode == 0
    assert not closed_stamp(path).exists()
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


def test_a_file_changed_by_another_program_since_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO annotators VALUES ('x', 'Written by sqlite3')")
    connection.close()
    database = open_database(path)
    try:
        assert database.quick_checked is True
    finally:
        database.close()


def test_the_check_can_be_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    database = open_database(path, check=True)
    try:
        assert database.quick_checked is True
    finally:
        database.close()


def scribble_keeping_size_and_time(path: Path) -> bytes:
    """Damage pages past the header the way a failing disk would: the file's size and
    modification time stay as they were, so nothing tells an open that it changed."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return bytes(data)


def test_a_damaged_file_left_over_from_a_crash_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        for i in range(300):
            connection.exec_driver_sql(
                "INSERT INTO annotators VALUES (?, ?)", (f"id-{i}", "name " * 40)
            )
    database.engine.dispose()  # no clean close: as if the program had been killed
    damaged = scribble_keeping_size_and_time(path)
    with pytest.raises(DatabaseUnusable, match="damaged") as refused:
        open_database(path)
    assert "backup" in str(refused.value)
    assert path.read_bytes() == damaged


def test_annotator_check_says_ok_or_what_is_damaged(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    fine = run_annotator_process("check", "--db", db)
    assert (fine.code, fine.out.strip(), fine.err) == (0, f"{db}: ok", "")

    # Damage no open would notice (the file looks as it was left): only the check finds it.
    damaged = scribble_keeping_size_and_time(db)
    result = run_annotator_process("check", "--db", db)
    assert result.code == 2
    assert "damaged" in result.err and "backups" in result.err
    assert "Traceback" not in result.err
    assert db.read_bytes() == damaged
    assert not closed_stamp(db).exists()  # and the next open checks it too


def test_annotator_check_of_a_missing_database_says_so(tmp_path: Path) -> None:
    result = run_annotator_process("check", "--db", tmp_path / "none.sqlite3")
    assert result.code == 2
    assert "There is no annotator database" in result.err
    assert not (tmp_path / "none.sqlite3").exists()
