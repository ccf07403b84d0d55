"""The claims' candidate index: related claims in a large collection come from a
full-text shortlist (FTS5 on SQLite, a GIN tsvector index on PostgreSQL) re-ranked by the
scorer. The index follows every change of the claims; the briefs kept between requests are read
again after a change; the migration builds the index over the claims already stored.

Tests taking ``db_target`` run on a SQLite file and on a PostgreSQL database (tests/pg_server.sh).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from annotator.domain.models import Claim
from annotator.paths import resolve_paths
from annotator.services.related.claim_similarity import search_terms
from annotator.services.workspace import Workspace, open_workspace
from annotator.storage import migrate
from annotator.storage.database import open_database
from annotator.storage.postgres import make_engine as pg_engine
from annotator.storage.repositories.relation_repository import RelationRepository
from annotator.storage.sqlite import make_engine
from tests.seed_steps import mark_claim, seed_article
from tests.unit.test_related_claims import CLAIMS

CAPTURE_003 = "Ukraine managed to capture two wounded North Korean soldiers alive last week."
CAPTURE_004 = (
    "Ukraine has reportedly captured two North Korean soldiers injured during combat on "
    "Russian soil"
)


def workspace_on(target: str, folder: Path) -> Workspace:
    db: Path | str = target if target.startswith("postgresql") else Path(target)
    paths = resolve_paths(data_dir=folder / "data", db=db)
    paths.ensure()
    return open_workspace(paths, demo=True)


def index_finds(workspace: Workspace, words: str, article_id: str = "") -> list[str]:
    """The claims the index shortlists for a claim saying ``words`` (in no stored article)."""
    with workspace.database.reading() as session:
        return RelationRepository(session).similar_claim_ids(
            search_terms(words, None), article_id, 50
        )


def as_in_a_large_collection(workspace: Workspace) -> Workspace:
    """Every request takes the index's shortlist, as it does above a few thousand claims."""
    workspace.related.exhaustive_up_to = 0
    return workspace


def test_the_index_follows_claims_added_edited_and_deleted(db_target: str, tmp_path: Path) -> None:
    workspace = as_in_a_large_collection(workspace_on(db_target, tmp_path))
    try:
        a003, a004 = seed_article(workspace, "003"), seed_article(workspace, "004")
        capture_003 = mark_claim(workspace, a003, CAPTURE_003)
        assert index_finds(workspace, "Korean prisoners") == [capture_003.id]
        # The claim's own article is never a candidate.
        assert index_finds(workspace, "Korean prisoners", a003.id) == []

        # Added: the same claim in another article is found, and ranked first.
        capture_004 = mark_claim(workspace, a004, CAPTURE_004)
        assert set(index_finds(workspace, "captured Koreans")) == {capture_003.id, capture_004.id}
        (best,) = workspace.related.candidates(capture_003.id, limit=1)
        assert best.claim_id == capture_004.id and best.claim.quote == CAPTURE_004

        # Edited: its restatement is found by its words; a new span by the new quote's words.
        stored = workspace.annotations.open_article(a004.id).claims[0]
        stored.claim_reviewed = "Pyongyang's troops fight for Moscow"
        stored = workspace.annotations.update_claim(stored, a004.text)
        assert index_finds(workspace, "Pyongyang") == [capture_004.id]
        contingent = "The two soldiers, believed to be part of a contingent deployed by North Korea"
        start = a004.text.index(contingent)
        moved = replace(stored, start=start, end=start + len(contingent), claim_reviewed=None)
        workspace.annotations.update_claim(moved, a004.text)
        assert index_finds(workspace, "contingent deployed") == [capture_004.id]
        assert index_finds(workspace, "Pyongyang") == []
        assert capture_004.id not in index_finds(workspace, "combat on Russian soil")

        # Deleted: gone from the index, and from the candidates.
        workspace.annotations.delete_claim(capture_004.id)
        assert index_finds(workspace, "contingent deployed") == []
        assert workspace.related.candidates(capture_003.id, min_score=0) == []
    finally:
        workspace.close()


def test_removing_and_restoring_an_article_takes_its_claims_out_of_the_index_and_back(
    tmp_path: Path,
) -> None:
    workspace = workspace_on(str(tmp_path / "data" / "db.sqlite3"), tmp_path)
    try:
        a004 = seed_article(workspace, "004")
        claim = mark_claim(workspace, a004, CAPTURE_004)
        workspace.removal.remove([a004.id])  # claims go with the article (ON DELETE CASCADE)
        assert index_finds(workspace, "captured Koreans") == []
        workspace.removal.restore([a004.id])
        assert index_finds(workspace, "captured Koreans") == [claim.id]
    finally:
        workspace.close()


@pytest.fixture
def annotated(tmp_path: Path) -> tuple[Workspace, list[Claim]]:
    workspace = workspace_on(str(tmp_path / "data" / "db.sqlite3"), tmp_path)
    claims = [
        mark_claim(workspace, seed_article(workspace, number), quote)
        for number, quotes in CLAIMS.items()
        for quote in quotes
    ]
    yield workspace, claims
    workspace.close()


