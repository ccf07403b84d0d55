"""Everything SQLite-only: connection pragmas, file checks, the backup API and FTS5 search.

A later team mode runs the same storage code on PostgreSQL; it will get a sibling module of its
own, and nothing outside this file may assume SQLite.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text

from annotator.domain.errors import DatabaseUnusable, said

if TYPE_CHECKING:  # the ORM is imported by those who pass a Session (issue 17 §4)
    from sqlalchemy.orm import Session

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
FTS_TABLE = "articles_fts"
READ_ONLY_OPTION = "annotator_read_only"


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine whose every connection uses WAL, synchronous=FULL, foreign keys and a timeout.

    ``read_only`` opens a file we may not write (read-only file, folder or medium) as
    immutable: SQLite then reads it without creating -wal or -shm beside it.
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
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        # A writer takes the write lock at BEGIN, so two writers wait on busy_timeout instead
        # of failing on a lock upgrade. A reader must not: a long export holding the write
        # lock would make every save in the window wait and then fail.
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


_WRITE = re.compile(r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.I)


class WriteCounter:
    """How many statements have written to each table through this engine: a cache of a
    table's rows is fresh while its count is unchanged. Counted before the statement runs, so
    a rolled-back write only costs one needless re-read."""

    def __init__(self, engine: Engine) -> None:
        self.counts: dict[str, int] = {}

        @event.listens_for(engine, "before_cursor_execute")
        def _count(_conn, _cursor, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
            match = _WRITE.match(statement)
            if match:
                table = match.group(1).lower()
                self.counts[table] = self.counts.get(table, 0) + 1

    def of(self, table: str) -> int:
        return self.counts.get(table, 0)


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
        open_marker(path).touch()


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


def environment_problem(path: Path, error: BaseException) -> DatabaseUnusable | None:
    """The diagnosis of a failure that lies around the file, not in it: a full disk, a
    read-only folder or medium. Advising a restore from backup here would lose work."""
    message = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    full = code == sqlite3.SQLITE_FULL or "disk is full" in message
    # Creating the -shm file on a full disk comes back as a plain "disk I/O error".
    full = full or (("i/o error" in message or code == sqlite3.SQLITE_IOERR) and _no_room(path))
    if full or getattr(error, "errno", None) == errno.ENOSPC:
        return DatabaseUnusable(
            said(
                "There is no space left on the disk that holds {path}; the database file itself "
                "is intact.",
                path=path,
            ),
            said("Free some space (or move the database to another disk) and try again."),
        )
    read_only = code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) or (
        "readonly" in message or "read-only" in message or "unable to open" in message
    )
    read_only = read_only or getattr(error, "errno", None) in (errno.EROFS, errno.EACCES)
    if read_only and not can_write(path):
        return DatabaseUnusable(
            said(
                "{path} is on a read-only folder or medium; the database file itself is intact.",
                path=path,
            ),
            said("Copy it to a writable folder, or make this one writable, and try again."),
        )
    return None


def _no_room(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path.cwd()
    try:
        found = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return found.f_bavail * found.f_frsize < 1024 * 1024


def create_private(path: Path) -> None:
    """An empty file only the user can read (0600), whatever the umask: SQLite then keeps
    that mode for the database and gives it to its -wal and -shm files too."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    path.chmod(0o600)


def backup_file(source: Path, destination: Path) -> None:
    """Copy a live database consistently with SQLite's online backup API (never a file copy,
    which could miss pages still in the WAL)."""
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
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


def integrity_check(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]


def foreign_key_problems(connection) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")]


# --- Full-text search (FTS5, external content over articles) ---------------------------------

