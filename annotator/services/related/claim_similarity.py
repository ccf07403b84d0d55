"""How alike two claims are, for ranking related claims across articles.

The score (0–1) combines three signals, each 0–1:

- **text** — the claims' words after normalisation: NFKC, case folding, diacritics and
  punctuation dropped, number words up to ninety turned into digits ("two" → "2"), thousands
  separators dropped ("2,700" → "2700"), English function words dropped, a light suffix
  stemming ("captured"/"capture" → "captur") and a few casualty synonyms folded together
  ("wounded" → "injured": reports of one event alternate between them). It is
  ``0.6 · soft Dice + 0.4 · mean(token_set_ratio, token_sort_ratio)``, where the soft Dice
  counts two words as one when they are equal, one starts the other ("korea"/"korean") or
  rapidfuzz's ratio is at least 80 ("kharkov"/"kharkiv", "izyum"/"izium"); the two rapidfuzz
  ratios catch character-level closeness the word count misses. The best pairing of quote and
  restatement (claim_reviewed) of either claim counts.
- **numbers** — Jaccard overlap of the numbers the claims state (0 unless both state some).
- **entities** — Jaccard overlap of the canonical entities the claims involve (mentions in or
  linked to the claim, the claimant's entity; 0 unless both have some).

``score = (0.7·text + 0.15·numbers + 0.15·entities) / (sum of the weights that apply)``, where
numbers and entities apply only when the selected claim has numbers or entities: a claim
without figures is not penalised for it, and candidates for one claim stay comparable.

In a large collection the scorer does not see every claim: ``search_terms`` turns a claim into
the words a full-text index (storage, revision 0010) looks for, and only the best-ranked
shortlist is scored. The terms mirror the normalisation above, so what the scorer would count
as one word the index finds too: stems as prefixes ("captur*" finds "captured", a five-letter
prefix lets "korea*" meet "korean" and "khark*" "kharkiv"), every word of a synonym group
("wounded" asks for "injur*" and "hurt*" as well), numbers as digits and as words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from annotator.domain.language.folding import words

TEXT_WEIGHT, NUMBER_WEIGHT, ENTITY_WEIGHT = 0.7, 0.15, 0.15
WORD_MATCH_RATIO = 80.0

# Word lists as text: one word per line would bury the module's logic.
_UNITS = (  # noqa: SIM905
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
NUMBER_WORDS: dict[str, str] = {word: str(value) for value, word in enumerate(_UNITS)} | {
    word: str(value)
    for word, value in (
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    )
}

STOPWORDS = frozenset(
    (  # noqa: SIM905
        "a an the of to in on at by for from with and or but as is are was were be been being "
        "has have had it its this that these those their his her they them he she we our you "
        "your which who whom whose what when where while there than then so such not no nor "
        "also into over about after before during under up down out off very can could may "
        "might will would should must do does did just only even more most other some any "
        "each both all said says according"
    ).split()
)

# Stems (see _stem) of words that news reports of one event use interchangeably.
SYNONYMS = {"wound": "injur", "hurt": "injur", "kill": "dead", "died": "dead", "death": "dead"}

_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def _stem(word: str) -> str:
    """A deliberately light English stemmer: enough to meet "captured" with "capture"."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return SYNONYMS.get(word, word)


def _number(token: str) -> str:
    if _THOUSANDS.fullmatch(token):
        return token.replace(",", "")
    return token.replace(",", ".")  # "3,5" is a decimal in most of Europe


@dataclass(frozen=True, slots=True)
class ClaimText:
    """One text of a claim (its quote or restatement), normalised for comparison."""

    tokens: tuple[str, ...]
    numbers: frozenset[str]

    @property
    def joined(self) -> str:
        return " ".join(self.tokens)


# Quotes never change once marked, so the window's repeated ranking reuses their normal forms.
@lru_cache(maxsize=100_000)
def normalise_claim_text(text: str) -> ClaimText:
    tokens: list[str] = []
    numbers: set[str] = set()
    for word in words(text):
        word = NUMBER_WORDS.get(word, word)
        if word[0].isdigit():
            word = _number(word)
            numbers.add(word)
            tokens.append(word)
        elif word not in STOPWORDS:
            tokens.append(SYNONYMS.get(word, _stem(word)))
    return ClaimText(tuple(tokens), frozenset(numbers))


def claim_texts(quote: str, claim_reviewed: str | None) -> list[ClaimText]:
    texts = [normalise_claim_text(quote)]
    if claim_reviewed and claim_reviewed.strip():
        texts.append(normalise_claim_text(claim_reviewed))
    return texts


