"""Aggregates over the whole collection that no single table's repository owns.

SQLAlchemy Core on a connection, with the tables of ``core_tables``: `annotator stats` loads
neither the ORM nor the Row classes, and every figure is counted by the database (GROUP BY
over the covering indexes of revision 0012), not row by row in Python (issue 17 §4).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, func, literal_column, select, union, union_all

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
        self._names: dict[str, str] | None = None

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

    def counts_by_value(self) -> dict[str, dict[str, int]]:
        """Articles per status, mentions per entity type and claims per status, in one
        statement (each from its covering index)."""
        parts = [
            select(literal_column(f"'{kind}'"), column, func.count()).group_by(column)
            for kind, column in (
                ("articles", articles.c.status),
                ("mentions", mentions.c.type),
                ("claims", claims.c.status),
            )
        ]
        found: dict[str, dict[str, int]] = {"articles": {}, "mentions": {}, "claims": {}}
        for kind, value, count in self.connection.execute(union_all(*parts)):
            found[kind][value] = count
        return found

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

    def count_publishable_claims(self) -> int:
        """Claims with a final verdict and a review URL: what a ClaimReview export publishes.

        A join, not ``status IN (the final ones)``: SQLite would then look each claim up
        through the status index, four times slower than reading the claims once."""
        query = (
            select(func.count())
            .select_from(claims)
            .join(statuses, statuses.c.id == claims.c.status)
            .where(
                statuses.c.final.is_(True),
                func.trim(func.coalesce(claims.c.review_url, "")) != "",
            )
        )
        return self.connection.scalar(query) or 0

    def annotator_names(self) -> dict[str, str]:
        if self._names is None:  # read once: the statistics ask twice
            query = select(annotators.c.id, annotators.c.name)
            self._names = dict(self.connection.execute(query).all())  # type: ignore[arg-type]
        return self._names

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

        Two grouped queries: the articles finished and the spans of each annotator; and the
        (article, annotator) pairs of both layers, made distinct by a UNION that merges the
        two covering layer indexes in their order (ORDER BY: no temporary B-tree)."""
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

        per_annotator = union_all(
            select(
                literal_column("'articles_finished'"), article_finished.c.annotator_id, func.count()
            ).group_by(article_finished.c.annotator_id),
            *(
                select(literal_column(f"'{key}'"), spans.c.created_by, func.count())
                .where(_own_layer(spans))
                .group_by(spans.c.created_by)
                for key, spans in (("mentions", mentions), ("claims", claims))
            ),
        )
        for key, annotator_id, count in self.connection.execute(per_annotator):
            entry_of(annotator_id)[key] = count
        pairs = (
            union(
                *(
                    select(spans.c.created_by, spans.c.article_id).where(_own_layer(spans))
                    for spans in (mentions, claims)
                )
            )
            .order_by("created_by", "article_id")
            .subquery()
        )
        done = select(articles.c.id).where(articles.c.status == "done")
        articles_per_annotator = select(
            pairs.c.created_by,
            func.count(),
            func.count(case((pairs.c.article_id.in_(done), 1))),
        ).group_by(pairs.c.created_by)
        for annotator_id, annotated, done_count in self.connection.execute(articles_per_annotator):
            entry = entry_of(annotator_id)
            entry["articles"], entry["articles_done"] = annotated, done_count
        return sorted(found.values(), key=lambda e: (e["name"], e["id"]))
