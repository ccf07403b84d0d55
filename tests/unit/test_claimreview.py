"""ClaimReview export: one item per published verdict, with the fields Google requires."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.domain.models import Article, Claim, Claimant, Entity, Review
from annotator.domain.schemes import Status
from annotator.services.exporting.claim_exports import OrganizationMissing
from annotator.services.formats.claimreview import Organization, claim_review
from annotator.services.workspace import Workspace
from tests.helpers import dataset_document, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

TEXTS = [
    "Rogov said that more than ten soldiers were eliminated near Izium",
    "Сто бійців загинули, заявив Рогов",
    "Two soldiers were captured, the ministry said",
    "The brigade denied the report",
]


def claims_document() -> dict[str, Any]:
    """Four articles, one claim each: false (published), unverified, unproven (published,
    no rating value), true without a review URL."""
    document = dataset_document(TEXTS)
    first, second, third, fourth = document["articles"]
    first.update(url="https://news.example/izium", language="en")
    second["claims"][0]["status"] = "unverified"
    third["claims"][0].update(status="unproven", claim_reviewed=None)
    third["claims"][0]["review"] = {"url": "https://factcheck.example/2", "published_at": None}
    fourth["claims"][0]["status"] = "true"
    fourth["claims"][0]["review"] = {"url": None, "published_at": None}
    return document


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = new_workspace(tmp_path / "data")
    ws.import_paths([write_json(tmp_path / "d.json", claims_document())])
    ws.preferences.set("organization.name", "Kyiv Fact Check")
    ws.preferences.set("organization.url", "https://kyivfactcheck.example")
    yield ws
    ws.close()


def export(workspace: Workspace, target: Path, **options: Any) -> tuple[Any, list[dict]]:
    summary = workspace.export(target, "claimreview", **options)
    document = json.loads(target.read_text(encoding="utf-8"))
    return summary, document["@graph"]


def test_only_final_claims_with_a_review_url_become_items(
    workspace: Workspace, tmp_path: Path
) -> None:
    summary, items = export(workspace, tmp_path / "cr.json")
    document = json.loads((tmp_path / "cr.json").read_text(encoding="utf-8"))
    assert document["@context"] == "https://schema.org"
    assert [item["url"] for item in items] == [
        "https://factcheck.example/1",
        "https://factcheck.example/2",
    ]
    assert (summary.articles, summary.claims, summary.records) == (4, 4, 2)
    for item in items:
        assert item["@type"] == "ClaimReview"
        # What Google's ClaimReview documentation requires, and the claimant.
        assert item["claimReviewed"] and item["reviewRating"]["alternateName"] and item["url"]
        assert item["itemReviewed"]["@type"] == "Claim"
        assert item["itemReviewed"]["author"] == {"@type": "Person", "name": "Rogov"}
        assert item["author"] == {
            "@type": "Organization",
            "name": "Kyiv Fact Check",
            "url": "https://kyivfactcheck.example",
        }


def test_the_rating_carries_values_only_when_the_status_has_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, (false, unproven) = export(workspace, tmp_path / "cr.json")
    assert false["reviewRating"] == {
        "@type": "Rating",
        "name": "False",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert unproven["reviewRating"] == {
        "@type": "Rating",
        "name": "Unproven",
        "alternateName": "Unproven",
    }


def test_the_item_maps_the_claim_and_its_article(workspace: Workspace, tmp_path: Path) -> None:
    _, (false, unproven) = export(workspace, tmp_path / "cr.json")
    assert false["claimReviewed"] == "A restatement"
    assert false["datePublished"] == "2026-11-03"
    assert false["inLanguage"] == "en"
    assert false["itemReviewed"]["datePublished"] == "2026-11-01"
    assert false["itemReviewed"]["appearance"]["url"] == "https://news.example/izium"
    assert false["itemReviewed"]["appearance"]["@type"] == "CreativeWork"
    # No restatement: the quote is the claim; unknown language, date and article url: omitted.
    assert unproven["claimReviewed"] == TEXTS[2]
    assert "datePublished" not in unproven and "inLanguage" not in unproven
    assert "appearance" not in unproven["itemReviewed"]


def test_skipped_claims_are_named_with_their_article_and_reason(
    workspace: Workspace, tmp_path: Path
) -> None:
    summary, _ = export(workspace, tmp_path / "cr.json")
    lines = [skipped.line() for skipped in summary.skipped]
    assert lines == [
        f'claim {uuid(12)} in "Сто": its status "Unverified" is not a final verdict',
        f'claim {uuid(32)} in "The": it has no review URL (the address of the published '
        "fact-check)",
    ]


def uuid(number: int) -> str:
    return f"00000000-0000-0000-0000-{number:012x}"


def test_without_an_organisation_nothing_is_written(workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "cr.json"
    target.write_text("the previous export", encoding="utf-8")
    workspace.preferences.set("organization.name", "")
    with pytest.raises(OrganizationMissing, match=r'annotator config organization\.name "'):
        workspace.export(target, "claimreview")
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cr.json", "d.json", "data"]


def test_an_organisation_given_for_one_export_is_not_stored(
    workspace: Workspace, tmp_path: Path
) -> None:
    other = Organization("Other Desk")
    _, items = export(workspace, tmp_path / "cr.json", organization=other)
    assert {item["author"]["name"] for item in items} == {"Other Desk"}
    assert all("url" not in item["author"] for item in items)
    assert workspace.preferences.get("organization.name") == "Kyiv Fact Check"


@pytest.mark.sqlite_only(reason="opens no database")
def test_a_claimant_linked_to_an_organisation_is_an_organization() -> None:
    article = Article("a", "Title", "The ministry said so", "0" * 64)
    claim = Claim(
        "c",
        "a",
        0,
        20,
        "The ministry said so",
        status="false",
        claimant=Claimant(None, "e"),
        review=Review("https://factcheck.example/3"),
    )
    ministry = Entity("e", "Ministry of Defence", "ORG")
    item = claim_review(
        claim, article, Status("false", "False", True, 1), Organization("Desk"), ministry
    )
    assert item["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Ministry of Defence",
    }
    assert item["claimReviewed"] == "The ministry said so"
