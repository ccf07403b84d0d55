"""The lock that keeps a second window off a database file the window has open already.

Its messages keep the "App" translation context they had in app.py.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from annotator.domain.errors import DatabaseUnusable
from annotator.paths import AppPaths
from annotator.private_files import FILE_MODE
from annotator.ui.common import dialogs


def take_instance_lock(paths: AppPaths) -> QLockFile:
    """Taken before the database is opened: a second window on the same database is refused
    (DatabaseUnusable). A lock left by a crashed process is detected (its process is gone)
    and taken over."""
    lock = QLockFile(str(paths.db) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        # Qt makes it under the umask; it names the process and the host: the user's alone.
        with contextlib.suppress(OSError):
            Path(f"{paths.db}.lock").chmod(FILE_MODE)
        return lock
    # PySide6 returns (pid, hostname, appname), not C++'s (ok, pid, hostname, appname).
    info = lock.getLockInfo()
    pid, host = (info[-3], info[-2]) if isinstance(info, tuple) and len(info) >= 3 else (0, "")
    where = (
        QCoreApplication.translate("App", "process {0} on {1}").format(pid, host)
        if pid
        else QCoreApplication.translate("App", "another program")
    )
    raise DatabaseUnusable(
        QCoreApplication.translate(
            "App", "{0} is already open in another Fact-Check Annotator window ({1})."
        ).format(paths.db, where),
        QCoreApplication.translate("App", "Switch to that window, or open another database."),
    )


def instance_lock(paths: AppPaths) -> QLockFile | None:
    """The lock at start-up; a database in use is said in a dialog (None)."""
    try:
        return take_instance_lock(paths)
    except DatabaseUnusable as error:
        dialogs.show_error(
            None,
            QCoreApplication.translate("App", "Database in use"),
            f"{error.args[0]}\n\n{error.advice}",
        )
        return None
