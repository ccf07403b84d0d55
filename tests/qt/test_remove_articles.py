"""Removing articles from the window: Delete in the list, the Trash, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from annotator.ui.articles.trash_actions import TrashDialog
from tests.qt.conftest import DialogLog


def test_delete_in_the_list_asks_naming_the_annotations_then_trash_restores(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path, dialog_log: DialogLog
) -> None:
    window = open_window(data_dir)
    panel = window.list_panel
    first_id = panel.current_id()
    title = panel.model.index(0, 0).data()
    window.controller.create_claim(0, 5)
    window.controller.create_mention(6, 10, "PERSON")

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)

    (question,) = dialog_log.named("confirm")
    assert f"“{title}”" in question[1] and "1 claim and 1 entity mention" in question[1]
    assert window.workspace.article_count() == 4
    assert panel.model.rowCount() == 4 and panel.current_id() != first_id
    assert window.controller.document.article.id == panel.current_id()
    assert "Trash" in window.status.currentMessage()

    window.actions_by_name["trash"].trigger()
    (dialog,) = [args[0] for args in dialog_log.named("run_dialog")]
    assert isinstance(dialog, TrashDialog) and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == title
    dialog.restore_selected()
    assert window.workspace.article_count() == 5 and panel.model.rowCount() == 5
    assert dialog.table.rowCount() == 0
    assert window.workspace.annotations.open_article(first_id).claims  # the claim came back


def test_the_list_context_menu_offers_removal_and_empty_trash_purges(  # type: ignore[no-untyped-def]
    open_window, data_dir: Path, dialog_log: DialogLog
) -> None:
    window = open_window(data_dir)
    table = window.list_panel.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.list_panel.remove_action in table.actions()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    assert window.list_panel.remove_action in file_menu.actions()
    window.list_panel.remove_action.trigger()
    assert window.workspace.article_count() == 4

    window.actions_by_name["trash"].trigger()
    dialog = dialog_log.named("run_dialog")[-1][0]
    dialog.empty()
    assert dialog.table.rowCount() == 0 and window.workspace.removal.trashed() == []
    assert "for good" in dialog_log.named("confirm")[-1][1]


def test_the_demo_articles_are_marked_and_go_in_one_step(  # type: ignore[no-untyped-def]
    open_window, data_dir: Path, dialog_log: DialogLog
) -> None:
    window = open_window(data_dir)
    model = window.list_panel.model
    assert "Demo article" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()

    window.actions_by_name["remove_demo"].trigger()
    assert "5 articles" in dialog_log.named("confirm")[-1][1]
    assert window.workspace.article_count() == 0 and model.rowCount() == 0
    assert window.controller.document is None
    assert len(window.workspace.removal.trashed()) == 5
