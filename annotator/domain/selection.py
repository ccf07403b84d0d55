"""How a selection becomes a span (DESIGN §3.4): whole words by default, never half a
character or grapheme cluster, never the whitespace around it.

Pure functions over code-point offsets, so the window and the tests agree on every case.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

_GRAPHEME = regex.compile(r"\X")
_WORD_CHAR = regex.compile(r"[\w\p{M}]")
# Punctuation, quotes and brackets a whole-word span never starts or ends with (‘Azov’ → Azov)…
_EDGE = regex.compile(r"[\p{P}\p{S}--[#@$€£%]]", regex.V1)
# …except the full stop of a sentence: a span of several words (a claim) keeps its final
# . ! ? or …, as the claim suggestions (whole sentences) do — decided once, here.
_TERMINATORS = frozenset(".!?…。！？")


def _is_word(ch: str) -> bool:
    return bool(_WORD_CHAR.match(ch))


def snap_span(text: str, start: int, end: int, whole_words: bool = True) -> tuple[int, int]:
    """Adjust ``text[start:end]`` to a span worth annotating.

    Returns ``(start, end)`` with ``start == end`` when nothing but whitespace was selected.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    if whole_words:
        while 0 < start < len(text) and _is_word(text[start - 1]) and _is_word(text[start]):
            start -= 1
        while 0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]):
            end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if whole_words:
        start, end = _trim_punctuation(text, start, end)
    if start == end:
        return start, start
    return _floor(text, start), _ceil(text, end)


def _trim_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotes, brackets and punctuation at the edges; keep a sentence's final stop.
    A selection of punctuation alone is left as it is."""
    inner_start, inner_end = start, end
    while inner_start < inner_end and (
        _EDGE.match(text[inner_start]) or text[inner_start].isspace()
    ):
        inner_start += 1
    while inner_end > inner_start and (
        _EDGE.match(text[inner_end - 1]) or text[inner_end - 1].isspace()
    ):
        inner_end -= 1
    if inner_start == inner_end:
        return start, end
    several_words = any(ch.isspace() for ch in text[inner_start:inner_end])
    if several_words:
        # The sentence's own stop, if the selection reached it (before any closing quote).
        tail = inner_end
        while tail < end and text[tail] in _TERMINATORS:
            tail += 1
        inner_end = tail
    return inner_start, inner_end


def grapheme_boundaries(text: str, around: int) -> list[int]:
    """Grapheme cluster boundaries in a window around ``around``.

    Segmenting a whole 1 MB article per selection would cost hundreds of milliseconds. A
    boundary always precedes a whitespace character (nothing attaches to what comes before
    it but a combining mark, which is not whitespace), so segmentation started at the
    whitespace before ``around`` is exact there.
    """
    begin = max(0, around - _WINDOW)
    for position in range(around - 1, begin - 1, -1):
        if text[position].isspace():
            begin = position
            break
    finish = min(len(text), around + _WINDOW)
    window = text[begin:finish]
    ends = [begin + m.end() for m in _GRAPHEME.finditer(window)]
    return [begin, *ends] if ends and ends[-1] == len(text) else [begin, *ends[:-1], len(text)]


_WINDOW = 512


def _floor(text: str, offset: int) -> int:
    boundaries = grapheme_boundaries(text, offset)
    return boundaries[bisect_right(boundaries, offset) - 1]


def _ceil(text: str, offset: int) -> int:
    boundaries = grapheme_boundaries(text, offset)
    return boundaries[min(bisect_left(boundaries, offset), len(boundaries) - 1)]


def step_word(text: str, offset: int, direction: int) -> int:
    """The next word boundary from ``offset`` in ``direction`` (+1 or -1), for adjusting a
    span's ends from the keyboard."""
    position = offset
    if direction > 0:
        while position < len(text) and not _is_word(text[position]):
            position += 1
        while position < len(text) and _is_word(text[position]):
            position += 1
    else:
        while position > 0 and not _is_word(text[position - 1]):
            position -= 1
        while position > 0 and _is_word(text[position - 1]):
            position -= 1
    return position
