"""A large dataset imported into a new project: its indexes and full-text indexes are built once,
after the rows, and the project is the same as one filled row by row — the same schema, the same
search results, nothing left out of an index — and a refused file leaves it as it was."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from annotator.domain.errors import DatabaseUnusable
from annotator.exits import EXIT_UNUSABLE
from annotator.services.importing import dataset_storing
from annotator.services.importing.import_report import Outcome
from annotator.storage import sqlite_bulk
from annotator.storage.database import open_database
from annotator.storage.repositories.article_repository import ArticleRepository
from tests.conftest import CliResult
from tests.helpers import dataset_document, new_workspace, write_json

KNOWN = Path(__file__).resolve().parents[1] / "data" / "known"

pytestmark = pytest.mark.sqlite_only(reason="SQLite's own indexes, FTS5 and page cache")


def texts(count: int) -> list[str]:
    return [
        f"Report {n}: the mayor of Kharkiv said {n} schools reopened on Monday, "
        f"and the minister called it progress number {n}."
        for n in range(count)
    ]


def schema_of(db: Path) -> list[tuple[str, str, str, str | None]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        connection.close()


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def project(folder: Path) -> Path:
    workspace = new_workspace(folder)
    workspace.close()
    return folder / "annotator.sqlite3"


def test_a_new_project_filled_in_bulk_has_the_schema_search_and_integrity_of_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 7)  # several batches, one load
    fresh = project(tmp_path / "fresh")
    db = project(tmp_path / "app")
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([write_json(tmp_path / "d.json", dataset_document(texts(30)))])
    workspace.close()
    assert [r.line() for r in report.refused] == []
    assert report.articles_added == 30

    assert schema_of(db) == schema_of(fresh)  # every index and trigger back, word for word
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    for fts in ("articles_fts", "claims_fts"):  # each index holds exactly its table's rows
        query(db, f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    found = query(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kharkiv'")
    assert found == [(30,)]
    claims = query(db, "SELECT count(*) FROM claims")[0][0]
    assert claims == 30
    # Each claim quotes the last word of its article ("progress number n."), found by word
    found = query(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH '17'")
    assert found == [(1,)]
    plan = query(db, "EXPLAIN QUERY PLAN SELECT id FROM mentions WHERE article_id = 'x'")
    assert "ix_mentions_article_span" in str(plan)  # the rebuilt index is the one used


def test_what_is_added_after_a_bulk_load_is_indexed_by_the_triggers_again(tmp_path: Path) -> None:
    db = project(tmp_path / "app")
    workspace = new_workspace(tmp_path / "app")
    workspace.import_paths([write_json(tmp_path / "d.json", dataset_document(texts(3)))])
    (tmp_path / "later.txt").write_text("A later note about Odesa harbour.", encoding="utf-8")
    workspace.import_paths([tmp_path / "later.txt"])
    workspace.close()
    found = query(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'odesa'")
    assert found == [(1,)]


def test_a_file_refused_in_a_later_batch_leaves_a_new_project_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 5)  # the good batches are written
    fresh = project(tmp_path / "fresh")
    db = project(tmp_path / "app")
    document = dataset_document(texts(20))
    document["articles"][17]["mentions"][0]["start"] += 1  # no longer where its quote is
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([write_json(tmp_path / "bad.json", document)])
    workspace.close()
    assert len(report.refused) == 1
    assert report.refused[0].reason.startswith("article 18 (")
    assert schema_of(db) == schema_of(fresh)
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]
    assert query(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kharkiv'") == [
        (0,)
    ]


def test_a_table_that_holds_rows_keeps_its_indexes_and_the_cache_size_comes_back(
    tmp_path: Path,
) -> None:
    database = open_database(tmp_path / "app.sqlite3")
    try:
        with database.transaction() as session:
            connection = session.connection()
            before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            with sqlite_bulk.loading(connection, ("articles", "claims")) as deferred:
                # Both empty: their indexes and FTS triggers wait for the end of the load
                assert "ix_articles_status" in " ".join(deferred.indexes)
                assert deferred.fts_tables == ["articles_fts", "claims_fts"]
                size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
                assert size == -sqlite_bulk.CACHE_KIB
            assert deferred.indexes == deferred.fts_tables == deferred.triggers == []
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == before
        workspace_db = tmp_path / "app.sqlite3"
    finally:
        database.close()
    (tmp_path / "one.txt").write_text("One article already here.", encoding="utf-8")
    workspace = new_workspace(tmp_path / "w")
    workspace.import_paths([tmp_path / "one.txt"])
    workspace.close()
    database = open_database(tmp_path / "w" / "annotator.sqlite3")
    try:
        with database.transaction() as session:
            with sqlite_bulk.loading(session.connection(), ("articles",)) as deferred:
                assert deferred.indexes == [] and deferred.triggers == []
            with ArticleRepository(session).loading():
                pass
    finally:
        database.close()
    assert schema_of(workspace_db) == schema_of(tmp_path / "w" / "annotator.sqlite3")


@pytest.mark.parametrize("kind", ["article", "mention", "claim", "evidence"])
def test_an_id_used_twice_in_a_file_is_refused_across_batches_into_a_new_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    # Into an empty database the known-id look-ups are left out: the file's own check must
    # still catch an id that an earlier batch wrote.
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 4)
    document = dataset_document(texts(12))
    first, late = document["articles"][1], document["articles"][10]
    for article in (first, late):
        article["claims"][0]["evidence"] = [
            {
                "id": f"{article['id'][:-4]}e000",
                "url": "https://example.org/report",
                "archive_url": None,
                "title": "Report",
                "stance": "refutes",
                "excerpt": "",
                "accessed_at": None,
                "file": None,
            }
        ]
    if kind == "article":
        late["id"] = first["id"]
    elif kind == "mention":
        late["mentions"][0]["id"] = first["mentions"][0]["id"]
        late["claims"][0]["mention_ids"] = [first["mentions"][0]["id"]]
    elif kind == "claim":
        late["claims"][0]["id"] = first["claims"][0]["id"]
    else:
        late["claims"][0]["evidence"][0]["id"] = first["claims"][0]["evidence"][0]["id"]
    db = project(tmp_path / "app")
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([write_json(tmp_path / "twice.json", document)])
    workspace.close()
    assert [r.reason for r in report.refused] != []
    assert "is used twice" in report.refused[0].reason
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]


def test_one_text_twice_in_a_file_is_one_article_across_batches_into_a_new_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 3)
    document = dataset_document([*texts(8), texts(8)[1]])
    db = project(tmp_path / "app")
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([write_json(tmp_path / "again.json", document)])
    workspace.close()
    assert [r.line() for r in report.refused] == []
    assert query(db, "SELECT count(*) FROM articles") == [(8,)]
    # The repeated text's annotations join the article of its first appearance
    second = document["articles"][1]["id"]
    assert query(db, f"SELECT count(*) FROM mentions WHERE article_id = '{second}'") == [(2,)]


def test_a_feed_loaded_into_an_empty_library_is_searched_as_one_stored_row_by_row(
    tmp_path: Path,
) -> None:
    fresh = project(tmp_path / "fresh")
    db = project(tmp_path / "app")
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([KNOWN / "datacommons_feed.json"])
    matches = workspace.known.match_text("Was the bridge at Balakliia destroyed on 30 November?")
    workspace.close()
    assert report.results[0].outcome is not Outcome.REFUSED
    assert schema_of(db) == schema_of(fresh)
    query(db, "INSERT INTO known_fact_checks_fts(known_fact_checks_fts) VALUES ('integrity-check')")
    stored = query(db, "SELECT count(*) FROM known_fact_checks")[0][0]
    indexed = query(db, "SELECT count(*) FROM known_fact_checks_fts")[0][0]
    assert stored == indexed > 0
    assert matches[0].check.url == "https://factcheck.example/2024/12/balakliia-bridge"


def test_the_collection_is_read_while_a_dataset_loads_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the window reads the article list while its worker imports: the readers see the
    # collection as it was (their snapshot, with its indexes), never an error.
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 5)
    workspace = new_workspace(tmp_path / "app")
    errors: list[BaseException] = []
    counts: list[int] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                counts.append(workspace.article_count(search="kharkiv"))
                workspace.article_summaries(0, 20)
            except BaseException as error:  # collected for the assertion below
                errors.append(error)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        report = workspace.import_paths(
            [write_json(tmp_path / "d.json", dataset_document(texts(50)))]
        )
    finally:
        done.set()
        reader.join()
    after = workspace.article_count(search="kharkiv")
    workspace.close()
    assert errors == []
    assert [r.line() for r in report.refused] == []
    assert report.articles_added == 50 and after == 50
    assert counts and set(counts) <= {0, 50}  # before the commit or after it, nothing between


def test_the_command_line_fills_a_new_database_without_a_wal_and_leaves_it_in_wal_mode(
    tmp_path: Path, run_cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new file filled by one command is written once (SQLite's rollback journal), then
    left in WAL mode as every project; an existing one, or the window's, keeps the WAL."""
    modes: list[str] = []
    store_batch = dataset_storing._store_batch

    def watched(session: Session, *args: Any, **keywords: Any) -> None:
        modes.append(str(session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()))
        store_batch(session, *args, **keywords)

    monkeypatch.setattr(dataset_storing, "_store_batch", watched)
    db = tmp_path / "new.sqlite3"
    first = write_json(tmp_path / "first.json", dataset_document(texts(30)))
    assert run_cli("import", first, "--db", db).code == 0
    assert modes and set(modes) == {"delete"}
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (30,)
    finally:
        connection.close()
    assert not Path(f"{db}-journal").exists()

    modes.clear()
    assert run_cli("import", first, "--db", db).code == 0  # into the existing file
    assert set(modes) == {"wal"}

    modes.clear()
    workspace = new_workspace(tmp_path / "window")  # a new project the window opens
    try:
        workspace.import_paths([first])
    finally:
        workspace.close()
    assert set(modes) == {"wal"}


