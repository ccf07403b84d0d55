"""Counts over the whole collection, for `annotator stats` and the status bar."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from annotator.storage.annotation_repository import AnnotationRepository
from annotator.storage.article_repository import ArticleRepository
from annotator.storage.catalog_repository import (
    AnnotatorRepository,
    EntityRepository,
    SchemeRepository,
)
from annotator.storage.database import Database


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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def collection_stats(database: Database) -> CollectionStats:
    with database.reading() as session:
        articles = ArticleRepository(session)
        annotations = AnnotationRepository(session)
        schemes = SchemeRepository(session).load()
        by_status = articles.count_by_status()
        by_type = annotations.mentions_by_type()
        by_claim_status = annotations.claims_by_status()
        return CollectionStats(
            database=str(database.path),
            articles=articles.count(),
            # Every scheme entry is listed, in scheme order, zeros included: a table whose
            # rows come and go with the data is hard to compare between runs.
            articles_by_status={s: by_status.get(s, 0) for s in ("todo", "in_progress", "done")},
            mentions=annotations.count_mentions(),
            mentions_by_type={t.id: by_type.get(t.id, 0) for t in schemes.entity_types},
            claims=annotations.count_claims(),
            claims_by_status={s.id: by_claim_status.get(s.id, 0) for s in schemes.statuses},
            entities=EntityRepository(session).count(),
            annotators=len(AnnotatorRepository(session).all()),
        )
