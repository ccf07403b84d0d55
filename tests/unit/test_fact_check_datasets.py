"""The field's fact-checking datasets: real AVeriTeC, FEVER and CheckThat! records (samples in
/work/shared/data/formats/) import with claimant, date, status and evidence; what the mapping
loses is said in the import report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import exported, new_workspace

SAMPLES = Path("/work/shared/data/formats")
pytestmark = [
    pytest.mark.skipif(
        not SAMPLES.is_dir(), reason="the real dataset samples are not on this machine"
    ),
    pytest.mark.both_engines,  # SQLite and PostgreSQL (tests/engines.py)
]


def _import(tmp_path: Path, name: str) -> tuple[dict, str]:
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([SAMPLES / name])
        assert not report.refused, report.results[0].line()
        again = workspace.import_paths([SAMPLES / name])
        assert again.duplicates == 1  # importing the same file twice adds nothing
        return exported(workspace, tmp_path), report.results[0].reason
    finally:
        workspace.close()


def _claims(document: dict) -> dict[str, dict]:
    return {c["quote"]: c for a in document["articles"] for c in a["claims"]}


def test_averitec_claims_import_with_claimant_date_status_and_evidence(tmp_path: Path) -> None:
    document, reason = _import(tmp_path, "averitec_dev_sample3.json")
    assert "read as averitec" in reason and "no stance" in reason
    claims = _claims(document)
    assert len(claims) == 3
    masks = claims["Wearing face masks will stop the spread of covid 19"]
    assert masks["claimant"]["name"] == "Yinon Weiss"
    assert masks["claim_date"] == "2020-10-29"
    assert masks["status"] == "true"
    assert masks["justification"].startswith("From the question and answer pair")
    assert masks["review"]["url"].startswith("https://web.archive.org/")
    (evidence, *_) = masks["evidence"]
    assert evidence["title"] == "Does a face mask prevent the spread of Covid 19?"
    assert evidence["url"].startswith("https://www.ox.ac.uk/news/")
    assert evidence["excerpt"].startswith("Cloth face coverings")
    statuses = sorted(c["status"] for c in claims.values())
    assert statuses == ["false", "misleading", "true"]
    article = next(
        a
        for a in document["articles"]
        if a["claims"][0] is not None and a["claims"][0]["quote"] == masks["quote"]
    )
    assert article["text"] == masks["quote"] and article["publisher"] == "The Federalist"


def test_averitec_export_writes_back_the_original_labels_and_dates(tmp_path: Path) -> None:
    source = json.loads((SAMPLES / "averitec_dev_sample3.json").read_text(encoding="utf-8"))
    workspace = new_workspace(tmp_path / "db")
    try:
        workspace.import_paths([SAMPLES / "averitec_dev_sample3.json"])
        workspace.export(tmp_path / "back.json", "averitec")
    finally:
        workspace.close()
    back = {r["claim"]: r for r in json.loads((tmp_path / "back.json").read_text("utf-8"))}
    for record in source:
        mine = back[record["claim"]]
        for key in (
            "label",
            "speaker",
            "claim_date",
            "justification",
            "fact_checking_article",
            "original_claim_url",
            "reporting_source",
            "claim_types",
            "fact_checking_strategies",
            "location_ISO_code",
        ):
            assert mine[key] == record[key], key
        assert [q["question"] for q in mine["questions"]] == [
            q["question"] for q in record["questions"]
        ]


def test_fever_claims_import_with_status_and_evidence_sets_reported(tmp_path: Path) -> None:
    document, reason = _import(tmp_path, "fever_paper_test_sample3.jsonl")
    assert "read as fever" in reason and "evidence set(s) kept as they are" in reason
    claims = _claims(document)
    ussr = claims["Ukrainian Soviet Socialist Republic was a founding participant of the UN."]
    assert ussr["status"] == "true"
    assert {e["url"] for e in ussr["evidence"]} == {
        "https://en.wikipedia.org/wiki/Ukrainian_Soviet_Socialist_Republic",
        "https://en.wikipedia.org/wiki/United_Nations",
    }
    assert {e["stance"] for e in ussr["evidence"]} == {"supports"}
    assert claims["The New Jersey Turnpike has zero shoulders."]["status"] == "false"
    grease = claims["Grease had bad reviews."]
    assert grease["status"] == "unproven" and grease["evidence"] == []


def test_checkthat_tweets_import_as_claims_with_checkworthy(tmp_path: Path) -> None:
    document, reason = _import(tmp_path, "checkthat2020_task1_tweets_sample3.tsv")
    assert "read as checkthat" in reason
    assert len(document["articles"]) == 3
    worthy = {
        a["url"].rsplit("/", 1)[1]: [c["checkworthy"] for c in a["claims"]]
        for a in document["articles"]
    }
    assert worthy == {
        "1235714275752267776": [True],
        "1235256530728972290": [False],
        "1235648554338791427": [],
    }


def test_checkthat_debate_lines_import_with_speaker_and_checkworthy_claims(tmp_path: Path) -> None:
    document, _ = _import(tmp_path, "checkthat2020_task5_debate_sample.tsv")
    (article,) = document["articles"]
    assert article["text"].startswith("COOPER: Why would you get the nomination?\nKASICH:")
    (claim,) = article["claims"]
    assert claim["quote"].startswith("First of all, in virtually every national poll")
    assert claim["claimant"]["name"] == "KASICH" and claim["checkworthy"] is True
    assert article["text"][claim["start"] : claim["end"]] == claim["quote"]


def test_checkthat_export_reads_back(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "db")
    try:
        workspace.import_paths([SAMPLES / "checkthat2020_task1_tweets_sample3.tsv"])
        workspace.export(tmp_path / "out.tsv")  # the extension decides: checkthat
    finally:
        workspace.close()
    lines = (tmp_path / "out.tsv").read_text("utf-8").split("\n")
    assert lines[0].split("\t") == [
        "topic_id",
        "tweet_id",
        "tweet_url",
        "tweet_text",
        "claim",
        "check_worthiness",
    ]
    # every tweet goes back, the one without a claim too
    assert sorted(line.split("\t")[-1] for line in lines[1:] if line) == ["0", "0", "1"]


def test_an_averitec_claim_lands_in_the_article_that_holds_its_text(tmp_path: Path) -> None:
    claim = "Wearing face masks will stop the spread of covid 19"
    article = tmp_path / "article.txt"
    article.write_text(f"Masks 😀\n\nA post said: {claim}. Experts disagree.\n", "utf-8")
    workspace = new_workspace(tmp_path / "db")
    try:
        workspace.import_paths([article])
        report = workspace.import_paths([SAMPLES / "averitec_dev_sample3.json"])
        assert "1 claim(s) anchored" in report.results[0].reason
        document = exported(workspace, tmp_path)
    finally:
        workspace.close()
    assert len(document["articles"]) == 3  # the article and two short ones, not four
    holder = next(a for a in document["articles"] if a["source"] == "article.txt")
    (found,) = holder["claims"]
    assert holder["text"][found["start"] : found["end"]] == claim == found["quote"]
    assert found["claimant"]["name"] == "Yinon Weiss" and found["status"] == "true"
