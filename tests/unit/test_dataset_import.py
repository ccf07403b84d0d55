"""Importing datasets: lossless, idempotent, ids kept, nothing shifted or silently mixed."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from annotator.domain.text import text_sha256
from annotator.services.importing.import_report import Outcome
from annotator.services.workspace import Workspace
from tests.helpers import dataset_document, exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = new_workspace(tmp_path / "data")
    yield ws
    ws.close()


def import_file(workspace: Workspace, path: Path):  # type: ignore[no-untyped-def]
    (result,) = workspace.import_paths([path]).results
    return result


def test_a_dataset_adds_its_annotations_to_an_article_with_the_same_text(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = "Rogov said Izium fell on Monday.\n"
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    assert import_file(workspace, tmp_path / "plain.txt").outcome is Outcome.IMPORTED
    document = dataset_document([text])
    result = import_file(workspace, write_json(tmp_path / "d.json", document))
    assert (result.outcome, result.articles, result.mentions, result.claims) == (
        Outcome.IMPORTED,
        0,
        1,
        1,
    )
    (article,) = exported(workspace, tmp_path)["articles"]
    assert article["source"] == "plain.txt"  # the article already there is kept ...
    assert article["mentions"][0]["id"] == document["articles"][0]["mentions"][0]["id"]
    assert article["mentions"][0]["quote"] == "Monday."  # ... and the spans read the same


def test_importing_a_dataset_again_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write_json(tmp_path / "d.json", dataset_document(["One Rogov", "Two Izium"]))
    assert import_file(workspace, path).outcome is Outcome.IMPORTED
    first = exported(workspace, tmp_path, "a.json")
    assert import_file(workspace, path).outcome is Outcome.DUPLICATE
    second = exported(workspace, tmp_path, "b.json")
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_a_jsonl_export_imports_like_the_json_one(workspace: Workspace, tmp_path: Path) -> None:
    assert (
        import_file(
            workspace,
            write_json(
                tmp_path / "d.json", dataset_document(["Emoji 😀 then Rogov", "Plain Izium"])
            ),
        ).articles
        == 2
    )
    workspace.export(tmp_path / "out.jsonl", "jsonl")
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["format"] == "factcheck-annotator/dataset"
    assert "articles" not in json.loads(lines[0]) and len(lines) == 3

    other = new_workspace(tmp_path / "other")
    try:
        result = import_file(other, tmp_path / "out.jsonl")
        assert (result.articles, result.mentions, result.claims) == (2, 2, 2)
        mine, theirs = exported(workspace, tmp_path, "m.json"), exported(other, tmp_path, "t.json")
        mine.pop("exported_at"), theirs.pop("exported_at")
        assert mine == theirs
    finally:
        other.close()


def test_the_dataset_schemes_come_along_into_an_empty_database(
    workspace: Workspace, tmp_path: Path
) -> None:
    document = dataset_document(["Rogov"])
    document["schemes"]["entity_types"].append(
        {"id": "DRONE", "label": "Drone", "color": "#123456", "shortcut": None}
    )
    document["schemes"]["statuses"][0]["label"] = "Not yet checked"
    import_file(workspace, write_json(tmp_path / "d.json", document))
    schemes = exported(workspace, tmp_path)["schemes"]
    assert schemes == document["schemes"]


def test_an_annotated_database_keeps_its_own_scheme_definitions(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_file(workspace, write_json(tmp_path / "a.json", dataset_document(["First Rogov"])))
    other = dataset_document(["Second Izium"])
    other["articles"][0]["id"] = "b0000000-0000-0000-0000-000000000000"
    for item in other["articles"][0]["mentions"] + other["articles"][0]["claims"]:
        item["id"] = "b" + item["id"][1:]
    for evidence in other["articles"][0]["claims"][0]["evidence"]:
        evidence["id"] = "b" + evidence["id"][1:]
    other["articles"][0]["claims"][0]["mention_ids"] = [other["articles"][0]["mentions"][0]["id"]]
    other["schemes"]["entity_types"][0]["label"] = "Human"
    other["schemes"]["entity_types"].append(
        {"id": "DRONE", "label": "Drone", "color": "#123456", "shortcut": "1"}
    )
    result = import_file(workspace, write_json(tmp_path / "b.json", other))
    assert result.outcome is Outcome.IMPORTED
    assert "kept this database's definition of entity type PERSON" in result.reason
    assert "without its shortcut 1" in result.reason
    types = {t["id"]: t for t in exported(workspace, tmp_path)["schemes"]["entity_types"]}
    assert types["PERSON"]["label"] == "Person" and types["DRONE"]["shortcut"] is None


@pytest.mark.parametrize(
    ("break_it", "reason"),
    [
        (lambda d: d["articles"][0].update(text="CRLF\r\nText Rogov"), "not in canonical form"),
        (lambda d: d["articles"][0].update(text_sha256="0" * 64), "text_sha256 does not match"),
        (lambda d: d["articles"][0]["mentions"][0].update(type="ALIEN"), "unknown entity type"),
        (lambda d: d["articles"][0]["claims"][0].update(status="maybe"), "unknown status"),
        (lambda d: d["articles"][0]["claims"][0].update(mention_ids=["nope"]), "links mention"),
        (lambda d: d["articles"][0]["mentions"][0].update(entity_id="ghost"), "unknown entity"),
        (lambda d: d["articles"][1].update(id=d["articles"][0]["id"]), "used twice"),
        (lambda d: d["articles"][0]["claims"][0].update(created_at="yesterday"), "created_at"),
        (lambda d: d.update(format_version=2), "format version 2"),
        (lambda d: d.update(format="something/else"), "not a Fact-Check Annotator dataset"),
    ],
)
def test_a_broken_dataset_is_refused_whole_and_changes_nothing(
    workspace: Workspace,
    tmp_path: Path,
    break_it,
    reason: str,  # type: ignore[no-untyped-def]
) -> None:
    good = dataset_document(["A fine article about Rogov", "Another one about Izium"])
    broken = copy.deepcopy(good)
    broken["articles"][0]["text_sha256"] = text_sha256(broken["articles"][0]["text"])
    break_it(broken)
    before = exported(workspace, tmp_path, "before.json")
    result = import_file(workspace, write_json(tmp_path / "broken.json", broken))
    assert result.outcome is Outcome.REFUSED
    assert reason in result.reason
    after = exported(workspace, tmp_path, "after.json")
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_an_article_id_already_used_for_another_text_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_file(workspace, write_json(tmp_path / "a.json", dataset_document(["Original text"])))
    clash = dataset_document(["A different text"], annotate=False)
    result = import_file(workspace, write_json(tmp_path / "b.json", clash))
    assert result.outcome is Outcome.REFUSED and "different text" in result.reason
