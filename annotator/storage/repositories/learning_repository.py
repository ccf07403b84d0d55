"""What learning claim suggestions reads and keeps: annotated texts and the learned model.

The model is stored as one value in the ``preferences`` table under ``MODEL_KEY`` (so it
travels with the data and the team; no schema change); ``config`` lists only known settings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from annotator.storage.repositories.preference_repository import PreferenceRepository
from annotator.storage.repositories.repository_base import Repository
from annotator.storage.rows import ArticleRow, ClaimRow, RejectedSuggestionRow

MODEL_KEY = "model:claim-suggestions"

Span = tuple[int, int]


@dataclass(slots=True)
class AnnotatedText:
    """One article with claims or rejected claim suggestions, or one marked done."""

    article_id: str
    text: str
    done: bool
    claims: list[tuple[int, int, bool | None]] = field(default_factory=list)  # checkworthy
    rejected: list[Span] = field(default_factory=list)


class LearningRepository(Repository):
    def annotated_texts(self) -> Iterator[AnnotatedText]:
        """Articles that teach something: with claims, rejected claims, or marked done."""
        claims: dict[str, list[tuple[int, int, bool | None]]] = defaultdict(list)
        spans = select(ClaimRow.article_id, ClaimRow.start, ClaimRow.end, ClaimRow.checkworthy)
        for article_id, start, end, checkworthy in self.session.execute(spans):
            claims[article_id].append((start, end, checkworthy))
        rejected: dict[str, list[Span]] = defaultdict(list)
        table = RejectedSuggestionRow
        refused = select(table.article_id, table.start, table.end).where(table.kind == "claim")
        for article_id, start, end in self.session.execute(refused):
            rejected[article_id].append((start, end))
        wanted = set(claims) | set(rejected)
        articles = select(ArticleRow.id, ArticleRow.text, ArticleRow.status).order_by(
            ArticleRow.imported_at, ArticleRow.id
        )
        for article_id, text, status in self.session.execute(articles):
            if article_id in wanted or status == "done":
                yield AnnotatedText(
                    article_id,
                    text,
                    status == "done",
                    sorted(claims.get(article_id, [])),
                    sorted(rejected.get(article_id, [])),
                )

    def stored_model(self) -> str | None:
        return PreferenceRepository(self.session).get(MODEL_KEY)

    def store_model(self, body: str) -> None:
        PreferenceRepository(self.session).set(MODEL_KEY, body)

    def forget_model(self) -> None:
        PreferenceRepository(self.session).delete(MODEL_KEY)
