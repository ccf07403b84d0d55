"""F1 and Ctrl+I open their dialogs through the patchable dialog functions
(docs/design/tests.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.ui.statistics.statistics_dialog import StatisticsDialog
from annotator.ui.window.shortcuts_dialog import ShortcutsDialog
from tests.qt.conftest import DialogLog
from tests.qt.test_annotation_story import key


def test_f1_and_ctrl_i_open_their_dialogs(
    open_window,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_F1)
    key(qtbot, window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    shown = [args[0] for args in dialog_log.named("run_dialog")]
    assert [type(d) for d in shown] == [ShortcutsDialog, StatisticsDialog]
    assert "New claim" in shown[0].browser.toPlainText()
    assert {b.label: b.value for b in shown[1].charts["Articles per status"].bars}["To do"] == 5
    window.actions_by_name["about"].trigger()
    assert dialog_log.named("show_about")
