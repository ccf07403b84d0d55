"""What every repository shares: its session and attribute-named column selects."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sqlalchemy import select
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
