"""Typing is never lost. The justification saves after a pause in typing, or at once when
another claim is shown; what is typed but not yet saved survives a shortcut that changes the
same claim meanwhile (Alt+7 sets the status while the justification is still being typed),
and the shortcut's change survives the typing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.ui.annotations.claim_form import TYPING_PAUSE_MS
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, click_row, key, open_article, stored_claim

ALT = Qt.KeyboardModifier.AltModifier
SECOND_CLAIM = "an equal number wounded"


def test_the_justification_saves_after_a_pause_in_typing(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    steps = window.controller.stack.count()

    form.justification.setFocus()
    qtbot.keyClicks(form.justification, "No footage; the Guard denies it.")
    assert stored_claim(window, claim.id).justification == ""  # still typing
    qtbot.waitUntil(
        lambda: stored_claim(window, claim.id).justification == "No footage; the Guard denies it.",
        timeout=TYPING_PAUSE_MS * 4,
    )
    assert window.controller.stack.count() == steps + 1  # one step for the whole sentence

    # Typing on after the pause goes on where the cursor was, not at the start.
    qtbot.keyClicks(form.justification, " Unconfirmed.")
    assert form.justification.toPlainText() == "No footage; the Guard denies it. Unconfirmed."
    qtbot.waitUntil(
        lambda: stored_claim(window, claim.id).justification.endswith("it. Unconfirmed."),
        timeout=TYPING_PAUSE_MS * 4,
    )


def test_switching_claims_saves_the_justification_at_once(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    first = claim_words(window, qtbot, CLAIM_WORDS)
    second = claim_words(window, qtbot, SECOND_CLAIM)
    form = window.panel.claim_form
    click_row(qtbot, window.panel.table, first.id)

    form.justification.setFocus()
    qtbot.keyClicks(form.justification, "Unconfirmed by Kyiv.")
    click_row(qtbot, window.panel.table, second.id)  # well before the pause

    assert stored_claim(window, first.id).justification == "Unconfirmed by Kyiv."
    assert stored_claim(window, second.id).justification == ""
    assert form.claim is not None and form.claim.id == second.id
    assert form.justification.toPlainText() == ""
    qtbot.wait(TYPING_PAUSE_MS * 2)  # nothing left over lands on the second claim later
    assert stored_claim(window, second.id).justification == ""


def test_a_status_shortcut_while_typing_the_justification_keeps_both(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form

    form.justification.setFocus()
    qtbot.keyClicks(form.justification, "Contradicted by footage")
    key(qtbot, form.justification, Qt.Key.Key_7, ALT)  # False, before the pause

    assert window.controller.annotation(claim.id).status == "false"
    assert form.status.currentData() == "false"
    assert form.justification.toPlainText() == "Contradicted by footage"  # not wiped
    qtbot.waitUntil(
        lambda: stored_claim(window, claim.id).justification == "Contradicted by footage",
        timeout=TYPING_PAUSE_MS * 4,
    )
    saved = stored_claim(window, claim.id)
    assert saved.status == "false"
    assert window.controller.annotation(claim.id) == saved


def test_a_status_shortcut_while_typing_the_claim_keeps_both(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form

    qtbot.keyClicks(form.claim_reviewed, "Ten Guardsmen killed")  # C put the focus here
    key(qtbot, form.claim_reviewed, Qt.Key.Key_7, ALT)
    assert form.claim_reviewed.text() == "Ten Guardsmen killed"  # still there to finish
    key(qtbot, form.claim_reviewed, Qt.Key.Key_Tab)

    saved = stored_claim(window, claim.id)
    assert (saved.status, saved.claim_reviewed) == ("false", "Ten Guardsmen killed")


def test_going_to_the_next_article_saves_what_is_typed(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    article_id = window.controller.document.article.id
    form = window.panel.claim_form

    qtbot.keyClicks(form.claim_reviewed, "Ten Guardsmen killed")
    key(qtbot, form.claim_reviewed, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    assert window.controller.document.article.id != article_id
    document = window.workspace.annotations.open_article(article_id)
    assert document.claims[0].id == claim.id
    assert document.claims[0].claim_reviewed == "Ten Guardsmen killed"
