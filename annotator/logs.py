"""Logging to the log directory, and the one-line report of an unexpected error."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import tempfile
import traceback
from io import TextIOWrapper
from pathlib import Path

log = logging.getLogger("annotator")


class _LazyLogFile(logging.handlers.RotatingFileHandler):
    """Creates its folder and file only when the first record is written: a command that
    logs nothing (most do) leaves no logs folder behind. Falls back to the temp folder when
    the log folder cannot be written, so logging itself never stops the program."""

    def _open(self) -> TextIOWrapper:
        try:
            Path(self.baseFilename).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            return self._private_open()
        except OSError:
            self.baseFilename = str(Path(tempfile.gettempdir()) / "factcheck-annotator.log")
            return self._private_open()

    def _private_open(self) -> TextIOWrapper:
        """Logs quote what is being worked on (titles, file names): readable by the user
        alone, whatever the umask (0600)."""
        # Create the file 0600 before the handler opens it; an existing one is tightened.
        os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        with contextlib.suppress(OSError):
            Path(self.baseFilename).chmod(0o600)
        return super()._open()


def setup_logging(log_file: Path) -> Path:
    """Send our log records to ``log_file`` (rotated), created when first needed."""
    handler = _LazyLogFile(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def current_log_file() -> Path | None:
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler):
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
        where = Path(tempfile.gettempdir()) / "factcheck-annotator-crash.log"
        try:
            where.write_text(details, encoding="utf-8")
        except OSError:
            print(details, file=sys.stderr)
            return f"annotator: unexpected error: {error}"
    return (
        f"annotator: unexpected error ({error.__class__.__name__}: {error}); "
        f"the details are in {where}"
    )
