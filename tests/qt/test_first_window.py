"""`annotator` with no command opens a window listing the articles; a first start (an empty
data directory) shows the five demo articles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from annotator.__main__ import main
from annotator.ui.articles.article_list_model import ARTICLE_ID_ROLE
from annotator.ui.window.main_window import MainWindow
from tests.helpers import new_workspace


def _window_contents_on_start(argv: list[str]) -> tuple[int, list[str]]:
    seen: list[str] = []

    def look_and_close() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        assert len(windows) == 1
        table = windows[0].findChild(QTableView, "articleList")
        model = table.model()
        seen.extend(model.index(row, 0).data() for row in range(model.rowCount()))
        windows[0].close()

    QTimer.singleShot(0, look_and_close)
    return main(argv), seen


def test_a_first_start_shows_the_demo_articles(qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    code, titles = _window_contents_on_start(["--data-dir", str(empty)])
    assert code == 0
    assert len(titles) == 5
    assert "This is how Russian soldiers escaped from the Ukrainian counteroffensive" in titles
    assert (empty / "annotator.sqlite3").exists()
    # A second start does not load the demo again.
    code, titles = _window_contents_on_start(["--data-dir", str(empty)])
    assert code == 0 and len(titles) == 5


def test_the_window_opens_a_given_database(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "other")
    (tmp_path / "one.txt").write_text("Only article\nBody text here.\n", encoding="utf-8")
    workspace.import_paths([tmp_path / "one.txt"])
    workspace.close()
    code, titles = _window_contents_on_start(
        ["--db", str(tmp_path / "other" / "annotator.sqlite3")]
    )
    assert code == 0 and titles == ["Only article"]


def test_the_article_list_fetches_lazily(qtbot: QtBot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.articles import article_list_model

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(article_list_model.PAGE_SIZE * 2 + 7):
        (folder / f"{i:04d}.txt").write_text(f"Article {i}\nBody {i}.\n", encoding="utf-8")
    workspace = new_workspace(tmp_path / "data")
    workspace.import_paths([folder])
    model = article_list_model.ArticleListModel(workspace)
    try:
        assert model.rowCount() == article_list_model.PAGE_SIZE  # the first page only
        qtmodeltester.check(model)
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == model.total == article_list_model.PAGE_SIZE * 2 + 7
        assert model.index(0, 0).data() == "Article 0"
        assert model.index(model.rowCount() - 1, 0).data(ARTICLE_ID_ROLE)
    finally:
        workspace.close()
