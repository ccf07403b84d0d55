"""What every repository shares: its session and attribute-named column selects."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import InstrumentedAttribute, Session

from annotator.storage.rows import Base


@cache
def columns_of(row_class: type[Base]) -> tuple[InstrumentedAttribute, ...]:
    """All mapped columns of a Row class, so Core-speed selects return attribute-named keys
    (``start``, not the stored ``start_offset``)."""
    mapper = row_class.__mapper__
    return tuple(getattr(row_class, attr.key) for attr in mapper.column_attrs)


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


def insert_many(session: Session, row_class: type[Base], rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (keyed by the row class's attribute names) with one Core executemany:
    an ORM bulk insert of the same rows costs about twice as much (issue 17)."""
    if not rows:
        return
    names = _column_names(row_class)
    renamed = [k for k in rows[0] if names.get(k, k) != k]
    if renamed:
        rows = [{names.get(k, k): v for k, v in row.items()} for row in rows]
    session.execute(insert(row_class.__table__), rows)


@cache
def _column_names(row_class: type[Base]) -> dict[str, str]:
    """Attribute name → column name where the two differ (``start`` → ``start_offset``)."""
    found = {}
    for attribute in sa_inspect(row_class).column_attrs:
        column = attribute.columns[0]
        if column.key != attribute.key:
            found[attribute.key] = column.key
    return found
