"""Progress per annotator (``article_finished``): who marked which article finished, and when.

The article's status is one for everybody; in a team each annotator also says when their own
work on it is done, so the list can show who has finished and who has not.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select

from annotator.domain.models import FinishedMark
from annotator.storage.bulk_insert import insert_many
from annotator.storage.repositories.repository_base import (
    Repository,
    chunks,
    existing_ids,
)
from annotator.storage.rows import AnnotatorRow, ArticleFinishedRow, ArticleRow


class ProgressRepository(Repository):
    def mark(self, mark: FinishedMark) -> None:
        """Record (or re-date) one annotator's finished mark."""
        self.unmark(mark.article_id, mark.annotator_id)
        self.session.add(
            ArticleFinishedRow(
                article_id=mark.article_id,
                annotator_id=mark.annotator_id,
                finished_at=mark.finished_at,
            )
        )
        self.session.flush()

    def unmark(self, article_id: str, annotator_id: str) -> None:
        self.session.execute(
            delete(ArticleFinishedRow).where(
                ArticleFinishedRow.article_id == article_id,
                ArticleFinishedRow.annotator_id == annotator_id,
            )
        )

    def merge(self, marks: Iterable[FinishedMark]) -> int:
        """Add marks from a dataset: a mark already held stays as it is (the earlier word
        counts), a mark for an article or annotator this database lacks is left out. Returns
        how many were added."""
        marks = list(marks)
        articles = existing_ids(self.session, ArticleRow, (m.article_id for m in marks))
        annotators = existing_ids(self.session, AnnotatorRow, (m.annotator_id for m in marks))
        held = self.finished_by(sorted(articles))
        rows = []
        for mark in marks:
            if mark.article_id not in articles or mark.annotator_id not in annotators:
                continue
            if any(m.annotator_id == mark.annotator_id for m in held.get(mark.article_id, [])):
                continue
            held.setdefault(mark.article_id, []).append(mark)
            rows.append(
                {
                    "article_id": mark.article_id,
                    "annotator_id": mark.annotator_id,
                    "finished_at": mark.finished_at,
                }
            )
        if rows:  # one executemany, not an ORM object per mark
            insert_many(self.session, ArticleFinishedRow, rows)
        return len(rows)

    def finished_by(self, article_ids: list[str]) -> dict[str, list[FinishedMark]]:
        """Per article (of these), its finished marks in time order."""
        found: dict[str, list[FinishedMark]] = {}
        for chunk in chunks(article_ids):
            query = (
                select(
                    ArticleFinishedRow.article_id,
                    ArticleFinishedRow.annotator_id,
                    ArticleFinishedRow.finished_at,
                )
                .where(ArticleFinishedRow.article_id.in_(chunk))
                .order_by(ArticleFinishedRow.finished_at, ArticleFinishedRow.annotator_id)
            )
            for row in self.session.execute(query):
                found.setdefault(row[0], []).append(FinishedMark(*row))
        return found

    def all(self) -> list[FinishedMark]:
        query = select(
            ArticleFinishedRow.article_id,
            ArticleFinishedRow.annotator_id,
            ArticleFinishedRow.finished_at,
        ).order_by(ArticleFinishedRow.article_id, ArticleFinishedRow.annotator_id)
        return [FinishedMark(*row) for row in self.session.execute(query)]

    def count_by_annotator(self) -> dict[str, int]:
        query = select(ArticleFinishedRow.annotator_id, func.count()).group_by(
            ArticleFinishedRow.annotator_id
        )
        return dict(self.session.execute(query).tuples().all())