def test_a_hot_journal_left_by_a_killed_command_is_rolled_back_at_the_next_open(
    tmp_path: Path,
) -> None:
    """A command filling a new database is killed after SQLite began writing the file (its
    cache spilled, or its commit began): the journal beside it is hot. The next open rolls
    it back, and finds the project as it was before, not a damaged file."""
    db = tmp_path / "new.sqlite3"
    database = open_database(db, alone=True)
    raw = database.engine.raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    try:
        driver.execute("PRAGMA cache_size=8")  # eight pages: the changes spill into the file
        driver.execute("BEGIN IMMEDIATE")
        driver.execute("CREATE TABLE half_written (page BLOB)")
        for _ in range(200):
            driver.execute("INSERT INTO half_written VALUES (zeroblob(4000))")
        journal = Path(f"{db}-journal")
        assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")  # hot: synced
        # The files as a SIGKILL at this moment leaves them.
        for name in (db.name, journal.name):
            (crashed / name).write_bytes((tmp_path / name).read_bytes())
        driver.execute("ROLLBACK")
    finally:
        raw.close()
        database.close()

    reopened = open_database(crashed / db.name)
    try:
        assert reopened.integrity_check() == ["ok"]
    finally:
        reopened.close()
    assert not (crashed / f"{db.name}-journal").exists()
    connection = sqlite3.connect(crashed / db.name)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert "half_written" not in tables and "articles" in tables


def test_another_program_opening_a_database_being_filled_is_told_so(
    tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    """While a command fills a new database without the WAL, another program (the window, a
    command) cannot put it back in WAL mode: it is told why and what to do, with the
    command's work untouched; once the command has ended, the file opens as any other."""
    db = tmp_path / "new.sqlite3"
    filling = open_database(db, alone=True)
    try:
        with filling.transaction() as session:
            session.connection()  # BEGIN IMMEDIATE: the command holds the write lock
            refused = run_cli("stats", "--db", db)
            with pytest.raises(DatabaseUnusable, match="is being filled by another program"):
                other = open_database(db)
                try:
                    with other.reading_connection():
                        pass
                finally:
                    other.close()
    finally:
        filling.close()
    assert refused.code == EXIT_UNUSABLE
    assert "is being filled by another program" in refused.err
    assert "Try again when it has finished" in refused.err
    assert run_cli("stats", "--db", db).code == 0
