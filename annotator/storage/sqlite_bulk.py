"""Filling SQLite tables with many rows in one transaction, at the price of building them once.

Two costs of a large insert that SQLite lets a writer avoid, and nothing else changes:

- **Its page cache spills.** A transaction whose changed pages outgrow the cache (2 MiB by
  default) writes them to the WAL before the commit and reads them back when it changes them
  again: importing 4,000 long articles wrote 162,000 pages for a database of 11,000. While
  loading, the connection may hold up to ``CACHE_KIB`` of pages; SQLite takes memory only for
  the pages it touches, and the connection gets its own size back afterwards.
- **Indexes and full-text indexes kept row by row.** Into a table that is empty when the load
  begins, its secondary indexes and the trigger that feeds its FTS5 index are dropped, and
  built again from the loaded rows before the commit: one sort per index and one pass of the
  tokenizer, instead of a B-tree insert per row and per index and an FTS segment per
  statement. The statements that build them again are the database's own (read from
  ``sqlite_master``), so the schema after a load is the schema before it, and all of it is one
  transaction: a refused file rolls the drops back with the rows.

A table that already holds rows keeps its indexes: building them again would cost the whole
table for the few rows added.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from annotator.storage.sqlite_search import FTS_INSERT_TRIGGERS

CACHE_KIB = 256 * 1024  # the most a load may hold in SQLite's page cache


@dataclass(slots=True)
class Deferred:
    """What a load dropped, to be built again in this order: indexes, FTS5 contents, triggers."""

    indexes: list[str] = field(default_factory=list)  # CREATE INDEX statements
    fts_tables: list[str] = field(default_factory=list)  # FTS5 tables to rebuild
    triggers: list[str] = field(default_factory=list)  # CREATE TRIGGER statements


@contextmanager
def loading(connection: Connection, tables: tuple[str, ...]) -> Iterator[Deferred]:
    """Within the connection's transaction: a larger page cache, and the indexes of the empty
    ones of ``tables`` built after the rows (see the module's docstring)."""
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
    try:
        deferred = _defer(connection, [t for t in tables if _empty(connection, t)])
        try:
            yield deferred
        except BaseException:
            # Built again even when the load fails, should a caller go on and commit; the
            # load's own error is the one to report (after a rollback this work is moot).
            with suppress(SQLAlchemyError):
                restore(connection, deferred)
            raise
        restore(connection, deferred)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(cache or -2000)}")


def restore(connection: Connection, deferred: Deferred) -> None:
    for statement in deferred.indexes:
        connection.exec_driver_sql(statement)
    for table in deferred.fts_tables:
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    for statement in deferred.triggers:
        connection.exec_driver_sql(statement)
    deferred.indexes.clear()
    deferred.fts_tables.clear()
    deferred.triggers.clear()


def _empty(connection: Connection, table: str) -> bool:
    return connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first() is None


def _defer(connection: Connection, tables: list[str]) -> Deferred:
    deferred = Deferred()
    for table in tables:
        # Indexes the schema made (an index of a PRIMARY KEY or UNIQUE constraint has no SQL
        # and stays: the load's own look-ups use them).
        indexes = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name",
            (table,),
        ).all()  # read whole: SQLite drops nothing while a statement reads the schema
        for name, sql in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
            deferred.indexes.append(sql)
        fts = FTS_INSERT_TRIGGERS.get(table)
        if fts is None:
            continue
        fts_table, trigger = fts
        found = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
        ).first()
        if found is None:  # a database without this index (never ours): nothing to keep
            continue
        connection.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
        deferred.fts_tables.append(fts_table)
        deferred.triggers.append(found[0])
    return deferred
