"""Finding and moving through articles: a search box over titles and full texts, a status
filter, Ctrl+PgDown / Ctrl+PgUp to the next and previous article, and Ctrl+Return to mark the
article done and go on — stored in the database, shown in the list and the status bar."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.ui.articles.article_list_panel import SEARCH_PAUSE_MS
from annotator.ui.window.main_window import MainWindow
from tests.qt.user_steps import OpenWindow, key

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NORTH_KOREAN = [
    "Intense Battle Unfolding in Russian Province Amid Ukraine's Unexpected Offensive",
    "Ukraine Claims Capture of Two Injured North Korean Soldiers Fighting for Russia",
]
STATUS = 2  # the article list's status column


def listed(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def current_title(window: MainWindow) -> str:
    return window.controller.document.article.title


def stored_status(window: MainWindow, title: str) -> str:
    with closing(sqlite3.connect(window.workspace.path)) as connection:
        (status,) = connection.execute(
            "SELECT status FROM articles WHERE title = ?", (title,)
        ).fetchone()
    return status


def test_the_search_box_filters_over_the_full_text(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    search = window.list_panel.search
    assert len(listed(window)) == 5
    key(qtbot, window.view, Qt.Key.Key_F, CTRL | SHIFT)  # Search all articles: the box
    assert search.hasFocus()

    qtbot.keyClicks(search, "korean soldiers")
    assert len(listed(window)) == 5  # not on every keystroke …
    qtbot.waitUntil(
        lambda: listed(window) == NORTH_KOREAN, timeout=SEARCH_PAUSE_MS * 8
    )  # … on a pause

    # The body counts, not only the title: the Izyum article links to "N. Korean Troops …".
    search.clear()
    qtbot.keyClicks(search, "korean")
    key(qtbot, search, Qt.Key.Key_Return)  # Enter searches at once
    assert len(listed(window)) == 3
    assert listed(window)[0].startswith("According to a local deputy of the liberated city")

    # Enter opened the first hit and went to its text: back to the search box.
    key(qtbot, window.view, Qt.Key.Key_F, CTRL | SHIFT)
    search.clear()
    key(qtbot, search, Qt.Key.Key_Return)
    assert len(listed(window)) == 5
    qtbot.keyClicks(search, "zzzz-nothing")
    key(qtbot, search, Qt.Key.Key_Return)
    assert listed(window) == []
    assert window.controller.document is not None  # the open article stays open


def test_next_previous_and_done_from_the_keyboard(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    titles = listed(window)
    assert current_title(window) == titles[0]
    assert window.status.position.text() == "Article 1 of 5"
    window.view.setFocus()

    key(qtbot, window.view, Qt.Key.Key_PageDown, CTRL)
    assert current_title(window) == titles[1]
    assert window.status.position.text() == "Article 2 of 5"
    key(qtbot, window.view, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, window.view, Qt.Key.Key_PageUp, CTRL)
    assert current_title(window) == titles[1]
    key(qtbot, window.view, Qt.Key.Key_PageUp, CTRL)
    key(qtbot, window.view, Qt.Key.Key_PageUp, CTRL)  # already the first
    assert current_title(window) == titles[0]
    assert "first article" in window.status.currentMessage()

    key(qtbot, window.view, Qt.Key.Key_Return, CTRL)  # done, and on to the next
    assert stored_status(window, titles[0]) == "done"
    assert window.list_panel.model.index(0, STATUS).data() == "Done"
    assert current_title(window) == titles[1]
    assert window.status.position.text() == "Article 2 of 5"
    assert window.list_panel.table.currentIndex().row() == 1

    window.actions_by_name["in_progress"].trigger()
    assert stored_status(window, titles[1]) == "in_progress"
    assert window.list_panel.model.index(1, STATUS).data() == "In progress"


def test_the_status_filter_and_done_in_a_to_do_list(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    titles = listed(window)
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Return, CTRL)
    assert current_title(window) == titles[1]

    status_filter = window.list_panel.status
    status_filter.setCurrentIndex(status_filter.findText("Done"))
    assert listed(window) == [titles[0]]
    assert window.status.position.text() == "1 article"  # the open one is not listed
    status_filter.setCurrentIndex(status_filter.findText("To do"))
    assert listed(window) == titles[1:]
    assert current_title(window) == titles[1]  # still open, and current in the list again
    assert window.list_panel.current_id() == window.controller.document.article.id
    assert window.status.position.text() == "Article 1 of 4"

    # Marking it done in a "to do" list: the next one opens; the finished one shows "Done"
    # until the list is filtered again, then it leaves.
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Return, CTRL)
    assert stored_status(window, titles[1]) == "done"
    assert current_title(window) == titles[2]
    assert window.list_panel.model.index(0, STATUS).data() == "Done"
    window.list_panel.search.setFocus()
    key(qtbot, window.list_panel.search, Qt.Key.Key_Return)
    assert listed(window) == titles[2:]
    assert window.list_panel.current_id() == window.controller.document.article.id
