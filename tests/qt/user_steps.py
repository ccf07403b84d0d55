"""What a user does in the window, in small steps the tests tell their stories with.

Selecting words, pressing a key, clicking a table row or a highlight: always through the
real widgets, so a step fails when the window would fail the user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from annotator.domain.models import Claim, Mention
from annotator.ui.annotations.annotation_table_model import ANNOTATION_ID_ROLE
from annotator.ui.window.main_window import MainWindow
from tests.qt.test_annotation_story import key, open_article

__all__ = [
    "OpenWindow",
    "claim_words",
    "click_row",
    "click_text",
    "key",
    "open_article",
    "select_words",
    "tag_words",
]

# The open_window fixture of conftest: a real window over the database of a data folder.
OpenWindow = Callable[..., MainWindow]


def select_words(window: MainWindow, words: str, occurrence: int = 0) -> None:
    """Select words through Qt's own cursor API, as a mouse or Shift+arrows would."""
    document = window.view.document()
    found = QTextCursor(document)
    for _ in range(occurrence + 1):
        found = document.find(words, found, QTextDocument.FindFlag.FindCaseSensitively)
        assert not found.isNull(), words
    window.view.setTextCursor(found)
    window.view.setFocus()


def tag_words(window: MainWindow, qtbot: QtBot, words: str, digit: int) -> Mention:
    """Select the first occurrence of ``words`` and press the entity type's digit."""
    select_words(window, words)
    key(qtbot, window.view, getattr(Qt.Key, f"Key_{digit}"))
    found = [m for m in window.controller.document.mentions if m.quote == words]
    assert len(found) == 1, f"no mention of {words!r} after pressing {digit}"
    return found[0]


def claim_words(window: MainWindow, qtbot: QtBot, words: str) -> Claim:
    select_words(window, words)
    key(qtbot, window.view, Qt.Key.Key_C)
    found = [c for c in window.controller.document.claims if c.quote == words]
    assert len(found) == 1, f"no claim on {words!r} after pressing C"
    return found[0]


def stored_claim(window: MainWindow, claim_id: str) -> Claim:
    """The claim as the database holds it now (not the window's copy)."""
    document = window.workspace.annotations.open_article(window.controller.document.article.id)
    (claim,) = [c for c in document.claims if c.id == claim_id]
    return claim


def click_row(qtbot: QtBot, table: QTableView, annotation_id: str) -> None:
    """Click the row of an annotation in a table showing ANNOTATION_ID_ROLE."""
    model = table.model()
    (row,) = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(ANNOTATION_ID_ROLE) == annotation_id
    ]
    index = model.index(row, 1)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    QApplication.processEvents()


def click_text(qtbot: QtBot, window: MainWindow, code_point: int) -> None:
    """Click the article where the character at ``code_point`` (a Python offset) is drawn."""
    view = window.view
    view.reveal(code_point)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_utf16(code_point))
    rect = view.cursorRect(cursor)
    # A cursor rectangle is the left edge of the character: click a little inside it.
    point = QPoint(rect.center().x() + 2, rect.center().y())
    assert view.viewport().rect().contains(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QApplication.processEvents()
