"""A horizontal bar chart painted with QPainter (QtCharts is not in PySide6-Essentials, and a
few labelled bars need nothing more)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 18
GAP = 6
LABEL_WIDTH = 170
VALUE_WIDTH = 56


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    color: QColor


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            f"{self.title}: " + ", ".join(f"{b.label} {b.value}" for b in bars)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(420, 30 + rows * (BAR_HEIGHT + GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), 22), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        if not self.bars:
            painter.drawText(
                QRectF(0, 26, self.width(), BAR_HEIGHT),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("Nothing yet"),
            )
            return
        largest = max(max(b.value for b in self.bars), 1)
        track = max(self.width() - LABEL_WIDTH - VALUE_WIDTH, 20)
        for row, bar in enumerate(self.bars):
            top = 26 + row * (BAR_HEIGHT + GAP)
            painter.setPen(text)
            label_rect = QRectF(0, top, LABEL_WIDTH - 8, BAR_HEIGHT)
            elided = painter.fontMetrics().elidedText(
                bar.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided
            )
            width = track * bar.value / largest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar.color)
            painter.drawRoundedRect(
                QRectF(LABEL_WIDTH, top + 2, max(width, 2), BAR_HEIGHT - 4), 3, 3
            )
            painter.setPen(text)
            painter.drawText(
                QRectF(LABEL_WIDTH + width + 6, top, VALUE_WIDTH, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{bar.value:,}",
            )
        painter.end()
