"""The command line's messages: readable tables, clear refusals, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
from tests.conftest import SEEDS

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def test_stats_prints_a_readable_table(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    result = run_cli("stats", "--db", db)
    assert result.code == 0
    rows = {line.split()[0]: line.split()[-1] for line in result.out.splitlines() if line.strip()}
    assert rows["Articles"] == "5" and rows["todo"] == "5" and rows["Claims"] == "0"
    assert rows["PERSON"] == "0" and rows["unverified"] == "0"
    as_json = json.loads(run_cli("stats", "--json", "--db", db).out)
    assert as_json["articles_by_status"] == {"todo": 5, "in_progress": 0, "done": 0}


def test_an_unexpected_error_is_one_line_and_a_log_file(
    run_cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0

    def broken(self: Workspace) -> None:
        raise RuntimeError("the statistics service fell over")

    monkeypatch.setattr(Workspace, "stats", broken)
    result = run_cli("stats", "--db", db)
    assert result.code == 3
    (line,) = result.err.strip().splitlines()
    assert "the statistics service fell over" in line and "Traceback" not in result.err
    log_file = Path(line.rsplit("the details are in ", 1)[1])
    assert log_file.is_relative_to(tmp_path)
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "def broken" not in logged and "in broken" in logged


@pytest.mark.sqlite_only(reason="a database file that does not exist yet")
def test_export_refusals(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    missing = run_cli("export", "-o", tmp_path / "x.json", "--db", db)
    assert missing.code == 2 and "no annotator database" in missing.err
    assert not db.exists()
    assert run_cli("import", SEEDS, "--db", db).code == 0
    into_folder = run_cli("export", "-o", tmp_path, "--db", db)
    assert into_folder.code == 2 and "is a folder" in into_folder.err
    nowhere = run_cli("export", "-o", tmp_path / "no" / "such" / "x.json", "--db", db)
    assert nowhere.code == 2 and "does not exist" in nowhere.err


def test_refused_inputs_are_named_on_stderr(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.rtf").write_bytes(b"{\\rtf1 Notes}")
    result = run_cli(
        "import",
        tmp_path / "notes.rtf",
        tmp_path / "absent.txt",
        SEEDS,
        "--db",
        tmp_path / "a.sqlite3",
    )
    assert result.code == 1
    assert f"{tmp_path / 'notes.rtf'}: unsupported file type '.rtf'" in result.err
    assert f"{tmp_path / 'absent.txt'}: no such file or folder" in result.err
    assert "5 new article(s)" in result.out


@pytest.mark.sqlite_only(reason="the files beside a portable SQLite database")
def test_a_portable_database_keeps_everything_beside_it(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--db alone: the data folder is the database's folder (nothing in the user's profile),
    and a command that had nothing to log leaves no logs folder behind."""
    from annotator.paths import resolve_paths

    portable = tmp_path / "stick"
    paths = resolve_paths(db=portable / "work.sqlite3")
    assert {paths.data_dir, paths.backups.parent, paths.logs.parent, paths.settings.parent} == {
        portable
    }

    assert run_cli("import", SEEDS, "--db", portable / "work.sqlite3").code == 0
    names = {p.name for p in portable.iterdir()}
    assert "work.sqlite3" in names
    assert names <= {"work.sqlite3", "work.sqlite3-wal", "work.sqlite3-shm"}, names

    # Refused before anything is opened: the data folder is not even created.
    nothing = tmp_path / "empty"
    refused = run_cli("stats", "--data-dir", nothing)
    assert refused.code == 2 and "no annotator database" in refused.err
    assert not nothing.exists()
