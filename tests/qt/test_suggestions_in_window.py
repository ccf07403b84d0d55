"""Suggestions in the window: faint highlights, N to move, Enter to accept, Backspace to
reject, Shift+Enter for every mention of the entity, all undoable; a toggle hides them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.domain.models import Origin
from annotator.ui.article.painted_span import SUGGESTION
from tests.conftest import statements_run
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


def test_rejecting_is_undoable_and_accepting_all_is_one_write(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    izium = window.workspace.entities.create("Izium", "GPE", ["Izyum", "Izum"])
    open_article(window, IZYUM_ARTICLE)
    window.actions_by_name["suggestions"].setChecked(True)
    qtbot.waitUntil(lambda: bool(window.suggestions.items))
    offered = sorted(
        (s.start, s.end) for s in window.suggestions.items.values() if s.entity_id == izium.id
    )
    assert len(offered) > 1
    window.suggestions.select(
        next(k for k, s in window.suggestions.items.items() if s.entity_id == izium.id)
    )
    rejected = window.suggestions.selected
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Backspace)
    assert (rejected.start, rejected.end) not in {
        (s.start, s.end) for s in window.suggestions.items.values()
    }
    assert window.controller.stack.undoText().startswith("Reject suggested mention")

    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            sorted(
                (s.start, s.end)
                for s in window.suggestions.items.values()
                if s.entity_id == izium.id
            )
            == offered
        )
    )
    # ...and it stays offered after reopening: the rejection is gone from the database too.
    assert window.workspace.suggestions.for_article(rejected.article_id).count(rejected) == 1

    # Shift+Enter: every Izyum in one transaction — counted at the database connection.
    with statements_run(window.workspace.database.engine) as statements:
        window.suggestions.select(
            next(k for k, s in window.suggestions.items.items() if s.entity_id == izium.id)
        )
        key(qtbot, window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    accepted = izium_mentions(window)
    assert sorted((m.start, m.end) for m in accepted) == offered
    assert {m.entity_id for m in accepted} == {izium.id}
    assert statements.count("BEGIN IMMEDIATE") == 1, statements

    # Undo and redo bring back the very same mentions.
    ids = sorted(m.id for m in accepted)
    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert izium_mentions(window) == []
    key(
        qtbot,
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert sorted(m.id for m in izium_mentions(window)) == ids
    stored = window.workspace.annotations.open_article(rejected.article_id)
    assert sorted(m.id for m in stored.mentions if m.quote == "Izyum") == ids


def test_suggestions_follow_entity_changes_made_in_the_entities_view(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    izium = window.workspace.entities.create("Izium", "GPE", ["Izyum"])
    open_article(window, IZYUM_ARTICLE)
    window.actions_by_name["suggestions"].setChecked(True)
    qtbot.waitUntil(lambda: any(s.entity_id == izium.id for s in window.suggestions.items.values()))

    window.entities_dock.show()
    dock = window.entities_dock
    assert dock.select_entity(izium.id)
    qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert window.workspace.entities.all() == []

    # No suggestion may still name the deleted entity (accepting it would fail).
    qtbot.waitUntil(lambda: all(s.entity_id is None for s in window.suggestions.items.values()))
    assert window.suggestions.items  # the claim candidates remain
    assert all(s.id.startswith("suggestion:claim:") for s in suggested_spans(window))
