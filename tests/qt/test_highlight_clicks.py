"""Clicking a highlight in the article selects its annotation; where spans nest, the
innermost wins; hovering a span tells what it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from annotator.ui.window.main_window import MainWindow
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, click_text, open_article, tag_words


def inside(window: MainWindow, words: str, offset: int = 2) -> int:
    """A code point a few characters into the first occurrence of ``words``."""
    return window.controller.document.article.text.index(words) + offset


def test_clicking_a_highlight_selects_the_innermost_annotation(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    guard = tag_words(window, qtbot, "National Guard", 2)  # inside the claim
    rogov = tag_words(window, qtbot, "Rogov", 1)
    window.controller.select(None)

    click_text(qtbot, window, inside(window, "Rogov"))
    assert window.controller.selected_id == rogov.id
    assert window.view.painter.selected == rogov.id

    click_text(qtbot, window, inside(window, "National Guard"))
    assert window.controller.selected_id == guard.id  # the mention, not the claim around it
    assert window.panel.forms.currentWidget().widget() is window.panel.mention_form

    click_text(qtbot, window, inside(window, "members"))  # only the claim covers this word
    assert window.controller.selected_id == claim.id
    assert window.panel.forms.currentWidget().isAncestorOf(window.panel.claim_form)

    # Plain text selects nothing new; the last annotation stays selected.
    click_text(qtbot, window, inside(window, "escalation"))
    assert window.controller.selected_id == claim.id


def test_a_span_has_a_tooltip_saying_what_it_is(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    tag_words(window, qtbot, "National Guard", 2)
    assert window.controller.set_claim_status("false", claim.id)
    view = window.view

    at_guard = view.to_utf16(inside(window, "National Guard"))
    tips = [span.tooltip for span in view.painter.spans_at(at_guard)]
    assert tips == ["Organisation · National Guard", "Claim · False"]  # innermost first
    at_plain = view.to_utf16(inside(window, "escalation"))
    assert view.painter.spans_at(at_plain) == []

    # And as the user sees it: the tooltip event Qt sends when the mouse rests on the words.
    view.reveal(inside(window, "National Guard"))
    cursor = QTextCursor(view.document())
    cursor.setPosition(at_guard)
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    try:
        assert QToolTip.text() == "Organisation · National Guard\nClaim · False"
    finally:
        QToolTip.hideText()
