"""The keyboard's paths through the window: Tab leaves the lists (it never walks their cells
or opens the next article), follows the visual order and reaches every field of the form; a
form's mnemonics never take Alt+A or Alt+E from the Annotate and Edit menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from annotator.ui.window.main_window import MainWindow
from tests.qt.user_steps import OpenWindow, claim_words, key, open_article, tag_words

ALT = Qt.KeyboardModifier.AltModifier
CLAIM = "more than ten members of the National Guard"


def _tab(qtbot: QtBot, times: int = 1) -> QWidget:
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        key(qtbot, focused, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_article_list_and_the_annotation_table(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    articles = window.list_panel.table
    opened = window.controller.document.article.id
    articles.setFocus()
    assert _tab(qtbot) is window.view  # the next field, not the next cell
    _tab(qtbot, 3)
    assert window.controller.document.article.id == opened  # no article opened by Tab

    open_article(window, "The recent escalation")
    tag_words(window, qtbot, "Rogov", 1)
    first = tag_words(window, qtbot, "Kharkiv", 5)
    window.controller.select(first.id)
    table = window.panel.table
    table.setFocus()
    assert not table.isAncestorOf(_tab(qtbot)) and QApplication.focusWidget() is not table
    _tab(qtbot, 3)
    assert window.controller.selected_id == first.id  # Tab chose no other annotation


def _form_fields(window: MainWindow) -> list[QWidget]:
    form = window.panel.claim_form
    return [
        form.claim_reviewed,
        form.claimant,
        form.claim_date,
        form.status,
        form.justification,
        form.evidence,
        form.add_evidence,
        form.review_url,
        form.review_date,
        form.checkworthy,
        form.tags,
    ]


def _owner(widget: QWidget, fields: list[QWidget]) -> QWidget | None:
    """The field ``widget`` belongs to (an editable box's line edit is the box's)."""
    return next((f for f in fields if f is widget or f.isAncestorOf(widget)), None)


def test_tab_follows_the_visual_order_and_reaches_every_field(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, "The recent escalation")
    claim = claim_words(window, qtbot, CLAIM)
    window.controller.select(claim.id)
    window.list_panel.search.setFocus()
    columns = [
        window.list_panel.search,
        window.list_panel.status,
        window.list_panel.table,
        window.view,
        window.panel.table,
    ]
    fields = _form_fields(window)
    walked: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        owner = _owner(focused, [*columns, *fields]) if focused is not None else None
        if owner is not None and (not walked or walked[-1] is not owner):
            walked.append(owner)
        _tab(qtbot)
        if len(walked) > 1 and walked[-1] is window.list_panel.search:
            break
    walked = walked[: walked.index(fields[-1]) + 1]
    assert walked == [*columns, *fields]  # every field, in the order they are seen
    tops = [f.mapTo(window, f.rect().topLeft()).y() for f in fields]
    assert tops == sorted(tops)  # down the form


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _form_mnemonics(page: QWidget) -> list[str]:
    keys = []
    for widget in page.findChildren(QWidget):
        text = ""
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            text = widget.text()
        if _mnemonic(text):
            keys.append(_mnemonic(text))
    return keys


@pytest.mark.parametrize("language", ["en", "uk"])
def test_no_form_takes_a_menus_mnemonic(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    language: str,
) -> None:
    if language == "uk":
        request.getfixturevalue("ukrainian")
    window = open_window(tmp_path / "data")
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()}
    assert len(menus) == 5 and "" not in menus
    # Each page of the form area as a whole: the claim form with the related claims below it.
    for page in (window.panel.forms.widget(1), window.panel.forms.widget(2)):
        keys = _form_mnemonics(page)
        assert len(keys) >= 2
        assert set(keys) & menus == set(), keys
        assert len(keys) == len(set(keys)), keys


def _menu_titled(window: MainWindow, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_alt_a_and_alt_e_open_their_menus_with_the_claim_form_open(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, "The recent escalation")
    claim_words(window, qtbot, CLAIM)  # the form opens, the keyboard in its first field
    field = window.panel.claim_form.claim_reviewed
    assert field.hasFocus()
    for letter, title in ((Qt.Key.Key_A, "&Annotate"), (Qt.Key.Key_E, "&Edit")):
        field.setFocus()
        key(qtbot, field, letter, ALT)
        menu = _menu_titled(window, title)
        qtbot.waitUntil(menu.isVisible, timeout=2000)
        menu.close()
        qtbot.waitUntil(lambda menu=menu: not menu.isVisible())
