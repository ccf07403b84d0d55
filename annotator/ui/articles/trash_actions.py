"""Removing articles from the window: confirm, move to the Trash, restore.

Delete in the article list (or its context menu, or File › Remove article) asks first, naming
what the article holds; the article goes to the Trash, from where File › Trash brings it back
with every annotation. Empty Trash deletes for good. The demo articles of the first start go
in one step with File › Remove demo articles. A removal is a step of the window's one history:
Edit › Undo brings the articles back (until the Trash is emptied).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import plural
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.editing.cross_article_commands import CrossArticleCommand

ID_ROLE = Qt.ItemDataRole.UserRole


class TrashActions(QObject):
    """The window's side of removing articles (the service is ``ArticleRemoval``): confirm,
    move to the Trash, restore, empty; signals say what changed so the list can follow."""

    removed = Signal(list)  # article ids
    restored = Signal(list)  # article ids
    message = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QWidget, controller: ArticleController | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.window = parent
        self.controller = controller  # its history takes each removal as an undoable step

    def remove(self, article_ids: list[str]) -> bool:
        """Ask, then move the articles to the Trash; False when nothing was removed."""
        if not article_ids:
            return False
        removal = self.workspace.removal
        try:
            plan = removal.plan(article_ids)
        except AnnotatorError as error:
            dialogs.show_error(self.window, self.tr("Cannot remove"), in_window_language(error))
            return False
        question = self.tr(
            "Move {0} to the Trash?\n\n"
            "File › Trash brings it back with every annotation until the Trash is emptied."
        ).format(plan.describe())
        if not dialogs.confirm(self.window, self.tr("Remove article"), question):
            return False
        if self.controller is None:
            try:
                removal.remove(plan.article_ids)
            except AnnotatorError as error:
                dialogs.show_error(self.window, self.tr("Cannot remove"), in_window_language(error))
                return False
            self._removed(plan.article_ids)
            return True
        what = (
            f"“{plan.titles[0]}”" if len(plan.titles) == 1 else plural(len(plan.titles), "article")
        )
        command = CrossArticleCommand(
            self.tr("Move {0} to the Trash").format(what),
            lambda: removal.remove(plan.article_ids).article_ids,
            self._restore_for_undo,
            self.controller.report_failure,
            after_apply=self._removed,
            after_revert=self._restored_by_undo,
        )
        return self.controller.push(command)

    def _removed(self, article_ids: list[str]) -> None:
        count = len(article_ids)
        self.message.emit(
            self.tr("{0} moved to the Trash (File › Trash).").format(plural(count, "article"))
        )
        self.removed.emit(article_ids)

    def _restore_for_undo(self, article_ids: list[str]) -> list[str]:
        if not self.workspace.removal.restore(article_ids):
            raise AnnotatorError(
                QCoreApplication.translate(
                    "TrashActions", "the articles are no longer in the Trash"
                )
            )
        return article_ids

    def _restored_by_undo(self, article_ids: list[str]) -> None:
        """Back from the Trash by Edit › Undo: the list shows it again, and it opens."""
        self.restored.emit(list(article_ids))
        self.message.emit(
            self.tr("{0} back from the Trash.").format(plural(len(article_ids), "article"))
        )
        if self.controller is not None and article_ids:
            try:
                self.controller.bring_up(article_ids[0])
            except AnnotatorError as error:
                self.controller.report_failure(in_window_language(error))

    def remove_demo(self) -> bool:
        demo = self.workspace.removal.demo_article_ids()
        if not demo:
            self.message.emit(self.tr("There are no demo articles left."))
            return False
        return self.remove(demo)

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self, self.window)
        dialogs.run_dialog(dialog)
        return dialog

    def restore(self, article_ids: list[str]) -> int:
        try:
            count = self.workspace.removal.restore(article_ids)
        except AnnotatorError as error:
            dialogs.show_error(self.window, self.tr("Cannot restore"), in_window_language(error))
            return 0
        if count:
            self.message.emit(
                self.tr("{0} restored from the Trash.").format(plural(count, "article"))
            )
            self.restored.emit(list(article_ids))
        return count

    def purge(self, article_ids: list[str] | None) -> int:
        """Delete trashed articles for good (all of them with None), after asking."""
        trashed = self.workspace.removal.trashed()
        chosen = [t for t in trashed if article_ids is None or t.id in article_ids]
        if not chosen:
            return 0
        what = f"“{chosen[0].title}”" if len(chosen) == 1 else plural(len(chosen), "article")
        if not dialogs.confirm(
            self.window,
            self.tr("Empty Trash") if article_ids is None else self.tr("Delete for good"),
            self.tr("Delete {0} for good? This cannot be undone.").format(what),
        ):
            return 0
        count = self.workspace.removal.empty_trash(None if article_ids is None else article_ids)
        self.message.emit(self.tr("{0} deleted for good.").format(plural(count, "article")))
        return count


class TrashDialog(QDialog):
    """File › Trash: the removed articles, newest first; restore or delete for good."""

    def __init__(self, remover: TrashActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.remover = remover
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("trashList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Article"), self.tr("Annotations"), self.tr("Removed")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_note = QLabel(self.tr("The Trash is empty."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.delete_button = QPushButton(self.tr("&Delete for good"))
        self.empty_button = QPushButton(self.tr("&Empty Trash"))
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        trashed = self.remover.workspace.removal.trashed()
        self.table.setRowCount(len(trashed))
        for row, item in enumerate(trashed):
            title = QTableWidgetItem(item.title)
            title.setData(ID_ROLE, item.id)
            title.setToolTip(f"{item.title}\n{item.source}")
            held = f"{plural(item.claim_count, 'claim')}, {plural(item.mention_count, 'mention')}"
            removed = item.removed_at.replace("T", " ").removesuffix("Z")[:16]
            for column, cell in enumerate(
                (title, QTableWidgetItem(held), QTableWidgetItem(removed))
            ):
                self.table.setItem(row, column, cell)
        if trashed and not self.table.selectedItems():
            self.table.selectRow(0)
        self.empty_note.setVisible(not trashed)
        for button in (self.restore_button, self.delete_button, self.empty_button):
            button.setEnabled(bool(trashed))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        items = (self.table.item(row, 0) for row in rows)
        return [item.data(ID_ROLE) for item in items if item is not None]

    def restore_selected(self) -> None:
        self.remover.restore(self.selected_ids())
        self.reload()

    def delete_selected(self) -> None:
        self.remover.purge(self.selected_ids())
        self.reload()

    def empty(self) -> None:
        self.remover.purge(None)
        self.reload()
