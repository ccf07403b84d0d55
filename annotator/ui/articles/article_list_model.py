"""The articles of the workspace as a lazily fetched Qt table model.

Only summaries (never texts) are held, fetched a page at a time as the view scrolls, so a
collection of 100,000 articles opens at once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from annotator.domain.errors import ConnectionLost
from annotator.domain.models import ArticleStatus, ArticleSummary, Claim, Mention, Origin
from annotator.services.statistics import ArticleLayer
from annotator.services.workspace import Workspace
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, plural, translate

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

_COLUMNS = (
    QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Source"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Status"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Finished by"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Claims"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Lang"),
)
FINISHED_COLUMN = _COLUMNS.index("Finished by")
_CLAIMS_COLUMN = _COLUMNS.index("Claims")
LANGUAGE_COLUMN = _COLUMNS.index("Lang")
_STATUS_LABELS = {
    "todo": QT_TRANSLATE_NOOP("ArticleListModel", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("ArticleListModel", "In progress"),
    "done": QT_TRANSLATE_NOOP("ArticleListModel", "Done"),
}

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._rows: list[ArticleSummary] = []
        # article id → who annotated it and who marked it finished (progress per annotator)
        self._layers: dict[str, list[ArticleLayer]] = {}
        self._total = 0
        self._status: ArticleStatus | None = None
        self._search = ""
        self._demo: set[str] = set()
        self.annotator_id: str | None = None  # the user, whose own marks need no column
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
        self._layers.update(self._workspace.article_layers(article_ids))

    def shows_team_progress(self) -> bool:
        """Whether "Finished by" says anything: someone other than the user marked a listed
        article finished (alone, one's own Done is the Status column already)."""
        return any(
            layer.finished_at and layer.id != self.annotator_id
            for layers in self._layers.values()
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

    def refresh(self, article_id: str, status: str | None = None) -> None:
        """Re-read one article's summary (its status or claim count changed). When the team
        database does not answer, a ``status`` given is shown as chosen (it is kept and saved
        on reconnect) and the rest stays as it was."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                try:
                    fresh = self._workspace.article_summary(article_id)
                except ConnectionLost:
                    fresh = replace(summary, status=ArticleStatus(status)) if status else None
                    if fresh is not None:
                        self._rows[row] = fresh
                        self.dataChanged.emit(
                            self.index(row, 0), self.index(row, len(_COLUMNS) - 1)
                        )
                    return
                if fresh is not None:
                    self._rows[row] = fresh
                    self._read_layers([article_id])
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))
                return

    def count_changes(
        self, article_id: str, changes: list[tuple[Mention | Claim, int]] | None
    ) -> None:
        """Annotations of an article came (+1) or went (-1) by the user's own edit: its row's
        counts and its annotators' counts change in place, without a query (an add while
        annotating stays within a frame). ``changes`` None: read the row again."""
        row = next((i for i, r in enumerate(self._rows) if r.id == article_id), None)
        if row is None:  # not fetched yet: read when it is
            return
        if changes is None:
            self.refresh(article_id)
            return
        summary = self._rows[row]
        claims = sum(step for annotation, step in changes if isinstance(annotation, Claim))
        mentions = sum(step for annotation, step in changes if isinstance(annotation, Mention))
        self._rows[row] = replace(
            summary,
            claim_count=summary.claim_count + claims,
            mention_count=summary.mention_count + mentions,
        )
        layers = self._layers.get(article_id, [])
        for annotation, step in changes:
            owner = _layer_of(annotation)
            if owner is None:
                continue
            layer = next((entry for entry in layers if entry.id == owner), None)
            if layer is None:  # their first annotation here: the name comes with a read
                self._read_layers([article_id])
                break
            if isinstance(annotation, Claim):
                layer.claims += step
            else:
                layer.mentions += step
        else:
            # An annotator with nothing left and no Done mark is no longer listed (as read).
            kept = [e for e in layers if e.mentions or e.claims or e.finished_at]
            if kept:
                self._layers[article_id] = kept
            else:
                self._layers.pop(article_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))

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
            return translate("ArticleListModel", _COLUMNS[section])
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
                translate("ArticleListModel", _STATUS_LABELS[summary.status]),
                _finishers(self._layers.get(summary.id, [])),
                summary.claim_count,
                "" if summary.language == "und" else summary.language,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            language = (
                self.tr("language not detected") if summary.language == "und" else summary.language
            )
            demo = (
                "\n" + self.tr("Demo article: File › Remove demo articles")
                if summary.id in self._demo
                else ""
            )
            mentions = plural(summary.mention_count, "mention")
            tip = f"{summary.title}\n{summary.source}\n{mentions} · {language}{demo}"
            layers = self._layers.get(summary.id)
            return f"{tip}\n{_progress_tip(layers)}" if layers else tip
        if role == Qt.ItemDataRole.FontRole and column == 0 and summary.id in self._demo:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == _CLAIMS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ARTICLE_ID_ROLE:
            return summary.id
        return None

    def is_demo(self, article_id: str) -> bool:
        return article_id in self._demo

    @property
    def total(self) -> int:
        return self._total


def _layer_of(annotation: Mention | Claim) -> str | None:
    """Whose count in the progress per annotator an annotation adds to: its annotator's, the
    adjudicated layer aside (as ``StatisticsRepository.layer_counts`` counts)."""
    if annotation.created_by is None or annotation.origin == Origin.ADJUDICATED:
        return None
    return annotation.created_by


def _finishers(layers: list[ArticleLayer]) -> str:
    """The names of those who marked the article finished (the list's "Finished by")."""
    return ", ".join(layer.name for layer in layers if layer.finished_at)


def _progress_tip(layers: list[ArticleLayer]) -> str:
    lines = []
    for layer in layers:
        work = f"{plural(layer.mentions, 'mention')}, {plural(layer.claims, 'claim')}"
        done = (
            translate("ArticleListModel", "finished {0}").format(
                layer.finished_at[:16].replace("T", " ")
            )
            if layer.finished_at
            else translate("ArticleListModel", "not finished")
        )
        lines.append(f"  {layer.name}: {work} — {done}")
    return translate("ArticleListModel", "Annotators:") + "\n" + "\n".join(lines)
