"""Offline and back: checkout from a team database, work offline, checkin with a
report per annotation, a conflict keeping both versions. Runs with the team database on
PostgreSQL and, for comparison, on a SQLite file (``db_target``)."""

from __future__ import annotations

from pathlib import Path

from annotator.domain.models import ArticleStatus
from tests.conftest import SEEDS
from tests.seed_steps import mark_claim, mark_mention, seed_article
from tests.unit.test_team_server import workspace_on


def test_checkout_work_offline_and_checkin_reports_every_annotation(
    db_target: str, tmp_path: Path, run_cli
) -> None:
    team = workspace_on(db_target, tmp_path / "editor")
    article = seed_article(team, "000")
    other = seed_article(team, "001")
    kept = mark_claim(team, article, "Rogov")
    contested = mark_claim(team, article, "Ukrainian", occurrence=1)
    mention = mark_mention(team, article, "Rogov", "PERSON")
    team.annotations.set_article_status(other.id, ArticleStatus.DONE)
    team.close()

    offline = tmp_path / "field" / "trip.sqlite3"
    out = run_cli("checkout", "--from", db_target, "--to", offline, "--status", "todo")
    assert out.code == 0, out.err
    assert "claims to" in out.out
    settings = run_cli("--db", offline, "config")
    assert settings.code == 0 and "team.checkout" not in settings.out  # bookkeeping, not a setting
    local = workspace_on(str(offline), tmp_path / "reporter")
    ids = {s.id for s in local.article_summaries(0, 100)}
    assert article.id in ids and other.id not in ids  # done articles stayed home

    # Offline: a new mention, a changed verdict, a changed mention type, a contested claim.
    field_article = local.annotations.open_article(article.id)
    assert field_article is not None
    by_id = {c.id: c for c in field_article.claims}
    added = mark_mention(local, field_article.article, "Ukrainian", "NORP", occurrence=2)
    verdict = by_id[kept.id]
    verdict.status = "false"
    local.annotations.update_claim(verdict, field_article.article.text)
    mine = by_id[contested.id]
    mine.justification = "Field notes: the official denied it."
    local.annotations.update_claim(mine, field_article.article.text)
    local.close()

    # Meanwhile at the office, the editor changes the contested claim too.
    team = workspace_on(db_target, tmp_path / "editor")
    theirs = team.annotations.open_article(article.id).claims  # type: ignore[union-attr]
    office = next(c for c in theirs if c.id == contested.id)
    office.justification = "Editor: confirmed by two sources."
    team.annotations.update_claim(office, article.text)
    team.close()

    back = run_cli("checkin", offline, "--to", db_target, "-v")
    assert back.code == 1, back.err  # a conflict: listed, both kept
    assert f"added: mention {added.id}" in back.out
    assert f"updated: claim {kept.id}" in back.out
    assert f"unchanged: mention {mention.id}" in back.out
    assert f"conflict: claim {contested.id}" in back.out
    assert "1 added, 1 updated, 1 unchanged, 1 conflict" in back.out

    team = workspace_on(db_target, tmp_path / "editor")
    claims = team.annotations.open_article(article.id).claims  # type: ignore[union-attr]
    mentions = team.annotations.open_article(article.id).mentions  # type: ignore[union-attr]
    team.close()
    assert {m.id for m in mentions} == {mention.id, added.id}
    stored = {c.id: c for c in claims}
    assert stored[kept.id].status == "false"
    assert stored[contested.id].justification == "Editor: confirmed by two sources."
    copies = [c for c in claims if "checkin-conflict" in c.tags]
    assert [c.justification for c in copies] == ["Field notes: the official denied it."]
    assert (copies[0].start, copies[0].end) == (contested.start, contested.end)

    # Checking in the same file again changes nothing more.
    again = run_cli("checkin", offline, "--to", db_target)
    assert again.code == 0, again.err
    assert "0 added, 0 updated, 4 unchanged, 0 conflict" in again.out


def test_checkout_refuses_an_existing_file_and_an_unknown_article(
    db_target: str, tmp_path: Path, run_cli
) -> None:
    assert run_cli("--db", db_target, "import", SEEDS).code == 0
    existing = tmp_path / "mine.sqlite3"
    existing.write_bytes(b"keep me")
    refused = run_cli("checkout", "--from", db_target, "--to", existing)
    assert refused.code == 2 and "already exists" in refused.err
    assert existing.read_bytes() == b"keep me"
    unknown = run_cli(
        "checkout", "--from", db_target, "--to", tmp_path / "x.sqlite3", "--article", "no-such-id"
    )
    assert unknown.code == 2 and "no-such-id" in unknown.err
    assert not (tmp_path / "x.sqlite3").exists()
    not_checked_out = run_cli("checkin", tmp_path / "nothing.sqlite3", "--to", db_target)
    assert not_checked_out.code == 2 and "Traceback" not in not_checked_out.err
