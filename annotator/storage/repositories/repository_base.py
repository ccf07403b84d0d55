"""What every repository shares: its session and attribute-named column selects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from annotator.storage.rows import Base


@cache
def columns_of(row_class: type[Base]) -> tuple[InstrumentedAttribute, ...]:
    """All mapped columns of a Row class, so Core-speed selects return attribute-named keys
    (``start``, not the stored ``start_offset``)."""
    mapper = row_class.__mapper__
    return tuple(getattr(row_class, attr.key) for attr in mapper.column_attrs)


@cache
def labelled_columns(row_class: type[Base]) -> tuple[Any, ...]:
    """The mapped columns labelled with their attribute names, for selects on a Core
    connection (which would name them after the stored columns)."""
    return tuple(column.label(column.key) for column in columns_of(row_class))


def keyed_rows(session: Session, query: Select) -> Iterator[dict[str, Any]]:
    """The rows of a select of ``labelled_columns`` as plain dicts, read on the session's
    Core connection: a third of the ORM's cost per row (an article's 5,000 spans are read
    on every open, issue 17 §3)."""
    result = session.connection().execute(query)
    keys = tuple(result.keys())
    for row in result:
        yield dict(zip(keys, row, strict=True))


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session


# SQLite allows 32,766 bound variables per statement; stay far below for portable IN (...).
CHUNK = 500


def chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def existing_ids(session: Session, row_class: type, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(list(dict.fromkeys(ids))):
        found.update(session.scalars(select(row_class.id).where(row_class.id.in_(chunk))))
    return found
