"""The fact-checking datasets whole: FEVER's and AVeriTeC's dev sets (generated at their size
from the real records in /work/shared/data/formats, repeated claims and all) import without
a refusal and export back every record with its id and fields; CheckThat! keeps tweet ids."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from annotator.services.workspace import Workspace
from tests.helpers import exported, new_workspace

SAMPLES = Path("/work/shared/data/formats")
pytestmark = [
    pytest.mark.skipif(
        not SAMPLES.is_dir(), reason="the real dataset samples are not on this machine"
    ),
    pytest.mark.both_engines,  # SQLite and PostgreSQL (tests/engines.py)
]
FEVER_RECORDS = 2_000  # paper_dev holds 19,998, 206 claim texts of them twice
AVERITEC_RECORDS = 500  # dev.json holds 500, 6 claim texts twice


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = new_workspace(tmp_path / "db")
    yield opened
    opened.close()


def fever_file(folder: Path, count: int) -> tuple[Path, list[dict[str, Any]]]:
    """A FEVER file of ``count`` records made from the real ones: every tenth claim text is
    asked again under another id (and may carry another label)."""
    lines = (SAMPLES / "fever_paper_test_sample3.jsonl").read_text("utf-8").splitlines()
    real = [json.loads(line) for line in lines]
    records = []
    for number in range(count):
        topic = number - 1 if number % 10 == 9 else number  # a claim text asked twice
        record = copy.deepcopy(real[topic % len(real)])
        record["id"] = 100_000 + number
        record["claim"] = record["claim"].replace(".", f" (case {topic}).")
        records.append(record)
    path = folder / "paper_dev.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path, records


def test_fever_dev_set_imports_whole_with_repeated_claims_and_exports_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    path, records = fever_file(tmp_path, FEVER_RECORDS)
    report = workspace.import_paths([path])
    assert not report.refused, report.results[0].line()
    texts = {r["claim"] for r in records}
    assert len(texts) < len(records)  # the file does repeat claims
    assert report.articles_added == len(texts)
    assert report.results[0].claims == len(records)
    assert f"{len(records) - len(texts)} record(s) hold the same text" in report.results[0].reason
    workspace.export(tmp_path / "back.jsonl", "fever")
    back = [json.loads(line) for line in (tmp_path / "back.jsonl").read_text().splitlines()]
    assert sorted(back, key=lambda r: r["id"]) == records  # every id, label, set, text


def test_fever_evidence_sets_are_kept_whole(workspace: Workspace, tmp_path: Path) -> None:
    report = workspace.import_paths([SAMPLES / "fever_paper_test_sample3.jsonl"])
    assert "evidence set(s) kept as they are" in report.results[0].reason
    claims = {c["quote"]: c for a in exported(workspace, tmp_path)["articles"] for c in a["claims"]}
    ussr = claims["Ukrainian Soviet Socialist Republic was a founding participant of the UN."]
    assert ussr["source_id"] == "163803"
    assert ussr["extra"]["fever"]["evidence"][1] == [
        [298602, 290067, "Ukrainian_Soviet_Socialist_Republic", 7],
        [298602, 290067, "United_Nations", 0],
    ]
    assert {e["url"] for e in ussr["evidence"]} == {
        "https://en.wikipedia.org/wiki/Ukrainian_Soviet_Socialist_Republic",
        "https://en.wikipedia.org/wiki/United_Nations",
    }


def averitec_records(count: int) -> list[dict[str, Any]]:
    """``count`` records made from the real ones, with a Boolean answer, an abstractive one,
    a question left unanswered, and claim texts given twice (with other speakers)."""
    real = json.loads((SAMPLES / "averitec_dev_sample3.json").read_text("utf-8"))
    records = []
    for number in range(count):
        topic = number - 1 if number % 80 == 79 else number
        record = copy.deepcopy(real[topic % len(real)])
        record["claim"] = f"{record['claim']} (case {topic})"
        record["speaker"] = f"{record['speaker']} {number}"
        record["required_reannotation"] = number % 7 == 0
        answer = record["questions"][0]["answers"][0]
        if number % 3 == 1:
            answer.update(answer="No", answer_type="Boolean", boolean_explanation="It did not.")
        elif number % 3 == 2:
            answer["answer_type"] = "Abstractive"
            answer["source_medium"] = "Video"
        if number % 5 == 0:
            record["questions"].append({"question": "Was it ever said?", "answers": []})
        records.append(record)
    return records


def test_averitec_dev_set_imports_whole_and_exports_back_every_field(
    workspace: Workspace, tmp_path: Path
) -> None:
    records = averitec_records(AVERITEC_RECORDS)
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(records, indent=1), "utf-8")
    report = workspace.import_paths([path])
    assert not report.refused, report.results[0].line()
    assert report.results[0].claims == len(records)
    assert report.articles_added == len({r["claim"] for r in records})
    workspace.export(tmp_path / "back.json", "averitec")
    back = json.loads((tmp_path / "back.json").read_text("utf-8"))
    assert back == records  # in the file's order: the position is AVeriTeC's claim id


def test_averitec_boolean_answers_and_their_explanations_are_kept_apart(
    workspace: Workspace, tmp_path: Path
) -> None:
    (record,) = averitec_records(2)[1:]
    path = tmp_path / "one.json"
    path.write_text(json.dumps([record]), "utf-8")
    workspace.import_paths([path])
    (article,) = exported(workspace, tmp_path)["articles"]
    (claim,) = article["claims"]
    assert claim["evidence"][0]["excerpt"] == "No (It did not.)"  # shown whole in the window
    answer = claim["extra"]["averitec"]["questions"][0]["answers"][0]
    assert (answer["answer_type"], answer["boolean_explanation"]) == ("Boolean", "It did not.")


def test_averitec_two_claims_of_one_restatement_export_and_import_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    records = averitec_records(2)
    records[1]["claim"] = records[0]["claim"]
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(records), "utf-8")
    workspace.import_paths([path])
    workspace.export(tmp_path / "back.json", "averitec")
    second = new_workspace(tmp_path / "second")
    try:
        report = second.import_paths([tmp_path / "back.json"])
        assert not report.refused, report.results[0].line()
        assert (report.articles_added, report.results[0].claims) == (1, 2)
    finally:
        second.close()


def test_checkthat_tweets_keep_their_ids_topics_and_rows(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = SAMPLES / "checkthat2020_task1_tweets_sample3.tsv"
    workspace.import_paths([source])
    workspace.export(tmp_path / "back.tsv", "checkthat")
    assert sorted((tmp_path / "back.tsv").read_text("utf-8").splitlines()) == sorted(
        source.read_text("utf-8").splitlines()
    )
    ids = {a["source_id"] for a in exported(workspace, tmp_path)["articles"]}
    assert ids == {"1235714275752267776", "1235256530728972290", "1235648554338791427"}


def test_checkthat_debate_lines_export_back_as_debate_lines(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = SAMPLES / "checkthat2020_task5_debate_sample.tsv"
    workspace.import_paths([source])
    workspace.export(tmp_path / "back.tsv", "checkthat")
    assert (tmp_path / "back.tsv").read_text("utf-8") == source.read_text("utf-8")


def test_claims_anchored_in_an_article_the_file_also_brings_join_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    longer = {"id": 1, "label": "SUPPORTS", "claim": "Izium fell. Kharkiv held.", "evidence": []}
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(longer) + "\n", "utf-8")
    workspace.import_paths([first])
    inside = {"id": 2, "label": "REFUTES", "claim": "Izium fell.", "evidence": []}
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps(longer) + "\n" + json.dumps(inside) + "\n", "utf-8")
    report = workspace.import_paths([second])
    assert not report.refused, report.results[0].line()
    assert "1 claim(s) anchored" in report.results[0].reason
    (article,) = exported(workspace, tmp_path)["articles"]
    assert sorted(c["quote"] for c in article["claims"]) == [
        "Izium fell.",
        "Izium fell. Kharkiv held.",
    ]


def test_a_claim_is_anchored_the_same_way_on_every_import(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A claim the index cannot look up (no word in it) is never anchored, even where
    another claim's look-up brings an article that holds it: the next import of the file
    would place it elsewhere than this one."""
    later = tmp_path / "later.txt"
    later.write_text("A report quotes } and says Izium fell.\n", "utf-8")
    workspace.import_paths([later])
    fever = tmp_path / "claims.jsonl"
    lines = [{"id": 3, "label": "REFUTES", "claim": "}"},
             {"id": 4, "label": "SUPPORTS", "claim": "Izium fell."}]  # fmt: skip
    fever.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    first = workspace.import_paths([fever])
    assert "1 claim(s) anchored" in first.results[0].reason  # Izium fell., not }
    again = workspace.import_paths([fever])
    assert not again.refused, again.results[0].line()
    assert again.duplicates == 1
