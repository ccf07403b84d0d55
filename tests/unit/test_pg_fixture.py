"""The throwaway PostgreSQL server the team-mode tests run on (issue 14)."""

from __future__ import annotations


def test_a_fresh_database_per_test_is_empty_and_answers(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)
