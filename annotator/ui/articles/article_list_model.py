"""The articles of the workspace as a lazily fetched Qt table model.

Only summaries (never texts) are held, fetched a page at a time as the view scrolls, so a
collection of 100,000 articles opens at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from annotator.domain.models import ArticleStatus, ArticleSummary
from annotator.services.removing.article_removal import plural
from annotator.services.workspace import Workspace

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

_COLUMNS = ("Title", "Source", "Status", "Claims", "Lang")
_STATUS_LABELS = {"todo": "To do", "in_progress": "In progress", "done": "Done"}

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._rows: list[ArticleSummary] = []
        self._layers: dict[str, str] = {}  # article id → who annotated it, for the tooltip
        self._total = 0
        self._status: ArticleStatus | None = None
        self._search = ""
        self._demo: set[str] = set()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._workspace.article_count(self._status, self._search)
        self._demo = set(self._workspace.removal.demo_article_ids())
        self._rows = self._workspace.article_summaries(0, PAGE_SIZE, self._status, self._search)
        self._layers = {}
        self._read_layers([r.id for r in self._rows])
        self.endResetModel()

    def _read_layers(self, article_ids: list[str]) -> None:
        for article_id in article_ids:
            self._layers.pop(article_id, None)
        for article_id, layers in self._workspace.article_layers(article_ids).items():
            self._layers[article_id] = "Annotated by " + ", ".join(
                f"{layer['name']} ({layer['mentions']} mentions, {layer['claims']} claims)"
                for layer in layers
            )

    def set_filter(self, status: ArticleStatus | None, search: str) -> None:
        self._status, self._search = status, search.strip()
        self.reload()

    def row_of(self, article_id: str) -> int | None:
        """The row of an article, fetching as far as needed (in one query, not page by page)."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        position = self._workspace.article_position(article_id, self._status, self._search)
        if position is None:
            return None
        missing = position + 1 - len(self._rows)
        if missing > 0:
            self._append(
                self._workspace.article_summaries(
                    len(self._rows), missing + PAGE_SIZE, self._status, self._search
                )
            )
        return position if position < len(self._rows) else None

    def refresh(self, article_id: str) -> None:
        """Re-read one article's summary (its status or claim count changed)."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                fresh = self._workspace.article_summary(article_id)
                if fresh is not None:
                    self._rows[row] = fresh
                    self._read_layers([article_id])
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))
                return

    # --- lazy fetching ---------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._append(
            self._workspace.article_summaries(
                len(self._rows), PAGE_SIZE, self._status, self._search
            )
        )

    def _append(self, page: list[ArticleSummary]) -> None:
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self._read_layers([summary.id for summary in page])
        self.endInsertRows()

    # --- model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                summary.title,
                summary.source,
                _STATUS_LABELS[summary.status],
                summary.claim_count,
                "" if summary.language == "und" else summary.language,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            language = "language not detected" if summary.language == "und" else summary.language
            demo = "\nDemo article: File › Remove demo articles" if summary.id in self._demo else ""
            mentions = plural(summary.mention_count, "mention")
            tip = f"{summary.title}\n{summary.source}\n{mentions} · {language}{demo}"
            layers = self._layers.get(summary.id)
            return f"{tip}\n{layers}" if layers else tip
        if role == Qt.ItemDataRole.FontRole and column == 0 and summary.id in self._demo:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ARTICLE_ID_ROLE:
            return summary.id
        return None

    def is_demo(self, article_id: str) -> bool:
        return article_id in self._demo

    @property
    def total(self) -> int:
        return self._total
