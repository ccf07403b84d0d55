"""Team mode: the same program on PostgreSQL as on a SQLite file.

Tests taking ``db_target`` run twice, on a SQLite file and on a fresh PostgreSQL database of
the throwaway server (tests/pg_server.sh; skipped with the reason when there is none, failed
under CI_REQUIRE_POSTGRES=1). Tests taking ``pg_url`` are about the server alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from annotator.domain.errors import DatabaseUnusable, EditConflict
from annotator.domain.models import ArticleStatus
from annotator.paths import resolve_paths
from annotator.services.workspace import Workspace, open_workspace
from annotator.storage import migrate
from tests.conftest import SEEDS, run_annotator_process
from tests.helpers import dataset_document, write_json
from tests.pg_cluster import PASSWORD
from tests.seed_steps import mark_claim, mark_mention, seed_article


def workspace_on(target: str, folder: Path) -> Workspace:
    db: Path | str = target if target.startswith("postgresql") else Path(target)
    paths = resolve_paths(data_dir=folder / "data", db=db)
    paths.ensure()
    return open_workspace(paths, demo=True)


def found(workspace: Workspace, search: str) -> list[str]:
    return [s.id for s in workspace.article_summaries(0, 100, search=search)]


def comparable(document: dict) -> dict:
    """An export without what differs between two imports of the same files: the moments of
    export and import, and the ids the import gives to plain-text articles."""
    document = {k: v for k, v in document.items() if k != "exported_at"}
    for article in document["articles"]:
        article.pop("imported_at", None)
        if article["source"].endswith(".txt") and article["source"][0].isdigit():
            article.pop("id")
    document["articles"].sort(key=lambda article: article["text_sha256"])
    return document


# --- the same program on both engines ---------------------------------------------------------


def test_import_then_export_gives_the_same_dataset_as_a_sqlite_file(
    db_target: str, tmp_path: Path, run_cli
) -> None:
    dataset = write_json(tmp_path / "annotated.json", dataset_document(["Rogov said ten died."]))
    reference = tmp_path / "reference.sqlite3"
    for db in (reference, db_target):
        assert run_cli("--db", db, "import", SEEDS, dataset).code == 0
    assert run_cli("--db", reference, "export", "-o", tmp_path / "a.json").code == 0
    assert run_cli("--db", db_target, "export", "-o", tmp_path / "b.json").code == 0
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert len(b["articles"]) == 6
    assert comparable(b) == comparable(a)
    # Importing the same files again adds nothing, on either engine.
    again = run_cli("--db", db_target, "import", SEEDS, dataset)
    assert again.code == 0 and "0 new article(s)" in again.out


def test_annotating_searching_and_filtering_work_on_both_engines(
    db_target: str, tmp_path: Path
) -> None:
    workspace = workspace_on(db_target, tmp_path)
    try:
        article = seed_article(workspace, "000")
        mention = mark_mention(workspace, article, "Rogov", "PERSON")
        claim = mark_claim(workspace, article, "Rogov")
        workspace.annotations.set_article_status(article.id, ArticleStatus.DONE)
        document = workspace.annotations.open_article(article.id)
        assert document is not None
        assert [m.id for m in document.mentions] == [mention.id]
        assert [c.id for c in document.claims] == [claim.id]
        assert article.text[mention.start : mention.end] == "Rogov"
        # Full-text search: FTS5 on SQLite, tsvector + GIN on PostgreSQL, same answers.
        assert found(workspace, "rogov") == [article.id]
        assert found(workspace, "Rog") == [article.id]  # a prefix
        assert found(workspace, "rogov zzzunknownword") == []
        assert found(workspace, "'\":*&|!") == []  # query syntax stays literal
        done = workspace.article_summaries(0, 100, status=ArticleStatus.DONE, search="Rogov")
        assert [s.id for s in done] == [article.id]
    finally:
        workspace.close()


# --- PostgreSQL alone ------------------------------------------------------------------------


def test_the_migrations_reach_head_on_the_server_and_a_newer_revision_is_refused(
    pg_url: str, tmp_path: Path
) -> None:
    workspace = workspace_on(pg_url, tmp_path)
    workspace.close()
    with psycopg.connect(pg_url) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        indexes = connection.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'"
        ).fetchall()
        assert revision == (migrate.head_revision(),)
        assert ("ix_articles_fulltext",) in indexes
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseUnusable, match="newer version") as refused:
        workspace_on(pg_url, tmp_path)
    assert "9999" in str(refused.value)


def test_a_url_is_never_taken_for_a_file_name(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("--db", "postgresql://nobody@127.0.0.1:1/collection", "stats")
    assert result.code == 2
    assert not (tmp_path / "postgresql:").exists()
    assert list(tmp_path.iterdir()) == []


def _one_short_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = result.err.strip().splitlines()
    assert result.code == 2, result.err
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    assert PASSWORD not in result.err + result.out
    return lines[0]


def test_connection_faults_exit_2_with_one_line_and_never_the_password(
    pg_cluster, pg_url: str, monkeypatch, run_cli
) -> None:
    base = f"postgresql://{pg_cluster.user}@{pg_cluster.host}:{pg_cluster.port}"
    monkeypatch.setenv("PGPASSWORD", PASSWORD + "-wrong")
    assert "wrong or missing password" in _one_short_line(run_cli("--db", pg_url, "stats"))
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert "does not exist" in _one_short_line(run_cli("--db", f"{base}/no_such_db", "stats"))
    unknown = run_cli("--db", "postgresql://u@no-such-host.invalid/db", "stats")
    assert "unknown" in _one_short_line(unknown)
    down = run_cli("--db", f"postgresql://u@127.0.0.1:{_closed_port()}/db", "stats")
    assert "No PostgreSQL server answers" in _one_short_line(down)
    in_url = run_cli("--db", f"postgresql://{pg_cluster.user}:{PASSWORD}@127.0.0.1/db", "stats")
    assert "PGPASSWORD" in _one_short_line(in_url)


def test_a_user_without_rights_and_a_foreign_database_are_refused(
    pg_cluster, pg_url: str, monkeypatch, run_cli
) -> None:
    name = pg_url.rsplit("/", 1)[1]
    pg_cluster.admin("DROP ROLE IF EXISTS reader_only")
    pg_cluster.admin(f"CREATE ROLE reader_only LOGIN PASSWORD '{PASSWORD}'")
    pg_cluster.admin("REVOKE CREATE ON SCHEMA public FROM PUBLIC", database=name)
    reader = f"postgresql://reader_only@{pg_cluster.host}:{pg_cluster.port}/{name}"
    try:
        line = _one_short_line(run_cli("--db", reader, "import", SEEDS))
        assert "may not use" in line and "reader_only" in line
    finally:
        pg_cluster.admin("DROP OWNED BY reader_only CASCADE", database=name)
        pg_cluster.admin("DROP ROLE reader_only")
    with psycopg.connect(pg_url) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    line = _one_short_line(run_cli("--db", pg_url, "stats"))
    assert "another application" in line and "invoices" in line


def test_four_imports_at_once_into_one_server_database_all_succeed(
    pg_url: str, tmp_path: Path
) -> None:
    folders = []
    for number in range(4):
        texts = [f"Report {number}-{i}: the brigade held Izium for {i} days." for i in range(5)]
        document = dataset_document(texts)
        for article in document["articles"]:  # distinct ids per process
            article["id"] = article["id"][:-4] + f"{number}{article['id'][-3:]}"
            for kind in ("mentions", "claims"):
                for item in article[kind]:
                    item["id"] = item["id"][:-4] + f"{number}{item['id'][-3:]}"
                    if kind == "claims":
                        item["mention_ids"] = [m["id"] for m in article["mentions"]]
                        for evidence in item["evidence"]:
                            evidence["id"] = evidence["id"][:-4] + f"{number}{evidence['id'][-3:]}"
        folders.append(write_json(tmp_path / f"batch{number}.json", document))
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", pg_url, "import", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in folders
    ]
    outcomes = [(p.communicate(timeout=120)[1], p.returncode) for p in processes]
    outcomes = [(code, err) for err, code in outcomes]
    assert [code for code, _ in outcomes] == [0, 0, 0, 0], outcomes
    result = run_annotator_process("--db", pg_url, "export", "-o", tmp_path / "all.json")
    assert result.code == 0, result.err
    exported = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert len(exported["articles"]) == 20
    for article in exported["articles"]:
        assert len(article["mentions"]) == 1 and len(article["claims"]) == 1
        for item in article["mentions"] + article["claims"]:
            assert article["text"][item["start"] : item["end"]] == item["quote"]


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- several people at once: optimistic locking ------------------------------------------------


def test_two_people_saving_the_same_claim_never_overwrite_each_other(
    db_target: str, tmp_path: Path
) -> None:
    olena = workspace_on(db_target, tmp_path / "olena")
    taras = workspace_on(db_target, tmp_path / "taras")
    try:
        article = seed_article(olena, "000")
        claim = mark_claim(olena, article, "Rogov")
        mention = mark_mention(olena, article, "Rogov", "PERSON")
        # Both open the article, each holding the stored claim and mention.
        theirs = taras.annotations.open_article(article.id)
        assert theirs is not None
        taras_claim, taras_mention = theirs.claims[0], theirs.mentions[0]
        olena_claim = olena.annotations.open_article(article.id).claims[0]  # type: ignore[union-attr]

        olena_claim.status = "false"
        stored = olena.annotations.update_claim(olena_claim, article.text)
        assert stored.version == olena_claim.version + 1

        taras_claim.status = "true"
        taras_claim.justification = "The ministry confirmed it."
        with pytest.raises(EditConflict, match="someone else saved this claim"):
            taras.annotations.update_claim(taras_claim, article.text)
        # Nothing of his was stored, and his input is still in his hands.
        now = olena.annotations.open_article(article.id).claims[0]  # type: ignore[union-attr]
        assert (now.status, now.justification) == ("false", "")
        assert (taras_claim.status, taras_claim.justification) == (
            "true",
            "The ministry confirmed it.",
        )
        # Read again, apply again: now it is his turn.
        fresh = taras.annotations.open_article(article.id).claims[0]  # type: ignore[union-attr]
        fresh.justification = taras_claim.justification
        assert taras.annotations.update_claim(fresh, article.text).justification

        olena_mention = olena.annotations.open_article(article.id).mentions[0]  # type: ignore[union-attr]
        olena_mention.type = "ORG"
        olena.annotations.update_mention(olena_mention, article.text)
        taras_mention.type = "GPE"
        with pytest.raises(EditConflict, match="mention"):
            taras.annotations.update_mention(taras_mention, article.text)
        olena.annotations.delete_claim(claim.id)
        with pytest.raises(EditConflict, match="deleted"):
            taras.annotations.update_claim(fresh, article.text)
        assert mention.id == taras_mention.id
    finally:
        olena.close()
        taras.close()
