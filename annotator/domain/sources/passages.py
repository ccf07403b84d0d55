"""Where a span is in its source: the passages of an article (a PDF's pages, a subtitle's cues,
a Telegram post), found for an offset and worded for a citation ("p. 7", "at 12:04").

A passage holds from its ``start`` (a code point of the canonical text,
docs/design/text-and-offsets.md) until the next passage's start; text before the first
passage belongs to none.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from annotator.domain.errors import InputRefused, TranslatableMessage, said
from annotator.domain.models import Passage

MAX_KIND = 40
MAX_LABEL = 200
_CUE_TIME = re.compile(r"^(\d+):([0-5]\d):([0-5]\d)(?:[.,](\d{1,3}))?$")


def check_passages(passages: list[Passage], length: int) -> None:
    """Refuse passages that do not fit a text of ``length`` code points: a start outside it,
    out of order, or a kind or label that is empty, too long or not one line."""
    previous = 0
    for index, passage in enumerate(passages):
        where = said("passages[{index}]", index=index)
        start = passage.start
        if type(start) is not int or not 0 <= start < max(length, 1):
            raise InputRefused(
                said(
                    "{where}: start {start!r} lies outside the text (length {text_count})",
                    where=where,
                    start=start,
                    text_count=length,
                )
            )
        if start < previous:
            raise InputRefused(
                said(
                    "{where}: start {start} comes before the previous passage's {previous}",
                    where=where,
                    start=start,
                    previous=previous,
                )
            )
        previous = start
        for name, value, limit in (
            ("kind", passage.kind, MAX_KIND),
            ("label", passage.label, MAX_LABEL),
        ):
            if not isinstance(value, str) or not 0 < len(value) <= limit or not _one_line(value):
                raise InputRefused(
                    said(
                        "{where}: {name} must be one line of 1 to {limit} characters",
                        where=where,
                        name=name,
                        limit=limit,
                    )
                )


def _one_line(value: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs") for ch in value)


def passage_at(passages: list[Passage], offset: int) -> Passage | None:
    """The passage holding the code point at ``offset``; None before the first one."""
    if not passages:
        return None
    index = bisect.bisect_right([p.start for p in passages], offset) - 1
    return passages[index] if index >= 0 else None


def passages_between(passages: list[Passage], start: int, end: int) -> list[Passage]:
    """The passages a span ``start``–``end`` (end exclusive) runs through, in order."""
    if not passages or end <= start:
        return []
    first = passage_at(passages, start)
    inside = [p for p in passages if start < p.start < end]
    return ([first] if first is not None else []) + inside


def cited(passage: Passage) -> TranslatableMessage:
    """A passage as a citation names it: "p. 7", "at 12:04", "post 4521"."""
    if passage.kind == "page":
        return said("p. {page}", page=passage.label)
    if passage.kind == "cue":
        return said("at {time}", time=shown_time(passage.label))
    if passage.kind == "post":
        return said("post {post}", post=passage.label)
    if passage.kind == "capture":
        return said("captured {time}", time=passage.label)
    return said("{kind} {label}", kind=passage.kind, label=passage.label)


def cited_span(passages: list[Passage], start: int, end: int) -> str:
    """Where a span is: "p. 7", "at 12:04", "pp. 7–8", "12:04–12:31"; empty when its
    article has no passages."""
    found = passages_between(passages, start, end)
    if not found:
        return ""
    first, last = found[0], found[-1]
    if first is last or (first.kind, first.label) == (last.kind, last.label):
        return cited(first)
    if first.kind == last.kind == "page":
        return said("pp. {first}–{last}", first=first.label, last=last.label)
    if first.kind == last.kind == "cue":
        return said("at {first}–{last}", first=shown_time(first.label), last=shown_time(last.label))
    return said("{first} – {last}", first=cited(first), last=cited(last))


def cue_label(seconds: float) -> str:
    """A cue's start time as a passage's label: ``HH:MM:SS.mmm``."""
    milliseconds = max(0, round(seconds * 1000))
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, thousandths = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}.{thousandths:03d}"


def shown_time(label: str) -> str:
    """A cue label as people say a time in a video: "12:04", "1:02:04" (seconds cut)."""
    match = _CUE_TIME.match(label)
    if match is None:
        return label
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), match.group(3)
    return f"{hours}:{minutes:02d}:{seconds}" if hours else f"{minutes}:{seconds}"
