"""CSV export of the claims: one row per claim that a spreadsheet and the csv module read right."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest

from annotator.services.exporting.exporter import ExportCancelled
from annotator.services.formats.claims_csv import COLUMNS
from annotator.services.workspace import Workspace
from tests.helpers import dataset_document, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

TEXTS = [
    "Сто бійців 3-ї окремої штурмової бригади загинули, заявив Рогов",
    "Rogov said Izium fell",
    "An article without claims",
]
JUSTIFICATION = 'First paragraph, with "quotes", commas;\nsecond line.\r\n\nThird, after a gap.'


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    document = dataset_document(TEXTS)
    first, second, third = document["articles"]
    first.update(title="Сто бійців", url="https://news.example/uk/1")
    claim = first["claims"][0]
    claim.update(justification=JUSTIFICATION, tags=["casualties", "Ізюм"])
    claim["evidence"].append(
        {**claim["evidence"][0], "id": str(uuid.uuid4()), "url": "https://example.org/б"}
    )
    second["claims"][0].update(status="unverified", claim_reviewed=None)
    second["claims"][0]["claimant"] = {"name": None, "entity_id": None}
    second["claims"][0]["review"] = {"url": None, "published_at": None}
    third["claims"] = []
    ws = new_workspace(tmp_path / "data")
    ws.import_paths([write_json(tmp_path / "d.json", document)])
    yield ws
    ws.close()


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def test_one_row_per_claim_reads_back_with_the_csv_module(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "claims.csv"
    summary = workspace.export(target, "csv")
    assert (summary.articles, summary.claims, summary.records) == (3, 2, 2)
    first, second = read_back(target)
    assert first == {
        "article_id": "00000000-0000-0000-0000-0000000003e8",
        "article_title": "Сто бійців",
        "article_url": "https://news.example/uk/1",
        "claim_id": "00000000-0000-0000-0000-000000000002",
        "quote": TEXTS[0],
        "claim_reviewed": "A restatement",
        "claimant": "Rogov",
        "claim_date": "2026-11-01",
        "status": "false",
        "status_label": "False",
        "final": "true",
        "rating_value": "1",
        "justification": JUSTIFICATION,  # every line break as it was, CRLF included
        "evidence_urls": "https://example.org/a | https://example.org/б",
        "review_url": "https://factcheck.example/1",
        "review_published_at": "2026-11-03",
        "tags": "casualties; Ізюм",
        "created_by": "Olena",
        "updated_at": "2026-11-20T10:00:00Z",
    }
    assert (second["article_title"], second["quote"]) == ("Rogov", TEXTS[1])
    assert (second["status_label"], second["final"], second["rating_value"]) == (
        "Unverified",
        "false",
        "",
    )
    assert second["claim_reviewed"] == second["claimant"] == second["review_url"] == ""


def test_the_file_starts_with_a_bom_and_keeps_cyrillic_as_utf8(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "claims.csv"
    workspace.export(target, "csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + b"article_id,")
    assert raw.count(b"\xef\xbb\xbf") == 1
    assert "Сто бійців".encode() in raw
    # Rows end in CRLF; line breaks inside the justification stay as they were, in quotes.
    assert raw.split(b"\r\n")[0].endswith(b"updated_at")
    assert b'"First paragraph, with ""quotes"", commas;\nsecond line.\r\n\nThird' in raw


def test_a_cancelled_csv_export_leaves_the_previous_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "claims.csv"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        workspace.export(target, "csv", cancelled=lambda: True)
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "d.json", "data"]


def test_progress_counts_articles(workspace: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    workspace.export(tmp_path / "c.csv", "csv", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
