"""Logging to the log directory, and the one-line report of an unexpected error."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import tempfile
import traceback
from pathlib import Path

log = logging.getLogger("annotator")


class _LazyLogFile(logging.handlers.RotatingFileHandler):
    """Creates its folder and file only when the first record is written: a command that
    logs nothing (most do) leaves no logs folder behind. Falls back to the temp folder when
    the log folder cannot be written, so logging itself never stops the program."""

    def _open(self):  # type: ignore[no-untyped-def]
        try:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            return super()._open()
        except OSError:
            self.baseFilename = str(Path(tempfile.gettempdir()) / "factcheck-annotator.log")
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
