"""The values of JSON-LD as publishers write them, read into plain text, numbers and dates.

A property may hold a string, a list of them, a value object (``{"@value": …}``), a node
(``{"@type": "Organization", "name": …}``) or a reference to a node elsewhere in the page's
graph (``{"@id": "#org"}``); numbers come as numbers or as text ("4", "4,5"); dates as
"2021-08-24", "2021-08-24T14:41:00+02:00" or "2021-08-24 14:41". What is not text where text
must be (an object for a claim), a NUL character or a lone surrogate is a ``BadValue``: the
reader refuses the file, naming the place.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from annotator.domain.errors import TranslatableMessage, said
from annotator.domain.urls import is_web_url

MAX_TEXT_CHARS = 100_000  # any text field: a name, a headline (the claim has its own limit)
_SPACES = re.compile(r"\s+")
# Unicode's Cc: C0, DEL and C1. Runs of them become one space.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


class BadValue(Exception):
    """A value no reading can make text of; its reason names the property."""

    def __init__(self, reason: TranslatableMessage) -> None:
        super().__init__(reason)
        self.reason = reason


def clean(text: str, what: str) -> str | None:
    """One line of NFC text (runs of white space and control characters become one space);
    None when nothing is left."""
    if "\x00" in text:
        raise BadValue(said("{what} holds a NUL character", what=what))
    if _SURROGATE.search(text):
        raise BadValue(said("{what} holds a lone surrogate (not text)", what=what))
    if len(text) > MAX_TEXT_CHARS:
        raise BadValue(
            said("{what} is longer than {limit} characters", what=what, limit=MAX_TEXT_CHARS)
        )
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", _CONTROLS.sub(" ", text))).strip()
    return text or None


def text_of(value: Any, what: str) -> str | None:
    """The text of a property: a string, a number, ``{"@value": …}``, or the first text of a
    list; None when it is absent or empty."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return clean(value, what)
    if isinstance(value, int | float):
        return clean(f"{value:g}" if isinstance(value, float) else str(value), what)
    if isinstance(value, list):
        for item in value:
            found = text_of(item, what)
            if found:
                return found
        return None
    if isinstance(value, dict) and "@value" in value:
        return text_of(value["@value"], what)
    raise BadValue(said("{what} is not text", what=what))


def number(value: Any) -> float | None:
    """A rating's number; None when there is none or it is no number ("true", "5 stars")."""
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        found = float(value)
    elif isinstance(value, str):
        try:
            found = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return found if found == found and abs(found) != float("inf") else None


def dated(value: Any) -> str | None:
    """The day of a date or timestamp, YYYY-MM-DD; None when it names no real day."""
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    found = _DATE.match(value)
    if found is None:
        return None
    try:
        return date(*(int(part) for part in found.groups())).isoformat()
    except ValueError:
        return None


def language_of(value: Any) -> str | None:
    """A BCP-47 tag from "uk", {"@type": "Language", "alternateName": "uk"} or a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("@value") or value.get("name")
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if _LANGUAGE.fullmatch(value) and len(value) <= 35 else None


def nodes_by_id(
    value: Any, found: dict[str, dict[str, Any]] | None = None, depth: int = 0
) -> dict[str, dict[str, Any]]:
    """Every node with an ``@id`` in a JSON-LD value, for references to be read through."""
    found = {} if found is None else found
    if depth > 64:
        return found
    if isinstance(value, list):
        for item in value:
            nodes_by_id(item, found, depth + 1)
    elif isinstance(value, dict):
        if isinstance(value.get("@id"), str) and len(value) > 1:
            found.setdefault(value["@id"], value)
        for child in value.values():
            if isinstance(child, dict | list):
                nodes_by_id(child, found, depth + 1)
    return found


def named(value: Any, graph: dict[str, dict[str, Any]]) -> tuple[str | None, str | None]:
    """``(name, web address)`` of an author or publisher: a node, a reference, a list of
    them, or a plain name."""
    if isinstance(value, list):
        for item in value:
            name, url = named(item, graph)
            if name or url:
                return name, url
        return None, None
    if isinstance(value, str):
        return clean(value, "author"), None
    if not isinstance(value, dict):
        return None, None
    if "@id" in value and len(value) == 1:
        value = graph.get(value["@id"], value)
    name = text_of(value.get("name"), "author.name") or text_of(
        value.get("alternateName"), "author.alternateName"
    )
    urls = web_urls(value.get("url")) or web_urls(value.get("@id"))
    return name, (urls[0] if urls else None)


def web_urls(value: Any) -> list[str]:
    """The web addresses in a property: a URL, a node with a ``url`` or ``@id``, a list."""
    if isinstance(value, str):
        url = clean(value, "url")
        return [url] if url and is_web_url(url) else []
    if isinstance(value, list):
        return [url for item in value[:50] for url in web_urls(item)]
    if isinstance(value, dict):
        return web_urls(value.get("url")) or web_urls(value.get("@id"))
    return []
