"""The library of known fact-checks as the command line and the window use it: storing what
a file held, counting, emptying, and matching claims and articles against it.

Matching is retrieval then re-ranking: the full-text index (search_text) gives the
``SHORTLIST`` fact-checks that share most of a text's words by the engine's own ranking
(bm25 on SQLite, ts_rank on PostgreSQL), and ``ranking.QueryScorer`` orders them by what the
index does not see. ``benchmarks/bench_known_matching.py`` measures both on the CheckThat!
verified-claim retrieval data and the time per query at 50,000 fact-checks.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from annotator.domain.errors import AnnotatorError, said
from annotator.domain.sources.known_checks import KnownFactCheck, KnownMatch
from annotator.services.known.ranking import (
    LONG_TEXT_WEIGHTS,
    WEIGHTS,
    QueryScorer,
    Weights,
    combined,
)
from annotator.services.known.search_text import indexed_text, query_terms
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.known_check_repository import KnownCheckRepository

SHORTLIST = 40
BEST_MATCH_SHORTLIST = 10  # for "is this sentence checked before?": the best one only
# What the index is asked (Rarity.worth_asking): words held by at most this share of the
# library, at most MAX_TERMS of them, and when a text has only common words, its MIN_TERMS
# rarest.
COMMON_SHARE = 0.05
MAX_TERMS = 24
MIN_TERMS = 3
DEFAULT_TOP = 5
# Below this a "match" shares little more than a few everyday words.
MIN_SCORE = 0.3
TABLE = "known_fact_checks"


@dataclass(slots=True)
class StoredReviews:
    """What storing a file's reviews did: new review URLs, URLs whose records changed, and
    URLs that were in the library already exactly so."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    records: int = 0  # records written (a review may check several claims)


@dataclass(slots=True)
class MatchEntry:
    """One query of ``annotator match``: a claim (its restatement or quote) or a whole article
    (``claim_id`` None, the span its whole text)."""

    article_id: str
    claim_id: str | None
    start: int
    end: int
    matches: list[KnownMatch] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "article_id": self.article_id,
            "claim_id": self.claim_id,
            "start": self.start,
            "end": self.end,
            "matches": [match.as_dict() for match in self.matches],
        }


class UnknownArticle(AnnotatorError):
    """No article has this id."""


def _signature(check: KnownFactCheck) -> KnownFactCheck:
    """What a stored record says, to tell a re-imported review that changed from one that
    did not (its id, file and import time aside)."""
    return replace(check, id=None, source="", imported_at="")


def _signatures(checks: Sequence[KnownFactCheck]) -> list[str]:
    return sorted(repr(_signature(check)) for check in checks)


