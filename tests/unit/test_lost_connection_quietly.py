"""A team database lost in the middle of an import is one refusal line, not a driver's
diagnostic: psycopg's "error ignored terminating <psycopg.Pipeline [BAD]>" (logged when the
pipeline of a bulk insert cannot be closed on a dead connection) goes to the log file, where
the libraries' warnings belong, never to the terminal."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.helpers import dataset_document, write_json

pytestmark = pytest.mark.postgresql


@contextmanager
def server_lost_at_first_bulk_insert(admin_url: str) -> Iterator[list[str]]:
    """The server ends the connection just as the import sends its first bulk insert (what
    stopping PostgreSQL mid-import does, at a moment chosen instead of guessed)."""
    import psycopg

    killed: list[str] = []

    def before(
        conn: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any, executemany: bool
    ) -> None:
        if executemany and not killed and statement.startswith("INSERT"):
            pid = conn.connection.dbapi_connection.info.backend_pid
            with psycopg.connect(admin_url, autocommit=True) as admin:
                # Asked to end, and gone, before the insert is sent: the pipeline that sends
                # it meets a closed connection every time.
                admin.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,))
            killed.append(statement.split("(")[0])

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield killed
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def test_a_connection_lost_mid_import_is_one_refusal_and_the_log_keeps_the_rest(
    pg_url: str, pg_cluster: Any, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the program runs outside pytest: no handler on the root logger (pytest's own
    # capture would otherwise take the libraries' warnings before Python prints them).
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    # …and the driver's logger as a fresh process has it: a library configured earlier in the
    # suite (dateparser's logging set-up disables the loggers that exist) may have turned it off.
    monkeypatch.setattr(logging.getLogger("psycopg"), "disabled", False)
    source = write_json(tmp_path / "d.json", dataset_document(["Rogov said Izium fell."]))
    data = tmp_path / "data"
    with server_lost_at_first_bulk_insert(pg_cluster.url()) as killed:
        result = run_cli("import", source, "--db", pg_url, "--data-dir", data)
    assert killed, "no bulk insert was sent: the test did not cut the connection"
    assert result.code in (1, 2), result.err
    assert "connection to the team database was lost" in result.err
    assert "Pipeline" not in result.err and "error ignored" not in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    log = (data / "logs" / "annotator.log").read_text(encoding="utf-8")
    assert "error ignored terminating <psycopg.Pipeline [BAD]" in log
