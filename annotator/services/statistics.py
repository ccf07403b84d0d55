"""Counts over the whole collection, for `annotator stats`, the status bar and View › Statistics.

The keys of ``as_dict`` are printed by ``stats --json``, a contract: add keys, never rename.
The counts are read on one Core connection, in SQL: `annotator stats` imports no ORM
(tests/e2e/test_cli_startup.py watches it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from annotator.storage.database import Database
from annotator.storage.repositories.statistics_repository import StatisticsRepository

TOP_ENTITIES = 20


@dataclass(frozen=True, slots=True)
class EntityCount:
    """A canonical entity and how many mentions are linked to it."""

    id: str
    name: str
    type: str
    mentions: int


@dataclass(frozen=True, slots=True)
class AnnotatorProgress:
    """One annotator's work: articles with annotations of their own (and how many of those
    are done), articles they marked finished, their mentions and claims."""

    id: str
    name: str
    articles: int
    articles_done: int
    articles_finished: int
    mentions: int
    claims: int


@dataclass(slots=True)
class ArticleLayer:
    """One annotator's layer of one article, as the article list shows it (the window counts
    an edit in as it is made)."""

    id: str  # the annotator's
    name: str
    mentions: int = 0
    claims: int = 0
    finished_at: str | None = None  # when they marked it Done; None until then


@dataclass(slots=True)
class CollectionStats:
    database: str
    articles: int
    articles_by_status: dict[str, int] = field(default_factory=dict)
    mentions: int = 0
    mentions_by_type: dict[str, int] = field(default_factory=dict)
    claims: int = 0
    claims_by_status: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    annotators: int = 0
    top_entities: list[EntityCount] = field(default_factory=list)  # most mentioned first
    claims_final: int = 0  # claims with a final verdict
    claims_publishable: int = 0  # … and a review URL: what a ClaimReview export contains
    # Per annotator with annotations of their own or articles marked finished.
    annotators_progress: list[AnnotatorProgress] = field(default_factory=list)
    # Fact-checks published elsewhere, in the library (annotator import of ClaimReview).
    known_fact_checks: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def collection_stats(database: Database) -> CollectionStats:
    with database.reading_connection() as connection:
        counts = StatisticsRepository(connection)
        by_value = counts.counts_by_value()
        by_status, by_type, by_claim_status = (
            by_value["articles"],
            by_value["mentions"],
            by_value["claims"],
        )
        statuses = counts.statuses()
        return CollectionStats(
            database=database.location,
            articles=sum(by_status.values()),
            # Every scheme entry is listed, in scheme order, zeros included: a table whose
            # rows come and go with the data is hard to compare between runs.
            articles_by_status={s: by_status.get(s, 0) for s in ("todo", "in_progress", "done")},
            mentions=sum(by_type.values()),
            mentions_by_type={t: by_type.get(t, 0) for t in counts.entity_type_ids()},
            claims=sum(by_claim_status.values()),
            claims_by_status={s: by_claim_status.get(s, 0) for s, _ in statuses},
            entities=counts.count_entities(),
            annotators=len(counts.annotator_names()),
            top_entities=[EntityCount(**row) for row in counts.top_entities(TOP_ENTITIES)],
            # A claim's status is one of the scheme's (a foreign key): the final ones' counts.
            claims_final=sum(by_claim_status.get(s, 0) for s, final in statuses if final),
            claims_publishable=counts.count_publishable_claims(),
            annotators_progress=[AnnotatorProgress(**row) for row in counts.annotator_progress()],
            known_fact_checks=counts.count_known_fact_checks(),
        )


def article_layers(database: Database, article_ids: list[str]) -> dict[str, list[ArticleLayer]]:
    """Who annotated each of these articles and who has finished it: per article, a layer
    per annotator in name order (the article list's progress per annotator)."""
    from annotator.storage.repositories.progress_repository import ProgressRepository

    with database.reading() as session:
        aggregates = StatisticsRepository(session.connection())
        counts = aggregates.layer_counts(article_ids)
        finished = ProgressRepository(session).finished_by(article_ids)
        names = aggregates.annotator_names()
    layers: dict[tuple[str, str], ArticleLayer] = {}

    def layer(article_id: str, annotator_id: str) -> ArticleLayer:
        key = (article_id, annotator_id)
        if key not in layers:
            layers[key] = ArticleLayer(annotator_id, names.get(annotator_id, annotator_id))
        return layers[key]

    for (article_id, annotator_id), (mentions, claims) in counts.items():
        counted = layer(article_id, annotator_id)
        counted.mentions, counted.claims = mentions, claims
    for article_id, marks in finished.items():
        for mark in marks:
            layer(article_id, mark.annotator_id).finished_at = mark.finished_at
    found: dict[str, list[ArticleLayer]] = {}
    for (article_id, _), values in layers.items():
        found.setdefault(article_id, []).append(values)
    for entries in found.values():
        entries.sort(key=lambda entry: (entry.name, entry.id))
    return found
