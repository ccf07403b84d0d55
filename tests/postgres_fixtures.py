"""Fixtures for tests that run on PostgreSQL as well as SQLite.

- ``pg_cluster`` (session): the server named by ANNOTATOR_TEST_PG_URL (``tests/pg_server.sh``
  sets it), else a throwaway cluster started for the session and stopped after it.
- ``pg_url``: a fresh, empty database on that server for one test, PGPASSWORD set.
- ``db_target``: parametrised over ``sqlite`` and ``postgresql``: what ``--db`` is given.
- ``db_engine`` (every test): "sqlite", or for modules marked ``both_engines`` also "postgresql":
  the test's workspaces and ``--db`` files become PostgreSQL databases (tests/engines.py).
  These variants run only when a server is given (ANNOTATOR_TEST_PG_URL, as
  ``tests/pg_server.sh`` sets it) or CI_REQUIRE_POSTGRES=1, so the default run stays fast.

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

from tests import engines
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


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the test's database lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "data" / "annotator.sqlite3")
    return request.getfixturevalue("pg_url")


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
SERVER_GIVEN_ENV = "ANNOTATOR_TEST_PG_URL"


NOT_WANTED = (
    f"no server given ({SERVER_GIVEN_ENV} unset); run them with `bash tests/pg_server.sh` "
    "(see README)"
)


def variants_wanted() -> bool:
    """The [postgresql] variants run when a server is given, or when CI requires them."""
    return bool(os.environ.get(SERVER_GIVEN_ENV)) or os.environ.get(REQUIRE_ENV) == "1"


def leave_out_variants(config: pytest.Config, items: list[pytest.Item]) -> int:
    """Without a server, the [postgresql] variants are deselected (one line in the summary
    says why) rather than skipped one by one: the default run stays fast and readable."""
    if variants_wanted():
        return 0
    kept, left = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and callspec.params.get("db_engine") == "postgresql"
        (left if on_pg else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept
    return len(left)


def engine_parameters(metafunc: pytest.Metafunc) -> None:
    """``pytest_generate_tests``: tests in ``both_engines`` modules run on each engine, unless
    they pick their database themselves (db_target, pg_url) or are marked ``sqlite_only``."""
    if metafunc.definition.get_closest_marker("both_engines") is None:
        return
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only")
    if sqlite_only is not None:
        if not sqlite_only.kwargs.get("reason"):
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason=")
        return
    if {"db_target", "pg_url", "pg_cluster"} & set(metafunc.fixturenames):
        return
    metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> Iterator[str]:
    """A database migrated to head once per session; each test's databases are copies."""
    from annotator.storage.database import open_database

    name = f"template_{uuid.uuid4().hex[:12]}"
    pg_cluster.admin(f'CREATE DATABASE "{name}"')
    before = os.environ.get("PGPASSWORD")
    os.environ["PGPASSWORD"] = pg_cluster.password
    try:
        open_database(pg_cluster.url(name)).close()
    finally:
        if before is None:
            del os.environ["PGPASSWORD"]
        else:
            os.environ["PGPASSWORD"] = before
    try:
        yield name
    finally:
        pg_cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(autouse=True)
def db_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The engine this test runs on; see the module docstring."""
    chosen = getattr(request, "param", "sqlite")
    if chosen == "sqlite":
        yield chosen
        return
    if not variants_wanted():
        pytest.skip(NOT_WANTED)
    cluster = request.getfixturevalue("pg_cluster")
    template = request.getfixturevalue("pg_template")
    monkeypatch.setenv("PGPASSWORD", cluster.password)
    databases = engines.PostgresDatabases(cluster, template)
    engines.active = databases
    try:
        yield chosen
    finally:
        engines.active = None
        used = bool(databases.by_file)
        databases.drop_all()
    if not used:
        # A [postgresql] run that never reached the server would only repeat the SQLite run.
        pytest.fail(
            "this PostgreSQL variant never opened a PostgreSQL database (it opens its SQLite "
            "file directly): mark the test sqlite_only(reason=...) or open it through "
            "tests.helpers.new_workspace / run_cli",
            pytrace=False,
        )
