"""The annotations of the open article as a table: kind, text, type or status, position.

The model sorts itself (QAbstractItemModel.sort, called by the view's header): one Python
list.sort over precomputed keys. A QSortFilterProxyModel would call back into Python for
every comparison — 120,000 calls, half a second, for an article with 5,000 annotations.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor

from annotator.domain.models import Claim, Mention
from annotator.domain.schemes import Schemes
from annotator.ui.common.scheme_labels import status_label, type_label
from annotator.ui.common.span_styles import entity_color, status_color
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, translate

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11
COLUMNS = (
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Kind"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Text"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Type / status"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Position"),
)
KIND, TEXT, LABEL, POSITION = range(4)

Index = QModelIndex | QPersistentModelIndex
Annotation = Mention | Claim


class _Row:
    """What the table shows of one annotation, made the first time a view asks for it (an
    article with 5,000 annotations opens with one list of the annotations themselves; the table
    shows a screenful)."""

    __slots__ = ("color", "display", "keys")

    def __init__(
        self, annotation: Annotation, label: str, color: QColor, paragraphs: list[int]
    ) -> None:
        self.color = color
        kind = (
            translate("AnnotationTableModel", "Claim")
            if isinstance(annotation, Claim)
            else translate("AnnotationTableModel", "Mention")
        )
        quote = " ".join(annotation.quote.split())
        shown = quote if len(quote) <= 80 else quote[:79] + "…"
        # Where it stands as a reader counts: the paragraph (the article's lines are its
        # paragraphs), not a raw character offset.
        paragraph = bisect_right(paragraphs, annotation.start - 1) + 1
        self.display = (kind, shown, label, f"¶ {paragraph}")
        position = (annotation.start, annotation.end)
        self.keys = (
            ("Claim" if isinstance(annotation, Claim) else "Mention", *position),
            (quote.lower(), *position),
            (label, *position),
            position,
        )


def line_breaks(text: str) -> list[int]:
    """The code point offsets of the text's line breaks, in order."""
    found, at = [], text.find("\n")
    while at >= 0:
        found.append(at)
        at = text.find("\n", at + 1)
    return found


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []  # in the order shown
        self._shown: dict[str, _Row] = {}  # by annotation id, made when first asked for
        self._text = ""
        self._breaks: list[int] | None = []
        self._schemes = Schemes([], [])
        self._labels: dict[str, tuple[str, QColor]] = {}
        self._statuses: dict[str, str] = {}
        self._colors: dict[str, QColor] = {}
        self._sort_column, self._sort_order = POSITION, Qt.SortOrder.AscendingOrder
        # A long article's rows not read yet (see set_annotations): how many rows there are
        # in all, and what reads the rest (which then comes back through ``fill``).
        self._total = 0
        self._more: Callable[[], None] | None = None
        self._answering = False  # inside data(): no model signals from here

    # --- content -------------------------------------------------------------------------------

    def set_annotations(
        self,
        annotations: list[Annotation],
        schemes: Schemes,
        text: str = "",
        total: int | None = None,
        more: Callable[[], None] | None = None,
    ) -> None:
        """Show these annotations. ``total`` and ``more``: the annotations are only the first
        ones in reading order of ``total``; ``more()`` reads the others, handed to ``fill``,
        as soon as a row beyond them is asked for or anything else needs every row."""
        self.beginResetModel()
        self._more = more if total is not None and total > len(annotations) else None
        self._total = len(annotations) if self._more is None or total is None else total
        self._text = text
        self._breaks = None  # counted when a row first shows its paragraph
        self._schemes = schemes
        self._labels = {t.id: (type_label(t), entity_color(t.color)) for t in schemes.entity_types}
        self._statuses = {s.id: status_label(s) for s in schemes.statuses}
        self._colors = {}
        self._shown = {}
        self._rows = sorted(annotations, key=self._key, reverse=self._descending)
        self.endResetModel()

    def in_reading_order(self) -> bool:
        """Sorted by position, first to last: the order in which a long article is read."""
        return self._sort_column == POSITION and not self._descending

    def fill(self, annotations: list[Annotation]) -> None:
        """Every annotation, after ``set_annotations`` was given the first ones only."""
        if self._more is None:
            return
        self._more = None
        rows = sorted(annotations, key=self._key, reverse=self._descending)
        if len(rows) == self._total and rows[: len(self._rows)] == self._rows:
            # The rows shown stay where they are; the ones after them are read now.
            first = len(self._rows)
            self._rows = rows
            if not self._answering and first < len(rows):
                self.dataChanged.emit(self.index(first, 0), self.index(len(rows) - 1, 3))
            return
        # Changed in between (someone else's edit): shown anew, once out of data().
        if self._answering:
            self._rows = rows  # rows beyond them answer nothing until the reset
            QTimer.singleShot(0, lambda: self._reset_to(self._rows))
        else:
            self._reset_to(rows)

    def _reset_to(self, rows: list[Annotation]) -> None:
        self.beginResetModel()
        self._rows, self._total = rows, len(rows)
        self.endResetModel()

    def _complete(self) -> None:
        """Every row read, before anything that needs them all."""
        more = self._more
        if more is not None:
            more()
            if self._more is not None:  # nothing came back: show what there is
                self._more = None
                self._reset_to(self._rows)

    def add(self, annotation: Annotation) -> None:
        self._complete()
        self._shown.pop(annotation.id, None)
        key = self._key(annotation)
        if not self._descending:  # one bisection, no list of every key
            at = bisect_right(self._rows, key, key=self._key)
        else:
            keys = [self._key(r) for r in reversed(self._rows)]
            at = len(keys) - bisect_right(keys, key)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, annotation)
        self._total = len(self._rows)
        self.endInsertRows()

    def remove(self, annotation_id: str) -> None:
        row = self.row_of(annotation_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._total = len(self._rows)
            self._shown.pop(annotation_id, None)
            self.endRemoveRows()

    def replace(self, annotation: Annotation) -> None:
        row = self.row_of(annotation.id)
        if row is None:
            return
        before = self._key(self._rows[row])
        self._shown.pop(annotation.id, None)
        self._rows[row] = annotation
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if self._key(annotation) != before:
            # A new status or boundary moves the row where the current sort puts it.
            self.sort(self._sort_column, self._sort_order)

    def row_of(self, annotation_id: str) -> int | None:
        self._complete()
        return next((i for i, a in enumerate(self._rows) if a.id == annotation_id), None)

    def annotation_at(self, row: int) -> Annotation:
        if row >= len(self._rows):
            self._complete()
        return self._rows[row]

    # --- sorting -------------------------------------------------------------------------------

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _key(self, annotation: Annotation) -> tuple[Any, ...]:
        if self._sort_column == POSITION:  # the usual order needs nothing computed
            return (annotation.start, annotation.end)
        return self._row(annotation).keys[self._sort_column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._complete()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(index, self._rows[index.row()].id, index.column()) for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._rows.sort(key=self._key, reverse=self._descending)
        rows = {a.id: i for i, a in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _, _ in moved],
            [self.index(rows[annotation_id], column) for _, annotation_id, column in moved],
        )
        self.layoutChanged.emit()

    # --- model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AnnotationTableModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.row() >= len(self._rows) and self._more is not None:
            self._answering = True  # a row not read yet: read them all now
            try:
                self._complete()
            finally:
                self._answering = False
        if not 0 <= index.row() < len(self._rows):
            return None
        annotation, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(annotation).display[column]
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        if role == SORT_ROLE:
            return self._row(annotation).keys[column][0]
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return annotation.quote
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return self._row(annotation).color
        if role == Qt.ItemDataRole.TextAlignmentRole and column == POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row(self, item: Annotation) -> _Row:
        """What the table shows of ``item``, made once (until it changes)."""
        shown = self._shown.get(item.id)
        if shown is not None:
            return shown
        if self._breaks is None:
            self._breaks = line_breaks(self._text)
        if isinstance(item, Claim):
            color = self._colors.get(item.status)
            if color is None:
                color = self._colors[item.status] = status_color(item.status)
            label = self._statuses.get(item.status, item.status)
        else:
            label, color = self._labels.get(item.type, (item.type, entity_color("")))
        shown = self._shown[item.id] = _Row(item, label, color, self._breaks)
        return shown
