"""Exports: valid against the schema, atomic, streamed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain.errors import AnnotatorError
from annotator.services.exporting.exporter import ExportCancelled
from annotator.services.formats.schema import validate
from annotator.services.workspace import Workspace
from tests.conftest import SEEDS
from tests.helpers import dataset_document, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = new_workspace(tmp_path / "data")
    ws.import_paths([SEEDS, write_json(tmp_path / "d.json", dataset_document(["Rogov 😀"]))])
    yield ws
    ws.close()


def test_json_and_jsonl_exports_are_valid(workspace: Workspace, tmp_path: Path) -> None:
    workspace.export(tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    validate(document)
    assert len(document["articles"]) == 6
    workspace.export(tmp_path / "a.jsonl", "jsonl")
    header, *articles = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    validate(json.loads(header), "header")
    for line in articles:
        validate(json.loads(line), "article")
    assert [json.loads(line) for line in articles] == document["articles"]


def test_the_schema_rejects_what_breaks_the_contract(workspace: Workspace, tmp_path: Path) -> None:
    workspace.export(tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    del document["articles"][0]["text_sha256"]
    with pytest.raises(AnnotatorError, match="text_sha256"):
        validate(document)


def test_a_cancelled_export_leaves_the_previous_file_and_no_partial_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "dataset.json"
    target.write_text("previous export", encoding="utf-8")
    calls = []

    def cancel_after_two() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        workspace.export(target, cancelled=cancel_after_two)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json", "data", "dataset.json"]


def test_progress_is_reported_per_article(workspace: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    summary = workspace.export(tmp_path / "p.json", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, 6) for i in range(1, 7)]
    assert (summary.articles, summary.mentions, summary.claims) == (6, 1, 1)


def test_an_unknown_format_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(AnnotatorError, match="unknown export format"):
        workspace.export(tmp_path / "x.xml", "xml")
    assert not (tmp_path / "x.xml").exists()


def _export_peak(tmp_path: Path, articles: int) -> int:
    import tracemalloc

    folder = tmp_path / f"in-{articles}"
    folder.mkdir()
    for i in range(articles):
        (folder / f"{i:05d}.txt").write_text(
            f"Report {i}\n" + "Izium, Kharkiv 😀. " * 150, encoding="utf-8"
        )
    workspace = new_workspace(tmp_path / f"db-{articles}")
    try:
        assert workspace.import_paths([folder]).articles_added == articles
        workspace.export(tmp_path / "warm-up.json")  # imports and caches out of the measure
        tracemalloc.start()
        workspace.export(tmp_path / f"out-{articles}.json")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        workspace.close()
    return peak


def test_export_memory_does_not_grow_with_the_collection(tmp_path: Path) -> None:
    small, large = _export_peak(tmp_path, 250), _export_peak(tmp_path, 2500)
    # Ten times the articles (about 7 MB of text) must not need ten times the memory: the
    # export holds one batch at a time.
    assert large < 2 * small, f"peak {small} bytes for 250 articles, {large} for 2,500"
