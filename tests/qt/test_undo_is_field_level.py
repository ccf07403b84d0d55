"""Undo reverts what its step changed and nothing else: a status set meanwhile from outside
the article's history (a whole claim group) survives the undo of an older edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.test_annotation_story import (
    CLAIM_WORDS,
    ROGOV_ARTICLE,
    key,
    open_article,
    select_words,
)


def test_undoing_an_older_edit_keeps_a_status_set_from_elsewhere(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    select_words(window, CLAIM_WORDS)
    key(qtbot, window.view, Qt.Key.Key_C)
    claim = window.controller.annotation(window.controller.selected_id)

    edited = window.controller.annotation(claim.id)
    edited.justification = "Only one unnamed source."
    assert window.controller.change(edited, "Justification", "justification")

    # The claim's group gets a verdict from the related-claims panel: outside this history.
    window.workspace.related.apply_status_to_group(claim.id, "false")
    window.controller.reload_claims([claim.id])
    assert window.controller.annotation(claim.id).status == "false"

    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after_undo = window.controller.annotation(claim.id)
    assert after_undo.justification == "" and after_undo.status == "false"
    stored = window.workspace.annotations.open_article(claim.article_id)
    (stored_claim,) = [c for c in stored.claims if c.id == claim.id]
    assert (stored_claim.justification, stored_claim.status) == ("", "false")

    key(
        qtbot,
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    again = window.controller.annotation(claim.id)
    assert again.justification == "Only one unnamed source." and again.status == "false"
