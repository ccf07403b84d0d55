"""The throwaway PostgreSQL server the team-mode tests run on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.postgres_fixtures import REQUIRE_ENV


def test_a_fresh_database_per_test_is_empty_and_answers(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


def _run_fixture_test(tmp_path: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ANNOTATOR_TEST_PG_URL",)}
    env.pop(REQUIRE_ENV, None)
    env.update(ANNOTATOR_TEST_PG_BIN=str(tmp_path / "no-postgres"), **environment)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__)}::test_a_fresh_database_per_test_is_empty_and_answers",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_without_a_server_the_tests_skip_and_say_why(tmp_path: Path) -> None:
    result = _run_fixture_test(tmp_path)
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout and "needs PostgreSQL: no initdb" in result.stdout


def test_under_ci_require_postgres_a_missing_server_fails_them(tmp_path: Path) -> None:
    result = _run_fixture_test(tmp_path, **{REQUIRE_ENV: "1"})
    assert result.returncode == 1, result.stdout
    assert "PostgreSQL is required" in result.stdout and "skipped" not in result.stdout


def _run_search_test(tmp_path: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    """One both-engines test, with no PostgreSQL installed and no server given."""
    env = {k: v for k, v in os.environ.items() if k not in ("ANNOTATOR_TEST_PG_URL", REQUIRE_ENV)}
    env.update(ANNOTATOR_TEST_PG_BIN=str(tmp_path / "no-postgres"), **environment)
    test = "tests/unit/test_search.py::test_search_finds_articles_by_words_in_their_text_and_title"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_without_a_server_the_postgresql_variants_are_left_out_and_say_why(
    tmp_path: Path,
) -> None:
    result = _run_search_test(tmp_path)
    assert result.returncode == 0, result.stdout
    assert "1 passed, 1 deselected" in result.stdout
    assert "1 PostgreSQL variants of the storage, services and CLI tests deselected: no server" in (
        result.stdout
    )


def test_under_ci_require_postgres_the_variants_run_and_fail_without_a_server(
    tmp_path: Path,
) -> None:
    result = _run_search_test(tmp_path, **{REQUIRE_ENV: "1"})
    assert result.returncode == 1, result.stdout
    assert "1 passed" in result.stdout and "1 error" in result.stdout
    assert "PostgreSQL is required" in result.stdout and "deselected" not in result.stdout
