"""Ctrl+Enter accepts every dialog that has an OK (Save, Yes) button, from any of its fields
: the organisation, the schemes, a line of text asked for. A dialog whose OK is
disabled is not accepted by it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from annotator.services.preferences import ORGANIZATION_NAME
from annotator.ui.annotations.evidence_dialog import EvidenceDialog
from annotator.ui.common import dialogs
from annotator.ui.settings.preferences_dialog import PreferencesDialog
from annotator.ui.settings.schemes_dialog import SchemesDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_ctrl_enter_saves_the_organisation(open_window, qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    dialog = shown(qtbot, PreferencesDialog(window.workspace.preferences, window))
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Kharkiv Fact-Check Desk")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.workspace.preferences.all()[ORGANIZATION_NAME] == "Kharkiv Fact-Check Desk"


def test_ctrl_enter_saves_the_schemes_with_the_cell_being_edited(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    dialog = shown(qtbot, SchemesDialog(window.workspace.schemes, window))
    table = dialog.types
    table.setCurrentCell(0, 1)
    table.editItem(table.item(0, 1))
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Individual")
    qtbot.keyClick(editor, Qt.Key.Key_Enter, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.workspace.schemes.load().entity_types[0].label == "Individual"


def test_ctrl_enter_accepts_a_line_asked_for(qtbot: QtBot) -> None:
    dialog = shown(qtbot, dialogs.text_dialog(None, "Rename", "New name:", "Izyum"))
    field = dialog.findChild(QLineEdit)
    field.end(False)
    qtbot.keyClicks(field, "m")
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.textValue() == "Izyumm"


def test_ctrl_enter_leaves_a_dialog_whose_ok_is_disabled(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EvidenceDialog(None, None))
    dialog.url.setFocus()
    qtbot.keyClicks(dialog.url, "not an address")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
