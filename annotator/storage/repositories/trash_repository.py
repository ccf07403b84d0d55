"""The Trash: removed articles kept whole (``trashed_articles``), and the removal itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from annotator.storage.repositories.repository_base import Repository, changed_rows
from annotator.storage.rows import ArticleRow, TrashedArticleRow


@dataclass(slots=True)
class TrashedArticle:
    """What the Trash view lists, and the dataset that brings the article back."""

    id: str
    title: str
    source: str
    imported_at: str
    removed_at: str
    claim_count: int
    mention_count: int
    payload: str = ""


_LISTED = (
    TrashedArticleRow.id,
    TrashedArticleRow.title,
    TrashedArticleRow.source,
    TrashedArticleRow.imported_at,
    TrashedArticleRow.removed_at,
    TrashedArticleRow.claim_count,
    TrashedArticleRow.mention_count,
)


class TrashRepository(Repository):
    def put(self, item: TrashedArticle) -> None:
        self.session.execute(delete(TrashedArticleRow).where(TrashedArticleRow.id == item.id))
        self.session.execute(
            insert(TrashedArticleRow).values(
                id=item.id,
                title=item.title,
                source=item.source,
                imported_at=item.imported_at,
                removed_at=item.removed_at,
                claim_count=item.claim_count,
                mention_count=item.mention_count,
                payload=item.payload,
            )
        )

    def listed(self) -> list[TrashedArticle]:
        """Newest removal first, without the payloads."""
        query = select(*_LISTED).order_by(TrashedArticleRow.removed_at.desc())
        return [TrashedArticle(*row) for row in self.session.execute(query)]

    def get(self, article_id: str) -> TrashedArticle | None:
        row = self.session.execute(
            select(*_LISTED, TrashedArticleRow.payload).where(TrashedArticleRow.id == article_id)
        ).first()
        return TrashedArticle(*row) if row else None

    def discard(self, article_ids: Iterable[str]) -> None:
        ids = list(article_ids)
        self.session.execute(delete(TrashedArticleRow).where(TrashedArticleRow.id.in_(ids)))

    def discard_all(self) -> int:
        return changed_rows(self.session.execute(delete(TrashedArticleRow)))

    def delete_articles(self, article_ids: Iterable[str]) -> None:
        """Delete the articles; their mentions, claims, evidence and relations go with them
        (ON DELETE CASCADE)."""
        ids = list(article_ids)
        self.session.execute(delete(ArticleRow).where(ArticleRow.id.in_(ids)))
