"""Canonical article text and span validation (docs/design/text-and-offsets.md).

An article's text is canonicalised once, at import, and never changes afterwards, so offsets
(Python code points, end exclusive) stay valid forever.
"""

from __future__ import annotations

import hashlib
import unicodedata

from annotator.domain.errors import SpanError, said

BOM = "\ufeff"


def canonicalize(text: str) -> str:
    """Return the canonical form: no leading BOM, LF line endings, Unicode NFC.

    U+2028, NBSP and every other character are kept as they are: they are part of the article.
    """
    if text.startswith(BOM):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def unstorable_at(text: str) -> int | None:
    """Where ``text`` holds what no text column can store, or None: a NUL (U+0000), which
    PostgreSQL refuses and every reader of text files takes for binary, or a lone surrogate
    (from an escape such as ``\\ud800``), which cannot be written as UTF-8."""
    found = text.find("\x00")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start if found < 0 else min(found, error.start)
    return found if found >= 0 else None


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of code point ``index``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def is_canonical(text: str) -> bool:
    """Whether ``canonicalize`` would leave ``text`` as it is, without building its canonical
    copy: a long article's two replacements, normalisation and comparison cost four passes and
    three copies where these checks cost one pass each (NFC's quick check, no copy)."""
    return not text.startswith(BOM) and "\r" not in text and unicodedata.is_normalized("NFC", text)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def passage_at(text: str, passage: str) -> int:
    """Where ``passage`` first stands in ``text`` as whole words (no letter or digit runs on
    across its edges), or -1."""
    at = text.find(passage) if passage else -1
    while at >= 0:
        end = at + len(passage)
        runs_before = at > 0 and text[at - 1].isalnum() and passage[0].isalnum()
        runs_after = end < len(text) and text[end].isalnum() and passage[-1].isalnum()
        if not runs_before and not runs_after:
            return at
        at = text.find(passage, at + 1)
    return -1


def validate_span(text: str, start: int, end: int, quote: str) -> None:
    """Raise SpanError unless ``text[start:end] == quote`` for a non-empty, in-range span."""
    if type(start) is not int or type(end) is not int:  # a bool is no offset
        for name, value in (("start", start), ("end", end)):
            if type(value) is not int:
                raise SpanError(
                    said("{name} must be a whole number, not {value!r}", name=name, value=value)
                )
    if start < 0 or end > len(text) or start >= end:
        raise SpanError(
            said(
                "span {start}–{end} lies outside the text (length {text_count}) or is empty",
                start=start,
                end=end,
                text_count=len(text),
            )
        )
    found = text[start:end]
    if found != quote:
        raise SpanError(
            said(
                "span {start}–{end} reads {found} in the text but its quote is {quote}",
                start=start,
                end=end,
                found=_preview(found),
                quote=_preview(quote),
            )
        )


def _preview(value: str, limit: int = 40) -> str:
    shown = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(shown)
