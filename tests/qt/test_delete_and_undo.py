"""Delete removes the selected annotation; Ctrl+Z brings back the very same one — same id,
same row in the database — and a claim that named the deleted mention gets its link back."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.services.article_document import ArticleDocument
from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import DialogLog
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, click_text, key, open_article, tag_words

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(window: MainWindow) -> ArticleDocument:
    """The open article as the database has it now."""
    return window.workspace.annotations.open_article(window.controller.document.article.id)


def test_delete_then_undo_restores_the_same_mention_and_the_claims_link(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    linked = copy.deepcopy(window.controller.annotation(claim.id))
    linked.mention_ids = [rogov.id]
    assert window.controller.change(linked, "Mentions")
    steps = window.controller.stack.count()

    click_text(qtbot, window, window.view.text.index("Rogov") + 1)
    assert window.controller.selected_id == rogov.id
    key(qtbot, window.view, Qt.Key.Key_Delete)

    assert window.controller.annotation(rogov.id) is None
    assert window.controller.annotation(claim.id).mention_ids == []
    assert rogov.id not in window.view.painter.spans
    assert window.panel.model.row_of(rogov.id) is None
    in_database = stored(window)
    assert [m.id for m in in_database.mentions] == []
    assert in_database.claims[0].mention_ids == []
    assert window.controller.stack.count() == steps + 1

    key(qtbot, window.view, Qt.Key.Key_Z, CTRL)

    back = window.controller.annotation(rogov.id)
    assert back == rogov  # the same id, offsets, type, author and time
    assert window.controller.annotation(claim.id).mention_ids == [rogov.id]
    assert rogov.id in window.view.painter.spans
    assert window.panel.model.row_of(rogov.id) is not None
    in_database = stored(window)
    assert in_database.mentions == [rogov]
    assert in_database.claims[0].mention_ids == [rogov.id]
    assert window.controller.selected_id == rogov.id

    # Redo deletes it again, undo once more restores it again: the history holds.
    key(qtbot, window.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored(window).mentions == []
    key(qtbot, window.view, Qt.Key.Key_Z, CTRL)
    assert stored(window).mentions == [rogov]
    assert dialog_log.named("show_error") == []


def test_delete_and_undo_a_claim_from_the_annotation_table(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    assert window.controller.set_claim_status("false", claim.id)
    kept = window.controller.annotation(claim.id)

    window.panel.table.setFocus()  # F7; Delete works in the table too
    key(qtbot, window.panel.table, Qt.Key.Key_Delete)
    assert window.controller.document.claims == [] and stored(window).claims == []
    assert window.status.counts.text() == "0 claims · 0 mentions"

    key(qtbot, window.panel.table, Qt.Key.Key_Z, CTRL)
    assert stored(window).claims == [kept]
    assert window.controller.annotation(claim.id) == kept
    assert window.status.counts.text() == "1 claim · 0 mentions"


def test_delete_with_nothing_selected_says_what_to_do(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    tag_words(window, qtbot, "Rogov", 1)
    window.controller.select(None)
    steps = window.controller.stack.count()
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Delete)
    assert len(window.controller.document.mentions) == 1
    assert window.controller.stack.count() == steps
    assert "Select an annotation" in window.status.currentMessage()


def test_undoing_a_mention_delete_keeps_what_changed_on_its_claims_meanwhile(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """Only the link comes back: a status set on the claim's whole group after the delete (from
    the related-claims panel, outside this article's history) is not overwritten by the undo."""
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    linked = copy.deepcopy(window.controller.annotation(claim.id))
    linked.mention_ids = [rogov.id]
    assert window.controller.change(linked, "Mentions")
    click_text(qtbot, window, window.view.text.index("Rogov") + 1)
    key(qtbot, window.view, Qt.Key.Key_Delete)
    assert stored(window).claims[0].mention_ids == []

    window.workspace.related.apply_status_to_group(claim.id, "false")

    key(qtbot, window.view, Qt.Key.Key_Z, CTRL)
    in_database = stored(window).claims[0]
    assert (in_database.status, in_database.mention_ids) == ("false", [rogov.id])
    in_window = window.controller.annotation(claim.id)
    assert (in_window.status, in_window.mention_ids) == ("false", [rogov.id])
    row = window.panel.model.row_of(claim.id)
    assert "False" in str(window.panel.model.index(row, 2).data())
