"""View › Statistics: what the whole collection holds, as bar charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.schemes import Schemes
from annotator.services.statistics import CollectionStats
from annotator.ui.common.scheme_labels import status_label, type_label
from annotator.ui.common.span_styles import entity_color, status_color
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, plural, translate
from annotator.ui.statistics.bar_chart import Bar, BarChart

ARTICLE_STATUS = {
    "todo": (QT_TRANSLATE_NOOP("ArticleListModel", "To do"), "#b0b7c3"),
    "in_progress": (QT_TRANSLATE_NOOP("ArticleListModel", "In progress"), "#2f6fdf"),
    "done": (QT_TRANSLATE_NOOP("ArticleListModel", "Done"), "#23913f"),
}


def chart_data(stats: CollectionStats, schemes: Schemes) -> dict[str, list[Bar]]:
    types = {t.id: t for t in schemes.entity_types}
    statuses = {s.id: s for s in schemes.statuses}
    data = {
        QT_TRANSLATE_NOOP("StatisticsDialog", "Claims per status"): [
            Bar(status_label(statuses[s]) if s in statuses else s, n, status_color(s))
            for s, n in stats.claims_by_status.items()
        ],
        QT_TRANSLATE_NOOP("StatisticsDialog", "Mentions per entity type"): [
            Bar(
                type_label(types[t]) if t in types else t,
                n,
                entity_color(types[t].color if t in types else ""),
            )
            for t, n in stats.mentions_by_type.items()
        ],
        QT_TRANSLATE_NOOP("StatisticsDialog", "Articles per status"): [
            Bar(
                translate("ArticleListModel", ARTICLE_STATUS.get(s, (s, "#888888"))[0]),
                n,
                QColor(ARTICLE_STATUS.get(s, (s, "#888888"))[1]),
            )
            for s, n in stats.articles_by_status.items()
        ],
    }
    top = getattr(stats, "top_entities", None)
    if top is not None:
        data[QT_TRANSLATE_NOOP("StatisticsDialog", "Most mentioned entities")] = [
            Bar(
                entity.name,
                entity.mentions,
                entity_color(types[entity.type].color if entity.type in types else ""),
            )
            for entity in top[:12]
        ]
    return data


class StatisticsDialog(QDialog):
    def __init__(
        self, stats: CollectionStats, schemes: Schemes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsDialog")
        self.setWindowTitle(self.tr("Statistics"))
        summary = QLabel(
            " · ".join(
                _bold_count(number, noun)
                for number, noun in (
                    (stats.articles, "article"),
                    (stats.claims, "claim"),
                    (stats.mentions, "mention"),
                    (stats.entities, "entity"),
                    (stats.annotators, "annotator"),
                )
            )
        )
        grid = QGridLayout()
        self.charts: dict[str, BarChart] = {}
        for index, (title, bars) in enumerate(chart_data(stats, schemes).items()):
            chart = BarChart(self.tr(title))
            chart.set_bars(bars)
            self.charts[title] = chart
            grid.addWidget(chart, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(grid.rowCount(), 1)
        body = QWidget()
        body.setLayout(grid)
        area = QScrollArea()
        area.setWidget(body)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(area)
        layout.addWidget(buttons)
        self.resize(980, 640)


def _bold_count(number: int, noun: str) -> str:
    """'<b>1</b> entity', '<b>2</b> entities' (in the window's language)."""
    return plural(number, noun).replace(str(number), f"<b>{number:,}</b>", 1)
