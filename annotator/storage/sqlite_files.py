"""Opening a database file to see what it is: ours, empty, damaged, locked or another
application's, and the marker that tells a clean close from a crash. Nothing here writes a
byte of the database.
"""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from annotator.domain.errors import DatabaseUnusable, said
from annotator.private_files import private_file
from annotator.storage.sqlite import BUSY_TIMEOUT_MS, can_write, read_only_uri
from annotator.storage.sqlite_environment import environment_problem

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class FileState:
    """What a database file holds, read without changing a byte of it."""

    exists: bool
    revision: str | None  # None: no schema yet (a new or empty file)
    quick_checked: bool = False  # PRAGMA quick_check ran (and found nothing wrong)


# --- Clean close: PRAGMA quick_check reads every page (0.3 s on 10,000 articles), so it runs
# only when the last program that had the file open did not close it cleanly. A marker beside
# the database is written when it is opened for writing and removed at a clean close: a crash,
# a kill or a power cut leaves it behind. `annotator check` checks on demand.
# One marker for all programs: while the window has the file open, a command finds the marker
# and checks (slower, never wrong); its clean close then removes the marker, so a later crash
# of the window goes unchecked: SQLite's journal keeps the file consistent through a crash
# anyway, the check is for damage beyond that.

OPEN_SUFFIX = "-open"


def open_marker(path: Path) -> Path:
    return Path(f"{path}{OPEN_SUFFIX}")


def left_open(path: Path) -> bool:
    """Whether the file may not have been closed cleanly: its marker is still there."""
    return open_marker(path).exists()


def mark_open(path: Path) -> None:
    with contextlib.suppress(OSError):  # no marker only costs the check after a crash
        private_file(open_marker(path))  # beside a private database, as private (0600)


def mark_closed(path: Path) -> None:
    with contextlib.suppress(OSError):
        open_marker(path).unlink()


def inspect_file(path: Path, *, quick_check: bool = True) -> FileState:
    """Check that ``path`` is absent, empty, or one of our databases, and read its revision.

    Raises DatabaseUnusable for random bytes, a damaged file, another application's SQLite
    file or a file that cannot be read. Opens read-only: the file is never modified here.
    ``quick_check`` False skips reading every page (see left_open): the revision is then one
    query.
    """
    if not path.exists():
        return FileState(exists=False, revision=None)
    if path.is_dir():
        raise DatabaseUnusable(
            said("{path} is a folder, not a database file.", path=path),
            said("Point --db at a database file, or use --data-dir for a folder."),
        )
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a FIFO would block the open below forever
            raise DatabaseUnusable(
                said("{path} is not a regular file (a named pipe, device or socket).", path=path),
                said("Point --db at a database file."),
            )
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseUnusable(
            said("{path} cannot be read: {strerror}.", path=path, strerror=error.strerror),
            said("Check the file's permissions."),
        ) from None
    if not header:
        return FileState(exists=True, revision=None)
    if header != SQLITE_HEADER:
        raise DatabaseUnusable(
            said(
                "{path} is not a Fact-Check Annotator database (it is not an SQLite file at all).",
                path=path,
            ),
            said("Point --db at an annotator database, or at a new file name to create one."),
        )
    # Where we may not write, SQLite cannot make the -shm file a WAL database needs even to
    # read: open it immutable, which reads the file as it is and writes nothing beside it.
    uri = (
        read_only_uri(path) if not can_write(path) else f"file:{quote(str(path.resolve()))}?mode=ro"
    )
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise environment_problem(path, error) or DatabaseUnusable(
            said("{path} cannot be opened: {error}.", path=path, error=error)
        ) from None
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if quick_check:
            check = connection.execute("PRAGMA quick_check").fetchall()
            if [tuple(row) for row in check] != [("ok",)]:
                raise damaged_refusal(path, "; ".join(str(row[0]) for row in check[:3]))
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as error:
            if "no such table" not in str(error):
                raise
            _refuse_foreign_tables(connection, path)
            return FileState(exists=True, revision=None, quick_checked=quick_check)
        return FileState(exists=True, revision=row[0] if row else None, quick_checked=quick_check)
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseUnusable(
                said("{path} is locked by another program.", path=path),
                said("Close the other program and try again."),
            ) from None
        problem = environment_problem(path, error)
        if problem is not None:
            raise problem from None
        raise DatabaseUnusable(
            said("{path} is damaged or not a database ({error}).", path=path, error=error),
            said("Restore the latest copy from the backups folder beside it."),
        ) from None
    finally:
        connection.close()


def damaged_refusal(path: Path, problems: str) -> DatabaseUnusable:
    return DatabaseUnusable(
        said("{path} is damaged ({problems}).", path=path, problems=problems),
        said(
            "Restore the latest copy from the backups folder beside it; the damaged file was left "
            "as it is."
        ),
    )


def is_damage(error: BaseException) -> bool:
    """SQLite met a damaged page or a file that is no database (primary codes, so that the
    extended ones such as SQLITE_CORRUPT_INDEX count too)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _refuse_foreign_tables(connection: sqlite3.Connection, path: Path) -> None:
    """A file without our alembic_version: empty (ours to create) or another program's."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if tables:
        shown = ", ".join(sorted(tables)[:5])
        raise DatabaseUnusable(
            said(
                "{path} is an SQLite database of another application (tables: {shown}), not a "
                "Fact-Check Annotator database.",
                path=path,
                shown=shown,
            ),
            said("It was left untouched. Point --db at an annotator database or a new file name."),
        )
