"""Edit › Schemes: relabel, recolour and re-key entity types; a clash is explained in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from annotator.ui.settings import schemes_dialog
from annotator.ui.settings.schemes_dialog import SchemesDialog
from tests.qt.test_annotation_story import open_article, select_words
from tests.qt.user_steps import OpenWindow


def test_a_shortcut_clash_is_explained_and_nothing_is_saved(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    dialog = SchemesDialog(window.workspace.schemes, window)
    qtbot.addWidget(dialog)
    dialog.types.cellWidget(1, 3).setCurrentText("1")  # Organisation takes Person's key
    dialog.save()
    assert "shortcut 1 is already used by Person" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert window.workspace.schemes.load().entity_types[1].shortcut == "2"


def test_new_labels_colours_and_keys_take_effect_in_the_window(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, "The recent escalation")

    def swap_keys_and_relabel(parent, service):  # type: ignore[no-untyped-def]
        dialog = SchemesDialog(service, parent)
        dialog.types.item(0, 1).setText("Individual")
        dialog.types.cellWidget(0, 3).setCurrentText("2")
        dialog.types.cellWidget(1, 3).setCurrentText("1")
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(schemes_dialog, "edit_schemes", swap_keys_and_relabel)
    window.actions_by_name["schemes"].trigger()
    assert window.actions_by_name["mention:PERSON"].text() == "Individual"
    assert window.actions_by_name["mention:PERSON"].shortcut().toString() == "2"

    select_words(window, "Rogov")
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    QApplication.processEvents()
    (mention,) = [m for m in window.controller.document.mentions if m.quote == "Rogov"]
    assert mention.type == "PERSON"  # the id is what is stored; only the key moved
    assert window.panel.model.data(window.panel.model.index(0, 2)) == "Individual"


def test_rebuilding_the_actions_leaves_no_old_ones_behind(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Each schemes edit rebuilds menus and actions: the old ones are disposed of, and the
    article's context menu stays one menu (not one more per edit)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QAction

    window = open_window(tmp_path / "data")

    def settled_actions() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(window.findChildren(QAction))

    before = settled_actions()
    for _ in range(3):
        window.reload_schemes()
    assert settled_actions() == before
    assert window.view.receivers("2customContextMenuRequested(QPoint)") == 1
    menu = window.article_menu()
    titles = [a.text() for a in menu.actions()]
    assert titles.count("New &mention") == 1
    assert window.actions_by_name["claim"] in menu.actions()
    menu.deleteLater()
