"""ClaimReview carries Google's recommended fields, and says which claims lack them
."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.domain.models import Article, Claim, Claimant, Review
from annotator.domain.schemes import Status
from annotator.services.formats.claimreview import Organization, as_uri, claim_review
from tests.helpers import dataset_document, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

TEXTS = [
    "Rogov said that more than ten soldiers were eliminated near Izium",
    "The ministry said two soldiers were captured",
]
LONG_RESTATEMENT = (
    "More than ten members of the National Guard were eliminated near Izium in one night, "
    "according to Rogov"
)


def document() -> dict[str, Any]:
    found = dataset_document(TEXTS)
    first, second = found["articles"]
    first.update(url="https://news.example/izium", published_at="2026-10-30")
    second.update(url="https://новини.укр/статті/полонені?мова=uk")
    first["claims"][0]["claim_reviewed"] = LONG_RESTATEMENT
    second["claims"][0].update(claimant={"name": "Ministry of Defence", "entity_id": None})
    second["claims"][0]["review"] = {"url": "https://перевірка.укр/вердикт/2", "published_at": None}
    found["entities"] = [
        {
            "id": "00000000-0000-0000-0000-00000000e001",
            "name": "Ministry of Defence of Ukraine",
            "type": "ORG",
            "aliases": ["Ministry of Defence", "MoD"],
            "note": "",
        }
    ]
    return found


@pytest.fixture
def exported(tmp_path: Path, run_cli) -> tuple[Any, list[dict[str, Any]]]:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    imported = run_cli("import", write_json(tmp_path / "d.json", document()), "--db", db)
    assert imported.code == 0, imported.err
    assert run_cli("config", "organization.name", "Kyiv Fact Check", "--db", db).code == 0
    out = tmp_path / "cr.jsonld"
    result = run_cli("export", "-o", out, "--format", "claimreview", "--db", db)
    assert result.code == 0, result.err
    return result, json.loads(out.read_text(encoding="utf-8"))["@graph"]


def test_the_rating_has_a_name(exported) -> None:  # type: ignore[no-untyped-def]
    _, items = exported
    assert [item["reviewRating"]["name"] for item in items] == ["False", "False"]


def test_the_article_is_the_first_appearance(exported) -> None:  # type: ignore[no-untyped-def]
    _, (first, _second) = exported
    reviewed = first["itemReviewed"]
    assert reviewed["firstAppearance"] == {
        "@type": "CreativeWork",
        "url": "https://news.example/izium",
        "headline": first["itemReviewed"]["firstAppearance"]["headline"],
        "datePublished": "2026-10-30",
    }
    assert reviewed["appearance"]["url"] == "https://news.example/izium"


def test_a_claimant_typed_as_an_organisations_name_is_an_organization(exported) -> None:  # type: ignore[no-untyped-def]
    _, (first, second) = exported
    assert first["itemReviewed"]["author"] == {"@type": "Person", "name": "Rogov"}
    assert second["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Ministry of Defence",
    }


def test_non_ascii_addresses_are_written_as_valid_uris(exported) -> None:  # type: ignore[no-untyped-def]
    _, (_first, second) = exported
    assert (
        second["url"]
        == "https://xn--80adia0a0aic1r.xn--j1amh/%D0%B2%D0%B5%D1%80%D0%B4%D0%B8%D0%BA%D1%82/2"
    )
    address = second["itemReviewed"]["appearance"]["url"]
    assert address.isascii() and address.startswith("https://xn--")
    assert "?%D0%BC%D0%BE%D0%B2%D0%B0=uk" in address


def test_claims_short_of_the_recommendations_are_named_on_stderr(exported) -> None:  # type: ignore[no-untyped-def]
    result, items = exported
    assert len(items) == 2  # named, not left out
    lines = result.err.splitlines()
    assert any(
        line.startswith("warning: claim ") and "no review date (datePublished)" in line
        for line in lines
    ), lines
    assert any(f"claimReviewed is {len(LONG_RESTATEMENT)} characters" in line for line in lines), (
        lines
    )
    assert any("organization.url" in line for line in lines), lines


def test_no_organisation_address_warning_once_it_is_set(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    run_cli("import", write_json(tmp_path / "d.json", document()), "--db", db)
    run_cli("config", "organization.name", "Kyiv Fact Check", "--db", db)
    run_cli("config", "organization.url", "https://kfc.example", "--db", db)
    result = run_cli("export", "-o", tmp_path / "cr.jsonld", "--format", "claimreview", "--db", db)
    assert result.code == 0
    assert "organization.url" not in result.err


@pytest.mark.sqlite_only(reason="opens no database")
def test_as_uri_leaves_ascii_addresses_alone_and_keeps_ports() -> None:
    assert as_uri("https://kfc.example/a%20b?x=1#top") == "https://kfc.example/a%20b?x=1#top"
    assert as_uri("http://факт.укр:8080/ї") == "http://xn--80auyf.xn--j1amh:8080/%D1%97"


@pytest.mark.sqlite_only(reason="opens no database")
def test_a_short_restatement_with_a_date_draws_no_warning() -> None:
    from annotator.services.formats.claimreview import claim_warnings

    article = Article("a", "Title", "The ministry said so", "0" * 64)
    claim = Claim(
        "c",
        "a",
        0,
        20,
        "The ministry said so",
        status="false",
        claimant=Claimant("Rogov", None),
        review=Review("https://factcheck.example/3", "2026-11-03"),
    )
    item = claim_review(claim, article, Status("false", "False", True, 1), Organization("Desk"))
    assert claim_warnings(claim, item) == []
