"""The language of an article, guessed offline from its letters and commonest words.

Small on purpose: the languages this tool's users read (Ukrainian, Russian, English and the
main European ones), told apart by the letters only one of them uses (ї, є, ґ, і for Ukrainian;
ы, э, ё, ъ for Russian) and by counts of short function words, which every text has. An
article too short or too mixed to tell is ``und`` (undetermined), as BCP 47 says, rather than a
wrong guess: the language decides which name rules and claim cues apply.
"""

from __future__ import annotations

import re
from collections import Counter

UNDETERMINED = "und"
_SAMPLE = 4000  # characters: enough to decide, and a 1 MB wire dump costs no more
_MIN_WORDS = 5
_MARGIN = 1.5  # the best language must have this many times the runner-up's evidence

_FUNCTION_WORDS = {
    "uk": "і й та що не на у в з до це як від за про для його її але або ще вже був була які",
    "ru": "и что не на в с по это как от за о для его её но или ещё уже был была которые",
    "en": "the and of to in is that for on with as was by it from at be this are have",
    "de": "der die und das ist nicht mit von den des auf für ein eine sich auch dem im zu",
    "fr": "le la les et des est une que dans pour qui pas sur au du avec ce sont il elle",
    "es": "el la los las y que de en un una es por con para del se no al lo como su",
    "it": "il la di che e un una per non sono del della con si è gli le da al",
    "pl": "i w nie na się z że do jest to o jak po przez od za są ale oraz",
    "pt": "o a os as e que de em um uma para com não do da no na se por",
    "nl": "de het een en van in is dat op te voor met niet zijn aan er ook",
}
_WORDS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")
_UKRAINIAN_LETTERS = re.compile(r"[їєґі]")
_RUSSIAN_LETTERS = re.compile(r"[ыэёъ]")
_CYRILLIC = re.compile(r"[а-яё]")


def detect_language(text: str) -> str:
    """An ISO 639-1 code (uk, ru, en, de …) or ``und`` when the text does not say."""
    sample = text[:_SAMPLE].lower()
    words = _TOKEN.findall(sample)
    if len(words) < _MIN_WORDS:
        return UNDETERMINED
    # Each distinct word is looked at once, with its count: word by word, this was half the
    # time of importing a folder of 10,000 articles. The sums are the same, and
    # so is the verdict: the order in which languages scored decides nothing (a tie at the
    # top is below the margin whichever comes first).
    counts = Counter(words)
    cyrillic = sum(n for word, n in counts.items() if _CYRILLIC.match(word))
    scores: Counter[str] = Counter()
    candidates: tuple[str, ...]
    if cyrillic * 2 > len(words):
        # Letters of one language only are the strongest evidence between these two.
        scores["uk"] += 3 * len(_UKRAINIAN_LETTERS.findall(sample))
        scores["ru"] += 3 * len(_RUSSIAN_LETTERS.findall(sample))
        if not scores["uk"]:
            # Ukrainian prose without a single і, ї or є is rare: its absence speaks for Russian.
            scores["ru"] += cyrillic // 3
        candidates = ("uk", "ru")
    else:
        candidates = tuple(lang for lang in _WORDS if lang not in ("uk", "ru"))
    for language in candidates:
        found = sum(counts[word] for word in _WORDS[language].intersection(counts))
        if found:
            scores[language] += found
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] == 0:
        return UNDETERMINED
    best, evidence = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if evidence >= _MARGIN * runner_up and evidence >= 3 else UNDETERMINED
