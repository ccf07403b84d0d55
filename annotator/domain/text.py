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


def is_canonical(text: str) -> bool:
    return canonicalize(text) == text


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
