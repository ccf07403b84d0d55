"""A transaction of megabytes (a file attached as evidence) on SQLite: its commit leaves the copy
of the WAL into the database file to a thread after it, and its connection goes back to the
pool as it was, so later commits checkpoint as SQLite does (docs/design/storage.md)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import select

from annotator.paths import resolve_paths
from annotator.services.workspace import Workspace, open_workspace
from annotator.storage.database import Database, open_database
from annotator.storage.rows import PreferenceRow

MEGABYTE = 1024 * 1024


def autocheckpoints(database: Database) -> int:
    with database.transaction() as session:
        pages = session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    assert pages is not None
    return int(pages)


def a_claim_id(workspace: Workspace) -> str:
    article = workspace.article_summaries(0, 1)[0]
    document = workspace.annotations.open_article(article.id)
    assert document is not None
    claim = workspace.annotations.new_claim(document.article, 0, 10, None)
    workspace.annotations.add_claim(claim)
    return claim.id


def test_a_large_transaction_gives_its_connection_back_with_its_checkpoints(
    tmp_path: Path,
) -> None:
    database = open_database(tmp_path / "annotator.sqlite3")
    try:
        before = autocheckpoints(database)
        assert before > 0
        with database.transaction(large=True) as session:
            session.add(PreferenceRow(key="test.large", value="x" * MEGABYTE))
        assert autocheckpoints(database) == before
        try:
            with database.transaction(large=True) as session:
                session.add(PreferenceRow(key="test.refused", value="y"))
                raise KeyError("the action fails: rolled back")
        except KeyError:
            pass
        assert autocheckpoints(database) == before
        with database.reading() as session:
            query = select(PreferenceRow.key).where(PreferenceRow.key.startswith("test."))
            kept = set(session.scalars(query))
        assert kept == {"test.large"}
    finally:
        database.close()


def test_an_attached_file_of_megabytes_is_in_the_database_file_once_closed(
    tmp_path: Path,
) -> None:
    video = tmp_path / "interview.mp4"
    content = os.urandom(MEGABYTE) * 6  # more than the WAL's 1,000 pages of 4 KiB
    video.write_bytes(content)
    paths = resolve_paths(data_dir=tmp_path / "data")
    workspace = open_workspace(paths, demo=True)
    claim_id = a_claim_id(workspace)
    attached = workspace.evidence.attach(claim_id, [video])
    assert not attached.refused
    workspace.close()
    assert not Path(f"{paths.db}-wal").exists()
    # The file alone, read as it is on disk (no WAL), holds every byte.
    on_disk = sqlite3.connect(f"file:{paths.db}?mode=ro&immutable=1", uri=True)
    try:
        (stored,) = on_disk.execute("SELECT sum(length(data)) FROM stored_file_chunks").fetchone()
    finally:
        on_disk.close()
    assert stored == len(content)
    reopened = open_workspace(paths)
    try:
        (kept,) = reopened.evidence.kept_files(claim_id)
        with reopened.evidence.opened(kept.file.sha256) as stream:
            assert stream.read() == content
    finally:
        reopened.close()
