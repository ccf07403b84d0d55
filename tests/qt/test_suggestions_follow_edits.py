"""After every edit the window looks again only at the suggestions the edited span overlaps
: accepting, adding over a suggestion, undo, redo, moving bounds, deleting and
rejecting leave the Suggestions (N) tab, its rows, the dashed outlines and the article list's
counts exactly as a window computing everything from scratch would show them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.services.suggestions.suggestion_service import SuggestionService
from annotator.ui.article.painted_span import SUGGESTION
from annotator.ui.suggestions.suggestion_controller import key_of
from tests.qt.test_annotation_story import key
from tests.qt.test_suggestion_list import open_with_suggestions, tab_title


def from_scratch(window) -> dict:  # type: ignore[no-untyped-def]
    """The open article's suggestions by a service that has kept nothing, by key."""
    found = SuggestionService(window.workspace.database).for_article(
        window.controller.document.article.id
    )
    return {key_of(s): s for s in found}


def assert_as_from_scratch(window, qtbot: QtBot) -> int:  # type: ignore[no-untyped-def]
    """Once the window has caught up: the same suggestions everywhere it shows them."""
    expected = from_scratch(window)
    qtbot.waitUntil(lambda: list(window.suggestions.items) == list(expected))
    assert list(window.suggestions.items.values()) == list(expected.values())
    # The dashed outlines: one per suggestion, at its place (UTF-16 offsets in the view).
    view = window.view
    outlines = {i: s for i, s in view.painter.spans.items() if s.kind == SUGGESTION}
    assert outlines.keys() == expected.keys()
    for k, suggestion in expected.items():
        span = outlines[k]
        assert (span.start, span.end) == (
            view.to_utf16(suggestion.start),
            view.to_utf16(suggestion.end),
        )
    # The list: its rows in reading order, its count in the tab.
    model = window.suggestion_list.model
    assert [
        model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())
    ] == list(expected)
    assert model.rows == list(expected.values())
    assert tab_title(window) == f"Suggestions ({len(expected)})"
    # The article list's row counts what the database holds (its annotators' too).
    article_id = window.controller.document.article.id
    listed = window.list_panel.model
    row = listed.row_of(article_id)
    summary = window.workspace.article_summary(article_id)
    assert listed._rows[row] == summary
    layers = window.workspace.article_layers([article_id]).get(article_id)
    assert listed._layers.get(article_id) == layers
    return len(expected)


def test_edits_keep_the_tab_the_rows_and_the_outlines_right(  # type: ignore[no-untyped-def]
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    izium = open_with_suggestions(window, qtbot)
    controller, suggestions = window.controller, window.suggestions
    count = assert_as_from_scratch(window, qtbot)

    # Accept one (Enter in the article): it and what overlaps it of its kind are gone.
    chosen = next(s for s in suggestions.items.values() if s.entity_id == izium.id)
    suggestions.select(key_of(chosen))
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Return)
    after_accept = assert_as_from_scratch(window, qtbot)
    assert after_accept < count and key_of(chosen) not in suggestions.items

    # A claim drawn by hand over a suggested claim sentence.
    sentence = [s for s in suggestions.items.values() if s.kind == "claim"][-1]
    assert controller.create_claim(sentence.start + 2, sentence.end - 1) is not None
    after_claim = assert_as_from_scratch(window, qtbot)
    assert key_of(sentence) not in suggestions.items

    # Undo brings the suggested sentence back in its place; redo takes it away again.
    controller.history.undo()
    assert assert_as_from_scratch(window, qtbot) == after_accept
    assert key_of(sentence) in suggestions.items
    controller.history.redo()
    assert assert_as_from_scratch(window, qtbot) == after_claim

    # The claim's bounds moved off the sentence: the suggestion is back.
    claim = controller.document.claims[-1]
    assert controller.set_bounds(claim.id, 0, 5)
    assert_as_from_scratch(window, qtbot)
    assert key_of(sentence) in suggestions.items
    # Deleted, and the accepted mention deleted too: everything is offered again.
    assert controller.delete(claim.id)
    mention = next(m for m in controller.document.mentions if m.start == chosen.start)
    assert controller.delete(mention.id)
    assert assert_as_from_scratch(window, qtbot) == count

    # A rejection (Backspace) and every mention of the entity at once (Shift+Enter), undone.
    suggestions.select(next(iter(suggestions.items)))
    key(qtbot, window.view, Qt.Key.Key_Backspace)
    assert assert_as_from_scratch(window, qtbot) == count - 1
    chosen = next(s for s in suggestions.items.values() if s.entity_id == izium.id)
    suggestions.select(key_of(chosen))
    key(qtbot, window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    fewer = assert_as_from_scratch(window, qtbot)
    assert fewer < count - 1
    assert not any(s.entity_id == izium.id for s in suggestions.items.values())
    controller.history.undo()
    assert assert_as_from_scratch(window, qtbot) == count - 1
    controller.history.undo()  # the rejection
    assert assert_as_from_scratch(window, qtbot) == count
    window.grab().save(str(tmp_path / "suggestions-follow-edits.png"))
