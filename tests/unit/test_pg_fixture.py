"""The throwaway PostgreSQL server the team-mode tests run on."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.postgres_fixtures import REQUIRE_ENV


def test_a_fresh_database_per_test_is_empty_and_answers(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


FRESH_DATABASE = (
    "tests/unit/test_pg_fixture.py::test_a_fresh_database_per_test_is_empty_and_answers"
)
SEARCH = "tests/unit/test_search.py::test_search_finds_articles_by_words_in_their_text_and_title"
PYTEST = (sys.executable, "-m", "pytest", "-q", "-rsE", "-p", "no:cacheprovider")


def _run_without_postgresql(folder: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    """A pytest on this machine as if PostgreSQL were not installed and no server given: the
    test of the server fixture above and one both-engines test, in one run (each pytest that
    starts loads the program and its test tools; the tests below share its output)."""
    env = {k: v for k, v in os.environ.items() if k not in ("ANNOTATOR_TEST_PG_URL", REQUIRE_ENV)}
    env.update(ANNOTATOR_TEST_PG_BIN=str(folder / "no-postgres"), **environment)
    return subprocess.run(
        [*PYTEST, FRESH_DATABASE, SEARCH],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def without_server(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    return _run_without_postgresql(tmp_path_factory.mktemp("no-server"))


@pytest.fixture(scope="module")
def required_without_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> subprocess.CompletedProcess[str]:
    return _run_without_postgresql(tmp_path_factory.mktemp("required"), **{REQUIRE_ENV: "1"})


def test_without_a_server_the_tests_skip_and_say_why(
    without_server: subprocess.CompletedProcess[str],
) -> None:
    result = without_server
    assert result.returncode == 0, result.stdout
    assert "1 passed, 1 skipped, 1 deselected" in result.stdout  # the SQLite test passed
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1 and "test_pg_fixture.py" in skipped[0], result.stdout
    assert "needs PostgreSQL: no initdb" in skipped[0]


def test_under_ci_require_postgres_a_missing_server_fails_them(
    required_without_server: subprocess.CompletedProcess[str],
) -> None:
    result = required_without_server
    assert result.returncode == 1, result.stdout
    assert "skipped" not in result.stdout
    assert _failed_for_want_of_a_server(result.stdout, FRESH_DATABASE), result.stdout


def test_without_a_server_the_postgresql_variants_are_left_out_and_say_why(
    without_server: subprocess.CompletedProcess[str],
) -> None:
    result = without_server
    assert result.returncode == 0, result.stdout
    assert "1 passed, 1 skipped, 1 deselected" in result.stdout  # the skip is the test above
    assert "1 PostgreSQL variants of the storage, services and CLI tests deselected: no server" in (
        result.stdout
    )


def test_under_ci_require_postgres_the_variants_run_and_fail_without_a_server(
    required_without_server: subprocess.CompletedProcess[str],
) -> None:
    result = required_without_server
    assert result.returncode == 1, result.stdout
    # The SQLite variant passes; the PostgreSQL variant and the fixture's test above fail.
    assert "1 passed, 2 errors" in result.stdout and "deselected" not in result.stdout
    assert _failed_for_want_of_a_server(result.stdout, f"{SEARCH}[postgresql]"), result.stdout


def _failed_for_want_of_a_server(output: str, test: str) -> bool:
    """The test is listed as an error (-rE) and its report says PostgreSQL is required."""
    name = test.split("::")[-1]
    reports = re.split(
        r"^_+ ERROR at setup of ", output.split("short test summary info")[0], flags=re.M
    )
    said_why = any(
        report.startswith(f"{name} ") and "PostgreSQL is required" in report for report in reports
    )
    # The summary line ends with the reason when the terminal is wide enough for it.
    listed = any(
        line == f"ERROR {test}" or line.startswith(f"ERROR {test} - ")
        for line in output.splitlines()
    )
    return said_why and listed
