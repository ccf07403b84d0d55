"""Opening a database: the checks before, the backup and migrations, the engine after.

The ORM's session factories are made when first asked for: a command that reads through
SQLAlchemy Core alone (``annotator stats``, ``reading_connection``) never imports
``sqlalchemy.orm``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from annotator.domain.errors import ConnectionLost, DatabaseUnusable, StorageFailed, said
from annotator.paths import folder_refusal
from annotator.private_files import private_folder
from annotator.storage import migrate, postgres, schema_script
from annotator.storage.sqlite import (
    WriteCounter,
    back_up_before_upgrade,
    can_write,
    checkpoint,
    create_private,
    defer_checkpoint,
    foreign_key_problems,
    integrity_check,
    make_engine,
    reader_engine,
    roll_back_hot_journal,
    use_wal,
)
from annotator.storage.sqlite_environment import environment_problem
from annotator.storage.sqlite_files import (
    damaged_refusal,
    inspect_file,
    is_damage,
    left_open,
    mark_closed,
    mark_open,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Database:
    path: Path
    engine: Engine
    created: bool = False
    backup: Path | None = None
    url: str | None = None  # team mode: the PostgreSQL URL (shown without any password)
    read_only: bool = False  # a file we may not write: opened immutable, for reading only
    quick_checked: bool = False  # PRAGMA quick_check ran at the open (not closed cleanly)
    wal_at_close: bool = False  # filled without a WAL (``alone``): back to WAL at the close
    damaged: bool = False  # a read met a damaged page: the next open checks the file
    # Derived from the engine: the count of writes per table that caches check, and the
    # ORM session factories (made on first use, see session_factory).
    writes: WriteCounter = field(init=False)
    _factories: tuple[sessionmaker[Session], sessionmaker[Session]] | None = field(
        init=False, default=None
    )
    _checkpoints: list[threading.Thread] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.writes = WriteCounter(self.engine)

    def _sessions(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        # Two threads asking at once may each make a pair: equal factories of the same
        # engine, so whichever is kept serves alike.
        if self._factories is None:
            from sqlalchemy.orm import sessionmaker

            self._factories = (
                sessionmaker(self.engine, expire_on_commit=False),
                # Deferred-transaction sessions for readers: they never hold the write lock.
                sessionmaker(reader_engine(self.engine), expire_on_commit=False),
            )
        return self._factories

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return self._sessions()[0]

    @property
    def read_factory(self) -> sessionmaker[Session]:
        return self._sessions()[1]

    @contextmanager
    def transaction(self, *, large: bool = False) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all.

        A database failure arrives as StorageFailed, which the window can report without
        knowing about SQLAlchemy. ``large``: it writes megabytes (a file's bytes); on SQLite
        its commit then leaves the copy of the WAL into the file to a thread after it.
        """
        deferred = large and self.url is None and not self.read_only
        try:
            with self.session_factory.begin() as session:
                if deferred:
                    defer_checkpoint(session.connection())
                yield session
            if deferred:
                self._checkpoint_soon()
        except SQLAlchemyError as error:
            if self.lost_connection(error):
                raise ConnectionLost(
                    said("The connection to the team database was lost; the change was not saved")
                ) from error
            self._refuse_if_damaged(error)
            detail = getattr(error, "orig", None) or error
            raise StorageFailed(
                said("The change could not be saved: {detail}", detail=detail)
            ) from error

    def lost_connection(self, error: BaseException) -> bool:
        """A team database that could not be reached (server gone, connections refused, the
        network down): the write may succeed later. SQLite's own errors are never that."""
        if self.url is None:
            return False
        return isinstance(error, OperationalError) or bool(
            isinstance(error, DBAPIError) and error.connection_invalidated
        )

    def reachable(self) -> bool:
        """Whether the database answers now (one ``SELECT 1``); the window's reconnect check."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except (SQLAlchemyError, OSError):
            return False
        return True

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: a deferred transaction, so it never holds the write lock."""
        with self.read_factory() as session, self._read_failures():
            yield session

    @contextmanager
    def reading_connection(self) -> Iterator[Connection]:
        """A read-only Core connection in one deferred transaction (one snapshot), without
        the ORM: for reads that build no records, such as the statistics."""
        with (
            self._read_failures(),
            reader_engine(self.engine).connect() as connection,
            connection.begin(),
        ):
            yield connection

    @contextmanager
    def _read_failures(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            if self.lost_connection(error):
                # Said plainly in the window (not as a crash): nothing was changed, and
                # the same read works once the server answers again.
                raise ConnectionLost(
                    said(
                        "The team database does not answer (the server or the network is "
                        "down); nothing was changed. Try again when the connection is back"
                    )
                ) from error
            self._refuse_if_damaged(error)
            raise

    def _refuse_if_damaged(self, error: SQLAlchemyError) -> None:
        """A damaged page met while working (the open checks the pages only after an unclean
        close): the same refusal as the check's, and the next open checks the file."""
        detail = getattr(error, "orig", None)
        if self.url is None and detail is not None and is_damage(detail):
            self.damaged = True
            raise damaged_refusal(self.path, str(detail)) from None

    @property
    def location(self) -> str:
        """Where the data lives, as the user may be shown it."""
        return postgres.display(self.url) if self.url else str(self.path)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    def integrity_check(self) -> list[str]:
        return ["ok"] if self.url else integrity_check(self.engine)

    def problems(self) -> list[str]:
        """What a full check finds wrong (`annotator check`); empty when all is well.

        SQLite: PRAGMA integrity_check (every page, every index entry) and foreign_key_check.
        A team database's pages are its server's: nothing to check from here."""
        if self.url:
            return []
        found = [line for line in integrity_check(self.engine) if line != "ok"]
        with self.engine.connect() as connection:
            found += [
                f"{row[0]} row {row[1]} refers to a missing {row[2]} row"
                for row in foreign_key_problems(connection)
            ]
        return found

    def _checkpoint_soon(self) -> None:
        self._checkpoints = [t for t in self._checkpoints if t.is_alive()]
        thread = threading.Thread(
            target=checkpoint, args=(self.engine,), name="wal-checkpoint", daemon=True
        )
        thread.start()
        self._checkpoints.append(thread)

    def close(self, *, sound: bool = True) -> None:
        """Close every connection; a clean close then spares the next open its quick_check.
        ``sound`` False (a check found damage): the marker stays, the next open checks."""
        for thread in self._checkpoints:  # its connection must be back before the pool goes
            thread.join()
        self.engine.dispose()
        if self.wal_at_close:
            try:
                use_wal(self.path)
            except sqlite3.Error as error:  # the next open sets it again
                log.warning("%s left in rollback-journal mode: %s", self.path, error)
        if self.url is None and not self.read_only and sound and not self.damaged:
            mark_closed(self.path)


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    check: bool = False,
    password: str | None = None,
    alone: bool = False,
) -> Database:
    """Open (and if need be create or upgrade) the database at ``path``, or at a
    ``postgresql://`` URL (team mode, ``open_server_database``).

    ``alone``: the caller is the file's only user until it closes it (a command of the
    command line). A file created now is then written with SQLite's rollback journal instead
    of the WAL until the close: a new file's pages are written once, where the WAL writes
    each page twice (into the WAL, then into the file at a checkpoint). It is as atomic and
    as durable (synchronous=FULL); the window, whose threads read while one writes, always
    has the WAL.

    Raises DatabaseUnusable, with the file untouched, when it is not ours, damaged, of a newer
    version, read-only or absent while ``create`` is false. The file's pages are checked
    (PRAGMA quick_check) when it was not closed cleanly by this program, or with ``check``.
    """
    if postgres.is_server_url(path):
        return open_server_database(str(path), create=create, password=password)
    path = Path(path)
    if can_write(path):
        roll_back_hot_journal(path)
    state = inspect_file(path, quick_check=check or left_open(path))
    if state.quick_checked and not check:
        log.info("%s was not closed cleanly: its pages were checked", path)
    head = migrate.HEAD_REVISION
    if state.revision is None and not create:
        raise DatabaseUnusable(
            said("There is no annotator database at {path}.", path=path),
            said("Import articles first (annotator import …) or check --db."),
        )
    # Any other revision loads Alembic: to migrate, or to know that it is newer than ours.
    if state.revision not in (None, head) and state.revision not in migrate.known_revisions():
        raise DatabaseUnusable(
            said(
                "{path} was written by a newer version of Fact-Check Annotator (schema revision "
                "{revision}); this version knows revisions up to {head}.",
                path=path,
                revision=state.revision,
                head=head,
            ),
            said("Install the newer version to open it; the file was left untouched."),
        )
    if not create and state.revision == head and not can_write(path):
        # stats and export of a database on a read-only medium or with read-only permissions:
        # read it as it is, without creating -wal or -shm beside it.
        engine = make_engine(path, read_only=True)
        return Database(
            path=path,
            engine=engine,
            read_only=True,
            quick_checked=state.quick_checked,
        )
    _check_writable(path)
    backup = None
    if state.revision != head:
        created_now = not path.exists()
        try:
            if state.revision is not None:
                backup = back_up_before_upgrade(
                    path, state.revision, backup_dir or path.parent / "backups"
                )
            if not path.exists():
                try:
                    private_folder(path.parent)
                except OSError as error:
                    raise folder_refusal(path.parent, error) from None
                create_private(path)  # a new database is the user's alone (0600)
            if state.revision is None:
                schema_script.create_sqlite(path)  # one script; no Alembic
            else:
                migrate.upgrade(path)
        except (OSError, sqlite3.Error, DBAPIError) as error:
            # The upgrade ran in one transaction, so the file is as it was; the backup of
            # this attempt is not needed and a full disk has no room for it anyway.
            if backup is not None:
                with contextlib.suppress(OSError):
                    backup.unlink()
            if created_now:  # a database that never came to be leaves nothing behind
                for debris in (path, *(Path(f"{path}{end}") for end in ("-wal", "-shm"))):
                    with contextlib.suppress(OSError):
                        debris.unlink()
            problem = environment_problem(path, getattr(error, "orig", None) or error)
            if problem is None:
                raise
            raise DatabaseUnusable(
                said(
                    "{path} could not be upgraded to this version. {problem}",
                    path=path,
                    problem=problem.args[0],
                ),
                problem.advice,
            ) from None
    mark_open(path)  # until the clean close: a crash in between leads to a check
    created = state.revision is None
    without_wal = alone and created
    engine = make_engine(path, wal=not without_wal)
    return Database(
        path=path,
        engine=engine,
        created=created,
        wal_at_close=without_wal,
        backup=backup,
        quick_checked=state.quick_checked,
    )


def open_server_database(url: str, *, create: bool = True, password: str | None = None) -> Database:
    """A PostgreSQL database: reachable, ours (or empty), migrated under an advisory lock.
    ``password``: the one the user typed in the window, for this engine only."""
    engine = postgres.make_engine(url, password)
    try:
        postgres.check_reachable(engine, url)
        created = migrate.upgrade_server(engine, url, create=create)
    except BaseException:
        engine.dispose()
        raise
    return Database(
        path=Path(),
        engine=engine,
        created=created,
        url=url,
    )


def _check_writable(path: Path) -> None:
    folder = path.parent if path.parent != Path() else Path.cwd()
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseUnusable(
            said("{path} is read-only.", path=path),
            said("Copy it somewhere writable or change its permissions."),
        )
    if folder.exists() and not os.access(folder, os.W_OK):
        raise DatabaseUnusable(
            said(
                "The folder {folder} is read-only; the database needs to write its journal there.",
                folder=folder,
            ),
            said("Move the database to a writable folder."),
        )
