"""A first import killed half-way leaves a whole, empty project: `annotator import` fills a
new database with SQLite's rollback journal (storage.md, "A new database filled by one
command"), so a SIGKILL in the middle of its one transaction leaves a hot journal, which the
next open rolls back, and the file is a project like any other: whole, in WAL mode, ready
for the same import again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.storage.database import open_database
from tests.helpers import dataset_document, write_json

pytestmark = pytest.mark.sqlite_only(reason="SQLite's rollback journal and its recovery")

ARTICLES = 3_000


def texts(count: int) -> list[str]:
    """Wire copy of a hundred words or so, each text its own."""
    return [
        f"Report {n}. "
        + " ".join(
            f"The mayor of Kharkiv said {n + k} schools reopened on Monday; the council voted "
            f"{k} to {n % 5} to fund the repairs."
            for k in range(6)
        )
        for n in range(count)
    ]


def articles_in(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        connection.close()


def test_a_first_import_killed_in_its_transaction_leaves_a_whole_empty_project(
    tmp_path: Path,
) -> None:
    data = write_json(tmp_path / "wire.json", dataset_document(texts(ARTICLES)))
    db = tmp_path / "new.sqlite3"
    journal = Path(f"{db}-journal")
    command = [sys.executable, "-m", "annotator", "--data-dir", str(tmp_path / "home")]
    process = subprocess.Popen(
        [*command, "import", str(data), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen_journal = False
    deadline = time.monotonic() + 60
    # The import's transaction holds the journal from its first change of a page to its
    # commit; the schemes of a new project are a short transaction of their own before it.
    # Killed while the journal is there after the import's reading began: in that transaction.
    while process.poll() is None and time.monotonic() < deadline:
        if journal.exists() and articles_started(process):
            seen_journal = True
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    process.wait(timeout=60)
    assert seen_journal, "the import ended before its transaction was caught: more articles"
    assert process.returncode == -signal.SIGKILL

    database = open_database(db)  # rolls the hot journal back, checks the pages
    try:
        assert database.integrity_check() == ["ok"]
    finally:
        database.close()
    assert not journal.exists()
    assert articles_in(db) == 0  # nothing of the killed transaction
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()

    again = subprocess.run(
        [*command, "import", str(data), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert f"{ARTICLES} new article(s)" in again.stdout
    assert articles_in(db) == ARTICLES


def articles_started(process: subprocess.Popen[bytes]) -> bool:
    """Whether the import has read past the new project's set-up: its process has used more
    CPU than opening a project takes (0.3–0.5 s here), so the journal is the import's own."""
    try:
        stat = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    ticks = int(stat[11]) + int(stat[12])  # utime + stime, in clock ticks
    return ticks / os.sysconf("SC_CLK_TCK") > 0.6
