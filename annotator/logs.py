"""Logging to the log directory, and the one-line report of an unexpected error.

Logs quote what is being worked on (titles, file names): the folders and files are the user's
alone (annotator/private_files.py). When the log folder cannot be written, the log goes to the
user's own runtime folder (platformdirs' user_runtime_dir: 0700, checked to be the user's),
never to a fixed name in the shared temporary folder, which another user could have made
first; and when that fails too, records are dropped with one line on stderr, never a
traceback of the logging machinery.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import stat
import sys
import traceback
import warnings
from io import TextIOWrapper
from pathlib import Path

from annotator.private_files import FOLDER_MODE, private_file, private_folder

log = logging.getLogger("annotator")

APP_DIR_NAME = "factcheck-annotator"


def runtime_folder() -> Path | None:
    """The user's own runtime folder for this program, made 0700; None when there is none
    that is surely the user's alone."""
    try:
        import platformdirs

        with warnings.catch_warnings():  # it warns when it falls back: we say it our way
            warnings.simplefilter("ignore")
            folder = Path(platformdirs.user_runtime_dir(APP_DIR_NAME, appauthor=False))
        private_folder(folder)
        found = folder.lstat()
    except (OSError, RuntimeError):
        return None
    ours = not hasattr(os, "getuid") or found.st_uid == os.getuid()
    if not stat.S_ISDIR(found.st_mode) or not ours:
        return None
    if stat.S_IMODE(found.st_mode) & 0o077:
        with contextlib.suppress(OSError):
            folder.chmod(FOLDER_MODE)
        if stat.S_IMODE(folder.lstat().st_mode) & 0o077:
            return None
    return folder


class _LazyLogFile(logging.handlers.RotatingFileHandler):
    """Creates its folder and file only when the first record is written: a command that
    logs nothing (most do) leaves no logs folder behind. Falls back to the user's runtime
    folder when the log folder cannot be written, so logging itself never stops the program."""

    _warned = False

    def _open(self) -> TextIOWrapper:
        try:
            private_folder(Path(self.baseFilename).parent)
            return self._private_open()
        except OSError as error:
            first = error
        fallback = runtime_folder()
        if fallback is not None:
            self.baseFilename = str(fallback / "annotator.log")
            with contextlib.suppress(OSError):
                return self._private_open()
        self._say_once(f"annotator: the log cannot be written ({first.strerror}: {first.filename})")
        self.baseFilename = os.devnull
        return Path(os.devnull).open("w", encoding="utf-8")

    def _private_open(self) -> TextIOWrapper:
        """Logs quote what is being worked on (titles, file names): readable by the user
        alone, whatever the umask. Created 0600 before the handler opens it; an existing one
        is tightened."""
        private_file(Path(self.baseFilename))
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """One line on stderr, once: a full disk must not fill the terminal with tracebacks."""
        error = sys.exc_info()[1]
        self._say_once(f"annotator: a log record was not written ({error})")

    def _say_once(self, line: str) -> None:
        if not _LazyLogFile._warned:
            _LazyLogFile._warned = True
            with contextlib.suppress(Exception):
                print(line, file=sys.stderr)


def setup_logging(log_file: Path) -> Path:
    """Send our log records to ``log_file`` (rotated), created when first needed."""
    handler = _LazyLogFile(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for logger in (log, root):
        for old in [h for h in logger.handlers if isinstance(h, _LazyLogFile)]:
            logger.removeHandler(old)
            if logger is log:
                old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False  # our records once, in our file
    # The libraries' warnings go to the same file: without a handler of its own, Python
    # prints them on stderr, and the user sees a driver's diagnostic such as psycopg's
    # "error ignored terminating <psycopg.Pipeline [BAD]>" after a lost connection (the
    # refusal that follows says what happened).
    root.addHandler(handler)
    return log_file


def current_log_file() -> Path | None:
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull:
            return Path(handler.baseFilename)
    return None


def report_unexpected(error: BaseException) -> str:
    """Log the traceback and return the one line the user sees instead of it."""
    details = "".join(traceback.format_exception(error))
    log.error("unexpected error\n%s", details)
    for handler in log.handlers:
        handler.flush()
    where = current_log_file()
    if where is None or not where.exists():
        where = _crash_file(details)
        if where is None:
            print(details, file=sys.stderr)
            return f"annotator: unexpected error: {error}"
    return (
        f"annotator: unexpected error ({error.__class__.__name__}: {error}); "
        f"the details are in {where}"
    )


def _crash_file(details: str) -> Path | None:
    """The details written in the user's own runtime folder, or None where there is none."""
    folder = runtime_folder()
    if folder is None:
        return None
    where = folder / "crash.log"
    try:
        private_file(where, truncate=True)
        where.write_text(details, encoding="utf-8")
    except OSError:
        return None
    return where