class Rarity:
    """How rare each indexed word is in the library: BM25's inverse document frequency,
    counted once from every record's indexed words and kept until the library changes."""

    def __init__(self, texts: Iterator[str]) -> None:
        counts: Counter[str] = Counter()
        documents = 0
        for text in texts:
            documents += 1
            counts.update(set(text.split()))
        self.documents = documents
        self.counts = counts
        self._unseen = self.of_count(0)

    def of_count(self, count: int) -> float:
        return math.log(1.0 + (self.documents - count + 0.5) / (count + 0.5))

    def __call__(self, word: str) -> float:
        count = self.counts.get(word)
        return self._unseen if count is None else self.of_count(count)

    def worth_asking(self, terms: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
        """The terms the index is asked for: those some fact-check holds, rarest first, and
        none that a large share of the library holds (bm25 gives them next to nothing, and
        each costs the index a long list to walk), unless nothing else is left."""
        held = sorted((self.counts[t[0]], t) for t in terms if t[0] in self.counts)
        common = max(COMMON_SHARE * self.documents, 1.0)
        rare = [term for count, term in held if count <= common]
        return (rare or [term for _count, term in held[:MIN_TERMS]])[:MAX_TERMS]


class KnownLibrary:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.shortlist = SHORTLIST
        self.weights: Weights = WEIGHTS
        # (what the library was when counted, its words' rarity). Replaced whole, never
        # changed in place: the window matches in a worker thread.
        self._rarity: tuple[tuple[Any, ...], Rarity] | None = None
        self._empty: tuple[int, bool] | None = None

    def rarity(self, repository: KnownCheckRepository) -> Rarity:
        """The words' rarity, counted again when this program (or, on a team server, anyone)
        changed the library since."""
        key: tuple[Any, ...] = (self.database.writes.of(TABLE),)
        if self.database.is_server:
            key += repository.fingerprint()
        kept = self._rarity
        if kept is None or kept[0] != key:
            kept = self._rarity = (key, Rarity(repository.search_texts()))
        return kept[1]

    # --- the library -------------------------------------------------------------------------

    def count(self) -> int:
        with self.database.reading() as session:
            return KnownCheckRepository(session).count()

    def is_empty(self) -> bool:
        """Whether the library holds nothing: asked before every article's suggestions, so
        answered from the last count while this program has not written to it (a team
        server's library is counted every time: others import too)."""
        written = self.database.writes.of(TABLE)
        if self.database.is_server or self._empty is None or self._empty[0] != written:
            self._empty = (written, self.count() == 0)
        return self._empty[1]

    def clear(self) -> int:
        """Empty the library, in one transaction; returns how many records it held."""
        with self.database.transaction() as session:
            return KnownCheckRepository(session).clear()

    def store(self, checks: Sequence[KnownFactCheck], imported_at: str) -> StoredReviews:
        """Store the reviews of one file in one transaction. A review URL already in the
        library has its records replaced by the file's (re-importing updates), unless they
        say exactly what is stored."""
        by_url: dict[str, list[KnownFactCheck]] = {}
        for check in checks:
            same_url = by_url.setdefault(check.url, [])
            if all(_signature(check) != _signature(kept) for kept in same_url):
                same_url.append(replace(check, imported_at=imported_at))
        counts = StoredReviews()
        with self.database.transaction() as session:
            repository = KnownCheckRepository(session)
            with repository.loading():
                counts.records = self._store_changed(repository, by_url, counts)
        return counts

    @staticmethod
    def _store_changed(
        repository: KnownCheckRepository,
        by_url: dict[str, list[KnownFactCheck]],
        counts: StoredReviews,
    ) -> int:
        """Store the records of the URLs new or changed (counted in ``counts``); returns how
        many records were stored."""
        stored = repository.by_urls(by_url)
        changed: list[tuple[KnownFactCheck, str]] = []
        for url, records in by_url.items():
            if url not in stored:
                counts.added += 1
            elif _signatures(records) == _signatures(stored[url]):
                counts.unchanged += 1
                continue
            else:
                counts.updated += 1
            changed += [(c, indexed_text(c.claim_reviewed, c.title)) for c in records]
        repository.replace(changed)
        return len(changed)

    # --- matching ----------------------------------------------------------------------------

    def match_text(
        self, text: str, top: int = DEFAULT_TOP, min_score: float = MIN_SCORE
    ) -> list[KnownMatch]:
        """The known fact-checks that best match ``text``, best first (at most ``top``)."""
        with self.database.reading() as session:
            return self._match(KnownCheckRepository(session), text, top, min_score)

    def _match(
        self,
        repository: KnownCheckRepository,
        text: str,
        top: int,
        min_score: float,
        shortlist: int | None = None,
    ) -> list[KnownMatch]:
        rarity = self.rarity(repository)
        terms = rarity.worth_asking(query_terms(text))
        if not terms:
            return []
        ranked = repository.ranked(terms, shortlist or self.shortlist)
        if not ranked:
            return []
        checks = repository.get_many(i for i, _ in ranked)
        best = ranked[0][1] or 1.0
        scorer = QueryScorer(text, rarity)
        found = []
        for check_id, engine_score in ranked:
            check = checks.get(check_id)
            if check is None:
                continue
            features = scorer.features(check, max(engine_score, 0.0) / best)
            score = combined(features, LONG_TEXT_WEIGHTS if scorer.long else self.weights)
            if score >= min_score:
                found.append(KnownMatch(check, score))
        found.sort(key=lambda m: (-m.score, m.check.url, m.check.id or 0))
        return found[:top]

    def best_matches(self, texts: Sequence[str], min_score: float) -> list[KnownMatch | None]:
        """Each text's best match at or above ``min_score`` (None: none), in one read. Only
        the index's best few are scored: the suggestions of an article ask this for each of
        its check-worthy sentences, in the window's thread."""
        with self.database.reading() as session:
            repository = KnownCheckRepository(session)
            found = [
                self._match(repository, text, 1, min_score, BEST_MATCH_SHORTLIST) for text in texts
            ]
        return [matches[0] if matches else None for matches in found]

    def for_claim(
        self, quote: str, claim_reviewed: str | None, top: int = DEFAULT_TOP
    ) -> list[KnownMatch]:
        """A claim's matches: its restatement and its quote each asked, the better kept."""
        with self.database.reading() as session:
            return self._for_claim(KnownCheckRepository(session), quote, claim_reviewed, top)

    def _for_claim(
        self,
        repository: KnownCheckRepository,
        quote: str,
        claim_reviewed: str | None,
        top: int,
        min_score: float = MIN_SCORE,
    ) -> list[KnownMatch]:
        best: dict[tuple[str, int | None], KnownMatch] = {}
        texts = [claim_reviewed, quote] if claim_reviewed and claim_reviewed.strip() else [quote]
        for text in texts:
            for match in self._match(repository, text, top, min_score):
                key = (match.check.url, match.check.id)
                if key not in best or best[key].score < match.score:
                    best[key] = match
        return sorted(best.values(), key=lambda m: (-m.score, m.check.url))[:top]

    def matches(
        self, article_id: str | None = None, top: int = DEFAULT_TOP
    ) -> Iterator[MatchEntry]:
        """For each article (or the one named) in import order: each claim's matches, then the
        whole article's. Streamed article by article."""
        with self.database.reading() as session:
            articles = ArticleRepository(session)
            repository = KnownCheckRepository(session)
            claims = AnnotationRepository(session)
            if article_id is not None:
                found = articles.get(article_id)
                if found is None:
                    raise UnknownArticle(
                        said(
                            "there is no article with the id {article_id!r}", article_id=article_id
                        )
                    )
                batches = iter([[found]])
            else:
                batches = articles.iter_in_export_order()
            for batch in batches:
                claims_of = claims.claims_of([a.id for a in batch])
                for article in batch:
                    for claim in claims_of.get(article.id, []):
                        yield MatchEntry(
                            article.id,
                            claim.id,
                            claim.start,
                            claim.end,
                            self._for_claim(repository, claim.quote, claim.claim_reviewed, top),
                        )
                    whole = f"{article.title}\n{article.text}" if article.title else article.text
                    yield MatchEntry(
                        article.id,
                        None,
                        0,
                        len(article.text),
                        self._match(repository, whole, top, MIN_SCORE),
                    )
