"""Aggregates over the whole collection that no single table's repository owns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from annotator.storage.repository_base import Repository
from annotator.storage.rows import ClaimRow, EntityRow, MentionRow, StatusRow


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
