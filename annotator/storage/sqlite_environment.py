"""Failures that lie around an SQLite file, not in it: a full disk, a read-only folder or medium."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from annotator.domain.errors import DatabaseUnusable, said
from annotator.storage.sqlite import can_write


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
