"""Timestamps and dates as the export writes them: ISO 8601 UTC with ``Z``, dates ``YYYY-MM-DD``.

They are kept as canonical strings throughout (domain, database, export), so a value imported
from a dataset is exported again exactly as it came, and nothing is parsed on the hot paths.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache

from annotator.domain.errors import InputRefused, said


def format_timestamp(moment: datetime) -> str:
    """Canonical form: seconds, plus microseconds only when there are any."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    moment = moment.astimezone(UTC)
    spec = "seconds" if moment.microsecond == 0 else "microseconds"
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def now_timestamp() -> str:
    return format_timestamp(datetime.now(UTC))


# The canonical form itself: what format_timestamp writes (microseconds only when not zero).
_CANONICAL = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.(?!000000)[0-9]{6})?Z"
)


@lru_cache(maxsize=4096)
def _is_canonical_moment(value: str) -> bool:
    """Already canonical (every timestamp of our own exports) and a real moment: returned as it
    is, as formatting it again would give; converting cost 7 % of a dataset import. Kept for
    the values seen last: a dataset's records share their stamps by the thousand."""
    if not _CANONICAL.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False  # no such day or hour: refused by the caller, with its message
    return True


def normalize_timestamp(value: str, field: str = "timestamp") -> str:
    """Return the canonical UTC form of an ISO 8601 timestamp with a zone (``Z`` or ±hh:mm)."""
    if type(value) is str and _is_canonical_moment(value):
        return value
    if not isinstance(value, str):
        raise InputRefused(
            said("{field} {value!r} is not an ISO 8601 timestamp", field=field, value=value)
        )
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputRefused(
            said("{field} {value!r} is not an ISO 8601 timestamp", field=field, value=value)
        ) from None
    if moment.tzinfo is None:
        raise InputRefused(
            said(
                "{field} {value!r} has no time zone (expected e.g. …T09:30:00Z)",
                field=field,
                value=value,
            )
        )
    return format_timestamp(moment)


def normalize_date(value: str, field: str = "date") -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise InputRefused(
            said("{field} {value!r} is not a date (YYYY-MM-DD)", field=field, value=value)
        ) from None


def normalize_date_or_timestamp(value: str, field: str = "date") -> str:
    """Publication dates are often known to the day only: accept a date or a timestamp."""
    if isinstance(value, str) and len(value) == 10:
        return normalize_date(value, field)
    return normalize_timestamp(value, field)


_TYPED_DATE = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*$")


def parse_typed_date(value: str, field: str = "date") -> str:
    """A date as a person types it: YYYY-MM-DD, DD.MM.YYYY or D/M/YYYY (day first, as in
    Ukraine and most of Europe); returned as YYYY-MM-DD."""
    found = _TYPED_DATE.match(value)
    if found is None:
        try:
            return normalize_date(value.strip(), field)
        except InputRefused:
            raise InputRefused(
                said(
                    "{field} {value!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or D/M/YYYY)",
                    field=field,
                    value=value,
                )
            ) from None
    day, month, year = (int(part) for part in found.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise InputRefused(
            said("{field} {value!r} is not a date: no such day", field=field, value=value)
        ) from None
