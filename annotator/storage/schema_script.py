"""A new database in one step: the schema at the migrations' head, as one SQL script per engine.

``schema_sqlite.sql`` and ``schema_postgresql.sql`` beside this module are what the Alembic
revisions build, dumped from a database they made (``docs/schema_scripts.py`` writes them; see
CONTRIBUTING.md, "Adding a migration"), and each ends by stamping ``HEAD_REVISION`` in
``alembic_version``. A new database runs its script in one transaction: no Alembic to import
(0.1–0.4 s with mako) and no sixteen revisions of table copies. Alembic is loaded only to
upgrade an older database (``migrate``). ``tests/unit/test_schema_script.py`` builds a database
both ways on each engine and compares every table, column, type, index, trigger and full-text
table, and the stamp with Alembic's own head.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from sqlalchemy import Connection

SQLITE_SCRIPT = Path(__file__).with_name("schema_sqlite.sql")
POSTGRESQL_SCRIPT = Path(__file__).with_name("schema_postgresql.sql")


@cache
def script(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def create_sqlite(path: Path) -> None:
    """Write the schema into the empty database file at ``path``, in one transaction.

    Its own connection on the standard library's driver, as ``migrate.upgrade`` has its own
    engine: WAL from the first write, synchronous FULL, and a failure leaves the file as empty
    as it was (the connection closes without a commit)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("BEGIN IMMEDIATE")
        for statement in statements(script(SQLITE_SCRIPT)):
            connection.execute(statement)
        connection.execute("COMMIT")
    finally:
        connection.close()


def create_server(connection: Connection) -> None:
    """Write the schema into the empty PostgreSQL database of ``connection``, inside the
    caller's transaction (DDL is transactional there: a failure leaves it empty)."""
    for statement in statements(script(POSTGRESQL_SCRIPT)):
        connection.exec_driver_sql(statement)


def statements(sql: str) -> list[str]:
    """The script's statements: each ends with a line that ends in ``;`` (trigger bodies hold
    ``;`` inside lines of their own, closed by ``END;``; ``complete_statement`` tells)."""
    found: list[str] = []
    current: list[str] = []
    for line in sql.splitlines():
        if not current and (not line.strip() or line.startswith("--")):
            continue
        current.append(line)
        candidate = "\n".join(current)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(candidate):
            found.append(candidate)
            current = []
    if current:
        raise ValueError(f"the schema script ends inside a statement: {current[0][:60]!r}")
    return found
