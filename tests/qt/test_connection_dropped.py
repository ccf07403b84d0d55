"""The team database's connection drops mid-session (faults): the edit in flight is
reported as not saved, stays in the form, and is saved by itself once the server takes
connections again; then the status bar says "✓ All changes saved" and the row is in the
database. On a real PostgreSQL server: the session's backends are terminated and new
connections refused, as when the server restarts or the network goes."""

from __future__ import annotations

from pathlib import Path

import psycopg
from pytestqt.qtbot import QtBot

from annotator.domain.models import ArticleStatus
from annotator.ui.window.status_bar import SAVED
from tests.pg_cluster import Cluster
from tests.qt.database_steps import StartSession, start_session  # noqa: F401
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import claim_words, open_article


def server_rows(cluster: Cluster, database: str, sql: str, *params: str) -> list[tuple]:
    """What the server holds, read on a connection of its own (not the window's)."""
    with psycopg.connect(
        host=cluster.host,
        port=cluster.port,
        user=cluster.user,
        password=cluster.password,
        dbname=database,
    ) as connection:
        return connection.execute(sql, params).fetchall()


def stored_claims(cluster: Cluster, database: str) -> list[tuple[str, str | None]]:
    return server_rows(cluster, database, "SELECT id, claim_reviewed FROM claims")


def drop_connections(cluster: Cluster, database: str) -> None:
    """No new connections to the database, and the open ones cut, as the administrator can."""
    cluster.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
    cluster.admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )


def test_an_edit_made_while_the_connection_is_down_is_kept_and_saved_on_reconnect(
    start_session: StartSession,  # noqa: F811
    pg_cluster: Cluster,
    pg_url: str,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    database = pg_url.rsplit("/", 1)[1]
    session = start_session(tmp_path / "data", pg_url)
    window = session.window
    window.save_retry.delays = (100, 200, 400)  # the window waits 1, 2, 4 … 30 s
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    assert window.status.saved.text() == SAVED

    drop_connections(pg_cluster, database)
    try:
        form.claim_reviewed.setFocus()
        form.claim_reviewed.setText("Ten guardsmen were killed")
        form.claim_reviewed.setModified(True)
        form.claim_reviewed.editingFinished.emit()

        assert "NOT saved" in window.status.saved.text()
        assert "kept" in window.status.currentMessage()
        assert form.claim_reviewed.text() == "Ten guardsmen were killed"  # the input stays
        assert len(window.controller.unsaved) == 1
        assert not window.watch.check()  # looking for others' changes fails quietly
        # The retries meet a closed door and keep waiting.
        qtbot.waitUntil(lambda: "does not answer" in window.status.currentMessage(), timeout=5000)
        assert "NOT saved" in window.status.saved.text()
    finally:
        pg_cluster.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')

    qtbot.waitUntil(lambda: window.status.saved.text() == SAVED, timeout=10000)
    assert window.controller.unsaved == []
    assert stored_claims(pg_cluster, database) == [(claim.id, "Ten guardsmen were killed")]
    assert form.claim_reviewed.text() == "Ten guardsmen were killed"
    # The saved edit is a step of the history like any other.
    window.controller.history.undo()
    assert stored_claims(pg_cluster, database) == [(claim.id, None)]


def test_opening_an_article_while_the_server_is_away_says_so_and_keeps_the_open_one(
    start_session: StartSession,  # noqa: F811
    pg_cluster: Cluster,
    pg_url: str,
    tmp_path: Path,
    dialog_log,
) -> None:
    database = pg_url.rsplit("/", 1)[1]
    window = start_session(tmp_path / "data", pg_url).window
    first, second = window.workspace.article_summaries(0, 2)
    window.open_article(first.id)
    drop_connections(pg_cluster, database)
    try:
        window.open_article(second.id)
    finally:
        pg_cluster.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    (title, message) = [args for name, args in dialog_log.calls if name == "show_error"][-1]
    assert title == "The team database does not answer"
    assert "nothing was changed" in message and "Traceback" not in message
    assert window.controller.document is not None
    assert window.controller.document.article.id == first.id
    window.open_article(second.id)  # the server is back: it opens
    assert window.controller.document.article.id == second.id


def test_a_status_set_while_the_connection_is_down_is_kept_and_saved_on_reconnect(
    start_session: StartSession,  # noqa: F811
    pg_cluster: Cluster,
    pg_url: str,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    database = pg_url.rsplit("/", 1)[1]
    window = start_session(tmp_path / "data", pg_url).window
    window.save_retry.delays = (100, 200, 400)
    article_id = window.workspace.article_summaries(0, 1)[0].id
    window.open_article(article_id)

    def stored_status() -> str:
        sql = "SELECT status FROM articles WHERE id = %s"
        return server_rows(pg_cluster, database, sql, article_id)[0][0]

    assert stored_status() == "todo"
    drop_connections(pg_cluster, database)
    try:
        window.controller.set_article_status(ArticleStatus.DONE)
        assert "NOT saved" in window.status.saved.text()
        assert len(window.controller.unsaved) == 1
        assert window.controller.document.article.status == ArticleStatus.DONE  # as chosen
    finally:
        pg_cluster.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: window.status.saved.text() == SAVED, timeout=10000)
    assert window.controller.unsaved == []
    assert stored_status() == "done"
