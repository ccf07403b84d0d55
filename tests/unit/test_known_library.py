"""The library of known fact-checks, as a fact-checker uses it from the command line: a feed
imported, re-imported, counted, matched against claims and articles, emptied; on SQLite and
on PostgreSQL (tests/engines.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from annotator.paths import resolve_paths
from annotator.services.known.ranking import CHECKED_BEFORE
from annotator.services.workspace import open_workspace
from tests.conftest import SEEDS
from tests.helpers import database_at

pytestmark = pytest.mark.both_engines

DATA = Path(__file__).resolve().parents[1] / "data" / "known"
KOREA = "https://factcheck.example/2024/11/north-korean-soldiers-captured"


def test_every_published_layout_is_recognised_by_its_content(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    result = run_cli("import", DATA, "--db", db, "-v")
    assert result.code == 0, result.err
    lines = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line for line in result.out.splitlines()}
    assert "imported 1 known fact-check;" in lines["single_review.jsonld"]
    assert "imported 2 known fact-checks;" in lines["list_of_reviews.json"]
    assert "imported 2 known fact-checks;" in lines["graph_reviews.jsonld"]
    assert "imported 2 known fact-checks;" in lines["factchecktools_response.json"]
    # The feed's review without an address is left out, named, the rest imported.
    feed = (
        lines["warning"]
        if "warning" in lines
        else next(line for line in result.out.splitlines() if "datacommons_feed.json" in line)
    )
    assert "1 known fact-check" in feed and "dataFeedElement[1].item[0]: no review URL" in feed
    # The saved fact-check page is an article as before, and its verdict is in the library.
    assert "imported 1 article, 1 known fact-check" in lines["afp_faktencheck_leipzig.html"]
    stats = json.loads(run_cli("stats", "--json", "--db", db).out)
    assert stats["known_fact_checks"] == 9
    assert stats["articles"] == 1 and stats["claims"] == 0  # kept apart from the articles
    assert {"articles", "mentions", "claims", "entities", "claims_publishable"} <= set(stats)
    assert "Known fact-checks" in run_cli("stats", "--db", db).out


def test_reimporting_a_review_updates_it_and_an_unchanged_one_adds_nothing(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", DATA / "single_review.jsonld", "--db", db).code == 0
    again = run_cli("import", DATA / "single_review.jsonld", "--db", db, "-v")
    assert again.code == 0 and "already in the database" in again.out
    corrected = tmp_path / "corrected.jsonld"
    review = json.loads((DATA / "single_review.jsonld").read_text(encoding="utf-8"))
    review["reviewRating"] = {"@type": "Rating", "alternateName": "Mostly true"}
    corrected.write_text(json.dumps(review), encoding="utf-8")
    updated = run_cli("import", corrected, "--db", db, "-v")
    assert updated.code == 0 and "0 new, 1 updated" in updated.out
    workspace = _workspace(tmp_path, db)
    try:
        assert workspace.known.count() == 1
        (match,) = workspace.known.match_text(review["claimReviewed"])
        assert match.check.url == KOREA and match.check.rating == "Mostly true"
    finally:
        workspace.close()


def test_a_malformed_claimreview_file_is_refused_and_the_rest_imported(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    broken = tmp_path / "broken.jsonld"
    broken.write_text('{"@type": "ClaimReview",\n "url": "https://a.example/x",\n oops}', "utf-8")
    bad_value = tmp_path / "bad_value.json"
    bad_value.write_text(
        '{"@graph": [{"@type": "ClaimReview", "url": "https://a.example/y", '
        '"claimReviewed": {"@id": "x"}}]}',
        "utf-8",
    )
    good = tmp_path / "good.jsonld"
    shutil.copy(DATA / "single_review.jsonld", good)
    result = run_cli("import", broken, bad_value, good, "--db", db)
    assert result.code == 1
    refusals = result.err.strip().splitlines()
    assert len(refusals) == 2
    assert refusals[0].startswith(str(broken)) and "line 3, column 2" in refusals[0]
    assert refusals[1].startswith(str(bad_value)) and "@graph[0]" in refusals[1]
    stats = json.loads(run_cli("stats", "--json", "--db", db).out)
    assert stats["known_fact_checks"] == 1


def test_remove_known_empties_the_library_and_leaves_the_articles(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, DATA, "--db", db).code == 0
    removed = run_cli("remove", "--known", "--db", db)
    assert removed.code == 0 and "9 known fact-check(s) removed" in removed.out
    stats = json.loads(run_cli("stats", "--json", "--db", db).out)
    assert (stats["known_fact_checks"], stats["articles"]) == (0, 6)
    assert run_cli("remove", "--db", db).code == 2  # neither articles nor --known


def test_our_own_claimreview_export_goes_into_the_library(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    workspace = _workspace(tmp_path, db)
    try:
        _article, claim = _claim_on(workspace, "North Korean", "captured two North Korean soldiers")
        claim.status = "true"
        claim.review.url = "https://desk.example/korean-soldiers"
        workspace.annotations.add_claim(claim)
    finally:
        workspace.close()
    exported = tmp_path / "verdicts.jsonld"
    assert run_cli("export", "-o", exported, "--org-name", "Desk", "--db", db).code == 0
    other = tmp_path / "other.sqlite3"
    result = run_cli("import", exported, "--db", other, "-v")
    assert result.code == 0 and "1 known fact-check" in result.out
    matched = json.loads(run_cli("match", "--json", "--db", other).out)
    assert matched == []  # no articles there: the library alone


def test_match_lists_each_claim_and_each_whole_article(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, DATA, "--db", db).code == 0
    workspace = _workspace(tmp_path, db)
    try:
        article, claim = _claim_on(
            workspace, "North Korean", "captured two North Korean soldiers injured"
        )
        workspace.annotations.add_claim(claim)
    finally:
        workspace.close()
    result = run_cli("match", "--json", "--article", article.id, "--db", db)
    assert result.code == 0, result.err
    entries = json.loads(result.out)
    by_claim = {entry["claim_id"]: entry for entry in entries}
    assert set(by_claim) == {claim.id, None}
    mine = by_claim[claim.id]
    assert (mine["article_id"], mine["start"], mine["end"]) == (article.id, claim.start, claim.end)
    best = mine["matches"][0]
    assert set(best) == {"url", "claim_reviewed", "rating", "publisher", "date", "score"}
    assert best["url"] in {KOREA, "https://factcheck.example/2025/01/two-soldiers-alive"}
    assert 0 < best["score"] <= 1 and best["publisher"] == "Example Fact Desk"
    assert [m["score"] for m in mine["matches"]] == sorted(
        (m["score"] for m in mine["matches"]), reverse=True
    )
    whole = by_claim[None]
    assert (whole["start"], whole["end"]) == (0, len(article.text))
    assert whole["matches"][0]["url"] in {m["url"] for m in mine["matches"]}
    one = json.loads(run_cli("match", "--json", "--top", "1", "--db", db).out)
    assert len(one) == 7 and all(len(entry["matches"]) <= 1 for entry in one)
    missing = run_cli("match", "--article", "no-such-article", "--db", db)
    assert missing.code == 2 and "no-such-article" in missing.err
    text = run_cli("match", "--article", article.id, "--db", db).out
    assert "Example Fact Desk: True (5/5)" in text and KOREA in text


def test_a_claim_finds_its_fact_check_in_another_language(tmp_path: Path) -> None:
    """Izium, Izyum and Ізюм share one name key: an English claim finds the Ukrainian review."""
    workspace = _workspace(tmp_path, tmp_path / "a.sqlite3")
    try:
        workspace.import_paths([DATA / "graph_reviews.jsonld", DATA / "list_of_reviews.json"])
        found = workspace.known.match_text("Russian troops shelled Izyum on 5 May, killing 3.")
        assert found[0].check.url == "https://perevirka.example/2024/izium-obstril"
        assert found[0].check.language == "uk" and found[0].score >= CHECKED_BEFORE
        # The Kharkiv power claim shares no name with it, and no word: not found by it.
        assert "https://factcheck.example/2024/06/kharkiv-power" not in {m.check.url for m in found}
    finally:
        workspace.close()


def test_every_sentence_ranked_and_a_checked_sentence_says_so(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, DATA / "single_review.jsonld", "--db", db).code == 0

    def claims(*options: str) -> list[dict[str, object]]:
        result = run_cli("suggest", "--json", *options, "--db", db)
        assert result.code == 0, result.err
        return [s for s in json.loads(result.out) if s["kind"] == "claim"]

    default, every = claims(), claims("--min-score", "0")
    assert 0 < len(default) < len(every)
    assert all(float(s["score"]) >= 0.5 for s in default)  # as before: the model's 0.5
    assert any(s["score"] == 0 for s in every)  # fragments and furniture, at 0
    starts = [(s["article_id"], s["start"]) for s in every]
    assert len(starts) == len(set(starts))
    checked = [s for s in default if "checked before: Example Fact Desk" in str(s["reason"])]
    assert checked and all(KOREA in str(s["reason"]) for s in checked)
    assert all("North Korea" in str(s["quote"]) for s in checked)
    # The window's setting is the default of the command line too.
    assert run_cli("config", "suggestions.min_score", "0.9", "--db", db).code == 0
    assert len(claims()) < len(default)
    assert run_cli("suggest", "--min-score", "1.5", "--db", db).code == 2


def _workspace(tmp_path: Path, db: Path):  # type: ignore[no-untyped-def]
    """The collection of the ``--db`` file the commands were given (its stand-in on a
    PostgreSQL run)."""
    paths = resolve_paths(data_dir=tmp_path / "data", db=database_at(db))
    paths.ensure()
    return open_workspace(paths)


def _claim_on(workspace, title_words: str, quote_start: str):  # type: ignore[no-untyped-def]
    from annotator.storage.repositories.article_repository import ArticleRepository

    summary = next(a for a in workspace.article_summaries(0, 50) if title_words in (a.title or ""))
    with workspace.database.reading() as session:
        article = ArticleRepository(session).get(summary.id)
    start = article.text.index(quote_start)
    end = article.text.index(".", start) + 1
    return article, workspace.annotations.new_claim(article, start, end, None)
