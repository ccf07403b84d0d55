"""The words the library's full-text index holds, and the words a query looks for.

Both engines index one column, ``search_text``, written here when a review is stored: the
claim's and the headline's words as related claims normalise them (folded, stemmed, number
words as digits, function words dropped: ``claim_similarity.normalise_claim_text``), then a
token per name key. So SQLite and PostgreSQL index the same words whatever their tokenizers
make of accents, and a query is normalised the same way before either is asked.

Names across scripts: "Izium", "Izyum", "Ізюм" and "в Ізюмі" share a key
(domain/language/cross_script.py), written as one token, ``zq`` + the key in letters and
digits ("zqizum"): an English claim finds the Ukrainian fact-check of the same town. The
prefix keeps name tokens apart from the words (no word begins with "zq").
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.language.cross_script import capitalised_words, word_keys
from annotator.services.related.claim_similarity import STOPWORDS, normalise_claim_text

NAME_TOKEN_PREFIX = "zq"
# The key alphabet's capitals mark sounds the scripts spell differently (kh/х = H); the
# index folds case, so they become digits.
_KEY_LETTERS = str.maketrans({"H": "1", "J": "2", "Z": "3", "C": "4", "S": "5", "Q": "6"})
MIN_KEY = 3
# A query longer than this (a whole article) keeps its first words: a news text says what it
# claims in its title and first paragraph, and the index answers a short query fast.
MAX_QUERY_WORDS = 80


# Links in a post are addresses, not words of its claim ("https", "t", "co", "x7Kq2").
_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)


def without_links(text: str) -> str:
    return _LINK.sub(" ", text)


def words_of(text: str | None) -> list[str]:
    """The normalised words of a text (stems and numbers), in order."""
    return list(normalise_claim_text(text).tokens) if text else []


def name_tokens(text: str | None) -> list[str]:
    return list(_name_tokens(text or ""))


# Kept: the matcher asks again for the names of the fact-checks its shortlists repeat.
@lru_cache(maxsize=50_000)
def _name_tokens(text: str) -> tuple[str, ...]:
    """One token per key of each capitalised word that may be a name (every form a Ukrainian
    or Russian inflection may stand for: Ізюмі gives the keys of Ізюмі and Ізюм)."""
    tokens: dict[str, None] = {}
    for _start, _end, word in capitalised_words(text):
        word = word.removesuffix("'s").removesuffix("’s")
        if len(word) < MIN_KEY or word.lower() in STOPWORDS:  # "The", "According"
            continue
        for key, _form in word_keys(word):
            token = key.translate(_KEY_LETTERS)
            if len(token) >= MIN_KEY and token.isascii() and token.isalnum():
                tokens[NAME_TOKEN_PREFIX + token.lower()] = None
    return tuple(tokens)


def indexed_text(claim_reviewed: str, title: str | None) -> str:
    """What the index holds for one known fact-check."""
    text = f"{claim_reviewed}\n{title}" if title else claim_reviewed
    return " ".join(words_of(text) + name_tokens(text))


def query_terms(text: str) -> list[tuple[str, bool]]:
    """The words to ask the index for (each whole, none as a prefix), names' tokens last."""
    text = without_links(text)
    words = words_of(text)
    if len(words) > MAX_QUERY_WORDS:
        # The names are looked for in about the same share of the text as the words.
        text = text[: len(text) * MAX_QUERY_WORDS // len(words) + 1]
        words = words[:MAX_QUERY_WORDS]
    terms = [(word, False) for word in dict.fromkeys(words)]
    return terms + [(token, False) for token in name_tokens(text)]
