"""``annotator suggest`` as scripts use it: a JSON list with exactly the documented keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain.models import Entity
from annotator.storage.database import open_database
from annotator.storage.repositories.catalog_repository import EntityRepository
from tests.conftest import SEEDS, run_annotator_process
from tests.helpers import database_at

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

KEYS = {"article_id", "kind", "start", "end", "quote", "type", "entity_id", "score", "reason"}


def seeded_database(run_cli, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    db = folder / "seeds.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    database = open_database(database_at(db), create=False)
    try:
        with database.transaction() as session:
            EntityRepository(session).add_many(
                [
                    Entity("e-izium", "Izium", "GPE", ["Izyum", "Izum"]),
                    Entity("e-rogov", "Rogov", "PERSON"),
                ]
            )
    finally:
        database.close()
    return db


def article_texts(run_cli, db: Path, folder: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    out = folder / "all.json"
    assert run_cli("export", "-o", out, "--db", db).code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    return {a["id"]: a["text"] for a in document["articles"]}


def test_suggest_json_lists_mentions_and_claims_whose_quotes_match(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = seeded_database(run_cli, tmp_path)
    result = run_cli("suggest", "--json", "--db", db)
    assert result.code == 0, result.err
    found = json.loads(result.out)
    assert isinstance(found, list) and found
    texts = article_texts(run_cli, db, tmp_path)
    for item in found:
        assert set(item) >= KEYS  # the contract's keys; later ones (new_alias) may follow
        assert item["kind"] in ("mention", "claim")
        assert texts[item["article_id"]][item["start"] : item["end"]] == item["quote"]
        assert 0 < item["score"] <= 1 and item["reason"]
    mentions = {(i["quote"], i["entity_id"], i["type"]) for i in found if i["kind"] == "mention"}
    assert mentions == {
        ("Izum", "e-izium", "GPE"),
        ("Izium", "e-izium", "GPE"),
        ("Izyum", "e-izium", "GPE"),
        ("Rogov", "e-rogov", "PERSON"),
    }
    assert all(i["type"] is None and i["entity_id"] is None for i in found if i["kind"] == "claim")
    assert "“" in result.out or "’" in result.out  # ensure_ascii=False: quotes as they are
    assert run_cli("suggest", "--json", "--db", db).out == result.out  # deterministic

    one = found[0]["article_id"]
    only = json.loads(run_cli("suggest", "--article", one, "--json", "--db", db).out)
    assert only == [i for i in found if i["article_id"] == one]

    readable = run_cli("suggest", "--article", one, "--db", db)
    assert readable.code == 0 and len(readable.out.splitlines()) == len(only)


@pytest.mark.sqlite_only(reason="a database file that does not exist yet")
def test_suggest_refuses_an_unknown_article_and_a_missing_database(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = seeded_database(run_cli, tmp_path)
    unknown = run_cli("suggest", "--article", "no-such-id", "--json", "--db", db)
    assert unknown.code == 2 and unknown.out == ""
    assert "no-such-id" in unknown.err and "Traceback" not in unknown.err
    missing = run_cli("suggest", "--json", "--db", tmp_path / "missing.sqlite3")
    assert missing.code == 2 and "no annotator database" in missing.err
    assert not (tmp_path / "missing.sqlite3").exists()


def test_an_empty_database_gives_an_empty_json_list(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "empty.sqlite3"
    assert run_cli("import", tmp_path / "nothing", "--db", db).code == 1
    result = run_cli("suggest", "--json", "--db", db)
    assert result.code == 0 and json.loads(result.out) == []


def test_the_installed_command_prints_the_documented_keys(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = seeded_database(run_cli, tmp_path)
    result = run_annotator_process("suggest", "--json", "--db", db)
    assert result.code == 0, result.err
    found = json.loads(result.out)
    assert found and all(set(item) >= KEYS for item in found)
    assert {i["kind"] for i in found} == {"mention", "claim"}
