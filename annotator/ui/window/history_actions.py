"""Edit › Undo, Redo and Undo History over the window's one history.

Every edit is a step of it: annotations of any article, and the edits that reach across
articles (entities, claim groups, related claims, articles moved to the Trash). The actions
name the step they undo ("Undo Rename entity “Izium” to “Izyum”"); the history view lists
them all and a click goes back to any point.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QUndoView, QVBoxLayout, QWidget

from annotator.ui.common.accessibility import describe_buttons
from annotator.ui.window.shortcuts_dialog import HELP_TEXT


class HistoryActions(QObject):
    """The three actions, built once for the window.

    ``before`` runs before each undo and redo: a claim form with typing not yet saved saves it
    first, so Undo takes back what the user sees, never a step behind it."""

    def __init__(self, window: QWidget, history: QUndoStack, before: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.history, self.before = window, history, before
        self.dialog: UndoHistoryDialog | None = None
        self.undo = QAction(self)  # its own: kept when the menus are built anew
        self.undo.setObjectName("undoAction")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setProperty(HELP_TEXT, self.tr("Undo the last change"))
        self.undo.triggered.connect(self._undo)
        self.redo = QAction(self)
        self.redo.setObjectName("redoAction")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setProperty(HELP_TEXT, self.tr("Redo what was undone"))
        self.redo.triggered.connect(self._redo)
        self.show_history = QAction(self.tr("Undo &History…"), self)
        self.show_history.setObjectName("undoHistoryAction")
        self.show_history.setStatusTip(
            self.tr("every change, of every article, in order; click one to go back to it")
        )
        self.show_history.triggered.connect(self.open_history)
        history.indexChanged.connect(lambda _index: self._update())
        self._update()

    def _update(self) -> None:
        try:
            undo, redo = self.history.undoText(), self.history.redoText()
        except RuntimeError:  # the window is closing: the history clears itself as it goes
            return
        self.undo.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        self.undo.setEnabled(self.history.canUndo())
        self.redo.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))
        self.redo.setEnabled(self.history.canRedo())

    def _undo(self) -> None:
        self.before()
        self.history.undo()
        self._update()

    def _redo(self) -> None:
        self.before()
        self.history.redo()
        self._update()

    def open_history(self) -> UndoHistoryDialog:
        """Edit › Undo History: not modal, so it stays open beside the article."""
        if self.dialog is None:
            self.dialog = UndoHistoryDialog(self.history, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


class UndoHistoryDialog(QDialog):
    def __init__(self, history: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoHistory")
        self.setWindowTitle(self.tr("Undo History"))
        self.setWindowFlag(Qt.WindowType.Tool)
        note = QLabel(
            self.tr(
                "Every change since the program started, oldest first, of every article. "
                "Click a line to go back to just after it; the lines below it can be redone."
            )
        )
        note.setWordWrap(True)
        self.view = QUndoView(history)
        self.view.setObjectName("undoHistoryView")
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.setAccessibleDescription(
            self.tr("Every change, oldest first; choosing one goes back to just after it")
        )
        self.view.setEmptyLabel(self.tr("<before the first change>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        describe_buttons(self)
        self.resize(460, 420)
