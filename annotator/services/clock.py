"""Strictly increasing timestamps, so articles imported together keep their file order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from annotator.domain.timestamps import format_timestamp


class ImportClock:
    def __init__(self) -> None:
        self._last: datetime | None = None

    def next(self) -> str:
        now = datetime.now(UTC)
        if self._last is not None and now <= self._last:
            now = self._last + timedelta(microseconds=1)
        self._last = now
        return format_timestamp(now)
