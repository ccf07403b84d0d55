"""Suggestions in the window: faint highlights, N to move, Enter to accept, Backspace to
reject, Shift+Enter for every mention of the entity, all undoable; a toggle hides them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.domain.models import Origin
from annotator.ui.span_painter import SUGGESTION
from tests.qt.test_annotation_story import key, open_article

IZYUM_ARTICLE = "According to a local deputy of the liberated city of Izyum"


def suggested_spans(window) -> list:  # type: ignore[no-untyped-def]
    return [s for s in window.view.painter.spans.values() if s.kind == SUGGESTION]


def izium_mentions(window) -> list:  # type: ignore[no-untyped-def]
    return [m for m in window.controller.document.mentions if m.quote == "Izyum"]


def test_accepting_rejecting_and_hiding_suggestions(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    izium = window.workspace.entities.create("Izium", "GPE", ["Izyum", "Izum"])
    open_article(window, IZYUM_ARTICLE)
    window.actions_by_name["suggestions"].setChecked(True)
    qtbot.waitUntil(lambda: bool(window.suggestions.items))
    names = [s for s in window.suggestions.items.values() if s.entity_id == izium.id]
    assert names and all(s.quote == "Izyum" for s in names)
    assert len(suggested_spans(window)) == len(window.suggestions.items)

    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_N)
    first = window.suggestions.selected
    assert first is not None and window.view.painter.selected.startswith("suggestion:")
    while window.suggestions.selected.entity_id != izium.id:
        key(qtbot, window.view, Qt.Key.Key_N)
    chosen = window.suggestions.selected
    key(qtbot, window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(izium_mentions(window)) == 1)
    (mention,) = izium_mentions(window)
    assert (mention.start, mention.origin, mention.entity_id) == (
        chosen.start,
        Origin.SUGGESTION,
        izium.id,
    )
    qtbot.waitUntil(
        lambda: all(
            s.start != chosen.start
            for s in window.suggestions.items.values()
            if s.entity_id == izium.id
        )
    )

    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert izium_mentions(window) == []

    # Reject one: it is not offered again, even after reopening the article.
    window.suggestions.select(
        next(k for k, s in window.suggestions.items.items() if s.entity_id == izium.id)
    )
    rejected = window.suggestions.selected
    key(qtbot, window.view, Qt.Key.Key_Backspace)
    open_article(window, "This is how Russian soldiers")
    open_article(window, IZYUM_ARTICLE)
    qtbot.waitUntil(lambda: bool(window.suggestions.items))
    assert all(
        (s.start, s.end) != (rejected.start, rejected.end)
        for s in window.suggestions.items.values()
    )

    # Shift+Enter: every remaining Izyum at once, one undo step.
    remaining = [s for s in window.suggestions.items.values() if s.entity_id == izium.id]
    window.suggestions.select(
        next(k for k, s in window.suggestions.items.items() if s.entity_id == izium.id)
    )
    key(qtbot, window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert len(izium_mentions(window)) == len(remaining) > 1
    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert izium_mentions(window) == []

    window.actions_by_name["suggestions"].setChecked(False)
    QApplication.processEvents()
    assert suggested_spans(window) == [] and window.suggestions.items == {}
