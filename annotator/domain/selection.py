"""How a selection becomes a span (docs/design/text-and-offsets.md): whole words by default, never
half a
character or grapheme cluster, never the whitespace around it.

Pure functions over code-point offsets, so the window and the tests agree on every case.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

_GRAPHEME = regex.compile(r"\X")
_WORD_CHAR = regex.compile(r"[\w\p{M}]")
_MARK = regex.compile(r"[\p{M}\p{Join_Control}]")  # \w counts both as word characters
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
    if start == end:
        return start, start
    start, end = _floor(text, start), _ceil(text, end)
    if whole_words:
        # On whole grapheme clusters: an emoji with its modifiers (🏳️‍🌈) goes or stays whole,
        # so snapping a snapped span again changes nothing.
        start, end = _trim_punctuation(text, start, end)
    return start, end


def is_whole_words(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` neither begins nor ends inside a word, so the whole-word
    snapping of a selection (``snap_span``) keeps its edges: the words found are the words a
    key would annotate ("ten" in "it was ten", never the "ten" of "intentional")."""
    if start >= end:
        return False
    starts_inside = 0 < start < len(text) and _is_word(text[start - 1]) and _is_word(text[start])
    ends_inside = 0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end])
    return not (starts_inside or ends_inside)


def _trim_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotes, brackets and punctuation at the edges of ``text[start:end]`` (grapheme
    boundaries both); keep a sentence's final stop. Punctuation alone is left as it is."""
    clusters = [m.span() for m in _GRAPHEME.finditer(text, start, end)]
    first, last = 0, len(clusters)
    while first < last and _is_edge(text, *clusters[first]):
        first += 1
    while last > first and _is_edge(text, *clusters[last - 1]):
        last -= 1
    if first == last:
        return start, end
    inner_start, inner_end = clusters[first][0], clusters[last - 1][1]
    if any(ch.isspace() for ch in text[inner_start:inner_end]):  # several words: a claim
        # The sentence's own stop, if the selection reached it (before any closing quote).
        while last < len(clusters) and text[clusters[last][0]] in _TERMINATORS:
            inner_end = clusters[last][1]
            last += 1
    return inner_start, inner_end


def _is_edge(text: str, start: int, end: int) -> bool:
    """A cluster of whitespace or of punctuation and symbols (with their marks and joiners),
    with nothing of a word in it."""
    cluster = text[start:end]
    return cluster.isspace() or (
        bool(_EDGE.match(cluster[0]))
        and not any(_is_word(ch) and not _MARK.match(ch) for ch in cluster)
    )


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
