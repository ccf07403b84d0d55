"""Many rows into a table at once: the INSERT SQLAlchemy compiles for the database, its
parameters made by one generated expression per row kind, and on SQLite many rows a
statement and the indexes of empty tables built after the rows (``sqlite_bulk``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import chain
from sqlite3 import SQLITE_LIMIT_VARIABLE_NUMBER
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, insert
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from annotator.domain.records import (
    Parameter,
    R,
    flat_columns,
    flat_parameters_writer,
    flat_writer,
)
from annotator.domain.speed.generated_code import FunctionSource
from annotator.storage import sqlite_bulk
from annotator.storage.rows import Base, table_of


def insert_many(session: Session, row_class: type[Base], rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (keyed by the row class's attribute names, all with the same keys) with
    one executemany of the statement SQLAlchemy compiles for this database: an ORM bulk insert
    of the same rows cost twice as much, a Core one still spent a third of its time building
    parameters. Values go through the columns' own bind processors (JSON)."""
    if not rows:
        return
    connection = session.connection()
    plan = _insert_plan(row_class, connection.dialect, tuple(rows[0]))
    if plan is None:  # a column default computed per row: leave it to SQLAlchemy
        names = _column_names(row_class)
        session.execute(
            insert(table_of(row_class)), [{names.get(k, k): v for k, v in r.items()} for r in rows]
        )
        return
    sql, parameters = plan
    values = parameters(rows)
    if connection.dialect.name != "sqlite" or len(values) == 1:
        connection.exec_driver_sql(sql, values)
        return
    _insert_sqlite_rows(connection, sql, len(values[0]), list(chain.from_iterable(values)))


def insert_records(
    session: Session,
    row_class: type[Base],
    cls: type[R],
    records: list[R],
    *,
    exclude: tuple[str, ...] = (),
) -> None:
    """INSERT one row per record, the row ``flat_writer(cls, exclude=exclude)`` writes. On
    SQLite the statement's parameters are made from the records directly: a dict per row and
    then a tuple from it cost 2.9 µs a claim, the parameters alone 1.2 µs."""
    if not records:
        return
    connection = session.connection()
    plan = None
    if connection.dialect.name == "sqlite":
        plan = _records_plan(row_class, connection.dialect, cls, exclude)
    if plan is None:
        write = flat_writer(cls, exclude=exclude)
        insert_many(session, row_class, [write(r) for r in records])
        return
    sql, width, parameters = plan
    _insert_sqlite_rows(connection, sql, width, parameters(records))


