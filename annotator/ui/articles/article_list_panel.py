"""Left side: the articles, searchable over their full text and filterable by status."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.models import ArticleStatus
from annotator.services.workspace import Workspace
from annotator.ui.articles.article_list_model import (
    ARTICLE_ID_ROLE,
    FINISHED_COLUMN,
    LANGUAGE_COLUMN,
    ArticleListModel,
)

SEARCH_PAUSE_MS = 250


NARROW_LIST_WIDTH = 360  # px: below it the language column is left out


class ArticleListPanel(QWidget):
    article_chosen = Signal(str)
    filter_applied = Signal()  # the rows changed: where the open article stands may too
    remove_requested = Signal(list)  # article ids: Delete or the context menu
    search_entered = Signal(str)  # Enter in the search: the first hit is open, show the words

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(workspace, self)
        self.search = QLineEdit()
        self.search.setObjectName("articleSearch")
        self.search.setPlaceholderText(self.tr("Search titles and texts…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search articles"))
        self.search.setAccessibleDescription(
            self.tr("Words of the titles and texts of all articles; Enter opens the first hit")
        )
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Show articles"))
        self.status.setAccessibleDescription(
            self.tr("Which articles the list shows: all, or those to do, in progress or done")
        )
        self.status.addItem(self.tr("All articles"), None)
        for status, label in (
            (ArticleStatus.TODO, self.tr("To do")),
            (ArticleStatus.IN_PROGRESS, self.tr("In progress")),
            (ArticleStatus.DONE, self.tr("Done")),
        ):
            self.status.addItem(label, str(status))
        self.table = QTableView()
        self.table.setObjectName("articleList")
        # Tab leaves the list for the next field; the arrows move within it.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setAccessibleDescription(
            self.tr(
                "The articles with their status and claims; the arrows choose one and open it, "
                "Ctrl+Delete moves it to the Trash"
            )
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.hideSection(1)  # the file name is in the tooltip; titles need the room
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._show_progress_column)
        self._show_progress_column()
        # Ctrl+Delete, Delete in the list and the context menu remove the chosen article (after
        # a confirmation). Its key is not Delete alone, which deletes the selected annotation
        # (Edit › Delete annotation): Help › Keyboard shortcuts names each key once.
        self.remove_action = QAction(self.tr("&Remove article…"), self.table)
        self.remove_action.setShortcut(QKeySequence("Ctrl+Del"))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.remove_action.triggered.connect(self._remove_chosen)
        self.table.addAction(self.remove_action)
        in_list = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        in_list.setContext(Qt.ShortcutContext.WidgetShortcut)
        in_list.activated.connect(self.remove_action.trigger)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.table)

        self._chosen_id: str | None = None
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_pause.start())
        self.search.returnPressed.connect(self._open_first_hit)
        self.status.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

    def set_annotator(self, annotator_id: str | None) -> None:
        self.model.annotator_id = annotator_id
        self._show_progress_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrow list (the window at 1366 px, its Ukrainian headers wider than the English)
        # gives the language's room to the titles; each row's tooltip still names it.
        narrow = event.size().width() < NARROW_LIST_WIDTH
        self.table.horizontalHeader().setSectionHidden(LANGUAGE_COLUMN, narrow)

    def _show_progress_column(self, *_args: object) -> None:
        shown = self.model.shows_team_progress()
        self.table.horizontalHeader().setSectionHidden(FINISHED_COLUMN, not shown)

    def _apply_filter(self) -> None:
        self._search_pause.stop()
        # The article last chosen, even if the previous filter hid it: when it is listed
        # again, it is the current row again.
        current = self.current_id() or self._chosen_id
        status = self.status.currentData()
        self.model.set_filter(ArticleStatus(status) if status else None, self.search.text())
        if current:
            self.select(current, emit=False)
        self.filter_applied.emit()

    def _open_first_hit(self) -> None:
        """Enter in the search: the list filtered now, and its first article opened."""
        self._apply_filter()
        words = self.search.text().strip()
        if words and self.model.rowCount():
            self.select_row(0)
            self.search_entered.emit(words)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
        if article_id:
            self._chosen_id = article_id
            self.article_chosen.emit(article_id)

    def _remove_chosen(self) -> None:
        article_id = self.current_id()
        if article_id:
            self.remove_requested.emit([article_id])

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ARTICLE_ID_ROLE) if index.isValid() else None

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select(self, article_id: str, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self.select_row(row, emit)
        return True

    def select_row(self, row: int, emit: bool = True) -> None:
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self._chosen_id = index.data(ARTICLE_ID_ROLE)
        blocked = self.table.selectionModel().blockSignals(not emit)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(blocked)
        self.table.scrollTo(index)

    def step(self, delta: int) -> bool:
        """Go to the next (+1) or previous (-1) article of the list."""
        row = self.current_row() + delta
        if row < 0 or (row >= self.model.rowCount() and not self.model.canFetchMore()):
            return False
        self.select_row(row)
        return True

    def refresh_article(self, article_id: str, status: str | None = None) -> None:
        self.model.refresh(article_id, status)