def test_the_shortlist_ranks_the_seed_claims_as_scoring_every_claim_does(
    annotated: tuple[Workspace, list[Claim]],
) -> None:
    workspace, claims = annotated
    exhaustive = {c.id: workspace.related.candidates(c.id, limit=3) for c in claims}
    as_in_a_large_collection(workspace)
    for claim in claims:
        found = workspace.related.candidates(claim.id, limit=3)
        assert [(c.claim_id, c.score) for c in found] == [
            (c.claim_id, c.score) for c in exhaustive[claim.id]
        ], claim.quote


def test_the_kept_briefs_are_read_again_after_a_change(
    annotated: tuple[Workspace, list[Claim]],
) -> None:
    workspace, claims = annotated
    related = workspace.related
    capture_003, capture_004 = claims[9], claims[15]
    assert (capture_003.quote, capture_004.quote) == (CAPTURE_003, CAPTURE_004)
    (best,) = related.candidates(capture_003.id, limit=1)
    assert best.claim_id == capture_004.id and best.claim.status == "unverified"
    kept = related._briefs
    related.candidates(claims[0].id)
    assert related._briefs is kept  # nothing written: not read again

    stored = workspace.annotations.open_article(capture_004.article_id).claims[0]
    stored.status = "false"
    workspace.annotations.update_claim(
        stored, workspace.annotations.open_article(capture_004.article_id).article.text
    )
    (best,) = related.candidates(capture_003.id, limit=1)
    assert best.claim.status == "false"

    # A new claim is a candidate at once; a removed article's claims are gone at once.
    echo = mark_claim(workspace, seed_article(workspace, "001"), "Russia lost 40 tanks")
    assert echo.id in {
        c.claim_id for c in related.candidates(capture_003.id, limit=50, min_score=0)
    }
    workspace.removal.remove([capture_004.article_id])
    assert capture_004.id not in {
        c.claim_id for c in related.candidates(capture_003.id, limit=50, min_score=0)
    }


def test_a_team_member_sees_another_members_change_in_the_kept_briefs(
    pg_url: str, tmp_path: Path
) -> None:
    mine = workspace_on(pg_url, tmp_path / "mine")
    theirs = workspace_on(pg_url, tmp_path / "theirs")
    try:
        capture_003 = mark_claim(mine, seed_article(mine, "003"), CAPTURE_003)
        capture_004 = mark_claim(mine, seed_article(mine, "004"), CAPTURE_004)
        (best,) = mine.related.candidates(capture_003.id, limit=1)
        assert best.claim.status == "unverified"
        theirs.related.apply_status_to_group(capture_004.id, "false")
        (best,) = mine.related.candidates(capture_003.id, limit=1)
        assert best.claim_id == capture_004.id and best.claim.status == "false"
    finally:
        theirs.close()
        mine.close()


# --- the migration -----------------------------------------------------------------------------


def _downgrade(path: Path, target: str) -> None:
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), target)
    finally:
        engine.dispose()


def _claims_fts(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'claims_fts%' ORDER BY name"
        ).fetchall()


def test_the_migration_indexes_the_claims_already_stored_and_downgrades_cleanly(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "db.sqlite3"
    workspace = workspace_on(str(path), tmp_path)
    capture_003 = mark_claim(workspace, seed_article(workspace, "003"), CAPTURE_003)
    workspace.close()

    _downgrade(path, "0009")
    assert _claims_fts(path) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
        # A claim written while there is no index (an older version of the program): no
        # trigger is left behind to fail on it.
        connection.execute(
            "INSERT INTO claims (id, article_id, start_offset, end_offset, quote, status, "
            "justification, tags, origin, created_at, updated_at) SELECT 'cla-old', id, "
            "instr(text, :q) - 1, instr(text, :q) - 1 + length(:q), :q, 'unverified', '', '[]', "
            "'manual', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM articles "
            "WHERE source LIKE '004%'",
            {"q": "receiving medical treatment"},
        )
        assert connection.execute("SELECT count(*) FROM claims").fetchone() == (2,)

    database = open_database(path, backup_dir=tmp_path / "backups")  # upgrades to 0010
    try:
        assert database.backup is not None
        assert ("claims_fts",) in _claims_fts(path)
        workspace = Workspace(database)
        # Both claims stored before the index existed are in it.
        assert index_finds(workspace, "wounded Korean soldiers") == [capture_003.id]
        assert index_finds(workspace, "medical treatment") == ["cla-old"]
        assert database.integrity_check() == ["ok"]
        with sqlite3.connect(path) as connection:
            assert (
                connection.execute(
                    "INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)"
                ).fetchall()
                == []
            )
    finally:
        database.close()


def test_the_postgresql_index_comes_and_goes_with_the_revision(pg_url: str) -> None:
    open_database(pg_url).close()
    engine = pg_engine(pg_url)

    def indexes() -> set[str]:
        with engine.connect() as connection:
            return set(
                connection.scalars(
                    text("SELECT indexname FROM pg_indexes WHERE tablename = 'claims'")
                )
            )

    try:
        assert "ix_claims_fulltext" in indexes()
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0009")
        assert "ix_claims_fulltext" not in indexes()
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
        assert "ix_claims_fulltext" in indexes()
    finally:
        engine.dispose()
