"""Removing articles: to the Trash and back, purged for good, from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.removing.article_removal import UnknownArticles, plural
from tests.conftest import SEEDS
from tests.helpers import dataset_document, exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def _annotated_workspace(tmp_path: Path):  # type: ignore[no-untyped-def]
    workspace = new_workspace(tmp_path / "data")
    source = write_json(
        tmp_path / "two.json", dataset_document(["Rogov said Izium fell.", "Kyiv was quiet."])
    )
    workspace.import_paths([source])
    return workspace


def test_a_removed_article_waits_in_the_trash_and_comes_back_whole(tmp_path: Path) -> None:
    workspace = _annotated_workspace(tmp_path)
    before = exported(workspace, tmp_path, "before.json")
    first = before["articles"][0]

    plan = workspace.removal.remove([first["id"]])
    assert plan.describe() == f"“{first['title']}” with its 1 claim and 1 entity mention"
    assert workspace.article_count() == 1
    (trashed,) = workspace.removal.trashed()
    assert (trashed.id, trashed.claim_count, trashed.mention_count) == (first["id"], 1, 1)
    assert first["id"] not in {a["id"] for a in exported(workspace, tmp_path)["articles"]}

    assert workspace.removal.restore([first["id"]]) == 1
    after = exported(workspace, tmp_path, "after.json")
    assert workspace.removal.trashed() == []
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
    assert strip(after) == strip(before)
    workspace.close()


def test_empty_trash_and_purge_delete_for_good(tmp_path: Path) -> None:
    workspace = _annotated_workspace(tmp_path)
    ids = [s.id for s in workspace.article_summaries(0, 10)]
    workspace.removal.remove([ids[0]])
    assert workspace.removal.empty_trash() == 1
    assert workspace.removal.trashed() == [] and workspace.removal.restore([ids[0]]) == 0
    workspace.removal.remove([ids[1]], purge=True)
    assert workspace.article_count() == 0 and workspace.removal.trashed() == []
    workspace.close()


def test_an_unknown_id_removes_nothing(tmp_path: Path) -> None:
    workspace = _annotated_workspace(tmp_path)
    known = workspace.article_summaries(0, 10)[0].id
    with pytest.raises(UnknownArticles, match="no-such-id"):
        workspace.removal.remove([known, "no-such-id"])
    assert workspace.article_count() == 2
    workspace.close()


def test_the_demo_articles_are_known_as_such(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data", demo=True)
    source = write_json(tmp_path / "mine.json", dataset_document(["My own article here."]))
    workspace.import_paths([source])
    demo = workspace.removal.demo_article_ids()
    assert len(demo) == 5 and workspace.article_count() == 6
    workspace.removal.remove(demo)
    assert workspace.article_count() == 1 and workspace.removal.demo_article_ids() == []
    workspace.close()


@pytest.mark.sqlite_only(reason="opens no database")
def test_plurals() -> None:
    assert plural(1, "entity") == "1 entity" and plural(2, "entity") == "2 entities"
    assert plural(1, "claim") == "1 claim" and plural(0, "claim") == "0 claims"
    assert plural(3, "day") == "3 days"


def test_cli_remove_moves_to_the_trash_or_purges_and_refuses_unknown_ids(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    out = tmp_path / "all.json"
    assert run_cli("export", "-o", out, "--db", db).code == 0
    ids = [a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]]

    refused = run_cli("remove", ids[0], "not-an-id", "--db", db)
    assert refused.code == 2 and "not-an-id" in refused.err
    assert json.loads(run_cli("stats", "--json", "--db", db).out)["articles"] == 5

    removed = run_cli("remove", ids[0], ids[1], "--db", db)
    assert removed.code == 0, removed.err
    assert "2 articles" in removed.out and "Trash" in removed.out
    purged = run_cli("remove", ids[2], "--purge", "--db", db)
    assert purged.code == 0 and "for good" in purged.out
    assert json.loads(run_cli("stats", "--json", "--db", db).out)["articles"] == 2
