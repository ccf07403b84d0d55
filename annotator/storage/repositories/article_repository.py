"""Articles: bulk insert for import, summaries for the list, full-text search."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from annotator.domain.models import Article, ArticleStatus, ArticleSummary, Passage
from annotator.domain.text import passage_at
from annotator.storage.bulk_insert import bulk_loading, insert_many, insert_records
from annotator.storage.repositories.repository_base import (
    Repository,
    chunks,
    columns_of,
    existing_ids,
    full_text_search,
)
from annotator.storage.row_mapping import article_from
from annotator.storage.rows import (
    ArticleFinishedRow,
    ArticlePassageRow,
    ArticleRow,
    ClaimMentionRow,
    ClaimRow,
    EvidenceRow,
    MentionRow,
)


class ArticleRepository(Repository):
    def loading(self) -> AbstractContextManager[None]:
        """Many articles with their annotations stored in this transaction: the tables they
        fill are loaded in bulk (``bulk_loading``)."""
        return bulk_loading(
            self.session,
            (
                ArticleRow,
                ArticlePassageRow,
                MentionRow,
                ClaimRow,
                ClaimMentionRow,
                EvidenceRow,
                ArticleFinishedRow,
            ),
        )

    def add_many(self, articles: Iterable[Article]) -> int:
        articles = list(articles)
        # Core inserts of many rows a statement: an ORM bulk insert costs twice as much
        insert_records(self.session, ArticleRow, Article, articles)
        passages = [
            {"article_id": a.id, "position": i, "start": p.start, "kind": p.kind, "label": p.label}
            for a in articles
            for i, p in enumerate(a.passages)
        ]
        if passages:
            insert_many(self.session, ArticlePassageRow, passages)
        return len(articles)

    def get(self, article_id: str) -> Article | None:
        row = (
            self.session.execute(select(*columns_of(ArticleRow)).where(ArticleRow.id == article_id))
            .mappings()
            .first()
        )
        return self._with_passages([article_from(row)])[0] if row else None

    def passages_of(self, ids: list[str]) -> dict[str, list[Passage]]:
        """The passages of these articles, in order (articles without any are left out)."""
        found: dict[str, list[Passage]] = {}
        for chunk in chunks(ids):
            query = (
                select(
                    ArticlePassageRow.article_id,
                    ArticlePassageRow.start,
                    ArticlePassageRow.kind,
                    ArticlePassageRow.label,
                )
                .where(ArticlePassageRow.article_id.in_(chunk))
                .order_by(ArticlePassageRow.article_id, ArticlePassageRow.position)
            )
            for article_id, start, kind, label in self.session.execute(query):
                found.setdefault(article_id, []).append(Passage(start, kind, label))
        return found

    def _with_passages(self, articles: list[Article]) -> list[Article]:
        passages = self.passages_of([a.id for a in articles])
        for article in articles:
            article.passages = passages.get(article.id, [])
        return articles

    def text_sha256(self, article_id: str) -> str | None:
        """The hash of an article's text (None: no such article), without reading the text."""
        return self.session.scalar(
            select(ArticleRow.text_sha256).where(ArticleRow.id == article_id)
        )

    def none_stored(self) -> bool:
        """Whether the database holds no article (and so no annotation: each has one)."""
        return self.session.execute(select(ArticleRow.id).limit(1)).first() is None

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self.session, ArticleRow, ids)

    def ids_by_sha256(self, hashes: Iterable[str]) -> dict[str, str]:
        """Map each known text hash to the id of the article holding that text."""
        found: dict[str, str] = {}
        for chunk in chunks(list(dict.fromkeys(hashes))):
            query = select(ArticleRow.text_sha256, ArticleRow.id).where(
                ArticleRow.text_sha256.in_(chunk)
            )
            found.update(dict(self.session.execute(query).tuples().all()))
        return found

    def sources(self, ids: list[str]) -> dict[str, tuple[str | None, dict[str, Any] | None]]:
        """(source_id, extra) of each of these articles."""
        found: dict[str, tuple[str | None, dict[str, Any] | None]] = {}
        for chunk in chunks(ids):
            query = select(ArticleRow.id, ArticleRow.source_id, ArticleRow.extra).where(
                ArticleRow.id.in_(chunk)
            )
            found.update({row[0]: (row[1], row[2]) for row in self.session.execute(query)})
        return found

    def set_source(
        self, article_id: str, source_id: str | None, extra: dict[str, Any] | None
    ) -> None:
        self.session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(source_id=source_id, extra=extra)
        )

    def holding(self, passages: list[str]) -> dict[str, Article]:
        """For each passage, the article whose text is the passage, else the earliest imported
        one that holds it as whole words (``domain.text.passage_at``): one full-text query per
        batch of passages (a LIKE per passage read every text again for each). A passage the
        index cannot find (no word in its first characters) is held by none."""
        found: dict[str, str] = {}
        search = full_text_search(self.session)
        heads = {p: h for p in dict.fromkeys(passages) if _WORD.search(h := _head(p))}
        wanted = list(heads)
        for start in range(0, len(wanted), PASSAGE_BATCH):
            batch = wanted[start : start + PASSAGE_BATCH]
            exact: set[str] = set()
            candidates = search.passage_candidates(self.session, [heads[p] for p in batch])
            for article_id, text in candidates:
                if text in heads and text not in exact:  # the passage's own article wins
                    found[text] = article_id
                    exact.add(text)
                for passage in batch:
                    if passage not in found and passage_at(text, passage) >= 0:
                        found[passage] = article_id
        articles = self.by_ids(list(set(found.values())))
        return {passage: articles[article_id] for passage, article_id in found.items()}

    def by_ids(self, ids: list[str]) -> dict[str, Article]:
        found: dict[str, Article] = {}
        for chunk in chunks(ids):
            query = select(*columns_of(ArticleRow)).where(ArticleRow.id.in_(chunk))
            for row in self.session.execute(query).mappings():
                found[row["id"]] = article_from(row)
        return {article.id: article for article in self._with_passages(list(found.values()))}

    def count(self, status: ArticleStatus | None = None, search: str | None = None) -> int:
        query = _filtered(
            self.session, select(func.count()).select_from(ArticleRow), status, search
        )
        if query is None:
            return 0
        return self.session.scalar(query) or 0

    def count_by_status(self) -> dict[str, int]:
        query = select(ArticleRow.status, func.count()).group_by(ArticleRow.status)
        return dict(self.session.execute(query).tuples().all())

    def set_status(self, article_id: str, status: ArticleStatus) -> None:
        self.session.execute(
            update(ArticleRow).where(ArticleRow.id == article_id).values(status=str(status))
        )

    def summaries(
        self,
        offset: int = 0,
        limit: int | None = None,
        status: ArticleStatus | None = None,
        ids: list[str] | None = None,
        search: str | None = None,
    ) -> list[ArticleSummary]:
        """Everything a list shows, never the texts, in import order."""
        claims = (
            select(func.count())
            .where(ClaimRow.article_id == ArticleRow.id)
            .correlate(ArticleRow)
            .scalar_subquery()
        )
        mentions = (
            select(func.count())
            .where(MentionRow.article_id == ArticleRow.id)
            .correlate(ArticleRow)
            .scalar_subquery()
        )
        query = select(
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.source,
            ArticleRow.status,
            ArticleRow.imported_at,
            claims,
            mentions,
            ArticleRow.language,
        )
        if ids is not None:
            query = query.where(ArticleRow.id.in_(ids))
        filtered = _filtered(self.session, query, status, search)
        if filtered is None:
            return []
        query = filtered.order_by(ArticleRow.imported_at, ArticleRow.id).offset(offset).limit(limit)
        return [
            ArticleSummary(
                id=r[0],
                title=r[1],
                source=r[2],
                status=ArticleStatus(r[3]),
                imported_at=r[4],
                claim_count=r[5],
                mention_count=r[6],
                language=r[7],
            )
            for r in self.session.execute(query)
        ]

    def position(
        self, article_id: str, status: ArticleStatus | None = None, search: str | None = None
    ) -> int | None:
        """The 0-based place of an article in the (filtered) list order; None if not in it."""
        key = self.session.execute(
            select(ArticleRow.imported_at, ArticleRow.id).where(ArticleRow.id == article_id)
        ).first()
        if key is None:
            return None
        inside = _filtered(
            self.session,
            select(func.count()).select_from(ArticleRow).where(ArticleRow.id == article_id),
            status,
            search,
        )
        if inside is None or not self.session.scalar(inside):
            return None
        before = _filtered(
            self.session,
            select(func.count())
            .select_from(ArticleRow)
            .where(
                (ArticleRow.imported_at < key[0])
                | ((ArticleRow.imported_at == key[0]) & (ArticleRow.id < key[1]))
            ),
            status,
            search,
        )
        return 0 if before is None else self.session.scalar(before) or 0

    def search_ids(self, user_text: str, limit: int | None = None) -> list[str]:
        return full_text_search(self.session).search_article_ids(self.session, user_text, limit)

    def iter_in_export_order(self, batch_size: int = 200) -> Iterator[list[Article]]:
        """All articles in batches, keyset-paginated so memory stays flat on any collection."""
        last: tuple[str, str] | None = None
        base = select(*columns_of(ArticleRow)).order_by(ArticleRow.imported_at, ArticleRow.id)
        while True:
            query = base
            if last is not None:
                query = query.where(
                    (ArticleRow.imported_at > last[0])
                    | ((ArticleRow.imported_at == last[0]) & (ArticleRow.id > last[1]))
                )
            batch = self._with_passages(
                [article_from(r) for r in self.session.execute(query.limit(batch_size)).mappings()]
            )
            if not batch:
                return
            yield batch
            last = (batch[-1].imported_at, batch[-1].id)


PASSAGE_BATCH = 200  # passages looked up by one full-text query
PASSAGE_HEAD = 200  # characters of a passage the index is asked for
_WORD = re.compile(r"[^\W_]")  # a letter or digit: what the full-text index makes a word of


def _head(passage: str) -> str:
    """The passage's first words: up to PASSAGE_HEAD characters, cut at a space."""
    head = passage[:PASSAGE_HEAD]
    if len(passage) > PASSAGE_HEAD and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head


T = TypeVar("T", bound=tuple[Any, ...])  # the columns a select returns


def _filtered(
    session: Session, query: Select[T], status: ArticleStatus | None, search: str | None
) -> Select[T] | None:
    """Apply the list's filters; None when the search cannot match anything."""
    if status is not None:
        query = query.where(ArticleRow.status == str(status))
    if search is not None and search.strip():
        condition = full_text_search(session).search_condition(search)
        if condition is None:
            return None
        query = query.where(condition)
    return query
