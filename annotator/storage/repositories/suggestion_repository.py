"""What suggesting needs from the database: rejected suggestions, and the spans already
annotated, read without the claims' evidence and links (only offsets matter here)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select

from annotator.storage.repositories.repository_base import CHUNK, Repository, chunks
from annotator.storage.rows import ArticleRow, ClaimRow, MentionRow, RejectedSuggestionRow

Span = tuple[int, int]


class SuggestionRepository(Repository):
    def reject(self, article_id: str, kind: str, start: int, end: int, created_at: str) -> bool:
        """Remember a rejected suggestion; False if it was rejected before."""
        key = (article_id, kind, start, end)
        if self.session.get(RejectedSuggestionRow, key) is not None:
            return False
        self.session.add(
            RejectedSuggestionRow(
                article_id=article_id, kind=kind, start=start, end=end, created_at=created_at
            )
        )
        self.session.flush()
        return True

    def unreject(self, article_id: str, kind: str, start: int, end: int) -> None:
        """Offer that suggestion again (the undo of a rejection)."""
        row = self.session.get(RejectedSuggestionRow, (article_id, kind, start, end))
        if row is not None:
            self.session.delete(row)
            self.session.flush()

    def rejected(self, article_ids: list[str]) -> dict[str, set[tuple[str, int, int]]]:
        """Per article, the (kind, start, end) of every rejected suggestion."""
        found: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
        table = RejectedSuggestionRow
        for chunk in chunks(article_ids):
            query = select(table.article_id, table.kind, table.start, table.end).where(
                table.article_id.in_(chunk)
            )
            for article_id, kind, start, end in self.session.execute(query):
                found[article_id].add((kind, start, end))
        return found

    def mention_spans(self, article_ids: list[str]) -> dict[str, list[Span]]:
        return self._spans(MentionRow, article_ids)

    def claim_spans(self, article_ids: list[str]) -> dict[str, list[Span]]:
        return self._spans(ClaimRow, article_ids)

    def spans_by_id(self, article_id: str) -> dict[str, tuple[str, int, int]]:
        """One article's annotations as ``id → (kind, start, end)``, kind "mention" or "claim":
        what the window's suggestions are kept up to date with, edit by edit."""
        found: dict[str, tuple[str, int, int]] = {}
        connection = self.session.connection()
        for kind, table in (("mention", MentionRow), ("claim", ClaimRow)):
            query = select(table.id, table.start, table.end).where(table.article_id == article_id)
            for annotation_id, start, end in connection.execute(query):
                found[annotation_id] = (kind, start, end)
        return found

    def passages(self, article_id: str, places: list[Span]) -> tuple[int, dict[Span, str]] | None:
        """The article's length and its text at each of a few places, in one statement and
        without reading the text whole (a megabyte, perhaps); None if there is no such article.
        Places that cannot be in any text (empty, negative) read as ""."""
        wanted = [(start, end) for start, end in dict.fromkeys(places) if 0 <= start < end]
        columns = [func.length(ArticleRow.text)] + [
            func.substr(ArticleRow.text, start + 1, end - start) for start, end in wanted
        ]
        query = select(*columns).where(ArticleRow.id == article_id)
        row = self.session.connection().execute(query).first()
        if row is None:
            return None
        found = dict.fromkeys(places, "")
        found.update(zip(wanted, row[1:], strict=True))
        return row[0], found

    def spans_starting_at(self, article_id: str, kind: str, starts: list[int]) -> set[Span]:
        """The article's mention (or claim) spans that start at one of ``starts``: whether
        suggestions about to be accepted are annotated already, without reading thousands."""
        table = MentionRow if kind == "mention" else ClaimRow
        found: set[Span] = set()
        connection = self.session.connection()
        distinct = sorted(set(starts))
        for i in range(0, len(distinct), CHUNK):
            query = select(table.start, table.end).where(
                table.article_id == article_id, table.start.in_(distinct[i : i + CHUNK])
            )
            found.update((start, end) for start, end in connection.execute(query))
        return found

    def _spans(
        self, table: type[MentionRow] | type[ClaimRow], article_ids: list[str]
    ) -> dict[str, list[Span]]:
        found: dict[str, list[Span]] = defaultdict(list)
        for chunk in chunks(article_ids):
            query = (
                select(table.article_id, table.start, table.end)
                .where(table.article_id.in_(chunk))
                .order_by(table.article_id, table.start, table.end)
            )
            # On the Core connection: the window asks after every annotation it adds, and
            # the ORM's rows cost three times as much for an article's thousands of spans.
            for article_id, start, end in self.session.connection().execute(query).all():
                found[article_id].append((start, end))
        return found
