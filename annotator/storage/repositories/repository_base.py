"""What every repository shares: its session and attribute-named column selects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from sqlalchemy import JSON, Select, Text, insert, select, type_coerce
from sqlalchemy import inspect as sa_inspect
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


def existing_ids(session: Session, row_class: type, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(list(dict.fromkeys(ids))):
        found.update(session.scalars(select(row_class.id).where(row_class.id.in_(chunk))))
    return found


def insert_many(session: Session, row_class: type[Base], rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (keyed by the row class's attribute names, all with the same keys) with
    one executemany of the statement SQLAlchemy compiles for this database: an ORM bulk insert
    of the same rows cost twice as much, a Core one still spent a third of its time building
    parameters (issue 17). Values go through the columns' own bind processors (JSON)."""
    if not rows:
        return
    connection = session.connection()
    plan = _insert_plan(row_class, connection.dialect, tuple(rows[0]))
    if plan is None:  # a column default computed per row: leave it to SQLAlchemy
        names = _column_names(row_class)
        session.execute(
            insert(row_class.__table__), [{names.get(k, k): v for k, v in r.items()} for r in rows]
        )
        return
    sql, binds, positional = plan
    if positional:
        params: list[Any] = [
            tuple(
                (process(row[key]) if process else row[key]) if key is not None else constant
                for key, process, constant, _ in binds
            )
            for row in rows
        ]
    else:
        params = [
            {
                name: (process(row[key]) if process else row[key]) if key is not None else constant
                for key, process, constant, name in binds
            }
            for row in rows
        ]
    connection.exec_driver_sql(sql, params)


@cache
def _insert_plan(
    row_class: type[Base], dialect: Any, keys: tuple[str, ...]
) -> tuple[str, list[tuple[str | None, Any, Any, str]], bool] | None:
    """The compiled INSERT for rows with ``keys`` and, per bound parameter, the row key it
    takes, the column's bind processor, the constant default of a column the rows lack, and
    the parameter's name. None when a default is computed per row."""
    table = row_class.__table__
    names = _column_names(row_class)
    by_column = {names.get(k, k): k for k in keys}
    compiled = insert(table).compile(dialect=dialect, column_keys=list(by_column))
    order = compiled.positiontup if compiled.positional else list(compiled.binds)
    binds = []
    for name in order:
        column = table.c[compiled.binds[name].key]
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        key = by_column.get(column.key)
        constant = None
        if key is None:
            if column.default is None or not column.default.is_scalar:
                return None
            constant = column.default.arg
            if process:
                constant = process(constant)
        binds.append((key, process, constant, name))
    return compiled.string, binds, compiled.positional


@cache
def _column_names(row_class: type[Base]) -> dict[str, str]:
    """Attribute name → column name where the two differ (``start`` → ``start_offset``)."""
    found = {}
    for attribute in sa_inspect(row_class).column_attrs:
        column = attribute.columns[0]
        if column.key != attribute.key:
            found[attribute.key] = column.key
    return found