# Five letters: long enough to keep the index's matches few, short enough to reach across the
# endings and spellings the scorer forgives ("kharkov"/"kharkiv", "ukraine"/"ukrainian").
PREFIX_LENGTH = 5
# A long quote would make a query of hundreds of words; its longest words say the most.
MAX_SEARCH_WORDS = 40

_DIGIT_WORDS = {digits: word for word, digits in NUMBER_WORDS.items()}
_SYNONYM_GROUPS: dict[str, tuple[str, ...]] = {
    target: (target, *sorted(word for word, to in SYNONYMS.items() if to == target))
    for target in set(SYNONYMS.values())
}


def search_terms(quote: str, claim_reviewed: str | None) -> list[tuple[str, bool]]:
    """The words to look for in the candidate index, each with whether it is a prefix."""
    numbers: list[tuple[str, bool]] = []
    stems: dict[str, None] = {}
    for text in (quote, claim_reviewed or ""):
        for word in words(text):
            if word in NUMBER_WORDS:
                numbers += [(word, False), (NUMBER_WORDS[word], False)]
            elif word[0].isdigit():
                number = _number(word)
                numbers += [(number, False), *((part, False) for part in re.split(r"[.,]", word))]
                if number in _DIGIT_WORDS:
                    numbers.append((_DIGIT_WORDS[number], False))
            elif word not in STOPWORDS:
                stems[SYNONYMS.get(word, _stem(word))] = None
    longest = sorted(stems, key=lambda stem: (-len(stem), stem))[:MAX_SEARCH_WORDS]
    terms = list(numbers)
    for stem in longest:
        for form in _SYNONYM_GROUPS.get(stem, (stem,)):
            # A short word is looked for whole: "war*" would find every "warned".
            terms.append((form[:PREFIX_LENGTH], True) if len(form) >= 4 else (form, False))
    return list(dict.fromkeys(terms))


@dataclass(slots=True)
class Similarity:
    score: float
    text: float
    numbers: float
    entities: float
    shared_numbers: list[str] = field(default_factory=list)
    shared_entity_ids: list[str] = field(default_factory=list)


def _words_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[0].isdigit() or b[0].isdigit():
        return False  # 300 and 3000 are different figures, however alike they look
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= WORD_MATCH_RATIO


def _jaccard(a: Iterable[str], b: Iterable[str]) -> tuple[float, list[str]]:
    first, second = set(a), set(b)
    if not first or not second:
        return 0.0, []
    shared = first & second
    return len(shared) / len(first | second), sorted(shared)


class SimilarityScorer:
    """Scores many candidates against one selected claim.

    Word comparisons are cached per candidate word, so ranking thousands of claims costs one
    fuzzy comparison per distinct word of the collection and query word, not per pair of claims.
    """

    def __init__(self, texts: list[ClaimText], entity_ids: set[str]) -> None:
        self.texts = texts
        self.entity_ids = entity_ids
        self.numbers = frozenset().union(*(t.numbers for t in texts))
        self._words = [list(dict.fromkeys(t.tokens)) for t in texts]
        self._matches: list[dict[str, frozenset[int]]] = [{} for _ in texts]

    def score(self, texts: list[ClaimText], entity_ids: set[str]) -> Similarity:
        text = max(
            self._text_score(index, mine, theirs)
            for index, mine in enumerate(self.texts)
            for theirs in texts
        )
        numbers, shared_numbers = _jaccard(self.numbers, (n for t in texts for n in t.numbers))
        entities, shared_entities = _jaccard(self.entity_ids, entity_ids)
        total = TEXT_WEIGHT * text
        weights = TEXT_WEIGHT
        if self.numbers:
            total, weights = total + NUMBER_WEIGHT * numbers, weights + NUMBER_WEIGHT
        if self.entity_ids:
            total, weights = total + ENTITY_WEIGHT * entities, weights + ENTITY_WEIGHT
        return Similarity(total / weights, text, numbers, entities, shared_numbers, shared_entities)

    def _text_score(self, index: int, mine: ClaimText, theirs: ClaimText) -> float:
        if not mine.tokens or not theirs.tokens:
            return 0.0
        query_words = self._words[index]
        their_words = list(dict.fromkeys(theirs.tokens))
        cache = self._matches[index]
        matched_query: set[int] = set()
        matched_theirs = 0
        for word in their_words:
            hits = cache.get(word)
            if hits is None:
                hits = frozenset(i for i, q in enumerate(query_words) if _words_match(q, word))
                cache[word] = hits
            if hits:
                matched_theirs += 1
                matched_query |= hits
        dice = (len(matched_query) + matched_theirs) / (len(query_words) + len(their_words))
        fuzzy = (
            fuzz.token_set_ratio(mine.joined, theirs.joined)
            + fuzz.token_sort_ratio(mine.joined, theirs.joined)
        ) / 200
        return 0.6 * dice + 0.4 * fuzzy
