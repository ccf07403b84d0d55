"""Canonical entities beyond the catalogue: who refers to them (mentions, claimants), where they
occur, and the writes that edit, merge and delete them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, select, update

from annotator.domain.models import Entity, Mention
from annotator.storage.repositories.repository_base import Repository, chunks, columns_of
from annotator.storage.row_mapping import entity_values, mention_from
from annotator.storage.rows import ArticleRow, ClaimRow, EntityRow, MentionRow


class EntityQueries(Repository):
    # --- writing ---------------------------------------------------------------------------

    def update(self, entity: Entity) -> None:
        values = entity_values(entity)
        del values["id"]
        self.session.execute(update(EntityRow).where(EntityRow.id == entity.id).values(values))

    def delete(self, entity_id: str) -> None:
        """Delete the entity; the foreign keys (ON DELETE SET NULL) unlink its mentions and
        claimants, which stay."""
        self.session.execute(delete(EntityRow).where(EntityRow.id == entity_id))

    def link_mentions(self, mention_ids: Iterable[str], entity_id: str | None) -> None:
        for chunk in chunks(list(mention_ids)):
            self.session.execute(
                update(MentionRow).where(MentionRow.id.in_(chunk)).values(entity_id=entity_id)
            )

    def link_claimants(self, claim_ids: Iterable[str], entity_id: str | None) -> None:
        for chunk in chunks(list(claim_ids)):
            self.session.execute(
                update(ClaimRow).where(ClaimRow.id.in_(chunk)).values(claimant_entity_id=entity_id)
            )

    # --- reading ---------------------------------------------------------------------------

    def mention_ids_of(self, entity_id: str) -> list[str]:
        query = select(MentionRow.id).where(MentionRow.entity_id == entity_id)
        return sorted(self.session.scalars(query))

    def claimant_claim_ids_of(self, entity_id: str) -> list[str]:
        query = select(ClaimRow.id).where(ClaimRow.claimant_entity_id == entity_id)
        return sorted(self.session.scalars(query))

    def mention_counts(self) -> dict[str, int]:
        query = (
            select(MentionRow.entity_id, func.count())
            .where(MentionRow.entity_id.is_not(None))
            .group_by(MentionRow.entity_id)
        )
        return {key: n for key, n in self.session.execute(query).tuples() if key is not None}

    def claimant_counts(self) -> dict[str, int]:
        query = (
            select(ClaimRow.claimant_entity_id, func.count())
            .where(ClaimRow.claimant_entity_id.is_not(None))
            .group_by(ClaimRow.claimant_entity_id)
        )
        return {key: n for key, n in self.session.execute(query).tuples() if key is not None}

    def articles_by_entity(self) -> dict[str, list[tuple[str, str]]]:
        """Entity id → (article id, title) of the articles that mention it, in import order."""
        query = (
            select(MentionRow.entity_id, ArticleRow.id, ArticleRow.title)
            .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
            .where(MentionRow.entity_id.is_not(None))
            .group_by(MentionRow.entity_id, ArticleRow.id, ArticleRow.title, ArticleRow.imported_at)
            .order_by(MentionRow.entity_id, ArticleRow.imported_at, ArticleRow.id)
        )
        found: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for entity_id, article_id, title in self.session.execute(query):
            found[entity_id].append((article_id, title))
        return found

    def mentions_with_articles(self, entity_id: str) -> list[tuple[str, str, Mention]]:
        """(article id, article title, mention) for every mention of the entity, in reading
        order: articles as imported, mentions by position."""
        query = (
            select(ArticleRow.title, *columns_of(MentionRow))
            .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
            .where(MentionRow.entity_id == entity_id)
            .order_by(ArticleRow.imported_at, ArticleRow.id, MentionRow.start, MentionRow.id)
        )
        return [
            (row["article_id"], row["title"], mention_from(row))
            for row in self.session.execute(query).mappings()
        ]