FTS_CREATE = [
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, text, content='articles', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END""",
    f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]

FTS_DROP = [
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match, as a prefix.

    Quoting each word keeps FTS5 syntax characters (quotes, colons, NEAR, AND) literal.
    """
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search_article_ids(session: Session, user_text: str, limit: int | None = None) -> list[str]:
    query = fts_query(user_text)
    if query is None:
        return []
    sql = (
        f"SELECT a.id FROM {FTS_TABLE} JOIN articles a ON a.rowid = {FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH :q ORDER BY rank"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in session.execute(text(sql), {"q": query})]


def search_condition(user_text: str):  # type: ignore[no-untyped-def]
    """A WHERE condition on articles: every word typed appears in the title or the text."""
    query = fts_query(user_text)
    if query is None:
        return None
    return text(
        f"articles.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query)"
    ).bindparams(fts_query=query)


def is_fts_table(name: str) -> bool:
    return any(name == table or name.startswith(table + "_") for table in FTS_TABLES)


# --- The claims' candidate index (FTS5, external content over claims; revision 0010) --------
# Related claims take a shortlist from it and re-rank it with their own scorer. Triggers keep it
# in step with every write path (import, edit, delete, an article's cascade, restore from the
# Trash). A later revision that rebuilds claims in batch mode drops these triggers with the old
# table and must run CLAIM_FTS_DROP / CLAIM_FTS_CREATE again, as for the articles.

CLAIM_FTS_TABLE = "claims_fts"
FTS_TABLES = (FTS_TABLE, CLAIM_FTS_TABLE)

CLAIM_FTS_CREATE = [
    f"CREATE VIRTUAL TABLE {CLAIM_FTS_TABLE} USING fts5(quote, claim_reviewed, "
    "content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO {CLAIM_FTS_TABLE}(rowid, quote, claim_reviewed)
        VALUES (new.rowid, new.quote, new.claim_reviewed);
    END""",
    f"""CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO {CLAIM_FTS_TABLE}({CLAIM_FTS_TABLE}, rowid, quote, claim_reviewed)
        VALUES ('delete', old.rowid, old.quote, old.claim_reviewed);
    END""",
    f"""CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote, claim_reviewed ON claims BEGIN
        INSERT INTO {CLAIM_FTS_TABLE}({CLAIM_FTS_TABLE}, rowid, quote, claim_reviewed)
        VALUES ('delete', old.rowid, old.quote, old.claim_reviewed);
        INSERT INTO {CLAIM_FTS_TABLE}(rowid, quote, claim_reviewed)
        VALUES (new.rowid, new.quote, new.claim_reviewed);
    END""",
    # The backfill: every claim already stored.
    f"INSERT INTO {CLAIM_FTS_TABLE}({CLAIM_FTS_TABLE}) VALUES ('rebuild')",
]

CLAIM_FTS_DROP = [
    "DROP TRIGGER IF EXISTS claims_fts_update",
    "DROP TRIGGER IF EXISTS claims_fts_delete",
    "DROP TRIGGER IF EXISTS claims_fts_insert",
    f"DROP TABLE IF EXISTS {CLAIM_FTS_TABLE}",
]


def any_term_query(terms: list[tuple[str, bool]]) -> str | None:
    """An FTS5 query that any of the terms satisfies; ``(word, True)`` matches as a prefix.

    Quoting each word keeps FTS5 syntax characters literal (as ``fts_query`` does)."""
    parts = []
    for word, prefix in dict.fromkeys(terms):
        for piece in _WORD.findall(word):
            parts.append(f'"{piece}"*' if prefix else f'"{piece}"')
    return " OR ".join(dict.fromkeys(parts)) or None


def similar_claim_ids(
    session: Session, terms: list[tuple[str, bool]], exclude_article_id: str, limit: int
) -> list[str]:
    """Claims of other articles that share any of the terms, best bm25 rank first."""
    query = any_term_query(terms)
    if query is None:
        return []
    sql = (
        f"SELECT c.id FROM {CLAIM_FTS_TABLE} JOIN claims c ON c.rowid = {CLAIM_FTS_TABLE}.rowid "
        f"WHERE {CLAIM_FTS_TABLE} MATCH :q AND c.article_id != :article "
        f"ORDER BY rank LIMIT {int(limit)}"
    )
    return list(session.scalars(text(sql), {"q": query, "article": exclude_article_id}))
