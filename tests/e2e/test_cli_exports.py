"""Exports for fact-checkers from the real command: config, ClaimReview, CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.services.preferences import KNOWN_PREFERENCES
from tests.conftest import run_annotator_process
from tests.helpers import dataset_document, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

TEXTS = ["Rogov said ten soldiers were eliminated", "Сто бійців загинули, заявив Рогов"]
UNVERIFIED_CLAIM = "00000000-0000-0000-0000-00000000000c"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    document = dataset_document(TEXTS)
    document["articles"][0]["url"] = "https://news.example/1"
    document["articles"][1]["claims"][0]["status"] = "unverified"
    database = tmp_path / "desk.sqlite3"
    imported = run_annotator_process(
        "import", write_json(tmp_path / "d.json", document), "--db", database
    )
    assert imported.code == 0, imported.err
    return database


def test_a_claimreview_export_needs_an_organisation_and_lists_what_it_left_out(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "claimreview.json"
    out.write_text("the previous export", encoding="utf-8")
    refused = run_annotator_process("export", "-o", out, "--format", "claimreview", "--db", db)
    assert refused.code == 2
    assert 'annotator config organization.name "' in refused.err
    assert out.read_text(encoding="utf-8") == "the previous export"  # untouched

    named = run_annotator_process("config", "organization.name", "Kyiv Fact Check", "--db", db)
    assert (named.code, named.out) == (0, "organization.name = Kyiv Fact Check\n"), named.err
    configured = run_annotator_process(
        "--db", db, "config", "organization.url", "https://kfc.example"
    )
    assert configured.code == 0, configured.err
    shown = run_annotator_process("config", "organization.name", "--db", db)
    assert (shown.code, shown.out) == (0, "Kyiv Fact Check\n")

    done = run_annotator_process("export", "-o", out, "--format", "claimreview", "--db", db)
    assert done.code == 0, done.err  # a file with every publishable claim: success
    assert done.err.splitlines() == [
        f'claim {UNVERIFIED_CLAIM} in "Сто": its status "Unverified" is not a final verdict'
    ]
    assert "1 ClaimReview item(s)" in done.out and "1 claim(s) left out" in done.out
    document = json.loads(out.read_text(encoding="utf-8"))
    (item,) = document["@graph"]
    assert item["claimReviewed"] and item["url"] == "https://factcheck.example/1"
    assert item["reviewRating"]["alternateName"] == "False"
    assert item["itemReviewed"]["author"]["name"] == "Rogov"
    assert item["itemReviewed"]["appearance"]["url"] == "https://news.example/1"
    assert item["author"] == {
        "@type": "Organization",
        "name": "Kyiv Fact Check",
        "url": "https://kfc.example",
    }


def test_org_options_override_for_one_export_only(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cr.json"
    done = run_annotator_process(
        "export", "-o", out, "--format", "claimreview", "--org-name", "Guest Desk", "--db", db
    )
    assert done.code == 0, done.err
    (item,) = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert item["author"] == {"@type": "Organization", "name": "Guest Desk"}
    listed = run_annotator_process("config", "--db", db)
    assert listed.code == 0 and "Guest Desk" not in listed.out
    assert "organization.name" in listed.out and "(not set" in listed.out

    bad = run_annotator_process(
        "export",
        "-o",
        out,
        "--format",
        "claimreview",
        "--org-name",
        "X",
        "--org-url",
        "x",
        "--db",
        db,
    )
    assert bad.code == 2 and "organization.url" in bad.err


def test_config_refuses_unknown_keys_and_bad_values(db: Path) -> None:
    unknown = run_annotator_process("config", "organisation.name", "X", "--db", db)
    assert unknown.code == 2 and "unknown setting 'organisation.name'" in unknown.err
    bad_url = run_annotator_process("config", "organization.url", "ftp://x.example", "--db", db)
    assert bad_url.code == 2 and "http:// or https://" in bad_url.err
    listed = run_annotator_process("config", "--db", db)
    assert listed.out.count("(not set") == len(KNOWN_PREFERENCES)  # nothing was stored


def test_a_csv_export_reads_back_with_the_csv_module(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    done = run_annotator_process("export", "-o", out, "--format", "csv", "--db", db)
    assert done.code == 0, done.err
    assert done.err == "" and "exported 2 claims of 2 articles" in done.out
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["quote"], r["claimant"], r["status"]) for r in rows] == [
        (TEXTS[0], "Rogov", "false"),
        (TEXTS[1], "Rogov", "unverified"),
    ]
    assert rows[1]["article_title"] == "Сто" and rows[0]["evidence_urls"] == "https://example.org/a"


def test_the_format_choices_are_the_exporters(db: Path, tmp_path: Path) -> None:
    unknown = run_annotator_process(
        "export", "-o", tmp_path / "x.xml", "--format", "xml", "--db", db
    )
    assert unknown.code == 2
    for name in ("json", "jsonl", "claimreview", "csv"):
        assert name in unknown.err
