"""The window on a team database: the same window, on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.app import open_settings, who_annotates
from annotator.ui.window.main_window import MainWindow
from tests.pg_cluster import PASSWORD


def test_the_window_opens_a_team_database_and_shows_where_it_is(
    pg_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    paths = resolve_paths(data_dir=tmp_path / "data", db=pg_url)
    paths.ensure()
    workspace = open_workspace(paths, demo=True)
    settings = open_settings(paths)
    window = MainWindow(workspace, settings, who_annotates(workspace, settings))
    qtbot.addWidget(window)
    try:
        with qtbot.waitExposed(window):
            window.show()
        window.start()
        title = window.windowTitle()
        assert pg_url.split("@", 1)[1] in title and PASSWORD not in title
        assert workspace.article_count() == 5  # the demo articles, on the server
        assert not (tmp_path / "data" / "annotator.sqlite3").exists()  # nothing local
        window.grab().save(str(tmp_path / "team_window.png"))
    finally:
        window.close()
        workspace.close()
