"""The annotations of the open article as a table: kind, text, type or status, position.

Sorting goes through a QSortFilterProxyModel on SORT_ROLE (positions sort as numbers).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.domain.models import Claim, Mention
from annotator.domain.schemes import Schemes
from annotator.ui.span_styles import entity_color, status_color

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11
COLUMNS = ("Kind", "Text", "Type / status", "Position")
KIND, TEXT, LABEL, POSITION = range(4)

Index = QModelIndex | QPersistentModelIndex
Annotation = Mention | Claim


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self._schemes = Schemes([], [])

    def set_annotations(self, annotations: list[Annotation], schemes: Schemes) -> None:
        self.beginResetModel()
        self._schemes = schemes
        self._rows = sorted(annotations, key=lambda a: (a.start, a.end))
        self.endResetModel()

    def add(self, annotation: Annotation) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(annotation)
        self.endInsertRows()

    def remove(self, annotation_id: str) -> None:
        row = self.row_of(annotation_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def replace(self, annotation: Annotation) -> None:
        row = self.row_of(annotation.id)
        if row is not None:
            self._rows[row] = annotation
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, annotation_id: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == annotation_id), None)

    # --- model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == ANNOTATION_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SORT_ROLE:
            return (
                ("claim" if isinstance(item, Claim) else "mention"),
                " ".join(item.quote.split()).lower(),
                self._label(item),
                item.start,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return item.quote
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return self._color(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: Annotation, column: int) -> str | int:
        if column == KIND:
            return "Claim" if isinstance(item, Claim) else "Mention"
        if column == TEXT:
            quote = " ".join(item.quote.split())
            return quote if len(quote) <= 80 else quote[:79] + "…"
        if column == LABEL:
            return self._label(item)
        return item.start

    def _label(self, item: Annotation) -> str:
        if isinstance(item, Claim):
            status = next((s for s in self._schemes.statuses if s.id == item.status), None)
            return status.label if status else item.status
        entity_type = next((t for t in self._schemes.entity_types if t.id == item.type), None)
        return entity_type.label if entity_type else item.type

    def _color(self, item: Annotation) -> QColor:
        if isinstance(item, Claim):
            return status_color(item.status)
        entity_type = next((t for t in self._schemes.entity_types if t.id == item.type), None)
        return entity_color(entity_type.color if entity_type else "")
