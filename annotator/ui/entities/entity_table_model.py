"""Every canonical entity as a table row: name, type, aliases, mentions, articles.

The model holds all entities; EntityFilterProxy sorts them and keeps the ones the fuzzy filter
found (the service decides what matches, so the proxy only needs their ids).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.domain.language.folding import fold
from annotator.domain.models import Entity
from annotator.domain.schemes import Schemes
from annotator.services.entities.entity_service import EntityOverview
from annotator.ui.common.scheme_labels import type_label
from annotator.ui.common.span_styles import entity_color
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, plural, translate

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 30
SORT_ROLE = Qt.ItemDataRole.UserRole + 31
COLUMNS = (
    QT_TRANSLATE_NOOP("EntityTableModel", "Name"),
    QT_TRANSLATE_NOOP("EntityTableModel", "Type"),
    QT_TRANSLATE_NOOP("EntityTableModel", "Aliases"),
    QT_TRANSLATE_NOOP("EntityTableModel", "Mentions"),
    QT_TRANSLATE_NOOP("EntityTableModel", "Articles"),
)
NAME, TYPE, ALIASES, MENTIONS, ARTICLES = range(5)

Index = QModelIndex | QPersistentModelIndex


class _Row:
    """One entity with what the table shows of it, computed once per refresh."""

    __slots__ = ("color", "display", "overview", "sort_keys", "tooltips")

    def __init__(self, overview: EntityOverview, label: str, color: QColor) -> None:
        entity = overview.entity
        aliases = ", ".join(entity.aliases)
        articles = len(overview.articles)
        self.overview = overview
        self.color = color
        self.display = (entity.name, label, aliases, overview.mention_count, articles)
        self.sort_keys = (
            fold(entity.name),
            label.casefold(),
            fold(aliases),
            overview.mention_count,
            articles,
        )
        mentions = plural(overview.mention_count, "mention")
        if overview.claimant_count:
            mentions += translate("EntityTableModel", ", claimant of {0}").format(
                plural(overview.claimant_count, "claim")
            )
        self.tooltips = (
            entity.note or entity.name,
            label,
            aliases or translate("EntityTableModel", "No other spellings yet"),
            mentions,
            "\n".join(a.title for a in overview.articles)
            or translate("EntityTableModel", "Not mentioned in any article"),
        )


class EntityTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_entities(self, overviews: list[EntityOverview], schemes: Schemes) -> None:
        types = {t.id: (type_label(t), entity_color(t.color)) for t in schemes.entity_types}
        self.beginResetModel()
        self._rows = [
            _Row(o, *types.get(o.entity.type, (o.entity.type, entity_color("")))) for o in overviews
        ]
        self.endResetModel()

    def row_of(self, entity_id: str) -> int | None:
        return next(
            (i for i, r in enumerate(self._rows) if r.overview.entity.id == entity_id), None
        )

    def overview_at(self, row: int) -> EntityOverview:
        return self._rows[row].overview

    def entities(self) -> list[Entity]:
        return [r.overview.entity for r in self._rows]

    # --- model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("EntityTableModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[column]
        if role == ENTITY_ID_ROLE:
            return row.overview.entity.id
        if role == SORT_ROLE:
            return row.sort_keys[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltips[column]
        if role == Qt.ItemDataRole.DecorationRole and column == TYPE:
            return row.color
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MENTIONS, ARTICLES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EntityFilterProxy(QSortFilterProxyModel):
    """Sorted by SORT_ROLE; with a filter, only the entities whose ids it names."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._shown: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def show_only(self, entity_ids: set[str] | None) -> None:
        """None shows every entity."""
        # Qt 6.10 replaced invalidateFilter (deprecated, a warning) by begin/endFilterChange;
        # pyproject still allows 6.8.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._shown = entity_ids
            self.endFilterChange()
        else:
            self._shown = entity_ids
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._shown is None:
            return True
        index = self.sourceModel().index(source_row, NAME, source_parent)
        return index.data(ENTITY_ID_ROLE) in self._shown
