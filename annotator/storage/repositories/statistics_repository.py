"""Aggregates over the whole collection that no single table's repository owns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from annotator.storage.repositories.progress_repository import ProgressRepository
from annotator.storage.repositories.repository_base import Repository, chunks
from annotator.storage.rows import (
    AnnotatorRow,
    ArticleRow,
    ClaimRow,
    EntityRow,
    MentionRow,
    StatusRow,
)


class StatisticsRepository(Repository):
    def top_entities(self, limit: int) -> list[dict[str, Any]]:
        """The canonical entities with the most mentions (ties by name), with their type."""
        mentions = func.count(MentionRow.id).label("mentions")
        query = (
            select(EntityRow.id, EntityRow.name, EntityRow.type, mentions)
            .join(MentionRow, MentionRow.entity_id == EntityRow.id)
            .group_by(EntityRow.id, EntityRow.name, EntityRow.type)
            .order_by(mentions.desc(), EntityRow.name, EntityRow.id)
            .limit(limit)
        )
        return [dict(row) for row in self.session.execute(query).mappings()]

    def count_final_claims(self, with_review_url: bool = False) -> int:
        """Claims whose status is a final verdict; optionally only those with a review URL
        (what a ClaimReview export publishes)."""
        query = (
            select(func.count())
            .select_from(ClaimRow)
            .join(StatusRow, StatusRow.id == ClaimRow.status)
            .where(StatusRow.final.is_(True))
        )
        if with_review_url:
            query = query.where(func.trim(func.coalesce(ClaimRow.review_url, "")) != "")
        return self.session.scalar(query) or 0

    def layer_counts(
        self, article_ids: list[str] | None = None
    ) -> dict[tuple[str, str], tuple[int, int]]:
        """Per (article, annotator): how many mentions and claims of their own (the
        adjudicated layer aside); all articles, or the ones given."""
        counts: dict[tuple[str, str], list[int]] = {}
        for position, row_class in enumerate((MentionRow, ClaimRow)):
            base = (
                select(row_class.article_id, row_class.created_by, func.count())
                .where(row_class.created_by.is_not(None), row_class.origin != "adjudicated")
                .group_by(row_class.article_id, row_class.created_by)
            )
            queries = (
                [base]
                if article_ids is None
                else [base.where(row_class.article_id.in_(c)) for c in chunks(article_ids)]
            )
            # One row per (article, annotator): on the session's Core connection, which
            # costs half the ORM's result handling (`annotator stats`, issue 17 §4).
            connection = self.session.connection()
            for query in queries:
                for article_id, annotator_id, count in connection.execute(query):
                    counts.setdefault((article_id, annotator_id), [0, 0])[position] = count
        return {key: (value[0], value[1]) for key, value in counts.items()}

    def annotator_progress(self) -> list[dict[str, Any]]:
        """Per annotator with annotations: articles annotated, how many of them are done,
        mentions and claims of their own. In name order."""
        done = set(
            self.session.connection()
            .execute(select(ArticleRow.id).where(ArticleRow.status == "done"))
            .scalars()
        )
        names = dict(self.session.execute(select(AnnotatorRow.id, AnnotatorRow.name)).all())
        finished = ProgressRepository(self.session).count_by_annotator()
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
                    "articles_finished": finished.get(annotator_id, 0),
                    "mentions": 0,
                    "claims": 0,
                },
            )

        for annotator_id in finished:
            entry_of(annotator_id)
        for (article_id, annotator_id), (mentions, claims) in self.layer_counts().items():
            entry = entry_of(annotator_id)
            entry["articles"] += 1
            entry["articles_done"] += article_id in done
            entry["mentions"] += mentions
            entry["claims"] += claims
        return sorted(found.values(), key=lambda e: (e["name"], e["id"]))
