"""The article keeps its room: at least about 60 characters a line at the
default size and at 1024×700, with the Entities view open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolBar

from annotator.ui.window.main_window import MainWindow


def _characters_a_line(window: MainWindow) -> float:
    view = window.view
    return view.viewport().width() / view.fontMetrics().averageCharWidth()


@pytest.mark.parametrize("size", [(1380, 860), (1024, 700)])
def test_the_text_keeps_sixty_characters_a_line_with_entities_open(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path, size: tuple[int, int]
) -> None:
    window = open_window(data_dir)
    window.resize(*size)
    window.actions_by_name["entities"].trigger()
    qtbot.waitUntil(lambda: window.entities_dock.isVisible())
    qtbot.wait(50)
    assert window.entities_dock.isFloating()  # its own window, not a column beside the text
    assert _characters_a_line(window) >= 55
    # The side panels gave way, not the text: the text is the widest column.
    sizes = window.splitter.sizes()
    assert sizes[1] == max(sizes)
    window.grab().save(f"/tmp/window-{size[0]}x{size[1]}.png")
    window.entities_dock.grab().save(f"/tmp/entities-{size[0]}x{size[1]}.png")


def test_the_toolbar_fits_1024_pixels_or_overflows_and_its_actions_are_in_menus(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    window.resize(1024, 700)
    qtbot.wait(50)
    (toolbar,) = window.findChildren(QToolBar)
    assert toolbar.width() <= window.width()
    in_menus = {
        action
        for menu_action in window.menuBar().actions()
        for action in _all_actions(menu_action.menu())
    }
    for action in toolbar.actions():
        if not action.isSeparator():
            assert action in in_menus, action.text()


def _all_actions(menu):  # type: ignore[no-untyped-def]
    for action in menu.actions():
        yield action
        if action.menu() is not None:
            yield from _all_actions(action.menu())
