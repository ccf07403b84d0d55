"""The window at the screens fact-checkers use, 1366×768, 1920×1080 and 2560×1440, in English
and in Ukrainian: no label cut off, no toolbar action hidden behind », the text at a
comfortable measure and the rest of the width to the article list and the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from annotator.ui.annotations.annotation_table_model import TEXT
from annotator.ui.articles.article_list_model import LANGUAGE_COLUMN
from tests.qt.layout_checks import characters_a_line, clipped_labels, hidden_toolbar_actions
from tests.qt.user_steps import OpenWindow, claim_words, open_article

SIZES = [(1366, 768), (1920, 1080), (2560, 1440)]
CLAIM = "more than ten members of the National Guard"


@pytest.mark.parametrize("language", ["en", "uk"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_window_fits_its_screen(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    size: tuple[int, int],
    language: str,
) -> None:
    if language == "uk":
        request.getfixturevalue("ukrainian")
    window = open_window(tmp_path / "data")
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    qtbot.wait(20)
    open_article(window, "The recent escalation")

    # Nothing selected: the hint in the form's place, whole.
    window.controller.select(None)
    qtbot.wait(20)
    assert window.panel.forms.currentIndex() == 0
    problems = clipped_labels(window)
    assert hidden_toolbar_actions(window) == []

    claim = claim_words(window, qtbot, CLAIM)
    window.controller.select(claim.id)
    qtbot.wait(20)
    problems += clipped_labels(window)
    assert problems == []
    window.grab().save(str(tmp_path / f"window-{size[0]}-{language}.png"))

    # The text at a comfortable measure; beyond it, the width goes to the sides.
    measure = characters_a_line(window.view)
    assert 55 <= measure <= 92, measure
    listed, text, annotations = window.splitter.sizes()
    if size[0] >= 1920:
        assert listed >= 400 and annotations >= 600
        assert text < annotations  # the form, not the text, takes the larger share
    # The article list's titles are readable: at 1366 px the language column gives them its
    # room (each row's tooltip still names the language); wider, it is shown.
    articles = window.list_panel.table
    language_hidden = articles.horizontalHeader().isSectionHidden(LANGUAGE_COLUMN)
    assert language_hidden == (size[0] < 1920)
    assert articles.columnWidth(0) >= 14 * articles.fontMetrics().averageCharWidth()
    # The annotations' words stay readable beside their kind, type and place.
    table = window.panel.table
    assert table.columnWidth(TEXT) >= 16 * table.fontMetrics().averageCharWidth()
    # The claim form has room for more than its first fields.
    assert window.panel.forms.height() >= window.panel.splitter.height() // 2


def test_a_narrow_window_shows_the_types_by_colour_and_key_rather_than_hide_actions(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, ukrainian: None
) -> None:
    window = open_window(tmp_path / "data")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(20)
    assert hidden_toolbar_actions(window) == []
    person = window.actions_by_name["mention:PERSON"]
    (toolbar,) = [t for t in window.findChildren(QToolBar) if person in t.actions()]
    button = toolbar.widgetForAction(person)
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert "Особа" in button.toolTip() or "Особа" in person.toolTip()
    window.resize(1920, 1080)  # room again: the names come back
    qtbot.waitUntil(lambda: window.width() == 1920)
    qtbot.wait(20)
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
