"""The claim form saves itself, field by field, and refuses what cannot be saved with a red
field and a word in the status bar. A claimant picked from the article's mentions links that
mention. Everything typed is in the database: a second window on the same data folder shows
exactly the same claim."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.qt.conftest import DialogLog, close
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, key, open_article, stored_claim, tag_words

RED = "#c62828"


def type_into(qtbot: QtBot, field: QLineEdit, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Click into a field, replace its text, and leave it with Tab (or press Enter)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    key(qtbot, field, then)


def test_typing_the_claim_saves_when_leaving_the_field(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    assert QApplication.focusWidget() is form.claim_reviewed  # C leads straight here
    steps = window.controller.stack.count()

    qtbot.keyClicks(form.claim_reviewed, "Ten National Guard members were killed")
    assert stored_claim(window, claim.id).claim_reviewed is None  # not while typing
    key(qtbot, form.claim_reviewed, Qt.Key.Key_Tab)
    assert stored_claim(window, claim.id).claim_reviewed == "Ten National Guard members were killed"
    assert window.controller.stack.count() == steps + 1

    # A second edit of the same field joins the first: one undo step for the whole text. The
    # restatement has several lines: Enter starts a new one, saved with it.
    form.claim_reviewed.setFocus()
    form.claim_reviewed.moveCursor(QTextCursor.MoveOperation.End)
    key(qtbot, form.claim_reviewed, Qt.Key.Key_Return)
    qtbot.keyClicks(form.claim_reviewed, "near Izum")
    key(qtbot, form.claim_reviewed, Qt.Key.Key_Tab)
    assert stored_claim(window, claim.id).claim_reviewed == (
        "Ten National Guard members were killed\nnear Izum"
    )
    assert window.controller.stack.count() == steps + 1
    window.controller.stack.undo()
    assert stored_claim(window, claim.id).claim_reviewed is None
    assert form.claim_reviewed.text() == ""


def test_a_claimant_picked_from_the_mentions_is_linked(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    entity = window.workspace.annotations.create_entity("Rogov", "PERSON")
    linked = window.controller.annotation(rogov.id)
    linked.entity_id = entity.id
    assert window.controller.change(linked, "Entity")
    tag_words(window, qtbot, "Kharkiv", 5)  # a place is no claimant
    tag_words(window, qtbot, "June 22", 9)  # nor is a date
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    offered = [form.claimant.itemText(i) for i in range(form.claimant.count())]
    assert offered == ["Rogov"]

    type_into(qtbot, form.claimant.lineEdit(), "Rogov", then=Qt.Key.Key_Return)

    saved = stored_claim(window, claim.id)
    assert (saved.claimant.name, saved.claimant.entity_id) == ("Rogov", entity.id)
    assert saved.mention_ids == [rogov.id]

    # Someone who is not in the article is a name only.
    type_into(qtbot, form.claimant.lineEdit(), "A Russian military official")
    saved = stored_claim(window, claim.id)
    assert (saved.claimant.name, saved.claimant.entity_id) == ("A Russian military official", None)

    # The name typed is offered again on the article's other claims, beside the people.
    other = claim_words(window, qtbot, "a drone strike targeting a Ukrainian military command post")
    assert window.controller.selected_id == other.id
    offered = [form.claimant.itemText(i) for i in range(form.claimant.count())]
    assert offered == ["Rogov", "A Russian military official"]


def test_bad_dates_and_addresses_are_refused_with_a_red_field(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    steps = window.controller.stack.count()

    type_into(qtbot, form.claim_date, "2026-13-45")
    assert RED in form.claim_date.styleSheet()
    assert stored_claim(window, claim.id).claim_date is None
    assert window.controller.stack.count() == steps
    assert "2026-13-45" in window.status.currentMessage()
    assert "not saved" in window.status.currentMessage()
    assert "NOT saved" in window.status.saved.text()

    type_into(qtbot, form.claim_date, "2026-06-22")
    assert RED not in form.claim_date.styleSheet()
    assert stored_claim(window, claim.id).claim_date == "2026-06-22"
    assert "NOT saved" not in window.status.saved.text()

    type_into(qtbot, form.review_url, "factcheck dot example")
    assert RED in form.review_url.styleSheet()
    assert stored_claim(window, claim.id).review.url is None
    assert "not saved" in window.status.currentMessage()
    type_into(qtbot, form.review_url, "https://factcheck.example/rogov-casualties")
    assert RED not in form.review_url.styleSheet()
    assert stored_claim(window, claim.id).review.url == "https://factcheck.example/rogov-casualties"

    type_into(qtbot, form.review_date, "yesterday")
    assert RED in form.review_date.styleSheet()
    type_into(qtbot, form.review_date, "2026-06-30")
    assert stored_claim(window, claim.id).review.published_at == "2026-06-30"


def test_checkworthy_has_three_states_and_tags_split_on_commas(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    assert form.checkworthy.checkState() == Qt.CheckState.PartiallyChecked  # not decided

    form.checkworthy.setFocus()
    for expected in (True, False, None):
        key(qtbot, form.checkworthy, Qt.Key.Key_Space)
        assert stored_claim(window, claim.id).checkworthy is expected

    type_into(qtbot, form.tags, " casualties,Kharkiv offensive, , casualties ")
    assert stored_claim(window, claim.id).tags == ["casualties", "Kharkiv offensive"]
    assert form.tags.text() == "casualties, Kharkiv offensive"  # shown as stored


def test_everything_typed_is_there_in_a_second_window(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    type_into(qtbot, form.claim_reviewed, "Ten Guardsmen killed")
    type_into(qtbot, form.claimant.lineEdit(), "Rogov")
    type_into(qtbot, form.claim_date, "2026-06-22")
    type_into(qtbot, form.review_url, "https://factcheck.example/1")
    type_into(qtbot, form.review_date, "2026-06-30")
    type_into(qtbot, form.tags, "casualties, Izum")
    form.checkworthy.setFocus()
    key(qtbot, form.checkworthy, Qt.Key.Key_Space)
    form.justification.setFocus()
    qtbot.keyClicks(form.justification, "No footage.")
    key(qtbot, form.justification, Qt.Key.Key_Tab)  # leaves, the pause has not passed
    key(qtbot, form.status, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    shown = window.controller.annotation(claim.id)
    assert shown.justification == ""  # the pause has not passed yet
    close(window)  # closing saves typing that has not paused yet

    again = open_window(tmp_path / "data")
    reopened = again.controller.annotation(claim.id)
    # The save on closing counted one more edit (version, for team mode's locking).
    assert replace(reopened, updated_at="", version=0) == replace(
        shown, justification="No footage.", updated_at="", version=0
    )
    assert reopened.claim_reviewed == "Ten Guardsmen killed"
    assert (reopened.claimant.name, reopened.mention_ids) == ("Rogov", [rogov.id])
    assert (reopened.claim_date, reopened.review.url, reopened.review.published_at) == (
        "2026-06-22",
        "https://factcheck.example/1",
        "2026-06-30",
    )
    assert (reopened.tags, reopened.checkworthy, reopened.status) == (
        ["casualties", "Izum"],
        True,
        "false",
    )
    assert reopened.justification == "No footage."
    assert dialog_log.named("show_error") == []
