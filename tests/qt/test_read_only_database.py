"""A database on a read-only medium opens in the window for reading: no lock,
-wal or -shm file beside it, the title says so, and the file stays exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from annotator.domain.errors import StorageFailed
from annotator.domain.models import ArticleStatus
from annotator.paths import resolve_paths
from annotator.ui import app as app_module
from annotator.ui.articles.article_list_model import ARTICLE_ID_ROLE
from annotator.ui.window.main_window import MainWindow
from tests.conftest import SEEDS
from tests.unit.test_hostile_storage import remount_read_only, small_disk  # noqa: F401


def test_the_window_opens_a_database_on_a_read_only_medium_for_reading(
    run_cli,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    small_disk: Path,  # noqa: F811
) -> None:
    db = small_disk / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    for debris in small_disk.glob("a.sqlite3-*"):
        debris.unlink()
    before = db.read_bytes()
    remount_read_only(small_disk)

    # The steps of run_gui (without its event loop, which would outlive this test).
    paths = resolve_paths(db=db)
    assert app_module.cannot_be_written(paths)
    workspace = app_module.open_workspace(paths, create=False)
    settings = app_module.open_settings(paths)
    window = MainWindow(workspace, settings, app_module.reader(settings))
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.windowTitle().endswith("(read-only)")
    assert window.workspace.read_only
    assert window.list_panel.model.rowCount() == 5  # the articles are there to read
    # An edit cannot reach the file: it fails as a write the window reports, nothing more.
    article_id = window.list_panel.model.index(0, 0).data(ARTICLE_ID_ROLE)
    with pytest.raises(StorageFailed):
        window.workspace.annotations.set_article_status(article_id, ArticleStatus.DONE)
    assert sorted(p.name for p in small_disk.iterdir()) == ["a.sqlite3"]
    assert db.read_bytes() == before
    window.close()
    workspace.close()