def _insert_sqlite_rows(connection: Connection, sql: str, width: int, values: list[Any]) -> None:
    """The rows of ``values`` (``width`` values each, one row after another) inserted by the
    one-row INSERT ``sql`` made into statements of many rows.

    FTS5 writes its pending index out at the end of each statement that fills it (the
    triggers of articles, claims and known fact-checks), so an executemany of 4,000 articles
    wrote 4,000 tiny index segments and merged them: 0.46 s of CPU where statements of a few
    hundred rows take 0.18 s (12,000 claims: 0.32 against 0.07 s). Each statement stays
    within SQLite's limit of bound variables."""
    head, one = _values_clause(sql)
    per = max(1, min(ROWS_PER_STATEMENT, _variable_limit(connection) // max(1, width)))
    step = per * width
    for start in range(0, len(values), step):
        chunk = values[start : start + step]
        statement = f"{head}{', '.join([one] * (len(chunk) // width))}"
        connection.exec_driver_sql(statement, tuple(chunk))


ROWS_PER_STATEMENT = 500


@contextmanager
def bulk_loading(session: Session, row_classes: tuple[type[Base], ...]) -> Iterator[None]:
    """Many rows of these tables inserted within the session's transaction: on SQLite a
    larger page cache, and the indexes of the tables still empty built once after the rows
    (``sqlite_bulk``). The schema and every row read back are the same as without it."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    session.flush()  # pending ORM rows count when telling an empty table
    with sqlite_bulk.loading(session.connection(), tuple(table_of(c).name for c in row_classes)):
        yield


def _values_clause(sql: str) -> tuple[str, str]:
    """``INSERT INTO t (a, b) VALUES `` and ``(?, ?)`` of a compiled one-row INSERT."""
    head, marker, one = sql.rpartition(" VALUES ")
    if not marker or not (one.startswith("(") and one.endswith(")")):
        raise AssertionError(f"not a one-row INSERT: {sql[:80]}")
    return head + marker, one


def _variable_limit(connection: Connection) -> int:
    """How many parameters one statement may bind on this SQLite (999 before 3.32)."""
    driver = connection.connection.driver_connection
    limit = getattr(driver, "getlimit", None)
    return int(limit(SQLITE_LIMIT_VARIABLE_NUMBER)) if limit is not None else 999


@cache
def _parameters(
    row_class: type[Base], dialect: Dialect, keys: tuple[str, ...]
) -> tuple[SQLCompiler, list[tuple[str, Parameter]]] | None:
    """The compiled INSERT of rows with ``keys`` and, for each of its bound parameters in
    order, its name and how its value is made: the row's value through the column's bind
    processor, or the constant default of a column the rows lack. None when a default is
    computed per row."""
    table = table_of(row_class)
    names = _column_names(row_class)
    by_column = {names.get(k, k): k for k in keys}
    compiled = insert(table).compile(dialect=dialect, column_keys=list(by_column))
    order = compiled.positiontup if compiled.positional else list(compiled.binds)
    found: list[tuple[str, Parameter]] = []
    for name in order or ():
        column = table.c[compiled.binds[name].key]
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        key = by_column.get(column.key)
        if key is None:
            if not isinstance(column.default, ScalarElementColumnDefault):
                return None
            constant = process(column.default.arg) if process else column.default.arg
            found.append((name, Parameter(None, constant=constant)))
            continue
        # Most JSON lists are empty (tags, authors, adjudicated_from): their text, made
        # once, instead of a json.dumps each.
        made = process([]) if process is not None and isinstance(column.type, JSON) else None
        found.append((name, Parameter(key, process, empty=made if isinstance(made, str) else None)))
    return compiled, found


@cache
def _insert_plan(
    row_class: type[Base], dialect: Dialect, keys: tuple[str, ...]
) -> tuple[str, Callable[[list[dict[str, Any]]], list[Any]]] | None:
    """The compiled INSERT for rows with ``keys`` and a function making its parameters from
    such rows (``_parameters``). None when a default is computed per row.

    The function is one expression per parameter, compiled by ``domain.speed.generated_code``: a
    loop over the parameters per row cost 0.85 s of a 6 s import of 100,000 spans."""
    planned = _parameters(row_class, dialect, keys)
    if planned is None:
        return None
    compiled, parameters = planned
    function = FunctionSource(f"insert_{table_of(row_class).name}")
    items = []
    for name, parameter in parameters:
        value = f"r[{parameter.key!r}]"
        if parameter.key is None:
            expression = function.bind(parameter.constant)
        elif parameter.convert is None:
            expression = value
        elif parameter.empty is not None:
            empty, convert = function.bind(parameter.empty), function.bind(parameter.convert)
            expression = f"({empty} if (x := {value}) == [] else {convert}(x))"
        else:
            expression = f"{function.bind(parameter.convert)}({value})"
        items.append(expression if compiled.positional else f"{name!r}: {expression}")
    row = f"({', '.join(items)},)" if compiled.positional else "{" + ", ".join(items) + "}"
    return compiled.string, function.compiled(["rows"], f"[{row} for r in rows]")


@cache
def _records_plan(
    row_class: type[Base], dialect: Dialect, cls: type, exclude: tuple[str, ...]
) -> tuple[str, int, Callable[[list[Any]], list[Any]]] | None:
    """A positional INSERT of ``cls``'s flat rows, its width and the writer of its
    parameters from records; None where ``_parameters`` gives none or names them."""
    planned = _parameters(row_class, dialect, flat_columns(cls, exclude))
    if planned is None or not planned[0].positional:
        return None
    compiled, parameters = planned
    found = tuple(parameter for _, parameter in parameters)
    return compiled.string, len(found), flat_parameters_writer(cls, found, exclude=exclude)


@cache
def _column_names(row_class: type[Base]) -> dict[str, str]:
    """Attribute name → column name where the two differ (``start`` → ``start_offset``)."""
    found: dict[str, str] = {}
    for attribute in sa_inspect(row_class).column_attrs:
        column = attribute.columns[0]
        if column.key != attribute.key:
            found[attribute.key] = column.key
    return found
