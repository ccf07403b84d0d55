"""Related claims travel in format v1 ("claim_relations" in the header): lossless, idempotent,
refused when they point at claims nobody has."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.importing.import_report import Outcome
from annotator.services.workspace import Workspace
from tests.helpers import dataset_document, exported, new_workspace, without_export_time, write_json
from tests.seed_steps import mark_claim, mark_mention, seed_article, seeded_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

CAPTURE_003 = "Ukraine managed to capture two wounded North Korean soldiers alive last week."
CAPTURE_004 = "Ukraine has reportedly captured two North Korean soldiers injured during combat"
RIVAL_004 = "were captured in eastern Ukraine"
KILLED_002 = "at least 1,000 people were killed"


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = seeded_workspace(tmp_path / "data")
    yield ws
    ws.close()


@pytest.fixture
def empty(tmp_path: Path) -> Workspace:
    ws = new_workspace(tmp_path / "empty")
    yield ws
    ws.close()


def judge_some_claims(workspace: Workspace) -> dict[str, str]:
    """Two claims confirmed the same, one dismissed, linked entities: what a session leaves."""
    olena = workspace.annotations.annotator(None, "Olena")
    a002, a003, a004 = (seed_article(workspace, n) for n in ("002", "003", "004"))
    claims = {
        "capture_003": mark_claim(workspace, a003, CAPTURE_003),
        "capture_004": mark_claim(workspace, a004, CAPTURE_004),
        "rival_004": mark_claim(workspace, a004, RIVAL_004),
        "killed_002": mark_claim(workspace, a002, KILLED_002),
    }
    izium = workspace.entities.create("Izium", "GPE", aliases=["Izyum", "Izum"])
    workspace.entities.link_mention(mark_mention(workspace, a002, "Izyum", "GPE").id, izium.id)
    related = workspace.related
    related.confirm(claims["capture_004"].id, claims["capture_003"].id, olena.id)
    related.dismiss(claims["capture_003"].id, claims["rival_004"].id, olena.id)
    return {name: claim.id for name, claim in claims.items()}


def import_file(workspace: Workspace, path: Path):  # type: ignore[no-untyped-def]
    (result,) = workspace.import_paths([path]).results
    return result


@pytest.mark.parametrize("suffix", ["json", "jsonl"])
def test_relations_survive_export_and_import_into_an_empty_database(
    workspace: Workspace, empty: Workspace, tmp_path: Path, suffix: str
) -> None:
    ids = judge_some_claims(workspace)
    first = exported(workspace, tmp_path, "first.json")
    relations = first["claim_relations"]
    pairs = [(r["claim_id"], r["other_claim_id"]) for r in relations]
    assert pairs == sorted(pairs) and all(a < b for a, b in pairs)  # stable, each pair once
    assert {frozenset(p): r["relation"] for p, r in zip(pairs, relations, strict=True)} == {
        frozenset((ids["capture_003"], ids["capture_004"])): "same",
        frozenset((ids["capture_003"], ids["rival_004"])): "different",
    }
    assert all(r["created_by"] == first["annotators"][0]["id"] for r in relations)

    workspace.export(tmp_path / f"dataset.{suffix}", suffix)
    result = import_file(empty, tmp_path / f"dataset.{suffix}")
    assert result.outcome is Outcome.IMPORTED and result.claims == 4
    second = exported(empty, tmp_path, "second.json")
    assert without_export_time(second) == without_export_time(first)
    assert empty.related.group_of(ids["capture_003"]).claim_ids == [
        ids["capture_003"],  # in reading order: 003 was imported before 004
        ids["capture_004"],
    ]

    # Importing the same file again changes nothing.
    assert import_file(empty, tmp_path / f"dataset.{suffix}").outcome is Outcome.DUPLICATE
    assert without_export_time(exported(empty, tmp_path, "third.json")) == without_export_time(
        first
    )


def test_a_file_without_relations_still_imports(empty: Workspace, tmp_path: Path) -> None:
    document = dataset_document(["One Rogov", "Two Izium"])
    assert "claim_relations" not in document  # a file written before relations existed
    assert import_file(empty, write_json(tmp_path / "old.json", document)).claims == 2
    assert exported(empty, tmp_path)["claim_relations"] == []


def test_relations_may_point_at_claims_already_in_the_database(
    empty: Workspace, tmp_path: Path
) -> None:
    document = dataset_document(["One Rogov", "Two Izium"])
    one, two = (a["claims"][0]["id"] for a in document["articles"])
    import_file(empty, write_json(tmp_path / "claims.json", document))
    only_relations = dataset_document([])
    only_relations["claim_relations"] = [
        {
            "claim_id": two,
            "other_claim_id": one,  # either order is read; stored smaller id first
            "relation": "same",
            "created_by": None,
            "created_at": "2026-11-21T08:00:00Z",
        }
    ]
    path = write_json(tmp_path / "relations.json", only_relations)
    assert import_file(empty, path).outcome is Outcome.IMPORTED
    (relation,) = exported(empty, tmp_path)["claim_relations"]
    assert (relation["claim_id"], relation["other_claim_id"]) == (min(one, two), max(one, two))
    assert relation["created_at"] == "2026-11-21T08:00:00Z"
    assert import_file(empty, path).outcome is Outcome.DUPLICATE


def test_a_pair_already_judged_here_keeps_this_databases_verdict(
    workspace: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    ids = judge_some_claims(workspace)
    workspace.export(tmp_path / "dataset.json")
    import_file(empty, tmp_path / "dataset.json")
    empty.related.dismiss(ids["capture_003"], ids["capture_004"])
    assert import_file(empty, tmp_path / "dataset.json").outcome is Outcome.DUPLICATE
    assert not empty.related.group_of(ids["capture_003"]).members[1:]


@pytest.mark.parametrize(
    ("relation", "reason"),
    [
        ({"other_claim_id": "ghost"}, "claim ghost is neither in this file nor in the database"),
        ({"other_claim_id": "SELF"}, "cannot be related to itself"),
        ({"relation": "similar"}, "claim_relations[0].relation"),
        ({"created_at": "yesterday"}, "claim_relations[0]"),
    ],
)
def test_a_relation_nobody_can_resolve_refuses_the_file(
    empty: Workspace, tmp_path: Path, relation: dict[str, str], reason: str
) -> None:
    document = dataset_document(["One Rogov", "Two Izium"])
    claim_id = document["articles"][0]["claims"][0]["id"]
    item = {
        "claim_id": claim_id,
        "other_claim_id": document["articles"][1]["claims"][0]["id"],
        "relation": "different",
        "created_by": None,
        "created_at": "2026-11-21T10:00:00Z",
    }
    item.update({k: (claim_id if v == "SELF" else v) for k, v in relation.items()})
    document["claim_relations"] = [item]
    result = import_file(empty, write_json(tmp_path / "bad.json", document))
    assert result.outcome is Outcome.REFUSED and reason in result.reason, result.reason
    assert exported(empty, tmp_path)["articles"] == []  # nothing of the file was kept


def test_the_jsonl_header_carries_the_relations(workspace: Workspace, tmp_path: Path) -> None:
    judge_some_claims(workspace)
    workspace.export(tmp_path / "d.jsonl", "jsonl")
    header = json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert len(header["claim_relations"]) == 2
