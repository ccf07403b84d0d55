"""Fixtures for tests that run on PostgreSQL as well as SQLite (issue 14).

- ``pg_cluster`` (session): the server named by ANNOTATOR_TEST_PG_URL (``tests/pg_server.sh``
  sets it), else a throwaway cluster started for the session and stopped after it.
- ``pg_url``: a fresh, empty database on that server for one test, PGPASSWORD set.
- ``db_target``: parametrised over ``sqlite`` and ``postgresql``: what ``--db`` is given.

Without a server these tests skip and say why; with CI_REQUIRE_POSTGRES=1 they fail instead,
so CI cannot go green by skipping them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.pg_cluster import PASSWORD, Cluster, ClusterUnavailable, start_cluster

REQUIRE_ENV = "CI_REQUIRE_POSTGRES"


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"PostgreSQL is required ({REQUIRE_ENV}=1) but {reason}", pytrace=False)
    pytest.skip(f"needs PostgreSQL: {reason} (run tests/pg_server.sh, see README)")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    given = os.environ.get("ANNOTATOR_TEST_PG_URL")
    if given:
        parts = urlsplit(given)
        yield Cluster(
            folder=Path(),
            port=parts.port or 5432,
            bin_dir=Path(),
            run_as=None,
            user=parts.username or "postgres",
            password=os.environ.get("PGPASSWORD", PASSWORD),
            host=parts.hostname or "127.0.0.1",
        )
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    try:
        cluster = start_cluster()
    except ClusterUnavailable as error:
        _unavailable(str(error))
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_cluster.admin(f'CREATE DATABASE "{name}"')
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password)
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the test's database lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "data" / "annotator.sqlite3")
    return request.getfixturevalue("pg_url")
