"""Rows inserted straight from records are the rows their dicts make: every column, every
JSON list and nested record, in statements of many rows and across their limits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from annotator.domain.models import Article, Claim, Mention
from annotator.domain.records import flat_writer
from annotator.storage import bulk_insert
from annotator.storage.bulk_insert import insert_many, insert_records
from annotator.storage.rows import ArticleRow, Base, ClaimRow, MentionRow
from annotator.storage.sqlite import make_engine
from tests.unit.test_records import _articles, _claims, _mentions

LINKS = ("mention_ids",)
KINDS: list[tuple[type[Base], type[Any], tuple[str, ...]]] = [
    (ArticleRow, Article, ()),
    (MentionRow, Mention, ()),
    (ClaimRow, Claim, LINKS),
]


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Engine]]:
    """Two databases of our schema, without foreign keys (spans of articles never stored)."""
    folder = tmp_path_factory.mktemp("bulk-insert")
    made = []
    for name in ("straight", "dicts"):
        engine = make_engine(Path(folder / f"{name}.sqlite3"), foreign_keys=False)
        Base.metadata.create_all(engine)
        made.append(engine)
    yield made[0], made[1]
    for engine in made:
        engine.dispose()


def stored(engine: Engine, records: list[Any], kind: int) -> list[tuple[Any, ...]]:
    """``records`` inserted into an empty table, by ``insert_records`` into the first
    database or by their dicts into the second; the table's rows as SQLite holds them."""
    row_class, cls, exclude = KINDS[kind]
    table = row_class.__tablename__
    with Session(engine) as session, session.begin():
        session.execute(text(f"DELETE FROM {table}"))
        if engine.url.database and "straight" in engine.url.database:
            insert_records(session, row_class, cls, records, exclude=exclude)
        else:
            write = flat_writer(cls, exclude=exclude)
            insert_many(session, row_class, [write(r) for r in records])
        # typeof: a text "1" and an integer 1 compare equal in Python, not in a query
        columns = [c.name for c in row_class.__table__.columns]
        listed = ", ".join(f"{c}, typeof({c})" for c in columns)
        return [tuple(r) for r in session.execute(text(f"SELECT {listed} FROM {table}"))]


def unique(records: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(records, max_size=6, unique_by=lambda r: r.id)


@settings(max_examples=60, deadline=None)
@given(
    articles=unique(_articles.filter(lambda a: bool(a.text_sha256))).filter(
        lambda found: len({a.text_sha256 for a in found}) == len(found)
    ),
    mentions=unique(_mentions.filter(lambda m: m.start < m.end)),  # the tables' span check
    claims=unique(_claims.filter(lambda c: c.start < c.end)),
)
def test_records_inserted_straight_make_the_rows_of_their_dicts(
    engines: tuple[Engine, Engine],
    articles: list[Article],
    mentions: list[Mention],
    claims: list[Claim],
) -> None:
    straight, dicts = engines
    for kind, records in enumerate((articles, mentions, claims)):
        assert stored(straight, records, kind) == stored(dicts, records, kind)


def test_many_rows_go_in_statements_within_the_limit_each_once(
    engines: tuple[Engine, Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 97)  # a last part of 72 rows
    statements: list[str] = []
    straight, dicts = engines
    mentions = [
        Mention(f"m{n:05}", f"a{n % 7}", n, n + 3, "word", "PERSON", source_id=str(n))
        for n in range(1_236)
    ]

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith("INSERT INTO mentions"):
            statements.append(statement)

    event.listen(straight, "before_cursor_execute", count)
    try:
        rows = stored(straight, mentions, 1)
    finally:
        event.remove(straight, "before_cursor_execute", count)
    assert len(statements) == 13  # 12 × 97 + 72
    assert rows == stored(dicts, mentions, 1)
    assert sorted(r[0] for r in rows) == [m.id for m in mentions]  # each once
