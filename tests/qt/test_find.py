"""Finding words: Enter in the list search opens the first hit at the match;
Ctrl+F finds in the open article, F3 / Shift+F3 step through the matches, Esc closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.test_annotation_story import key, open_article

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def selected(window) -> str:  # type: ignore[no-untyped-def]
    start, end = window.view.selected_span(whole_words=False)
    return window.view.text[start:end]


def test_ctrl_f_finds_in_the_article_and_f3_steps_round(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    open_article(window, "According to a local dep")
    text = window.view.text
    expected = text.lower().count("izyum")
    assert expected >= 2
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()

    qtbot.keyClicks(bar.field, "izyum")  # case does not matter
    assert len(bar.matches) == expected
    assert bar.count.text() == f"1 of {expected}"
    first = window.view.selected_span(whole_words=False)
    assert text[first[0] : first[1]] == "Izyum"
    assert first[0] == text.lower().index("izyum")

    key(qtbot, bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == f"2 of {expected}"
    second = window.view.selected_span(whole_words=False)
    assert second[0] > first[0] and selected(window).lower() == "izyum"
    key(qtbot, bar.field, Qt.Key.Key_F3, SHIFT)
    key(qtbot, bar.field, Qt.Key.Key_F3, SHIFT)  # before the first: round to the last
    assert bar.count.text() == f"{expected} of {expected}"

    key(qtbot, bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hasFocus()
    key(qtbot, window.view, Qt.Key.Key_F3)  # F3 in the article opens the bar again
    assert bar.isVisible()

    bar.field.setText("no such words here")
    assert bar.matches == [] and bar.count.text() == "no match"


def test_enter_in_the_search_opens_the_first_hit_at_the_match(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    open_article(window, "The recent escalation")  # another article is open
    key(qtbot, window.view, Qt.Key.Key_F, CTRL | SHIFT)
    search = window.list_panel.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "Norway")
    key(qtbot, search, Qt.Key.Key_Return)

    document = window.controller.document
    assert document is not None and "norway" in document.article.text.lower()
    assert window.list_panel.current_row() == 0
    assert selected(window).lower() == "norway"
    assert window.view.hasFocus()
    start, _end = window.view.selected_span(whole_words=False)
    assert start == document.article.text.lower().index("norway")


def test_find_matches_whole_words_so_the_next_key_tags_the_words_found(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ "ten" finds the "ten" of "more than ten members", never the one inside "intentional":
    the key pressed next tags exactly the word found."""
    window = open_window(tmp_path / "data")
    open_article(window, "The recent escalation")
    text = window.view.text
    inside = text.index("intentional") + 2
    assert text[inside : inside + 3] == "ten"
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "ten")
    assert bar.matches, "the whole word is found"
    assert inside not in [start for start, _end in bar.matches]
    for start, end in bar.matches:
        assert text[start:end].lower() == "ten"
        assert not text[start - 1].isalnum() and not text[end].isalnum()
    found = bar.matches[bar.current]
    key(qtbot, bar.field, Qt.Key.Key_Escape)
    key(qtbot, window.view, Qt.Key.Key_1)
    mention = window.controller.annotation(window.controller.selected_id) or next(
        m for m in window.controller.document.mentions if (m.start, m.end) == found
    )
    assert (mention.start, mention.end, mention.quote) == (*found, "ten")

    bar.open_bar()
    bar.field.setText("tentio")  # a piece of a word is no word of the article
    assert bar.matches == [] and bar.count.text() == "no match"
