"""The library of known fact-checks: storing reviews by their URL, counting, emptying, and the
full-text shortlist the matcher re-ranks (revision 0016's index, one module per dialect)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from annotator.domain.sources.known_checks import KnownFactCheck
from annotator.storage.bulk_insert import bulk_loading
from annotator.storage.repositories.repository_base import (
    FullTextSearch,
    full_text_search,
    keyed_rows,
    labelled_columns,
)
from annotator.storage.rows import KnownFactCheckRow, table_of

# Parameters per statement stay well under SQLite's limit (32,766) and PostgreSQL's (65,535).
CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _record(row: dict[str, Any]) -> KnownFactCheck:
    return KnownFactCheck(
        id=row["id"],
        url=row["url"],
        claim_reviewed=row["claim_reviewed"],
        title=row["title"],
        rating_name=row["rating_name"],
        rating_value=row["rating_value"],
        best_rating=row["best_rating"],
        worst_rating=row["worst_rating"],
        publisher=row["publisher"],
        publisher_url=row["publisher_url"],
        published_at=row["published_at"],
        language=row["language"],
        claimant=row["claimant"],
        appearances=tuple(row["appearances"] or ()),
        source=row["source"],
        imported_at=row["imported_at"],
    )


class KnownCheckRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _search(self) -> FullTextSearch:
        return full_text_search(self.session)

    def by_urls(self, urls: Iterable[str]) -> dict[str, list[KnownFactCheck]]:
        """The stored records of these review URLs (those the library holds)."""
        wanted = list(dict.fromkeys(urls))
        found: dict[str, list[KnownFactCheck]] = {}
        for chunk in _chunks(wanted):
            query = select(*labelled_columns(KnownFactCheckRow)).where(
                KnownFactCheckRow.url.in_(chunk)
            )
            for row in keyed_rows(self.session, query):
                found.setdefault(row["url"], []).append(_record(row))
        return found

    def loading(self) -> AbstractContextManager[None]:
        """Many records stored in this transaction: an empty library is loaded in bulk, its
        indexes built once after the rows (``bulk_loading``)."""
        return bulk_loading(self.session, (KnownFactCheckRow,))

    def replace(self, checks: Sequence[tuple[KnownFactCheck, str]]) -> None:
        """Store these ``(check, search_text)``: every record of a review URL among them is
        replaced by the new ones of that URL (a review may check several claims)."""
        urls = list(dict.fromkeys(check.url for check, _ in checks))
        for chunk in _chunks(urls):
            self.session.execute(delete(KnownFactCheckRow).where(KnownFactCheckRow.url.in_(chunk)))
        rows = [
            {
                "url": check.url,
                "claim_reviewed": check.claim_reviewed,
                "title": check.title,
                "rating_name": check.rating_name,
                "rating_value": check.rating_value,
                "best_rating": check.best_rating,
                "worst_rating": check.worst_rating,
                "publisher": check.publisher,
                "publisher_url": check.publisher_url,
                "published_at": check.published_at,
                "language": check.language,
                "claimant": check.claimant,
                "appearances": list(check.appearances),
                "search_text": search_text,
                "source": check.source,
                "imported_at": check.imported_at,
            }
            for check, search_text in checks
        ]
        # Core's executemany: the ORM's bulk insert fetches every new id, one by one.
        connection = self.session.connection()
        table = table_of(KnownFactCheckRow)
        for chunk in _chunks(rows):
            connection.execute(insert(table), list(chunk))

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(KnownFactCheckRow)) or 0

    def fingerprint(self) -> tuple[Any, ...]:
        """What changes whenever any client stores or removes a record: the count and the
        highest id (a replaced review's records get new ids)."""
        return tuple(
            self.session.execute(select(func.count(), func.max(KnownFactCheckRow.id))).one()
        )

    def search_texts(self) -> Iterator[str]:
        """Every record's indexed words (for the words' document frequencies)."""
        # Streamed in batches; the option belongs to this statement, not to the connection
        # (set there, every later query of the transaction would go through a server cursor).
        query = select(KnownFactCheckRow.search_text).execution_options(yield_per=2000)
        for (value,) in self.session.connection().execute(query):
            yield value

    def clear(self) -> int:
        """Empty the library; returns how many records it held."""
        count = self.count()
        self.session.execute(delete(KnownFactCheckRow))
        return count

    def get_many(self, ids: Iterable[int]) -> dict[int, KnownFactCheck]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, KnownFactCheck] = {}
        for chunk in _chunks(wanted):
            query = select(*labelled_columns(KnownFactCheckRow)).where(
                KnownFactCheckRow.id.in_(chunk)
            )
            for row in keyed_rows(self.session, query):
                found[row["id"]] = _record(row)
        return found

    def ranked(self, terms: list[tuple[str, bool]], limit: int) -> list[tuple[int, float]]:
        """``(id, score)`` of the records sharing any of the terms, the engine's full-text
        rank first (bm25 on SQLite, ts_rank on PostgreSQL; higher is better)."""
        return self._search.known_check_ranks(self.session, terms, limit)
