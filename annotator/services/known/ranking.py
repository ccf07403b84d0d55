"""How well a known fact-check matches a text: the re-ranking of the index's shortlist.

The full-text index (bm25 on SQLite, ts_rank on PostgreSQL) finds the known fact-checks that
share the text's words; this scores each of its shortlist from signals the index does not
see, every one 0–1:

- **engine**: the index's own rank, as a share of the shortlist's best (bm25 weighs rare
  words; on its own it is the baseline the benchmark compares with);
- **dice**: the words both share, counted softly as related claims count them (equal, one
  the start of the other, or rapidfuzz's ratio ≥ 80: "kharkov"/"kharkiv"), over both texts;
- **coverage**: the share of the fact-check's own words the text holds: a whole article or a
  long post states the checked claim among much else;
- **fuzzy**: rapidfuzz's token-set ratio of the two normalised texts;
- **numbers**: the figures both state (Jaccard; 0 when the text states some and the
  fact-check others or none);
- **names**: the fact-check's names (keys across scripts) the text holds: "Izium" meets
  "Ізюмі" where no word does. Between a Latin and a Cyrillic text, where no word can match,
  the word signals compare the texts' names by their keys, and their figures;
- **rare_dice**, **rare_coverage**: dice and coverage with each word weighed by how rare it is
  in the library (BM25's inverse document frequency): sharing "Kursk" says more than sharing
  "soldiers".

The score is their weighted mean (``WEIGHTS``), so 0–1 and comparable between queries: the
window says "checked before" above ``CHECKED_BEFORE``. The weights were chosen on the
CheckThat! 2020 verified-claim retrieval training tweets (benchmarks/bench_known_matching.py);
its dev tweets only measure them (benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from annotator.domain.language.cross_script import capitalised_words
from annotator.domain.sources.known_checks import KnownFactCheck
from annotator.services.known.search_text import name_tokens, without_links
from annotator.services.related.claim_similarity import ClaimText, normalise_claim_text

WORD_MATCH_RATIO = 80.0
FEATURES = (
    "engine",
    "dice",
    "coverage",
    "fuzzy",
    "numbers",
    "names",
    "rare_dice",
    "rare_coverage",
)


@dataclass(frozen=True, slots=True)
class Weights:
    engine: float
    dice: float
    coverage: float
    fuzzy: float
    numbers: float
    names: float
    rare_dice: float
    rare_coverage: float

    def as_tuple(self) -> tuple[float, ...]:
        return tuple(getattr(self, name) for name in FEATURES)


# Chosen on the training tweets only (bench_known_matching.py --tune): the words shared,
# weighed by their rarity, say most; the engine's rank breaks what they leave even. The other
# signals added nothing there and are kept at 0 (names stand in for words between scripts).
WEIGHTS = Weights(
    engine=0.25,
    dice=0.0,
    coverage=0.0,
    fuzzy=0.0,
    numbers=0.0,
    names=0.0,
    rare_dice=2.0,
    rare_coverage=0.0,
)
# A long text (a whole article, a long post) states a checked claim among much else: what
# counts is how much of the fact-check's claim it holds, not how much of it the claim is. Not
# tuned (no benchmark of whole articles): the tweets' weights with coverage for the share.
LONG_TEXT_WORDS = 40
LONG_TEXT_WEIGHTS = replace(WEIGHTS, rare_dice=0.0, rare_coverage=2.0)
# A known fact-check at or above this score is shown as "checked before" (window, suggestions):
# on the training tweets, the best match was a right one 95 % of the time from here on (and
# 87 % from 0.3, where the lists start: known_library.MIN_SCORE).
CHECKED_BEFORE = 0.4


@lru_cache(maxsize=50_000)
def _mostly_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return cyrillic * 2 > len(letters)


class _Words:
    """One side's words, their rarity weights, and which of them each word of the other side
    matches: equal, one the start of the other (four letters or more), or rapidfuzz's ratio
    at least 80 ("kharkov"/"kharkiv"); never two different figures ("300"/"3000")."""

    def __init__(self, tokens: tuple[str, ...], joined: str, rarity: Callable[[str], float]):
        self.words = list(dict.fromkeys(tokens))
        self.joined = joined
        self.weights = [rarity(word) for word in self.words]
        self.weight = sum(self.weights)
        self._index = {word: i for i, word in enumerate(self.words)}
        # The words a loose match may reach: four letters or more, not a figure.
        self._loose = [(i, w) for i, w in enumerate(self.words) if _loose(w)]
        self._loose_words = [w for _, w in self._loose]
        self._matches: dict[str, frozenset[int]] = {}

    def matching(self, word: str) -> frozenset[int]:
        """The indexes of this side's words that ``word`` matches; kept, since a shortlist
        repeats its words. rapidfuzz compares one word with all of them in one call."""
        found = self._matches.get(word)
        if found is not None:
            return found
        hits = set()
        if word in self._index:
            hits.add(self._index[word])
        if self._loose and _loose(word):
            hits.update(
                i for i, mine in self._loose if mine.startswith(word) or word.startswith(mine)
            )
            extracted = process.extract(
                word,
                self._loose_words,
                scorer=fuzz.ratio,
                score_cutoff=WORD_MATCH_RATIO,
                limit=None,
            )
            hits.update(self._loose[at][0] for _choice, _score, at in extracted)
        found = self._matches[word] = frozenset(hits)
        return found


def _loose(word: str) -> bool:
    return len(word) >= 4 and not word[0].isdigit()


@lru_cache(maxsize=50_000)
def keyed_words(text: str) -> tuple[str, ...]:
    """A text's words with its names written as their keys' tokens ("Ізюм" as "zqizum"):
    what a text in another script can share with it."""
    named = {
        stem
        for _s, _e, word in capitalised_words(text)
        for stem in normalise_claim_text(word).tokens
    }
    words = [word for word in normalise_claim_text(text).tokens if word not in named]
    return tuple(words + name_tokens(text))


class QueryScorer:
    """Scores the known fact-checks of one shortlist against one text. Word comparisons are
    kept per candidate word: a shortlist repeats the words of its query. ``rarity`` weighs a
    word by how few fact-checks of the library hold it (inverse document frequency).

    Between a Latin and a Cyrillic text no word can match but names and figures: both are
    then compared by their keyed words (``keyed_words``), where a name is its key."""

    def __init__(self, text: str, rarity: Callable[[str], float] | None = None) -> None:
        self.source = without_links(text)
        self.rarity = rarity or (lambda _word: 1.0)
        self.text: ClaimText = normalise_claim_text(self.source)
        self.plain = _Words(self.text.tokens, self.text.joined, self.rarity)
        self.words = self.plain.words
        self.names = set(name_tokens(self.source))
        self.cyrillic = _mostly_cyrillic(self.source)
        self._keyed: _Words | None = None

    @property
    def long(self) -> bool:
        return len(self.words) > LONG_TEXT_WORDS

    def _keyed_side(self) -> _Words:
        if self._keyed is None:
            keyed = keyed_words(self.source)
            self._keyed = _Words(keyed, " ".join(keyed), self.rarity)
        return self._keyed

    def features(self, check: KnownFactCheck, engine_share: float) -> tuple[float, ...]:
        their_texts = [check.claim_reviewed, *([check.title] if check.title else [])]
        texts = [normalise_claim_text(text) for text in their_texts]
        across = self.cyrillic != _mostly_cyrillic(check.claim_reviewed)
        dice = coverage = fuzzy = rare_dice = rare_coverage = 0.0
        for source, theirs in zip(their_texts, texts, strict=True):
            if across:
                keyed = keyed_words(source)
                found = self._text_features(self._keyed_side(), keyed, " ".join(keyed))
            else:
                found = self._text_features(self.plain, theirs.tokens, theirs.joined)
            dice, coverage = max(dice, found[0]), max(coverage, found[1])
            fuzzy = max(fuzzy, found[2])
            rare_dice, rare_coverage = max(rare_dice, found[3]), max(rare_coverage, found[4])
        numbers = 0.0
        theirs_numbers = frozenset().union(*(t.numbers for t in texts))
        if self.text.numbers and theirs_numbers:
            shared = self.text.numbers & theirs_numbers
            numbers = len(shared) / len(self.text.numbers | theirs_numbers)
        names = 0.0
        their_names = set(name_tokens("\n".join(their_texts)))
        if their_names:
            names = len(self.names & their_names) / len(their_names)
        return (engine_share, dice, coverage, fuzzy, numbers, names, rare_dice, rare_coverage)

    def _text_features(
        self, mine: _Words, tokens: tuple[str, ...], joined: str
    ) -> tuple[float, float, float, float, float]:
        if not mine.words or not tokens:
            return 0.0, 0.0, 0.0, 0.0, 0.0
        their_words = list(dict.fromkeys(tokens))
        matched_query: set[int] = set()
        matched_theirs: list[str] = []
        for word in their_words:
            hits = mine.matching(word)
            if hits:
                matched_theirs.append(word)
                matched_query |= hits
        dice = (len(matched_query) + len(matched_theirs)) / (len(mine.words) + len(their_words))
        coverage = len(matched_theirs) / len(their_words)
        fuzzy = fuzz.token_set_ratio(mine.joined, joined) / 100
        their_weight = sum(map(self.rarity, their_words))
        their_matched = sum(map(self.rarity, matched_theirs))
        query_matched = sum(mine.weights[i] for i in matched_query)
        rare_dice = (query_matched + their_matched) / (mine.weight + their_weight or 1.0)
        rare_coverage = their_matched / (their_weight or 1.0)
        return dice, coverage, fuzzy, rare_dice, rare_coverage


def combined(features: tuple[float, ...], weights: Weights = WEIGHTS) -> float:
    """The weighted mean of the features: 0–1."""
    pairs = list(zip(weights.as_tuple(), features, strict=True))
    total = sum(weight for weight, _ in pairs)
    return sum(weight * value for weight, value in pairs) / total if total else 0.0
