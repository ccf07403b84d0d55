"""The adjudicated layer from the command line, and export by layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.formats.schema import validate
from tests.helpers import new_workspace, without_export_time
from tests.team_fixture import OLENA, PETRO, write_exports

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def team_db(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    workspace = new_workspace(data)
    try:
        workspace.import_paths(write_exports(tmp_path / "usb"))
    finally:
        workspace.close()
    return data


def read(path: Path) -> dict:
    document = json.loads(path.read_text(encoding="utf-8"))
    validate(document)
    return document


def spans(document: dict) -> list[dict]:
    return [s for a in document["articles"] for s in [*a["mentions"], *a["claims"]]]


def test_agreed_annotations_are_accepted_once_and_the_rest_counted(team_db, run_cli) -> None:
    first = run_cli("adjudicate", "--agreed", "--as", "Maria", "--data-dir", team_db)
    assert first.code == 0, first.err
    # Agreed: Rogov, Kharkiv, Norway (mentions); "Rogov said…" false, "Norway…" true (claims).
    # Disputed: Izium (GPE/LOC), "Monday" and "on Monday", "Kharkiv denied it." (true/false),
    # "Izium fell." (Petro only).
    assert first.out.strip() == (
        "accepted 5 agreed annotation(s) as Maria (3 mentions, 2 claims); 5 remain disputed"
    )
    again = run_cli("adjudicate", "--agreed", "--as", "Maria", "--data-dir", team_db)
    assert again.out.strip() == (
        "accepted 0 agreed annotation(s) as Maria (0 mentions, 0 claims); 5 remain disputed; "
        "5 adjudicated before"
    )


def test_layer_adjudicated_exports_exactly_the_accepted_annotations(
    team_db: Path, run_cli, tmp_path: Path
) -> None:
    assert run_cli("adjudicate", "--agreed", "--as", "Maria", "--data-dir", team_db).code == 0
    out = tmp_path / "gold.json"
    result = run_cli("export", "--layer", "adjudicated", "-o", out, "--data-dir", team_db)
    assert result.code == 0, result.err
    gold = read(out)
    maria = next(a["id"] for a in gold["annotators"] if a["name"] == "Maria")
    everyone = read_all(run_cli, team_db, tmp_path)
    by_id = {s["id"]: s for s in spans(everyone)}
    found = sorted((s["quote"], s.get("type") or s["status"]) for s in spans(gold))
    assert found == [
        ("Kharkiv", "GPE"),
        ("Norway", "GPE"),
        ("Norway sent aid on Monday.", "true"),
        ("Rogov", "PERSON"),
        ("Rogov said Izium fell.", "false"),
    ]
    for span in spans(gold):
        assert span["origin"] == "adjudicated"
        assert span["created_by"] == maria
        sources = [by_id[i] for i in span["adjudicated_from"]]
        assert sorted(s["created_by"] for s in sources) == sorted([OLENA.id, PETRO.id])
        assert all((s["start"], s["end"]) == (span["start"], span["end"]) for s in sources)


def read_all(run_cli, data: Path, folder: Path) -> dict:
    target = folder / "all.json"
    assert run_cli("export", "-o", target, "--data-dir", data).code == 0
    return read(target)


def test_one_annotators_layer_holds_only_their_own(team_db: Path, run_cli, tmp_path) -> None:
    run_cli("adjudicate", "--agreed", "--as", "Olena", "--data-dir", team_db)
    out = tmp_path / "olena.json"
    assert run_cli("export", "--layer", "olena", "-o", out, "--data-dir", team_db).code == 0
    mine = spans(read(out))
    # Olena is also the editor here: her adjudicated spans are not her own layer.
    assert len(mine) == 8
    assert {(s["created_by"], s["origin"]) for s in mine} == {(OLENA.id, "manual")}


def test_an_unknown_layer_is_refused_naming_the_annotators(team_db, run_cli, tmp_path) -> None:
    out = tmp_path / "x.json"
    result = run_cli("export", "--layer", "Mykola", "-o", out, "--data-dir", team_db)
    assert result.code == 2
    assert "known annotators: Olena, Petro" in result.err
    assert not out.exists()


def test_the_adjudicated_layer_survives_a_round_trip(team_db, run_cli, tmp_path) -> None:
    run_cli("adjudicate", "--agreed", "--as", "Maria", "--data-dir", team_db)
    first = read_all(run_cli, team_db, tmp_path)
    assert any("adjudicated_from" in s for s in spans(first))
    assert all("adjudicated_from" not in s for s in spans(first) if s["origin"] == "manual")
    copy = tmp_path / "copy"
    assert run_cli("import", tmp_path / "all.json", "--data-dir", copy).code == 0
    second = read_all(run_cli, copy, tmp_path / "copy")
    assert without_export_time(second) == without_export_time(first)


def test_adjudicate_with_one_annotator_is_refused(team_db, run_cli) -> None:
    result = run_cli(
        "adjudicate", "--agreed", "--as", "Maria", "--annotator", "Olena", "--data-dir", team_db
    )
    assert result.code == 2
    assert "at least two" in result.err
    stats = run_cli("stats", "--json", "--data-dir", team_db)
    assert json.loads(stats.out)["annotators"] == 2  # the editor was not recorded
