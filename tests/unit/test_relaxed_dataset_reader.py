"""A format-v1 dataset written by another program: optional keys missing or null take their
defaults; the export after it is complete and valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.services.importing.dataset_reading import parse_dataset_file
from tests.helpers import exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

TEXT = "Rogov 😀 said Izium\u2028fell."


def _minimal() -> dict:
    return {
        "format": "factcheck-annotator/dataset",
        "format_version": 1,
        "articles": [
            {
                "id": "a1",
                "title": "From another tool",
                "text": TEXT,
                "mentions": [
                    {"id": "m1", "start": 0, "end": 5, "quote": "Rogov", "type": "PERSON"}
                ],
                "claims": [
                    {
                        "id": "c1",
                        "start": 8,
                        "end": 24,
                        "quote": TEXT[8:24],
                        "status": "false",
                        "review": None,
                        "claimant": {"name": "Rogov"},
                        "justification": None,
                        "evidence": [
                            {
                                "id": "e1",
                                "url": "https://example.org",
                                "excerpt": None,
                                "title": None,
                            }
                        ],
                    }
                ],
            }
        ],
    }


def test_missing_and_null_optional_keys_take_their_defaults(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([write_json(tmp_path / "other.json", _minimal())])
        assert not report.refused, report.results[0].line()
        document = exported(workspace, tmp_path)  # valid against the strict schema
    finally:
        workspace.close()
    (article,) = document["articles"]
    assert article["language"] == "und" and article["authors"] == []
    (claim,) = article["claims"]
    assert claim["review"] == {"url": None, "published_at": None}
    assert claim["claimant"] == {"name": "Rogov", "entity_id": None}
    assert claim["justification"] == "" and claim["tags"] == []
    assert claim["evidence"][0]["excerpt"] == "" and claim["evidence"][0]["stance"] == "neutral"
    assert article["mentions"][0]["origin"] == "import"


def test_the_relaxed_jsonl_reader_fills_defaults_too(tmp_path: Path) -> None:
    minimal = _minimal()
    articles = minimal.pop("articles")
    path = tmp_path / "other.jsonl"
    path.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in [minimal, *articles]) + "\n",
        encoding="utf-8",
    )
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([path])
        assert not report.refused, report.results[0].line()
        assert workspace.stats().claims == 1
    finally:
        workspace.close()


def test_a_missing_required_key_is_still_refused(tmp_path: Path) -> None:
    document = _minimal()
    del document["articles"][0]["mentions"][0]["type"]
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([write_json(tmp_path / "bad.json", document)])
        assert "type" in report.refused[0].reason
        assert workspace.stats().articles == 0
    finally:
        workspace.close()


@pytest.mark.sqlite_only(reason="opens no database")
def test_a_list_that_is_not_a_list_is_named_by_the_schema_not_a_crash(tmp_path: Path) -> None:
    """Found by the fuzz test: "claims": true once ended in exit 3 before the schema check."""
    document = {
        "format": "factcheck-annotator/dataset",
        "format_version": 1,
        "articles": [
            {"id": "a", "title": "T", "text": "Some text.", "mentions": 7, "claims": True}
        ],
    }
    with pytest.raises(InputRefused, match=r"claims|mentions"):
        parse_dataset_file(json.dumps(document).encode(), False, "2026-12-01T00:00:00Z")
