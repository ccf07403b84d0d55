"""The claim form's dates have a calendar beside the typed text, and its restatement has room
for several lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.test_claim_form import type_into
from tests.qt.user_steps import OpenWindow, claim_words, open_article, stored_claim


def calendar_button(field: QLineEdit):  # type: ignore[no-untyped-def]
    (action,) = [a for a in field.actions() if not a.icon().isNull()]
    return action


def test_a_day_picked_on_the_calendar_is_stored_iso(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form

    # Typed day first, the calendar opens at that day.
    type_into(qtbot, form.claim_date, "22.06.2026")
    assert stored_claim(window, claim.id).claim_date == "2026-06-22"
    calendar_button(form.claim_date).trigger()
    popup = form.claim_date.property("calendarPopup")
    qtbot.waitUntil(popup.isVisible)
    assert popup.selectedDate() == QDate(2026, 6, 22)

    # A click on the 24th: stored as an ISO date, shown as stored, the calendar gone.
    popup.setSelectedDate(QDate(2026, 6, 24))
    popup.clicked.emit(QDate(2026, 6, 24))
    QApplication.processEvents()
    assert not popup.isVisible()
    assert form.claim_date.text() == "2026-06-24"
    assert stored_claim(window, claim.id).claim_date == "2026-06-24"

    # The review date too, from the keyboard: Enter in the calendar picks the day shown.
    calendar_button(form.review_date).trigger()
    review_popup = form.review_date.property("calendarPopup")
    qtbot.waitUntil(review_popup.isVisible)
    review_popup.setSelectedDate(QDate(2026, 7, 1))
    review_popup.activated.emit(review_popup.selectedDate())
    assert stored_claim(window, claim.id).review.published_at == "2026-07-01"
    window.controller.history.undo()
    assert stored_claim(window, claim.id).review.published_at is None  # a step like any other


def test_the_restatement_grows_with_its_lines(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    field = window.panel.claim_form.claim_reviewed
    empty_height = field.height()
    line = field.fontMetrics().lineSpacing()
    assert empty_height >= 2 * line  # room for two lines from the start
    field.setFocus()
    for words in ("Ten Guardsmen", "were killed", "near Izum", "by a drone"):
        qtbot.keyClicks(field, words)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert field.height() >= empty_height + 2 * line  # it grew instead of scrolling
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert stored_claim(window, claim.id).claim_reviewed == (
        "Ten Guardsmen\nwere killed\nnear Izum\nby a drone"
    )
