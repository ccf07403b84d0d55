"""The Suggestions list: the open article's suggestions with their count, a row
per suggestion in reading order, next and previous, accept and reject of the chosen one or of
all. The list and the article follow each other: choosing a row shows the words in the
article, choosing a suggestion in the article (N, a click) chooses its row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.services.suggestions.suggestion_service import Suggestion
from annotator.ui.suggestions.suggestion_controller import SuggestionController, key_of

KIND, TEXT = 0, 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class SuggestionListModel(QAbstractTableModel):
    """The suggestions of the open article, one row each, in reading order."""

    def __init__(self, suggestions: SuggestionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions = suggestions
        self.rows: list[Suggestion] = []
        self.keys: list[str] = []  # each row's key
        self._types: dict[str, str] = {}

    def reload(self) -> None:
        """Follow the controller's last change: the rows of the suggestions that left are
        taken out (an annotation added closes a few of 8,000), anything else is shown anew."""
        items = self.suggestions.items
        change = self.suggestions.last_change
        # A few rows out; beyond that (Reject all) a reset is cheaper than row by row.
        if change is not None and not change[1] and len(change[0]) <= 100:
            for key in dict.fromkeys(change[0]):
                row = self.row_of(key)
                if row is not None:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self.rows[row], self.keys[row]
                    self.endRemoveRows()
            if len(self.keys) == len(items):
                return
        self.beginResetModel()
        self.rows = list(items.values())
        self.keys = list(items)
        schemes = self.suggestions.controller.schemes
        self._types = {t.id: t.label for t in schemes.entity_types}
        self.endResetModel()

    def row_of(self, key: str) -> int | None:
        try:
            return self.keys.index(key)  # the same string objects: a C loop, not key_of()
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Suggested") if section == KIND else self.tr("Text")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        suggestion = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == KIND:
                if suggestion.kind == "claim":
                    return self.tr("Claim")
                return self._types.get(suggestion.type or "", suggestion.type or "")
            return " ".join(suggestion.quote.split())[:160]
        if role == Qt.ItemDataRole.ToolTipRole:
            return suggestion.reason
        if role == KEY_ROLE:
            return self.keys[index.row()]
        return None


class SuggestionList(QWidget):
    """objectName ``suggestionList``."""

    title_changed = Signal(str)  # "Suggestions (12)", for the tab that holds the list
    show_requested = Signal()  # the user asks to see suggestions (they are off)
    step_requested = Signal(int)  # next (+1) or previous (-1), as N and Shift+N
    message = Signal(str)  # what a button did, for the status bar

    def __init__(self, suggestions: SuggestionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionList")
        self.suggestions = suggestions
        self.model = SuggestionListModel(suggestions, self)
        self.table = QTableView()
        self.table.setObjectName("suggestionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show suggestions"))
        self.show_button.clicked.connect(self.show_requested)
        buttons = QGridLayout()
        self.previous_button = self._button(
            self.tr("◀ Previous"), self.tr("Shift+N"), lambda: self.step_requested.emit(-1)
        )
        self.next_button = self._button(
            self.tr("Next ▶"), self.tr("N"), lambda: self.step_requested.emit(+1)
        )
        self.accept_button = self._button(self.tr("Accept"), self.tr("Enter"), self._accept)
        self.reject_button = self._button(self.tr("Reject"), self.tr("Backspace"), self._reject)
        self.accept_all_button = self._button(self.tr("Accept all"), "", self._accept_all)
        self.reject_all_button = self._button(self.tr("Reject all"), "", self._reject_all)
        # Two by two: the list sits in a narrow side panel.
        for index, button in enumerate(
            (
                self.previous_button,
                self.next_button,
                self.accept_button,
                self.reject_button,
                self.accept_all_button,
                self.reject_all_button,
            )
        ):
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.show_button)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        suggestions.changed.connect(self._reload)
        suggestions.selection_changed.connect(self._follow)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self._following = False
        self._reload()

    def _button(self, text: str, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        if key:
            button.setToolTip(
                self.tr("{0} (key {1} in the article or this list)").format(text, key)
            )
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- following the suggestions -------------------------------------------------------------

    def title(self) -> str:
        if not self.suggestions.visible:
            return self.tr("Suggestions")
        return self.tr("Suggestions ({0})").format(len(self.suggestions.items))

    def _reload(self) -> None:
        self._following = True
        try:
            self.model.reload()
        finally:
            self._following = False
        visible, count = self.suggestions.visible, len(self.suggestions.items)
        self.show_button.setVisible(not visible)
        if not visible:
            self.count_label.setText(
                self.tr("Suggestions are hidden. Show them to go through them here.")
            )
        elif count:
            self.count_label.setText(
                self.tr("{0} suggestions in this article. Choose one to see it.").format(count)
            )
        else:
            self.count_label.setText(self.tr("No suggestions in this article."))
        for button in (
            self.previous_button,
            self.next_button,
            self.accept_all_button,
            self.reject_all_button,
        ):
            button.setEnabled(count > 0)
        self._follow(self.suggestions.selected)
        self.title_changed.emit(self.title())

    def _follow(self, suggestion: Suggestion | None) -> None:
        """The article chose a suggestion (or none): its row is chosen and in sight."""
        self.accept_button.setEnabled(suggestion is not None)
        self.reject_button.setEnabled(suggestion is not None)
        row = self.model.row_of(key_of(suggestion)) if suggestion is not None else None
        self._following = True
        try:
            if row is None:
                self.table.selectionModel().clear()
                return
            index = self.model.index(row, 0)
            if self.table.currentIndex().row() != row:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            self.table.scrollTo(index)
        finally:
            self._following = False

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not current.isValid():
            return
        key = current.data(KEY_ROLE)
        if key != self.suggestions.selected_key:
            self.suggestions.select(key)  # the article scrolls to it

    # --- deciding ------------------------------------------------------------------------------

    def _accept(self) -> None:
        if not self.suggestions.accept():
            self.message.emit(self.tr("Choose a suggestion to accept."))

    def _reject(self) -> None:
        if not self.suggestions.reject():
            self.message.emit(self.tr("Choose a suggestion to reject."))

    def _accept_all(self) -> None:
        count = self.suggestions.accept_all()
        self.message.emit(
            self.tr("Accepted {0} suggestions (Edit › Undo takes them back).").format(count)
        )

    def _reject_all(self) -> None:
        count = self.suggestions.reject_all()
        self.message.emit(
            self.tr("Rejected {0} suggestions (Edit › Undo takes them back).").format(count)
        )
