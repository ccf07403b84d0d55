"""How annotations look in the article: entity types by their scheme colour as a background,
claims underlined in the colour of their verification status."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

# Verdict colours follow the usual fact-check reading: red false, green true, amber between,
# grey not yet checked. Custom statuses get a stable colour of their own.
STATUS_COLORS = {
    "unverified": "#8a8f98",
    "in_progress": "#2f6fdf",
    "true": "#23913f",
    "mostly_true": "#5c9e2e",
    "mixed": "#c99a06",
    "mostly_false": "#db7226",
    "false": "#d32f2f",
    "misleading": "#b23a9b",
    "unproven": "#6a5acd",
}

# A suggested claim: the colour of "not yet checked", fainter still when drawn.
SUGGESTED_CLAIM_COLOR = QColor("#5b7bb5")

# Highlighted text stays dark on its light background, in light and dark palettes alike.
SPAN_TEXT_COLOR = QColor("#1b1b1b")


def status_color(status_id: str) -> QColor:
    known = STATUS_COLORS.get(status_id)
    if known:
        return QColor(known)
    hue = int(hashlib.sha1(status_id.encode()).hexdigest()[:4], 16) % 360
    return QColor.fromHsl(hue, 150, 110)


def annotator_color(annotator_id: str) -> QColor:
    """A stable, dark-enough colour per annotator, for the outline of their annotations."""
    hue = int(hashlib.sha1(annotator_id.encode()).hexdigest()[:4], 16) % 360
    return QColor.fromHsl(hue, 200, 80)


def entity_color(hex_color: str) -> QColor:
    color = QColor(hex_color)
    return color if color.isValid() else QColor("#dddddd")


def swatch(color: QColor) -> QIcon:
    """A small square of the colour, for menus and lists that name a type or a status."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


def key_swatch(color: QColor, key: str) -> QIcon:
    """A square of the colour with the key that tags it (1–9) on it, dark on the light
    colours of the types: the toolbar's type buttons say their key even without their names."""
    icon = QIcon()
    for size in (16, 20, 24):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color.darker(140), 1))
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
        if key:
            font = QFont(painter.font())
            font.setPixelSize(round(size * 0.7))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(SPAN_TEXT_COLOR)
            painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, key)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
