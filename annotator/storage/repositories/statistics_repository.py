"""Aggregates over the whole collection that no single table's repository owns.

SQLAlchemy Core on a connection, with the tables of ``core_tables``: `annotator stats` loads
neither the ORM nor the Row classes, and every figure is counted by the database (GROUP BY
over the covering indexes of revision 0012), not row by row in Python (issue 17 §4).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, func, select, union

from annotator.storage.core_tables import (
    annotators,
    article_finished,
    articles,
    claims,
    entities,
    entity_types,
    mentions,
    statuses,
)


def _own_layer(spans):  # type: ignore[no-untyped-def]
    """The condition of a span in its author's own layer (the adjudicated layer aside)."""
    return spans.c.created_by.is_not(None) & (spans.c.origin != "adjudicated")


class StatisticsRepository:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def has_schemes(self) -> bool:
        return bool(self.connection.scalar(select(func.count()).select_from(entity_types)))

    def entity_type_ids(self) -> list[str]:
        """In scheme order (the order of the menus)."""
        query = select(entity_types.c.id).order_by(entity_types.c.position)
        return list(self.connection.scalars(query))

    def statuses(self) -> list[tuple[str, bool]]:
        """(id, final) of each claim status, in scheme order."""
        query = select(statuses.c.id, statuses.c.final).order_by(statuses.c.position)
        return [(status_id, bool(final)) for status_id, final in self.connection.execute(query)]

    def count_entities(self) -> int:
        return self.connection.scalar(select(func.count()).select_from(entities)) or 0

    def count_annotators(self) -> int:
        return self.connection.scalar(select(func.count()).select_from(annotators)) or 0

    def articles_by_status(self) -> dict[str, int]:
        return self._grouped(articles.c.status)

    def mentions_by_type(self) -> dict[str, int]:
        return self._grouped(mentions.c.type)

    def claims_by_status(self) -> dict[str, int]:
        return self._grouped(claims.c.status)

    def _grouped(self, column) -> dict[str, int]:  # type: ignore[no-untyped-def]
        query = select(column, func.count()).group_by(column)
        return dict(self.connection.execute(query).all())  # type: ignore[arg-type]

    def top_entities(self, limit: int) -> list[dict[str, Any]]:
        """The canonical entities with the most mentions (ties by name), with their type."""
        count = func.count(mentions.c.id).label("mentions")
        query = (
            select(entities.c.id, entities.c.name, entities.c.type, count)
            .join(mentions, mentions.c.entity_id == entities.c.id)
            .group_by(entities.c.id, entities.c.name, entities.c.type)
            .order_by(count.desc(), entities.c.name, entities.c.id)
            .limit(limit)
        )
        return [dict(row) for row in self.connection.execute(query).mappings()]

    def count_publishable_claims(self, final_statuses: list[str]) -> int:
        """Claims with a final verdict and a review URL: what a ClaimReview export publishes."""
        if not final_statuses:
            return 0
        query = (
            select(func.count())
            .select_from(claims)
            .where(
                claims.c.status.in_(final_statuses),
                func.trim(func.coalesce(claims.c.review_url, "")) != "",
            )
        )
        return self.connection.scalar(query) or 0

    def annotator_names(self) -> dict[str, str]:
        return dict(self.connection.execute(select(annotators.c.id, annotators.c.name)).all())  # type: ignore[arg-type]

    def layer_counts(
        self, article_ids: list[str] | None = None
    ) -> dict[tuple[str, str], tuple[int, int]]:
        """Per (article, annotator): how many mentions and claims of their own (the
        adjudicated layer aside); all articles, or the ones given."""
        # The article list's rows (a page of ids): the window, which has the ORM loaded anyway.
        from annotator.storage.repositories.repository_base import chunks

        counts: dict[tuple[str, str], list[int]] = {}
        for position, spans in enumerate((mentions, claims)):
            base = (
                select(spans.c.article_id, spans.c.created_by, func.count())
                .where(_own_layer(spans))
                .group_by(spans.c.article_id, spans.c.created_by)
            )
            queries = (
                [base]
                if article_ids is None
                else [base.where(spans.c.article_id.in_(c)) for c in chunks(article_ids)]
            )
            for query in queries:
                for article_id, annotator_id, count in self.connection.execute(query):
                    counts.setdefault((article_id, annotator_id), [0, 0])[position] = count
        return {key: (value[0], value[1]) for key, value in counts.items()}

    def annotator_progress(self) -> list[dict[str, Any]]:
        """Per annotator with annotations of their own or articles marked finished: articles
        annotated, how many of them are done, articles they marked finished, mentions and
        claims of their own. In name order.

        Four grouped queries; the (article, annotator) pairs of both layers are made distinct
        by a UNION in the database, which reads them from the covering layer indexes."""
        names = self.annotator_names()
        found: dict[str, dict[str, Any]] = {}

        def entry_of(annotator_id: str) -> dict[str, Any]:
            return found.setdefault(
                annotator_id,
                {
                    "id": annotator_id,
                    "name": names.get(annotator_id, annotator_id),
                    "articles": 0,
                    "articles_done": 0,
                    # Articles the annotator marked finished themselves (their own Done).
                    "articles_finished": 0,
                    "mentions": 0,
                    "claims": 0,
                },
            )

        finished = select(article_finished.c.annotator_id, func.count()).group_by(
            article_finished.c.annotator_id
        )
        for annotator_id, count in self.connection.execute(finished):
            entry_of(annotator_id)["articles_finished"] = count
        pairs = union(
            *(
                select(spans.c.created_by, spans.c.article_id).where(_own_layer(spans))
                for spans in (mentions, claims)
            )
        ).subquery()
        done = select(articles.c.id).where(articles.c.status == "done")
        per_annotator = select(
            pairs.c.created_by,
            func.count(),
            func.count(case((pairs.c.article_id.in_(done), 1))),
        ).group_by(pairs.c.created_by)
        for annotator_id, annotated, done_count in self.connection.execute(per_annotator):
            entry = entry_of(annotator_id)
            entry["articles"], entry["articles_done"] = annotated, done_count
        for key, spans in (("mentions", mentions), ("claims", claims)):
            own = (
                select(spans.c.created_by, func.count())
                .where(_own_layer(spans))
                .group_by(spans.c.created_by)
            )
            for annotator_id, count in self.connection.execute(own):
                entry_of(annotator_id)[key] = count
        return sorted(found.values(), key=lambda e: (e["name"], e["id"]))
