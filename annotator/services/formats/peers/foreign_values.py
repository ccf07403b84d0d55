"""Values of another tool's file, checked where they are read (docs/design/bad-input.md).

Whatever a file holds, a reader takes its values through these: a string that is a string (no
lone surrogate, which could never be written out as UTF-8, and no NUL, which PostgreSQL cannot
store), an offset that is a whole number, a list that is a list. A wrong value refuses the
file with one line naming the place (``line 3: label[1].start``), never an exception further
in.
"""

from __future__ import annotations

import math
from typing import Any

from annotator.domain.errors import InputRefused, TranslatableMessage, said
from annotator.domain.timestamps import normalize_date

MAX_DEPTH = 64  # nesting kept as extra data; deeper is no annotation's field


def refuse(where: str, reason: TranslatableMessage) -> InputRefused:
    """The refusal of the value at ``where`` (one line: the place, then the reason)."""
    return InputRefused(said("{where}: {reason}", where=where, reason=reason))


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def check_string(value: str, where: str) -> str:
    """``value`` unless it holds a lone surrogate or a NUL character."""
    if "\x00" in value:
        raise refuse(where, said("holds a NUL character, which is not text"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise refuse(
            where, said("holds a lone surrogate (an invalid \\u escape such as \\ud800)")
        ) from None
    return value


def string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise refuse(where, said("is {value}, not text", value=_short(value)))
    return check_string(value, where)


def optional_string(value: Any, where: str) -> str | None:
    """A string, or None for null or an absent key (numbers are written as text: an id)."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return string(value, where)


def identifier(value: Any, where: str) -> str | None:
    """A record's own id: text or a whole number, kept as text; None when absent."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return string(value, where) if isinstance(value, str) else _not_an_id(value, where)


def _not_an_id(value: Any, where: str) -> str:
    raise refuse(where, said("is {value}, not an id (text or a whole number)", value=_short(value)))


def offset(value: Any, where: str) -> int:
    """A character offset: a whole number from 0 (True is not 1 here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise refuse(where, said("is {value}, not a whole number", value=_short(value)))
    if value < 0:
        raise refuse(where, said("is {value}, below 0", value=value))
    return value


def items(value: Any, where: str) -> list[Any]:
    """A list; null or an absent key is an empty one."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise refuse(where, said("is {value}, not a list", value=_short(value)))
    return value


def record(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise refuse(where, said("is {value}, not an object", value=_short(value)))
    return value


def strings(value: Any, where: str) -> list[str]:
    """A list of strings (tags, labels)."""
    return [string(item, f"{where}[{index}]") for index, item in enumerate(items(value, where))]


def plain(value: Any, where: str, depth: int = 0) -> Any:
    """A JSON value kept as it is (a record's fields the program does not model), checked:
    its strings are text, its keys strings, its nesting bounded."""
    if depth > MAX_DEPTH:
        raise refuse(where, said("is nested too deeply"))
    if isinstance(value, str):
        return check_string(value, where)
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise refuse(where, said("has a key that is not text"))
            check_string(key, where)
        return {key: plain(item, f"{where}.{key}", depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):  # NaN, Infinity: not JSON
        raise refuse(where, said("is {value}, not a number JSON can hold", value=value))
    return value


def kept(fields: dict[str, Any], modelled: set[str] | frozenset[str], where: str) -> dict[str, Any]:
    """The record's fields that are not ``modelled``, checked, to be carried as extra data."""
    return {
        key: plain(value, f"{where}.{key}") for key, value in fields.items() if key not in modelled
    }


def date(value: Any, where: str) -> str | None:
    """A date as YYYY-MM-DD, or None."""
    if value is None or value == "":
        return None
    try:
        return normalize_date(string(value, where), "claim_date")
    except InputRefused as error:
        raise InputRefused(said("{where}: {error}", where=where, error=error)) from None


def claim_fields(value: Any, where: str) -> dict[tuple[int, int], dict[str, Any]]:
    """Our own list of claim details beside a span-only format's spans (doccano's ``claims``,
    Label Studio's ``data.claims``), by (start, end)."""
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for index, item in enumerate(items(value, where)):
        place = f"{where}[{index}]"
        fields = record(item, place)
        key = (
            offset(fields.get("start"), f"{place}.start"),
            offset(fields.get("end"), f"{place}.end"),
        )
        found[key] = {
            "status": optional_string(fields.get("status"), f"{place}.status"),
            "claimant": optional_string(fields.get("claimant"), f"{place}.claimant"),
            "claim_date": date(fields.get("claim_date"), f"{place}.claim_date"),
        }
    return found
