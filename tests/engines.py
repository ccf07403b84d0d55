"""Which database engine the running test uses, and its PostgreSQL databases.

Storage, services and CLI test modules say ``pytestmark = pytest.mark.both_engines``; each of
their tests then runs twice, ``[sqlite]`` and ``[postgresql]`` (``tests/postgres_fixtures.py``
sets the engine up). The tests themselves stay as they are: a workspace folder or a ``--db``
file names a SQLite file on the first run; on the second, ``new_workspace`` and ``run_cli``
give the program a PostgreSQL database instead, one per folder or file name, so two opens of
the same folder see the same data and two folders are two collections.

Each database is a copy of a template migrated once per session (CREATE DATABASE … TEMPLATE),
which is far faster than running the migrations for every test.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.paths import DB_FILE_NAME, SERVER_SCHEMES

if TYPE_CHECKING:
    from tests.pg_cluster import Cluster


class PostgresDatabases:
    """The fresh databases one test asked for, keyed by the SQLite file they stand in for."""

    def __init__(self, cluster: Cluster, template: str) -> None:
        self.cluster = cluster
        self.template = template
        self.by_file: dict[Path, str] = {}
        self.fresh: set[Path] = set()  # created for this test and not opened yet

    def url_for(self, sqlite_file: Path) -> str:
        key = Path(sqlite_file).expanduser().resolve()
        if key not in self.by_file:
            name = f"t_{uuid.uuid4().hex[:16]}"
            self.cluster.admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
            self.by_file[key] = name
            self.fresh.add(key)
        return self.cluster.url(self.by_file[key])

    def take_fresh(self, sqlite_file: Path) -> bool:
        """True the first time a database is opened: the stand-in for ``Database.created``
        (a copy of the migrated template is never "created" in the program's eyes)."""
        key = Path(sqlite_file).expanduser().resolve()
        if key in self.fresh:
            self.fresh.discard(key)
            return True
        return False

    def drop_all(self) -> None:
        for name in self.by_file.values():
            self.cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.by_file.clear()


# The running test's PostgreSQL databases; None while the test runs on SQLite.
active: PostgresDatabases | None = None


def on_postgresql() -> bool:
    return active is not None


def _is_url(value: str) -> bool:
    return value.lower().startswith(SERVER_SCHEMES)


def cli_arguments(args: list[str]) -> list[str]:
    """The command line with its SQLite database swapped for this test's PostgreSQL one:
    ``--db FILE`` becomes ``--db URL --data-dir FILE's folder``; ``--data-dir DIR`` alone
    gains ``--db URL`` (logs and settings stay in DIR). Unchanged on SQLite, or when no
    database is named."""
    if active is None:
        return args
    result = list(args)
    for index, value in enumerate(result):
        if value == "--db" and index + 1 < len(result) and not _is_url(result[index + 1]):
            return _beside(result, index, index + 2, result[index + 1])
        if value.startswith("--db=") and not _is_url(value[5:]):
            return _beside(result, index, index + 1, value[5:])
    for index, value in enumerate(result):
        if value == "--data-dir" and index + 1 < len(result):
            # The SQLite run creates the folder with the file in it; tests write beside it.
            Path(result[index + 1]).mkdir(parents=True, exist_ok=True)
            url = _opened(Path(result[index + 1]) / DB_FILE_NAME)
            return [*result[: index + 2], "--db", url, *result[index + 2 :]]
        if value.startswith("--data-dir="):
            Path(value[11:]).mkdir(parents=True, exist_ok=True)
            url = _opened(Path(value[11:]) / DB_FILE_NAME)
            return [*result[: index + 1], "--db", url, *result[index + 1 :]]
    return result


def _beside(args: list[str], start: int, end: int, file: str) -> list[str]:
    """``--db FILE`` keeps its logs and settings beside FILE: so does the stand-in."""
    replacement = ["--db", _opened(Path(file))]
    if not any(a == "--data-dir" or a.startswith("--data-dir=") for a in args):
        replacement += ["--data-dir", str(Path(file).parent)]
    return [*args[:start], *replacement, *args[end:]]


def _opened(sqlite_file: Path) -> str:
    assert active is not None
    url = active.url_for(sqlite_file)
    active.take_fresh(sqlite_file)
    return url


def server_rows(sqlite_file: Path) -> list[str]:
    """Every row of every table of the database standing in for ``sqlite_file``, in a fixed
    order, as text: equal lists mean nothing changed (the tests' dump of a SQLite file)."""
    import psycopg

    assert active is not None
    url = active.url_for(sqlite_file)
    rows: list[str] = []
    with psycopg.connect(url, password=active.cluster.password) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' ORDER BY table_name"
            )
        ]
        for table in tables:
            rows.append(table)
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                rows.append(repr(row))
    return rows
