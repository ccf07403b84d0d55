"""Sentence segmentation over an article's canonical text, as code-point spans.

Rules, in the order they matter for news text:

- A line break always ends a sentence: headlines, captions, bylines and boilerplate stand on
  lines of their own in scraped articles, and must never be glued to the sentence after them.
- Inside a line, a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
  brackets after it) when whitespace follows and the next word does not start in lower case.
  "1.5" and "3,000" never split (no whitespace after the point); "at 3 p.m. on Monday" does not
  either (lower case follows).
- A full stop after a known abbreviation ("Mr.", "Dr.", "Jan.", "Calif."), after initials
  ("U.S.", "B.C.", "a.m.") or after a single capital ("J. Alvarez") does not end a sentence.
- CJK full stops (。！？) end a sentence without any whitespace after them.

Spans never include the whitespace around a sentence, so ``text[start:end]`` is exactly the
sentence and can be stored as a quote.
"""

from __future__ import annotations

import regex

# Abbreviations that end with a full stop but rarely end a sentence in news text. Case matters:
# "No." is an abbreviation ("No. 10"), "no." at the end of a sentence is a word. Ambiguous ones
# that also end sentences as words ("Man.", "Miss.", "Wash.", "Ill.") are left out.
_ABBREVIATIONS_BY_KIND = {
    "titles and ranks": "Mr Mrs Ms Mx Dr Prof Sr Jr St Mt Rev Hon Gen Lt Col Maj Capt Sgt Cpl "
    "Pvt Adm Cmdr Gov Sen Rep Pres Supt Insp Det",
    # May, June and July are never abbreviated with a stop
    "months": "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec",
    # as AP style writes them in datelines ("SAN JOSE, Calif. —")
    "states and provinces": "Ala Ariz Ark Calif Colo Conn Fla Kan Ky Md Mass Mich Minn Mont "
    "Neb Nev Okla Tenn Tex Vt Wis Wyo Alta Ont Que Sask",
    "companies and references": "Inc Ltd Co Corp Bros Nos No Vol Fig Dept Univ Ave Blvd Rd "
    "approx ca cf vs e.g i.e",
}
ABBREVIATIONS = frozenset(" ".join(_ABBREVIATIONS_BY_KIND.values()).split())

_TERMINAL = regex.compile(
    r"""
    [.!?…]+                          # the end of a sentence …
    [\p{Pf}\p{Pe}"'’”»)\]]*          # … with the quotes or brackets that close it
    (?=\s)                           # … followed by whitespace
    """,
    regex.VERBOSE,
)
_CJK_TERMINAL = regex.compile(r"[。！？]+[\p{Pf}\p{Pe}」』”’)]*")
_LINE_BREAK = regex.compile(r"[\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")
_INITIALS = regex.compile(r"^(?:\p{L}\.)+\p{L}$")  # U.S, a.m, B.C (the last stop is not in it)
_SINGLE_CAPITAL = regex.compile(r"^\p{Lu}$")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
_LEADING_PUNCTUATION = regex.compile(r"^[\p{Ps}\p{Pi}\"'(\[]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` in reading order as ``(start, end)`` code-point offsets.

    Every span is non-empty, starts and ends on a non-whitespace character, and spans never
    overlap.
    """
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line_break in _LINE_BREAK.finditer(text):
        _split_line(text, line_start, line_break.start(), spans)
        line_start = line_break.end()
    _split_line(text, line_start, len(text), spans)
    return spans


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    line = text[start:end]
    cuts = [m.end() for m in _TERMINAL.finditer(line) if _ends_sentence(line, m.start(), m.end())]
    cuts += [m.end() for m in _CJK_TERMINAL.finditer(line)]
    begin = 0
    for cut in sorted(set(cuts)):
        _add_trimmed(start + begin, start + cut, text, spans)
        begin = cut
    _add_trimmed(start + begin, end, text, spans)


def _ends_sentence(line: str, mark_start: int, mark_end: int) -> bool:
    following = line[mark_end:].lstrip()
    if following and following[0].islower():
        return False
    if line[mark_start] == "." and line[mark_start : mark_start + 2] != "..":
        return not _is_abbreviation(_word_before(line, mark_start))
    return True


def _word_before(line: str, position: int) -> str:
    words = line[:position].rsplit(None, 1)
    return _LEADING_PUNCTUATION.sub("", words[-1]) if words else ""


def _is_abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or bool(_INITIALS.match(word)) or bool(_SINGLE_CAPITAL.match(word))


def _add_trimmed(start: int, end: int, text: str, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return
    if (
        spans
        and not _HAS_WORD.search(text, start, end)
        and spans[-1][1] >= _line_start(text, start)
    ):
        # A stray closing mark ("… decrease. “.") belongs to the sentence before it.
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))


def _line_start(text: str, position: int) -> int:
    breaks = [text.rfind(mark, 0, position) for mark in "\n\u2028\u2029"]
    return max(breaks) + 1
