"""SQLite's engine: connection pragmas, deferred readers, the write counter, backups and checks.

Everything SQLite-only lives in the sqlite modules (this one, ``sqlite_files`` for opening and
refusing a file, ``sqlite_environment`` for a full disk or read-only medium, ``sqlite_search``
for FTS5); PostgreSQL has its sibling ``postgres``, and nothing outside them may assume SQLite.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event

from annotator.domain.errors import DatabaseUnusable, said
from annotator.domain.timestamps import now_timestamp
from annotator.private_files import private_file, private_folder

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
READ_ONLY_OPTION = "annotator_read_only"


def make_engine(
    path: Path, *, foreign_keys: bool = True, read_only: bool = False, wal: bool = True
) -> Engine:
    """An engine whose every connection uses WAL, synchronous=FULL, foreign keys and a timeout.

    ``read_only`` opens a file we may not write (read-only file, folder or medium) as
    immutable: SQLite then reads it without creating -wal or -shm beside it. ``wal`` False:
    SQLite's rollback journal instead, for a new file that one command fills alone (see
    ``open_database``'s ``alone``).
    """
    # Import and export run in worker threads, each on its own pooled connection.
    if read_only:
        engine = create_engine(
            f"sqlite:///{read_only_uri(path)}&uri=true",
            connect_args={"check_same_thread": False},
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling defers BEGIN and commits around pragmas; take
        # control of it so one action is exactly one transaction (SQLAlchemy "pysqlite" docs,
        # "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            _set_journal(cursor, path, wal)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_connection: sqlite3.Connection | None, record: Any) -> None:
        pages = record.info.pop(_AUTOCHECKPOINT, None)
        if pages is not None and dbapi_connection is not None:
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={int(pages)}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A writer takes the write lock at BEGIN, so two writers wait on busy_timeout instead
        # of failing on a lock upgrade. A reader must not: a long export holding the write
        # lock would make every save in the window wait and then fail.
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _set_journal(cursor: sqlite3.Cursor, path: Path, wal: bool) -> None:
    """WAL, or the rollback journal of a new file one command fills alone (``open_database``'s
    ``alone``). While that command runs, another program cannot put the file back in WAL
    mode: it is told so, rather than handed SQLite's "database is locked"."""
    try:
        cursor.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        if not wal:  # someone opened the new file first: it is filled in WAL mode then
            return
        raise DatabaseUnusable(
            said(
                "{path} is being filled by another program (an import into a new database).",
                path=path,
            ),
            said("Try again when it has finished."),
        ) from None


def roll_back_hot_journal(path: Path) -> None:
    """Undo what a killed writer left in a hot rollback journal beside ``path`` (a command
    killed while filling a new database, see ``open_database``). SQLite does it at the first
    read of a connection that may write; the read-only look at a file before it is opened is
    not one, and would take the journal for damage. Nothing happens without a journal, and
    an error is left for that look to report."""
    if not Path(f"{path}-journal").exists():
        return
    try:
        connection = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        log.info("%s: its journal was left for the check to report (%s)", path, error)
    finally:
        connection.close()


_WRITE = re.compile(r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.I)


class WriteCounter:
    """How many statements have written to each table through this engine: a cache of a
    table's rows is fresh while its count is unchanged. Counted before the statement runs, so
    a rolled-back write only costs one needless re-read."""

    def __init__(self, engine: Engine) -> None:
        self.counts: dict[str, int] = {}

        @event.listens_for(engine, "before_cursor_execute")
        def _count(_conn: Connection, _cursor: object, statement: str, *_rest: object) -> None:
            match = _WRITE.match(statement)
            if match:
                table = match.group(1).lower()
                self.counts[table] = self.counts.get(table, 0) + 1

    def of(self, table: str) -> int:
        return self.counts.get(table, 0)


# --- Checkpoints out of the way of a large commit ------------------------------------------
# SQLite copies the WAL into the database file (a checkpoint, with an fsync of the file) in
# the commit that makes the WAL pass 1,000 pages. For a transaction of a file's bytes that
# doubled what the caller waits for: the bytes are written and synced into the WAL, then again
# into the file. Such a transaction turns it off on its connection, and the copy is made by a
# thread after the commit; the commit itself stays as durable (synchronous=FULL syncs the WAL).

_AUTOCHECKPOINT = "annotator_autocheckpoint"  # the connection's own value, while turned off


def defer_checkpoint(connection: Connection) -> None:
    """No checkpoint in this transaction's commit; the connection gets its own back when it
    returns to the pool (see ``make_engine``)."""
    record = connection.info
    if _AUTOCHECKPOINT not in record:
        record[_AUTOCHECKPOINT] = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")


def checkpoint(engine: Engine) -> None:
    """Copy what the WAL holds into the database file, beside readers and writers (PASSIVE:
    it waits for no one and copies what it can; the next one does the rest)."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        if driver is not None:  # None only once the pool has let it go
            driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error as error:  # busy or closing: the next checkpoint does it
        log.info("checkpoint left for later: %s", error)
    finally:
        raw.close()


def use_wal(path: Path) -> None:
    """Put the file in WAL mode, as every open of it does (its mode is kept in the file)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode=WAL").fetchall()
    finally:
        connection.close()


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(Path(path).resolve()))}?mode=ro&immutable=1"


def can_write(path: Path) -> bool:
    """Whether we may write the database file and its folder (where -wal and -shm live).

    os.access also says no for a read-only mount (EROFS)."""
    folder = path.parent if str(path.parent) else Path.cwd()
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not folder.exists() or os.access(folder, os.W_OK)


def reader_engine(engine: Engine) -> Engine:
    """The same pool, but its transactions start deferred: readers never block the writer."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def create_private(path: Path) -> None:
    """An empty file only the user can read (0600), whatever the umask: SQLite then keeps
    that mode for the database and gives it to its -wal and -shm files too."""
    private_file(path, truncate=True)


def backup_file(source: Path, destination: Path) -> None:
    """Copy a live database consistently with SQLite's online backup API (never a file copy,
    which could miss pages still in the WAL)."""
    private_folder(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    create_private(partial)
    src = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)


def back_up_before_upgrade(path: Path, revision: str, folder: Path) -> Path:
    """A backup of the file before it is upgraded from ``revision``: one per revision.

    An attempt that was interrupted (killed, disk full) leaves an older backup of the same
    revision or a ``.partial`` of its own; both are replaced by this attempt's backup."""
    prefix = f"{path.stem}-rev{revision}-"
    backup = folder / f"{prefix}{now_timestamp().replace(':', '')}{path.suffix}"
    earlier = sorted(folder.glob(f"{prefix}*")) if folder.is_dir() else []
    for debris in earlier:
        if ".partial" in debris.name:
            with contextlib.suppress(OSError):
                debris.unlink()
    try:
        backup_file(path, backup)
    except BaseException:
        for debris in folder.glob(f"{backup.name}.partial*"):
            with contextlib.suppress(OSError):
                debris.unlink()
        raise
    for older in earlier:
        if ".partial" not in older.name and older != backup:
            with contextlib.suppress(OSError):
                older.unlink()
    return backup


def integrity_check(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]


def foreign_key_problems(connection: Connection) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")]
