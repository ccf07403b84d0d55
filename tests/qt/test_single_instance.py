"""A second Fact-Check Annotator on the same database is refused with a message saying the
database is in use — exit code 2 — and the database is not touched. The first instance is a
real other process holding the lock."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.__main__ import main
from annotator.logs import log
from annotator.paths import resolve_paths
from tests.helpers import new_workspace
from tests.qt.conftest import DialogLog

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
if not lock.tryLock(5000):
    sys.exit("could not take the lock")
print("locked", flush=True)
time.sleep(600)
"""


@pytest.fixture(autouse=True)
def _annotator_untouched(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs the crash handler and a log file: both belong to this test only."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(log.handlers)
    yield
    for handler in [h for h in log.handlers if h not in handlers]:
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.NOTSET)


def first_instance(database: Path) -> subprocess.Popen[str]:
    """Another process holding the database's instance lock, as a running window does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database) + ".lock"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_as_in_use(dialog_log: DialogLog, code: int, database: Path, pid: int) -> None:
    assert code == 2
    ((title, message),) = dialog_log.named("show_error")
    assert title == "Database in use"
    assert str(database) in message and "already open" in message
    assert f"process {pid} on " in message  # which one to switch to


def test_a_second_instance_on_an_existing_database_is_refused(
    qtbot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    new_workspace(data, demo=True).close()
    database = resolve_paths(data_dir=data).db
    before = digest(database)
    holder = first_instance(database)
    try:
        code = main(["--data-dir", str(data)])
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    assert_refused_as_in_use(dialog_log, code, database, holder.pid)
    assert digest(database) == before
    assert dialog_log.named("ask_annotator_name") == []  # refused before anything else


def test_a_second_instance_does_not_create_the_database(
    qtbot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    data = tmp_path / "fresh"
    database = resolve_paths(data_dir=data).db
    data.mkdir()
    holder = first_instance(database)
    try:
        code = main(["--data-dir", str(data)])
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    assert_refused_as_in_use(dialog_log, code, database, holder.pid)
    assert not database.exists()
