"""Names across scripts and inflections: Izium, Izyum, Izum, Ізюм, Изюм, в Ізюмі, в Изюме.

Two names are the same when their **keys** are equal. A key is a reduced spelling shared by
Latin and Cyrillic: both scripts are mapped onto one small alphabet in which the letters that
the transliteration systems spell differently fall together (х = kh = h = x; г = h = g; и, і,
ї, ы, y and i; ю = iu = yu = ju = u after the i-glide is dropped; ь, ъ and apostrophes
vanish). So the Ukrainian national system (Kharkiv, Izium), the Russian BGN/PCGN (Khar'kov,
Izyum), GOST 7.79 (Xar`kov) and the popular spellings (Kharkov, Izyum) all give one key per
name. Keys are compared only for capitalised words: ізюм (raisins) is never a name.

Inflections are undone by a conservative table of Ukrainian and Russian case endings for
proper nouns (Ізюмі → Ізюм, Харкова → Харків, Балаклії → Балаклія, Барвінкового →
Барвінкове), with the Ukrainian і/о/е alternation of a last closed syllable (Харків →
Харкова, Чугуїв → Чугуєва). A morphological dictionary (pymorphy3) would add 30 MiB to the
packaged app, a quarter of its size; the tests use it as the judge of the case-form tables.

``uk_to_latin`` is the official Ukrainian national transliteration (Cabinet of Ministers
Resolution No. 55 of 27 January 2010), used to show a Cyrillic name in Latin letters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

# --- the official Ukrainian transliteration (2010) -------------------------------------------

_UK_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
# At the start of a word: Yenakiieve, Yizhakevych, Yosypivka, Yurii, Yahotyn.
_UK_LATIN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def uk_to_latin(text: str) -> str:
    """Ukrainian text in the national transliteration of 2010 (зг is zgh: Zghurivka)."""
    out: list[str] = []
    previous = ""
    for character in text:
        lower = character.lower()
        initial = previous == "" or (not previous.isalpha() and previous not in "'’ʼ")
        if lower == "г" and previous.lower() == "з":
            latin = "gh"
        elif initial and lower in _UK_LATIN_INITIAL:
            latin = _UK_LATIN_INITIAL[lower]
        else:
            latin = _UK_LATIN.get(lower, character if lower == character else lower)
        if character != lower and latin:
            # Kharkiv, not KHarkiv; a word in capitals stays in capitals (KHARKIV).
            capitals = _in_capitals(text, len(out))
            latin = latin.upper() if capitals else latin[0].upper() + latin[1:]
        out.append(latin)
        previous = character
    return "".join(out)


def _in_capitals(text: str, index: int) -> bool:
    """Whether the character at ``index`` is part of a word written in capitals."""
    start = index
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = index
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    return len(word) > 1 and word.isupper()


# --- keys ------------------------------------------------------------------------------------

_CYRILLIC_KEY = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "H", "ґ": "H", "д": "d", "е": "e", "є": "e",
        "ё": "io", "ж": "J", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ў": "u", "ф": "f", "х": "H", "ц": "Z", "ч": "C", "ш": "S", "щ": "Q",
        "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a",
    }
)  # fmt: skip
_LATIN_DIGRAPHS = [
    ("shch", "Q"), ("shh", "Q"), ("sch", "Q"), ("zh", "J"), ("kh", "H"), ("ch", "C"),
    ("sh", "S"), ("ts", "Z"), ("tc", "Z"), ("cz", "Z"),
]  # fmt: skip
_LATIN_LETTERS = str.maketrans(
    {"h": "H", "g": "H", "x": "H", "c": "Z", "w": "v", "j": "i", "y": "i"}
)
_GLIDE = re.compile(r"i+(?=[aeou])")  # ia, iu, ie, io: the i-glide of я, ю, є, ё
_APOSTROPHES = str.maketrans(dict.fromkeys("'’ʼ`´ʹ″\"", ""))
_REPEATS = re.compile(r"(.)\1+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def name_key(name: str) -> str:
    """The reduced spelling of a one-word name, the same in either script and system."""
    # Cyrillic letters first, from their composed forms (NFKD would split й and ї); then the
    # Latin ones, accents dropped. A name may mix both: iuliia writes Shchёlkovo.
    text = unicodedata.normalize("NFC", name.translate(_APOSTROPHES)).lower()
    if _CYRILLIC.search(text):
        text = text.translate(_CYRILLIC_KEY).replace("ts", "Z")  # тс sounds as ц: Bakhmutske
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for digraph, letter in _LATIN_DIGRAPHS:
        text = text.replace(digraph, letter)
    text = text.translate(_LATIN_LETTERS)
    text = _GLIDE.sub("", text)
    return _REPEATS.sub(r"\1", text)


# --- inflections -----------------------------------------------------------------------------

# (ending of an inflected form, ending of the nominative), longest endings first. Ukrainian and
# Russian together: a name's key decides, not the language.
_ENDINGS = sorted(
    [
        # masculine and neuter nouns: Ізюм, Харків, Изюм, Харьков
        ("а", ""), ("у", ""), ("ові", ""), ("ом", ""), ("і", ""), ("е", ""), ("ю", ""),
        ("я", ""), ("ем", ""), ("еві", ""), ("ем", ""),
        # feminine in -а/-я: Лозова, Балаклія, Москва
        ("и", "а"), ("і", "а"), ("у", "а"), ("ою", "а"), ("ої", "а"), ("ій", "а"),
        ("ой", "а"), ("е", "а"), ("ы", "а"), ("ії", "ія"), ("ію", "ія"), ("ією", "ія"),
        ("ии", "ия"), ("ию", "ия"), ("ией", "ия"), ("иею", "ия"),
        # adjectival place names: Барвінкове, Лозова (adjective), Первомайський
        ("ого", "е"), ("ому", "е"), ("им", "е"), ("ім", "е"),
        ("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ім", "ий"),
        ("ого", "ой"), ("ому", "ой"), ("ым", "ой"),
    ],
    key=lambda pair: -len(pair[0]),
)  # fmt: skip
_CLOSED_SYLLABLE = re.compile(r"([оеє])([^аеєиіїоуюяыэё]+)$")
_MIN_STEM = 3
_RUSSIAN_ONLY = re.compile("[ьыэёъ]")


def nominatives(word: str) -> Iterator[str]:
    """The forms ``word`` may be an inflection of, the word itself first (Cyrillic only)."""
    yield word
    if not _CYRILLIC.search(word):
        return
    lower = word.lower()
    seen = {word}
    # Харкова is Ukrainian (Харків) unless the word has letters of Russian only (Харькова).
    ukrainian_first = not _RUSSIAN_ONLY.search(lower)
    for ending, replacement in _ENDINGS:
        if not lower.endswith(ending) or len(word) - len(ending) < _MIN_STEM:
            continue
        stem = word[: len(word) - len(ending)] + replacement
        alternated = _alternated(stem)
        for form in (alternated, stem) if ukrainian_first else (stem, alternated):
            if form and form not in seen:
                seen.add(form)
                yield form


def _alternated(stem: str) -> str:
    """Харков → Харків, Чугуєв → Чугуїв: the Ukrainian і of a last closed syllable."""
    match = _CLOSED_SYLLABLE.search(stem)
    if match is None or _RUSSIAN_ONLY.search(stem.lower()):
        return ""
    vowel = "ї" if match.group(1) == "є" else "і"
    return stem[: match.start()] + vowel + match.group(2)


_WORD = re.compile(r"(?<![\w'’ʼ])[^\W\d_](?:\w|['’ʼ](?=\w))*")


def capitalised_words(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word)`` of every word that begins with a capital letter."""
    for match in _WORD.finditer(text):
        word = match.group()
        if word[0].isupper():
            yield match.start(), match.end(), word


@functools.lru_cache(maxsize=100_000)
def word_keys(word: str) -> tuple[tuple[str, str], ...]:
    """``(key, nominative)`` for each form ``word`` may be (itself first); cached, since a
    collection repeats its names."""
    return tuple((name_key(form), form) for form in nominatives(word))
