"""The command line under a careless world: a held lock, a reader that stops
early, arguments that are not text, schemes that an import must not wipe."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.storage import sqlite as sqlite_module
from annotator.storage import sqlite_files
from tests.conftest import SEEDS
from tests.engines import cli_arguments
from tests.helpers import dataset_document, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def db(run_cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", path).code == 0
    return path


@pytest.mark.sqlite_only(reason="SQLite's write lock held by another connection")
def test_config_while_another_writer_holds_the_lock_is_a_clear_message(
    run_cli, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 200)  # its own check of the file
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        result = run_cli("config", "organization.name", "Kyiv Fact Check", "--db", db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 2, result.err
    assert "locked" in result.err and "unexpected" not in result.err
    assert run_cli("config", "organization.name", "--db", db).out == ""


def test_stats_into_a_reader_that_stopped_is_not_an_error(db: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator", *cli_arguments(["stats", "--json", "--db", str(db)])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head` that has already read what it wanted
    with process.stderr:
        error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, error
    assert "unexpected" not in error and "Traceback" not in error


@pytest.mark.parametrize(
    "arguments",
    [
        ("config", "organization.name", "Kyiv\udcff"),
        ("config", "organization\udcff", "x"),
        ("export", "-o", "OUT", "--format", "claimreview", "--org-name", "K\udcffC"),
        ("suggest", "--article", "\udcff"),
    ],
)
def test_arguments_that_are_not_utf8_are_refused_by_name(
    run_cli, db: Path, tmp_path: Path, arguments: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    arguments = tuple(str(tmp_path / "out.json") if a == "OUT" else a for a in arguments)
    result = run_cli(*arguments, "--db", db)
    assert result.code == 2, result.err
    assert "not UTF-8" in result.err and "unexpected" not in result.err
    assert not (tmp_path / "out.json").exists()


def test_an_import_never_wipes_the_schemes(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0  # articles, no annotations yet
    document = dataset_document(["Rogov said Izium was taken."], annotate=False)
    document["schemes"] = {
        "entity_types": [{"id": "DRONE", "label": "Drone", "color": "#123456", "shortcut": "1"}],
        "statuses": [],
    }
    result = run_cli("import", "-v", write_json(tmp_path / "d.json", document), "--db", db)
    assert result.code == 0, result.err
    assert "added to the schemes: DRONE" in result.out
    out = tmp_path / "out.json"
    assert run_cli("export", "-o", out, "--db", db).code == 0
    schemes = json.loads(out.read_text(encoding="utf-8"))["schemes"]
    type_ids = [t["id"] for t in schemes["entity_types"]]
    assert len(type_ids) == 12 and "PERSON" in type_ids and "DRONE" in type_ids
    assert len(schemes["statuses"]) == 9
    shortcuts = [t["shortcut"] for t in schemes["entity_types"] if t["shortcut"]]
    assert len(shortcuts) == len(set(shortcuts))


def test_schemes_only_dataset_is_reported_as_what_it_added(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    document = dataset_document(["Rogov said Izium was taken."])
    assert run_cli("import", write_json(tmp_path / "a.json", document), "--db", db).code == 0
    document["schemes"]["statuses"].append(
        {"id": "satire", "label": "Satire", "final": True, "rating_value": None}
    )
    again = run_cli("import", "-v", write_json(tmp_path / "b.json", document), "--db", db)
    assert again.code == 0
    assert (
        "added to the schemes: satire" in again.out and "already in the database" not in again.out
    )
