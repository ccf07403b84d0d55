"""The window remembers how it was left: the article's zoom, the window's size, the splitters
between the panels. All of it is kept in the data folder (settings.ini), never in the home
directory, so a portable data folder carries it along."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from pytestqt.qtbot import QtBot

from tests.qt.conftest import close
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, key, open_article

CTRL = Qt.KeyboardModifier.ControlModifier


def test_zoom_is_kept_for_the_next_window(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    normal = window.view.font().pointSize()
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Equal, CTRL)  # Ctrl+= (Ctrl++ without Shift)
    key(qtbot, window.view, Qt.Key.Key_Plus, CTRL)
    key(qtbot, window.view, Qt.Key.Key_Plus, CTRL)
    key(qtbot, window.view, Qt.Key.Key_Minus, CTRL)
    assert window.view.font().pointSize() == normal + 2
    close(window)

    again = open_window(tmp_path / "data")
    assert again.view.font().pointSize() == normal + 2
    again.actions_by_name["zoom_out"].trigger()
    again.actions_by_name["zoom_out"].trigger()
    again.actions_by_name["zoom_out"].trigger()
    close(again)

    third = open_window(tmp_path / "data")
    assert third.view.font().pointSize() == normal - 1


def test_size_and_splitters_are_kept_in_the_data_folder(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    window = open_window(data)
    assert Path(window.settings.fileName()) == data / "settings.ini"
    window.resize(760, 560)  # within the offscreen screen (800×600), which clamps geometry
    qtbot.waitUntil(lambda: window.size() == QSize(760, 560))
    window.splitter.setSizes([180, 560, 360])
    wanted = window.splitter.sizes()
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    window.controller.select(claim.id)  # the split is the form's: set while a form shows
    window.panel.splitter.setSizes([150, 320])
    wanted_panel = window.panel.splitter.sizes()
    window.controller.select(None)  # closed with the hint showing, the form's split is kept
    close(window)

    stored = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.contains("window/geometry") and stored.contains("window/splitter")

    again = open_window(data)
    assert again.size() == QSize(760, 560)
    assert again.splitter.sizes() == wanted
    assert again.panel.splitter.sizes() != wanted_panel  # the hint leaves the room to the tabs
    open_article(again, ROGOV_ARTICLE)
    again.controller.select(claim.id)
    assert again.panel.splitter.sizes() == wanted_panel
    assert again.splitter.sizes() != [300, 640, 440]  # not the first-start layout
