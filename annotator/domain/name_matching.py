"""Finding the known names of canonical entities in a text: whole words, longest first.

One pattern holds every name and alias of every entity (Izium, Izyum, Izum, Kharkiv Region …),
so a text is scanned once however many entities there are. The names are laid out as a trie
("Izi(?:um)|Izyum|Izum" shares its prefixes) rather than a flat alternation: with 2,000 names a
flat alternation tries every name at every word start and scans 3 KB articles ten times slower.

Matching is case-sensitive ("US" must not find "us"), but a name also matches in capitals
("IZIUM" in a headline). Any run of spaces, tabs or no-break spaces matches a space in a name
("North\u00a0Korea"); a line break never does, as it ends a headline or a paragraph. Words are
letters, marks and digits, so "Izium's" and "Izium-based" contain the name Izium but "Iziumka"
does not; "North Korea" never matches inside "North Korean".

The pattern is compiled with the standard library's ``re``, not ``regex``: for 20,000 entities
(80,000 names and capitalised forms) ``re`` compiles five times faster and scans an article in
the same time whatever the number of names, where ``regex`` slows down with the pattern (7 s
against 0.13 s per 1,000 articles). ``re``'s word characters lack combining marks, so a match
touching one is dropped afterwards (only a letter with no precomposed form, in NFC text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum

from annotator.domain.models import Entity

_BEFORE = r"(?<!\w)"
_AFTER = r"(?!\w)"
# Horizontal spaces (tab, no-break and every other Unicode space separator) are read as a
# plain space, one character for one so that offsets do not move; the pattern then needs only
# " +", which compiles in no time (a Unicode character class per space in 4,000 names took
# half a second). Line breaks are not mapped: a name never spans two lines.
_AS_SPACE = str.maketrans(dict.fromkeys("\t\u00a0\u1680\u202f\u205f\u3000", " ")) | {
    code: " " for code in range(0x2000, 0x200B)
}
_SPACE = " +"
_MIN_LENGTH = 2


class Form(IntEnum):
    """How a name was written, best first: it decides between entities sharing a name."""

    NAME = 0
    ALIAS = 1
    CAPITALS = 2  # the name or an alias in capital letters


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    entity_id: str
    name: str  # the entity's canonical name
    form: Form


class NameMatcher:
    """Every whole-word occurrence of the names and aliases of ``entities``.

    A form that two entities share equally (both have the alias "Georgia") is ambiguous and is
    never matched: a suggestion must name one entity.
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        best: dict[str, tuple[Form, str, str]] = {}
        ambiguous: set[str] = set()
        for entity in sorted(entities, key=lambda e: e.id):
            for written, form in _forms_of(entity):
                known = best.get(written)
                if known is None or form < known[0]:
                    best[written] = (form, entity.id, entity.name)
                    ambiguous.discard(written)
                elif form == known[0] and known[1] != entity.id:
                    ambiguous.add(written)
        self._entries = {k: v for k, v in best.items() if k not in ambiguous}
        trie = _trie_pattern(self._entries)
        self._pattern = re.compile(_BEFORE + "(?:" + trie + ")" + _AFTER) if trie else None

    def __bool__(self) -> bool:
        return self._pattern is not None

    def find(self, text: str) -> Iterator[NameMatch]:
        """Non-overlapping matches in reading order, the longest name winning at each place."""
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text.translate(_AS_SPACE)):
            if _touches_mark(text, match.start(), match.end()):
                continue
            form, entity_id, name = self._entries[" ".join(match.group().split())]
            yield NameMatch(match.start(), match.end(), entity_id, name, form)


def _forms_of(entity: Entity) -> Iterator[tuple[str, Form]]:
    for value, form in [(entity.name, Form.NAME)] + [(a, Form.ALIAS) for a in entity.aliases]:
        written = " ".join(unicodedata.normalize("NFC", value).split())
        if len(written) < _MIN_LENGTH or not any(c.isalnum() for c in written):
            continue
        yield written, form
        if written.upper() != written:
            yield written.upper(), Form.CAPITALS


def _trie_pattern(forms: Iterable[str]) -> str:
    root: dict[str, dict] = {}
    for written in forms:
        node = root
        for character in written:
            node = node.setdefault(character, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    branches = [
        (_SPACE if character == " " else re.escape(character)) + _emit(child)
        for character, child in sorted(node.items())
        if character
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: a longer name is tried first, the shorter one only if the longer does not fit.
    return "(?:" + body + ")?" if "" in node else body


def _touches_mark(text: str, start: int, end: int) -> bool:
    """A combining mark right before or after a match continues a word ``re`` cannot see."""
    return (start > 0 and unicodedata.category(text[start - 1]).startswith("M")) or (
        end < len(text) and unicodedata.category(text[end]).startswith("M")
    )
