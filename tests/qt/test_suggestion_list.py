"""The Suggestions tab: a count in its title, the list and the article follow
each other, N / Shift+N move the article's cursor, accept and reject of one or of all reach the
database, each one step of the one history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.domain.models import Origin
from tests.qt.test_annotation_story import key, open_article
from tests.qt.test_suggestions_in_window import IZYUM_ARTICLE
from tests.qt.user_steps import claim_words


def stored_from_suggestions(window) -> list:  # type: ignore[no-untyped-def]
    """What the database holds for the open article, read again through the service."""
    document = window.workspace.annotations.open_article(window.controller.document.article.id)
    return [a for a in (*document.mentions, *document.claims) if a.origin == Origin.SUGGESTION]


def open_with_suggestions(window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    izium = window.workspace.entities.create("Izium", "GPE", ["Izyum", "Izum"])
    open_article(window, IZYUM_ARTICLE)
    window.actions_by_name["suggestion_list"].trigger()  # F8: shows suggestions and the list
    qtbot.waitUntil(lambda: len(window.suggestions.items) > 3)
    return izium


def tab_title(window) -> str:  # type: ignore[no-untyped-def]
    tabs = window.panel.tabs
    return tabs.tabText(tabs.indexOf(window.suggestion_list))


def test_the_list_counts_and_follows_the_article(open_window, qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    assert tab_title(window) == "Suggestions"  # off: no count
    open_with_suggestions(window, qtbot)
    listed = window.suggestion_list
    count = len(window.suggestions.items)
    assert window.panel.tabs.currentWidget() is listed
    assert tab_title(window) == f"Suggestions ({count})"
    assert listed.model.rowCount() == count

    # A row chosen in the list: the article's cursor goes to its words, scrolled into sight.
    far = count - 1
    listed.table.selectRow(far)
    chosen = window.suggestions.selected
    assert chosen is not None and chosen == listed.model.rows[far]
    assert window.view.textCursor().position() == window.view.to_utf16(chosen.start)
    cursor_rect = window.view.cursorRect()
    assert window.view.viewport().rect().intersects(cursor_rect)

    # N and Shift+N in the article move to the next and previous one; the row follows.
    listed.table.selectRow(1)
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_N)
    second = listed.model.rows[2]
    assert window.suggestions.selected == second
    assert window.view.textCursor().position() == window.view.to_utf16(second.start)
    assert listed.table.currentIndex().row() == 2
    key(qtbot, window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.suggestions.selected == listed.model.rows[1]
    assert listed.table.currentIndex().row() == 1
    # ...and the buttons do the same.
    listed.next_button.click()
    assert listed.table.currentIndex().row() == 2
    listed.previous_button.click()
    assert listed.table.currentIndex().row() == 1


def test_accept_and_reject_from_the_list_reach_the_database(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    open_with_suggestions(window, qtbot)
    listed = window.suggestion_list
    before = len(window.suggestions.items)

    # Accept the chosen one with Enter in the list.
    listed.table.selectRow(0)
    chosen = window.suggestions.selected
    listed.table.setFocus()
    key(qtbot, listed.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.suggestions.items) < before)
    assert [(a.start, a.end) for a in stored_from_suggestions(window)] == [
        (chosen.start, chosen.end)
    ]
    assert tab_title(window) == f"Suggestions ({len(window.suggestions.items)})"

    # Reject the chosen one with its button: never offered again.
    listed.table.selectRow(0)
    rejected = window.suggestions.selected
    listed.reject_button.click()
    assert rejected not in window.workspace.suggestions.for_article(rejected.article_id)

    # Reject all: one step; undone, every one is offered again.
    remaining = set(window.suggestions.items.values())
    assert len(remaining) > 1
    listed.reject_all_button.click()
    assert window.suggestions.items == {} and tab_title(window) == "Suggestions (0)"
    assert window.workspace.suggestions.for_article(rejected.article_id) == []
    assert window.controller.history.undoText().startswith(f"Reject {len(remaining)} suggestions")
    window.controller.history.undo()
    qtbot.waitUntil(lambda: set(window.suggestions.items.values()) == remaining)

    # Accept all: one step, every suggestion stored; undone, none of them.
    stored_before = len(stored_from_suggestions(window))
    listed.accept_all_button.click()
    QApplication.processEvents()
    assert len(stored_from_suggestions(window)) == stored_before + len(remaining)
    window.controller.history.undo()
    assert len(stored_from_suggestions(window)) == stored_before
    qtbot.waitUntil(lambda: set(window.suggestions.items.values()) == remaining)


def test_with_nothing_selected_the_list_gets_the_room_of_the_form(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Going through suggestions, no annotation is selected and the form area holds only its
    hint: the list takes that room, and a form opening takes its share back."""
    window = open_window(tmp_path / "data")
    open_with_suggestions(window, qtbot)
    table = window.suggestion_list.table

    def rows_in_sight() -> int:
        QApplication.processEvents()
        last = table.rowAt(table.viewport().height() - 1)
        return (last if last >= 0 else table.model().rowCount()) - table.rowAt(0)

    with_hint = rows_in_sight()
    claim = claim_words(window, qtbot, "at least 1,000 people were killed")
    window.panel.show_tab(window.suggestion_list)
    assert window.panel.forms.currentIndex() != 0  # the claim's form shows
    with_form = rows_in_sight()
    window.controller.select(None)
    assert with_hint >= 2 * with_form
    assert rows_in_sight() == with_hint
    window.controller.select(claim.id)
    assert rows_in_sight() == with_form
