"""What every repository shares: its session, attribute-named column selects, bulk inserts
and the full-text search of the database under it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any, Protocol

from sqlalchemy import (
    JSON,
    CursorResult,
    Dialect,
    Result,
    Select,
    Text,
    TextClause,
    bindparam,
    select,
    type_coerce,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from annotator.storage import postgres, sqlite_search
from annotator.storage.rows import Base, table_of


def changed_rows(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE run through the session changed."""
    if not isinstance(result, CursorResult):
        raise TypeError("not the result of a statement run on the database")
    return result.rowcount


class FullTextSearch(Protocol):
    """What the two engines' search modules (``sqlite_search``, ``postgres``) offer alike."""

    def search_condition(self, user_text: str) -> TextClause | None: ...

    def search_article_ids(
        self, session: Session, user_text: str, limit: int | None = None
    ) -> list[str]: ...

    def similar_claim_ids(
        self, session: Session, terms: list[tuple[str, bool]], exclude_article_id: str, limit: int
    ) -> list[str]: ...

    def known_check_ranks(
        self, session: Session, terms: list[tuple[str, bool]], limit: int
    ) -> list[tuple[int, float]]: ...

    def passage_candidates(self, session: Session, heads: list[str]) -> list[tuple[str, str]]: ...


def full_text_search(session: Session) -> FullTextSearch:
    """The full-text search of the database under this session: FTS5 or tsvector."""
    return postgres if session.get_bind().dialect.name == "postgresql" else sqlite_search


@cache
def columns_of(row_class: type[Base]) -> tuple[InstrumentedAttribute[Any], ...]:
    """All mapped columns of a Row class, so Core-speed selects return attribute-named keys
    (``start``, not the stored ``start_offset``)."""
    mapper = row_class.__mapper__
    return tuple(getattr(row_class, attr.key) for attr in mapper.column_attrs)


@cache
def labelled_columns(row_class: type[Base]) -> tuple[Any, ...]:
    """The mapped columns labelled with their attribute names, for selects on a Core
    connection (which would name them after the stored columns)."""
    return tuple(column.label(column.key) for column in columns_of(row_class))


def keyed_rows(session: Session, query: Select[Any]) -> Iterator[dict[str, Any]]:
    """The rows of a select of ``labelled_columns`` as plain dicts, read on the session's
    Core connection: a third of the ORM's cost per row (an article's 5,000 spans are read
    on every open)."""
    result = session.connection().execute(query)
    keys = tuple(result.keys())
    for row in result:
        yield dict(zip(keys, row, strict=True))


@cache
def tuple_columns(row_class: type[Base], names: tuple[str, ...]) -> tuple[Any, ...]:
    """The columns of these attribute names, in this order, for rows read as tuples (see
    ``domain.records.flat_tuple_reader``). JSON columns come as their stored text, read by
    ``row_mapping.json_list``: SQLAlchemy's processor would call ``json.loads`` on every "[]"."""
    columns = []
    for name in names:
        column = getattr(row_class, name)
        columns.append(type_coerce(column, Text) if isinstance(column.type, JSON) else column)
    return tuple(columns)


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session


# SQLite allows 32,766 bound variables per statement; stay far below for portable IN (...).
CHUNK = 500


def chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def existing_ids(session: Session, row_class: type[Base], ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` the table holds. A dataset import asks this of every id in the file
    (130,000 for 100,000 spans): each chunk is one SELECT compiled once per chunk length and
    run on the driver, where the ORM's statement spent most of its time building 500 bound
    parameters."""
    session.flush()  # pending ORM objects count, as an ORM select would flush them first
    connection = session.connection()
    found: set[str] = set()
    for chunk in chunks(list(dict.fromkeys(ids))):
        sql, names = _ids_select(row_class, connection.dialect, len(chunk))
        parameters = tuple(chunk) if names is None else dict(zip(names, chunk, strict=True))
        found.update(value for (value,) in connection.exec_driver_sql(sql, parameters))
    return found


@lru_cache(maxsize=256)
def _ids_select(
    row_class: type[Base], dialect: Dialect, count: int
) -> tuple[str, list[str] | None]:
    """``SELECT id FROM <table> WHERE id IN (<count> parameters)`` for this database, and
    the parameters' names in order (None: positional, in that order)."""
    column = table_of(row_class).c.id
    names = [f"id_{n}" for n in range(count)]
    compiled = (
        select(column).where(column.in_([bindparam(n) for n in names])).compile(dialect=dialect)
    )
    if compiled.positional:
        if list(compiled.positiontup or ()) != names:
            raise AssertionError("parameters compiled out of order")
        return compiled.string, None
    return compiled.string, names
