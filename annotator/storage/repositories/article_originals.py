"""The bytes of article files whose encoding was guessed, and re-reading such an article."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, insert, select, update

from annotator.storage.repositories.repository_base import Repository
from annotator.storage.rows import ArticleOriginalRow, ArticleRow, ClaimRow, MentionRow


class ArticleOriginalRepository(Repository):
    def add_many(self, originals: Iterable[tuple[str, bytes]]) -> None:
        rows = [{"article_id": article_id, "data": data} for article_id, data in originals]
        if rows:
            self.session.execute(insert(ArticleOriginalRow), rows)

    def get(self, article_id: str) -> bytes | None:
        return self.session.scalar(
            select(ArticleOriginalRow.data).where(ArticleOriginalRow.article_id == article_id)
        )

    def annotation_count(self, article_id: str) -> int:
        mentions = select(func.count()).where(MentionRow.article_id == article_id)
        claims = select(func.count()).where(ClaimRow.article_id == article_id)
        return int(self.session.scalar(mentions) or 0) + int(self.session.scalar(claims) or 0)

    def replace_text(
        self, article_id: str, title: str, text: str, text_sha256: str, encoding: str
    ) -> None:
        """Only for an article without annotations: no offset points into its text."""
        self.session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(title=title, text=text, text_sha256=text_sha256, encoding=encoding)
        )
