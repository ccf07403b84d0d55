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

from annotator.domain.language.cross_script import capitalised_words, name_key, word_keys
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
_MIN_KEY = 3  # shorter keys (US, EU, ЄС) would find too much


class Form(IntEnum):
    """How a name was written, best first: it decides between entities sharing a name."""

    NAME = 0
    ALIAS = 1
    CAPITALS = 2  # the name or an alias in capital letters
    TRANSLITERATION = 3  # another script or spelling of a name: Izyum, Ізюм for Izium
    INFLECTION = 4  # a case form of a name in either script: Ізюмі, Харкова


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    entity_id: str
    name: str  # the entity's canonical name
    form: Form
    via: str = ""  # the name or alias it was found by, when not written as such
    nominative: str = ""  # the text's word in its dictionary form (Ізюм for Ізюмі)


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
        self._keys = _keys_of(entities)

    def __bool__(self) -> bool:
        return self._pattern is not None

    def find(self, text: str) -> Iterator[NameMatch]:
        """Non-overlapping matches in reading order, the longest name winning at each place;
        then, in the words left over, other spellings, scripts and case forms of one-word
        names (Izyum, Ізюм, Изюме for Izium)."""
        if self._pattern is None:
            return
        exact = []
        for match in self._pattern.finditer(text.translate(_AS_SPACE)):
            if _touches_mark(text, match.start(), match.end()):
                continue
            form, entity_id, name = self._entries[" ".join(match.group().split())]
            exact.append(NameMatch(match.start(), match.end(), entity_id, name, form))
        keyed = list(self._find_keyed(text, exact)) if self._keys else []
        if keyed:
            exact = sorted(exact + keyed, key=lambda m: m.start)
        yield from exact

    def _find_keyed(self, text: str, exact: list[NameMatch]) -> Iterator[NameMatch]:
        taken = iter(exact)
        current = next(taken, None)
        for start, end, word in capitalised_words(text):
            while current is not None and current.end <= start:
                current = next(taken, None)
            if current is not None and current.start < end:
                continue  # inside a name found as written
            if _touches_mark(text, start, end):
                continue
            for number, (key, nominative) in enumerate(word_keys(word)):
                found = self._keys.get(key)
                if found is None:
                    continue
                entity_id, name, via = found
                if nominative == via:
                    form = Form.INFLECTION
                elif number == 0:
                    form = Form.TRANSLITERATION
                else:
                    form = Form.INFLECTION
                yield NameMatch(start, end, entity_id, name, form, via, nominative)
                break


def _keys_of(entities: Iterable[Entity]) -> dict[str, tuple[str, str, str]]:
    """The key of each one-word name and alias: ``key → (entity id, name, the form keyed)``.
    A key two entities share is dropped, as an ambiguous form is."""
    keys: dict[str, tuple[str, str, str]] = {}
    shared: set[str] = set()
    for entity in sorted(entities, key=lambda e: e.id):
        for written, form in _forms_of(entity):
            if form == Form.CAPITALS or " " in written:
                continue
            key = name_key(written)
            if len(key) < _MIN_KEY:
                continue
            known = keys.get(key)
            if known is None:
                keys[key] = (entity.id, entity.name, written)
            elif known[0] != entity.id:
                shared.add(key)
    return {k: v for k, v in keys.items() if k not in shared}


def _forms_of(entity: Entity) -> Iterator[tuple[str, Form]]:
    for value, form in [(entity.name, Form.NAME)] + [(a, Form.ALIAS) for a in entity.aliases]:
        written = " ".join(unicodedata.normalize("NFC", value).split())
        if len(written) < _MIN_LENGTH or not any(c.isalnum() for c in written):
            continue
        yield written, form
        if written.upper() != written:
            yield written.upper(), Form.CAPITALS


# A trie of written forms: one character per level, "" marking where a form ends.
_Trie = dict[str, "_Trie"]


def _trie_pattern(forms: Iterable[str]) -> str:
    root: _Trie = {}
    for written in forms:
        node = root
        for character in written:
            node = node.setdefault(character, {})
        node[""] = {}
    return _emit(root)


def _emit(node: _Trie) -> str:
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
