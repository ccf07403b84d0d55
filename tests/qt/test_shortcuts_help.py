"""Help › Keyboard shortcuts lists every shortcut the window has. It is generated from the
window's menus, so it cannot go stale: these tests compare it with every action of the
window that has a shortcut, whatever menu (or none) it sits in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from annotator.ui.window.main_window import MainWindow
from annotator.ui.window.shortcuts_dialog import HELP_TEXT, ShortcutsDialog, shortcut_rows
from tests.qt.conftest import DialogLog
from tests.qt.user_steps import OpenWindow, key


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def actions_with_shortcuts(window: MainWindow) -> dict[str, set[str]]:
    """Every action anywhere in the window that a key reaches: its text and its keys."""
    found: dict[str, set[str]] = {}
    for action in window.findChildren(QAction):
        keys = {native(k) for k in action.shortcuts() if not k.isEmpty()}
        if keys:
            # The list's words for it: the text it has in its menu, or its own for the list
            # (Undo's menu text names the step it undoes).
            text = (action.property(HELP_TEXT) or action.text()).replace("&", "").replace("…", "")
            found.setdefault(text, set()).update(keys)
    return found


def listed_shortcuts(window: MainWindow) -> dict[str, set[str]]:
    listed: dict[str, set[str]] = {}
    for _menu, rows in shortcut_rows(window.menuBar()):
        for text, keys in rows:
            listed.setdefault(text.split(" › ")[-1], set()).update(keys.split(" or "))
    return listed


def test_every_shortcut_of_the_window_is_listed(
    open_window: OpenWindow,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    actions = actions_with_shortcuts(window)
    listed = listed_shortcuts(window)
    assert actions == {text: listed.get(text, set()) for text in actions}
    every_key = set().union(*listed.values())

    # The keys a fact-checker lives on, by name, in case an action were lost altogether.
    expected = ["C", "B", "Del", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+PgDown", "Ctrl+Return"]
    expected += [str(n) for n in range(1, 10)] + [f"Alt+{n}" for n in range(1, 10)]
    expected += ["Alt+Left", "Alt+Right", "Alt+Shift+Left", "Alt+Shift+Right", "F1"]
    assert [k for k in expected if k not in every_key] == []
    assert listed["Undo the last change"] == {"Ctrl+Z"}
    assert "Ctrl+Shift+Z" in listed["Redo what was undone"]
    assert listed["Person"] == {"1"} and listed["False"] == {"Alt+7"}


def test_the_list_follows_the_schemes(
    open_window: OpenWindow,
    tmp_path: Path,
) -> None:
    """Generated, not written by hand: a status label shown is the scheme's label."""
    window = open_window(tmp_path / "data")
    rows = dict(shortcut_rows(window.menuBar()))
    statuses = [s.label for s in window.controller.schemes.statuses[:9]]
    in_order = [
        text.split(" › ")[-1]
        for text, keys in rows["Annotate"]
        if keys.startswith("Alt+") and keys[4:].isdigit()
    ]
    assert in_order == statuses


def test_the_dialog_shows_the_list(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    shown = dialog.browser.toPlainText()
    for menu, rows in shortcut_rows(window.menuBar()):
        assert menu in shown
        for text, keys in rows:
            assert text in shown and keys in shown
    assert "Mark done and go to next" in shown and "Ctrl+Return" in shown
    assert isinstance(dialog, QDialog) and dialog.windowTitle() == "Keyboard shortcuts"


def test_no_key_is_listed_for_two_actions(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    dialog_log: DialogLog,
) -> None:
    """F1 names each key once: Delete deletes the selected annotation; removing the article
    takes Ctrl+Delete (and Delete inside the article list, where no annotation is chosen)."""
    window = open_window(tmp_path / "data")
    actions_by_key: dict[str, list[str]] = {}
    for _menu, rows in shortcut_rows(window.menuBar()):
        for text, keys in rows:
            for one in keys.split(" or "):
                actions_by_key.setdefault(one, []).append(text)
    twice = {k: texts for k, texts in actions_by_key.items() if len(texts) > 1}
    assert twice == {}
    assert actions_by_key["Del"] == ["Delete annotation"]
    assert actions_by_key["Ctrl+Del"] == ["Remove article"]

    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog_log.named("confirm")) == 1
    assert window.workspace.article_count() == 4  # the open article went to the Trash
