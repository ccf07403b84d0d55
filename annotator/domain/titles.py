"""The title of a plain-text article, guessed from its first line (docs/design/command-line.md).

The whole file stays the article text; the title is only a label for the list.
"""

from __future__ import annotations

import re

MAX_TITLE_CHARS = 120
_HEADLINE_MAX_WORDS = 25
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def guess_title(text: str, fallback: str = "Untitled") -> str:
    """The first line when it looks like a headline, else the start of the first sentence.

    A headline is short (at most 25 words), stands on a line of its own and does not end like
    a sentence. ``# Markdown`` heading marks are dropped.
    """
    lines = [line.strip() for line in text.split("\n")]
    non_empty = [i for i, line in enumerate(lines) if line]
    if not non_empty:
        return fallback
    first_index = non_empty[0]
    first = _MARKDOWN_HEADING.sub("", lines[first_index]).strip()
    is_heading_mark = first != lines[first_index]
    more_follows = len(non_empty) > 1
    if first and (is_heading_mark or (more_follows and _looks_like_headline(first))):
        return _shorten(first)
    return _shorten(_first_sentence(" ".join(lines[i] for i in non_empty[:3])))


def _looks_like_headline(line: str) -> bool:
    if len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    # "Said the minister." ends a sentence; "Kyiv: what we know" or "… Russia" does not.
    return not line.endswith((".", ",", ";", ":")) or line.endswith("...")


def _first_sentence(paragraph: str) -> str:
    match = _SENTENCE_END.search(paragraph)
    return paragraph[: match.start()].strip() if match else paragraph


def _shorten(value: str) -> str:
    value = " ".join(value.split())
    if len(value) <= MAX_TITLE_CHARS:
        return value
    cut = value[: MAX_TITLE_CHARS - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


_SLUG = re.compile(r"^[\w]+(?:[-_][\w]+){2,}(?:\.html?)?$")
_TABLE_ROW = re.compile(r"^\|.*\|$")


def is_unusable_title(title: str) -> bool:
    """A markdown table row ("| Name | Role |") or a URL slug ("interview-with-the-mayor"):
    what an extractor sometimes takes for a heading; the page's own title is better."""
    value = title.strip()
    return bool(_TABLE_ROW.match(value) or (" " not in value and _SLUG.match(value)))
