"""doccano, Label Studio and W3C: export the hard dataset, import the file into an empty
database, export again: every span is kept at the same code-point offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
from tests.format_samples import CLAIM, HARD_TEXT, expected_spans, hard_document
from tests.helpers import exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def hard(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "first")
    report = workspace.import_paths([write_json(tmp_path / "hard.json", hard_document())])
    assert not report.refused, report.results[0].line()
    yield workspace
    workspace.close()


def _round_trip(hard: Workspace, tmp_path: Path, name: str, format_: str) -> dict:
    target = tmp_path / name
    hard.export(target, format_)
    second = new_workspace(tmp_path / "second")
    try:
        report = second.import_paths([target])
        assert not report.refused, report.results[0].line()
        assert f"read as {format_}" in report.results[0].reason
        again = second.import_paths([target])
        assert again.articles_added == 0 and again.duplicates == 1  # nothing added twice
        return exported(second, tmp_path)
    finally:
        second.close()


@pytest.mark.parametrize(
    ("name", "format_"),
    [("out.jsonl", "doccano"), ("tasks.json", "labelstudio"), ("anno.jsonld", "w3c")],
)
def test_export_import_export_keeps_every_span(
    hard: Workspace, tmp_path: Path, name: str, format_: str
) -> None:
    document = _round_trip(hard, tmp_path, name, format_)
    assert expected_spans(document) == expected_spans(hard_document())
    article = next(a for a in document["articles"] if a["text"] == HARD_TEXT)
    claim = article["claims"][0]
    assert claim["quote"] == CLAIM
    assert claim["status"] == "false" and claim["claimant"]["name"] == "Rogov"


def test_doccano_lines_hold_code_point_offsets(hard: Workspace, tmp_path: Path) -> None:
    hard.export(tmp_path / "d.jsonl", "doccano")
    # split on LF only: splitlines() would also split the text's U+2028
    raw = (tmp_path / "d.jsonl").read_text("utf-8").split("\n")
    lines = [json.loads(x) for x in raw if x]
    line = next(x for x in lines if x["text"] == HARD_TEXT)
    for start, end, label in line["label"]:
        assert label in {"CLAIM", "NORP", "PERSON", "GPE", "MIL_UNIT", "ORG"}
        assert HARD_TEXT[start:end].strip() == HARD_TEXT[start:end]
    assert [HARD_TEXT.index("Rogov"), HARD_TEXT.index("Rogov") + 5, "PERSON"] in line["label"]


def test_a_doccano_file_written_by_doccano_imports(tmp_path: Path) -> None:
    text = "Rogov 🇺🇦 said Izium fell."
    rogov, izium = (0, 5), (text.index("Izium"), text.index("Izium") + 5)
    source = tmp_path / "admin.jsonl"
    source.write_text(
        json.dumps({"id": 7, "text": text, "label": [[*rogov, "PERSON"], [*izium, "CITY"]]})
        + "\n"
        + json.dumps(
            {
                "id": 8,
                "text": "Second 😀 text",
                "entities": [{"id": 1, "label": "ORG", "start_offset": 9, "end_offset": 13}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([source])
        assert not report.refused, report.results[0].line()
        document = exported(workspace, tmp_path)
    finally:
        workspace.close()
    spans = {(m["quote"], m["type"]) for a in document["articles"] for m in a["mentions"]}
    assert spans == {("Rogov", "PERSON"), ("Izium", "CITY"), ("text", "ORG")}
    assert "CITY" in {t["id"] for t in document["schemes"]["entity_types"]}


def test_a_doccano_span_outside_its_text_is_refused_and_nothing_stored(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps({"text": "short", "label": [[2, 40, "PERSON"]]}) + "\n")
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([source], from_format="doccano")
        assert "line 1: span 2–40 (PERSON) lies outside its text" in report.refused[0].reason
        assert workspace.stats().articles == 0
    finally:
        workspace.close()


def test_labelstudio_one_annotation_per_annotator_and_a_config(
    hard: Workspace, tmp_path: Path
) -> None:
    hard.export(tmp_path / "tasks.json", "labelstudio")
    tasks = json.loads((tmp_path / "tasks.json").read_text("utf-8"))
    task = next(t for t in tasks if t["data"]["text"] == HARD_TEXT)
    assert sorted(a["completed_by"] for a in task["annotations"]) == ["Olena", "Taras"]
    for annotation in task["annotations"]:
        for result in annotation["result"]:
            value = result["value"]
            assert HARD_TEXT[value["start"] : value["end"]] == value["text"]
    config = (tmp_path / "tasks.xml").read_text("utf-8")
    assert '<Label value="CLAIM"/>' in config and '<Label value="MIL_UNIT"/>' in config


def test_labelstudio_predictions_import_as_suggestions_and_other_results_are_reported(
    tmp_path: Path,
) -> None:
    text = "Rogov 👩🏽‍💻 said so."
    tasks = [
        {
            "id": 1,
            "data": {"text": text},
            "annotations": [
                {
                    "completed_by": {"email": "a@example.org"},
                    "result": [
                        {"type": "choices", "value": {"choices": ["x"]}},
                        {
                            "type": "labels",
                            "value": {"start": 0, "end": 5, "text": "Rogov", "labels": ["PERSON"]},
                        },
                    ],
                }
            ],
            "predictions": [
                {
                    "model_version": "m1",
                    "result": [
                        {
                            "type": "labels",
                            "value": {"start": 11, "end": 15, "text": "said", "labels": ["EVENT"]},
                        }
                    ],
                }
            ],
        }
    ]
    assert text[11:15] == "said"
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([write_json(tmp_path / "ls.json", tasks)])
        assert "1 result(s) of type 'choices' kept as extra data" in report.results[0].reason
        document = exported(workspace, tmp_path)
    finally:
        workspace.close()
    origins = {m["quote"]: m["origin"] for m in document["articles"][0]["mentions"]}
    assert origins == {"Rogov": "import", "said": "suggestion"}


def test_labelstudio_result_whose_text_does_not_match_is_refused_not_shifted(
    tmp_path: Path,
) -> None:
    text = "😀 Rogov said so."  # a UTF-16 converter would say Rogov is at 3–8
    tasks = [
        {
            "data": {"text": text},
            "annotations": [
                {
                    "result": [
                        {
                            "id": "r1",
                            "type": "labels",
                            "value": {"start": 3, "end": 8, "text": "Rogov", "labels": ["PERSON"]},
                        }
                    ]
                }
            ],
        }
    ]
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([write_json(tmp_path / "ls.json", tasks)])
        assert "nothing was shifted" in report.refused[0].reason
        assert workspace.stats().articles == 0
    finally:
        workspace.close()


def test_labelstudio_tasks_named_xml_keep_their_config_beside_them(
    hard: Workspace, tmp_path: Path
) -> None:
    hard.export(tmp_path / "tasks.xml", "labelstudio")
    assert json.loads((tmp_path / "tasks.xml").read_text("utf-8"))[0]["data"]["text"]
    assert (tmp_path / "tasks.xml.xml").read_text("utf-8").startswith("<View>")
