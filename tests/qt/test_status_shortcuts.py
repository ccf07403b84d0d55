"""Alt+1 … Alt+9 give the selected claim the statuses of the scheme, in the scheme's order —
from the article, from the table and from inside the claim form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.ui.window.main_window import MainWindow
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, key, open_article, tag_words

ALT = Qt.KeyboardModifier.AltModifier
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


def stored_status(window: MainWindow, claim_id: str) -> str:
    document = window.workspace.annotations.open_article(window.controller.document.article.id)
    return next(c.status for c in document.claims if c.id == claim_id)


def test_alt_digits_set_the_status_in_scheme_order(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    statuses = [s.id for s in window.controller.schemes.statuses]
    assert statuses[:9] == [
        "unverified",
        "in_progress",
        "true",
        "mostly_true",
        "mixed",
        "mostly_false",
        "false",
        "misleading",
        "unproven",
    ]
    steps = window.controller.stack.count()
    places = [window.view, window.panel.table, window.panel.claim_form.claim_reviewed]

    for number, digit in reversed(list(enumerate(DIGITS))):  # from 9 down, so each changes
        where = places[number % len(places)]
        where.setFocus()
        key(qtbot, where, digit, ALT)
        assert window.controller.annotation(claim.id).status == statuses[number]
        assert stored_status(window, claim.id) == statuses[number]
        assert window.panel.claim_form.status.currentData() == statuses[number]
    assert window.controller.stack.count() == steps + 9
    window.controller.stack.undo()
    assert stored_status(window, claim.id) == "in_progress"


def test_a_status_key_with_a_mention_selected_changes_nothing(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    tag_words(window, qtbot, "Rogov", 1)  # now the mention is selected
    steps = window.controller.stack.count()
    key(qtbot, window.view, Qt.Key.Key_7, ALT)
    QApplication.processEvents()
    assert stored_status(window, claim.id) == "unverified"
    assert window.controller.stack.count() == steps
    assert "Select a claim" in window.status.currentMessage()
