"""brat standoff: a folder out, the same folder back in, every span kept; a span over a line
break is written as fragments; a brat file whose quote does not match is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
from tests.format_samples import HARD_TEXT, expected_spans, hard_document
from tests.helpers import exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def hard(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "first")
    workspace.import_paths([write_json(tmp_path / "hard.json", hard_document())])
    yield workspace
    workspace.close()


def test_brat_folder_round_trip_keeps_every_span_status_and_claimant(
    hard: Workspace, tmp_path: Path, run_cli
) -> None:
    out = tmp_path / "brat"
    result = run_cli("--data-dir", tmp_path / "first", "export", "--format", "brat", "-o", out)
    assert result.code == 0, result.err
    names = sorted(p.name for p in out.iterdir())
    assert "annotation.conf" in names and len([n for n in names if n.endswith(".ann")]) == 2
    assert not list(tmp_path.glob(".brat.*"))  # no partial folder left
    second = new_workspace(tmp_path / "second")
    try:
        report = second.import_paths([out])
        assert not report.refused, report.results[0].line()
        assert "read as brat" in report.results[0].reason
        document = exported(second, tmp_path)
    finally:
        second.close()
    assert expected_spans(document) == expected_spans(hard_document())
    claim = next(a for a in document["articles"] if a["text"] == HARD_TEXT)["claims"][0]
    assert claim["status"] == "false" and claim["claimant"]["name"] == "Rogov"


@pytest.mark.sqlite_only(reason="opens no database")
def test_a_span_over_a_line_break_is_written_as_fragments(tmp_path: Path) -> None:
    from annotator.services.formats.peers.brat import fragments

    text = "Rogov said\nIzium fell."
    assert fragments(text, 0, len(text)) == [(0, 10), (11, 22)]


def test_brat_export_refuses_a_folder_that_holds_files(
    hard: Workspace, tmp_path: Path, run_cli
) -> None:
    out = tmp_path / "taken"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    result = run_cli("--data-dir", tmp_path / "first", "export", "--format", "brat", "-o", out)
    assert result.code == 2 and "writes a new folder" in result.err
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_a_brat_quote_that_does_not_match_is_refused_not_shifted(tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    (folder / "a.txt").write_text("😀 Rogov said so.", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tPERSON 3 8\tRogov\n", encoding="utf-8")  # UTF-16 units
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([folder])
        assert "not shifted" in report.refused[0].reason
        assert workspace.stats().articles == 0
    finally:
        workspace.close()
