"""The article, read-only and highlighted (docs/design/window.md). objectName ``articleView``.

A QPlainTextEdit, so selecting is the standard Qt cursor API (mouse, Shift+arrows). Qt counts
UTF-16 code units; everything leaving this widget is converted to code points through the
article's Utf16Map. The text shown is never read back as the truth: Qt turns U+2028 into a
line break and NBSP into a space in toPlainText().
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.domain.models import Article
from annotator.domain.offsets import Utf16Map
from annotator.domain.selection import snap_span
from annotator.ui.article.painted_span import PaintedSpan
from annotator.ui.article.source_header import SourceHeader
from annotator.ui.article.span_painter import SpanPainter

# Serif faces drawn for long reading, in order of preference; Qt falls back along the list.
READING_FONTS = [
    "Literata",
    "Source Serif 4",
    "Source Serif Pro",
    "Noto Serif",
    "Charter",
    "Georgia",
    "DejaVu Serif",
]
READING_POINT_SIZE = 13
# Alt while selecting gives character precision instead of whole words.
PRECISION_MODIFIER = Qt.KeyboardModifier.AltModifier


# Suggested claims cover whole sentences: framed around the lines, not inside them.
CLAIM_SUGGESTION = "suggestion:claim"


@dataclass(slots=True)
class SuggestionFrame:
    rects: list[QRectF]  # one per line, top to bottom
    color: QColor
    selected: bool
    inset: bool  # a mention's frame, inside the line


def contour(rects: list[QRectF]) -> list[QLineF]:
    """The outline of boxes stacked line by line: their sides, the top of the first, the
    bottom of the last, and between two lines only where one reaches beyond the other (no
    ruled lines inside a suggested sentence)."""
    lines: list[QLineF] = []
    for index, rect in enumerate(rects):
        lines.append(QLineF(rect.topLeft(), rect.bottomLeft()))
        lines.append(QLineF(rect.topRight(), rect.bottomRight()))
        if index == 0:
            lines.append(QLineF(rect.topLeft(), rect.topRight()))
        else:
            above = rects[index - 1]
            y = (above.bottom() + rect.top()) / 2
            lines.append(QLineF(above.bottomLeft(), QPointF(above.left(), y)))
            lines.append(QLineF(above.bottomRight(), QPointF(above.right(), y)))
            lines.append(QLineF(QPointF(rect.left(), y), rect.topLeft()))
            lines.append(QLineF(QPointF(rect.right(), y), rect.topRight()))
            for a, b in ((above.left(), rect.left()), (above.right(), rect.right())):
                if abs(a - b) > 0.5:
                    lines.append(QLineF(min(a, b), y, max(a, b), y))
        if index == len(rects) - 1:
            lines.append(QLineF(rect.bottomLeft(), rect.bottomRight()))
    return lines


class ArticleView(QPlainTextEdit):
    annotation_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFont()
        font.setFamilies(READING_FONTS)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(READING_POINT_SIZE)
        self.setFont(font)
        self.document().setDocumentMargin(18)
        self.setPlaceholderText(self.tr("Choose an article from the list on the left."))
        self.painter = SpanPainter(self.document())
        self._follow_palette()
        self.text = ""
        self.offsets = Utf16Map("")
        self._block_starts: list[int] = [0]
        # Highlights still waiting for their idle slice are painted as soon as they come in sight.
        self.verticalScrollBar().valueChanged.connect(self.paint_visible)
        # The article's source above the text, in the margin over the viewport (it stays in
        # place as the text scrolls); it says where the selection is in the source.
        self.header = SourceHeader(self)
        self.cursorPositionChanged.connect(self._show_where)

    # --- content -----------------------------------------------------------------------------

    def show_article(self, text: str, spans: list[PaintedSpan]) -> None:
        self.text = text
        self.offsets = Utf16Map(text)
        self.setPlainText(text)
        # Where each paragraph (block) starts, in UTF-16: a span's block by bisection.
        breaks, at = [0], text.find("\n")
        while at >= 0:
            breaks.append(at + 1)
            at = text.find("\n", at + 1)
        self._block_starts = self.offsets.to_utf16_all(breaks)
        self.set_spans(spans)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.paint_visible()

    def set_spans(
        self,
        spans: list[PaintedSpan],
        later: Callable[[], list[PaintedSpan]] | None = None,
        covered_until: int = 0,
    ) -> None:
        """Paint these spans (and no others): the blocks in sight at once, the rest once the
        view has been painted, in idle slices. ``later`` makes the spans that start at
        ``covered_until`` (UTF-16) or after, when first needed (see SpanPainter.reset)."""
        self.painter.reset(spans, self._block_starts, later, covered_until)

    def in_sight_until(self) -> int:
        """Where (UTF-16) the block after the last one in sight ends: what ``paint_visible``
        paints at most, the spans that must be made for the first frame."""
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        geometry = self.blockBoundingGeometry
        while block.isValid() and geometry(block).translated(offset).top() < height:
            block = block.next()
        if not block.isValid():
            return self.offsets.utf16_length
        return min(block.position() + block.length(), self.offsets.utf16_length)

    def paint_visible(self) -> None:
        """Paint the highlights of the blocks in sight now, if they still wait for idle time."""
        if not self.painter.idle_work_left:
            return
        block = self.firstVisibleBlock()
        first = last = block.blockNumber()
        offset = self.contentOffset()
        height = self.viewport().height()
        geometry = self.blockBoundingGeometry
        while block.isValid() and geometry(block).translated(offset).top() < height:
            last = block.blockNumber()
            block = block.next()
        self.painter.paint_blocks(first, last + 1)

    # --- suggestions: framed in dashes ----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painter.resume()  # the first frame is out: the rest of the highlights may come
        frames = self.suggestion_frames()
        if not frames:
            return
        painter = QPainter(self.viewport())
        try:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for frame in frames:
                width = 2.0 if frame.selected else (1.5 if frame.inset else 1.0)
                pen = QPen(frame.color, width, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.drawLines(contour(frame.rects))
        finally:
            painter.end()

    def suggestion_frames(self) -> list[SuggestionFrame]:
        """The dashed frames of the suggestions in sight, in viewport coordinates: one box per
        line a suggestion covers, in its frame colour (a suggestion must never
        look like an accepted annotation). A mention's frame sits inside the line, so it shows
        within the frame of a suggested claim around it."""
        frames: list[SuggestionFrame] = []
        painter = self.painter
        if not painter.spans_so_far:
            return frames
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            layout = block.layout()
            first, last = block.position(), block.position() + block.length() - 1
            for span in painter.suggestions_in(block.blockNumber()):
                start, end = max(span.start, first) - first, min(span.end, last) - first
                inset = not span.id.startswith(CLAIM_SUGGESTION)
                rects = []
                for number in range(layout.lineCount()):
                    line = layout.lineAt(number)
                    a = max(start, line.textStart())
                    b = min(end, line.textStart() + line.textLength())
                    if a >= b:
                        continue
                    xa, xb = _x_at(line, a), _x_at(line, b)
                    left, right = min(xa, xb), max(xa, xb)
                    rect = QRectF(left - 1, line.y(), right - left + 2, line.height() - 1)
                    if inset:
                        rect.adjust(1, 2, -1, -2)
                    rects.append(rect.translated(geometry.topLeft()))
                if rects:
                    selected = painter.selected == span.id
                    frames.append(
                        SuggestionFrame(rects, painter.frame_color(span), selected, inset)
                    )
            block = block.next()
        return frames

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_header()
        self.paint_visible()

    def clear_article(self) -> None:
        self.show_article("", [])
        self.show_source(None)

    def show_source(self, article: Article | None) -> None:
        """The open article's source line and passages (none: the header hides)."""
        self.header.show_article(article)
        self._place_header()
        self._show_where()

    def _place_header(self) -> None:
        frame = self.frameWidth()
        width = self.width() - 2 * frame
        height = self.header.sizeHint().height() if self.header.isVisibleTo(self) else 0
        self.setViewportMargins(0, height, 0, 0)
        self.header.setGeometry(frame, frame, width, height)

    def _show_where(self) -> None:
        if not self.header.passages or not self.text:
            return
        cursor = self.textCursor()
        start = self.offsets.to_codepoint(cursor.selectionStart(), "down")
        end = self.offsets.to_codepoint(cursor.selectionEnd(), "up")
        self.header.show_selection(start, end, cursor.hasSelection())

    def to_utf16(self, cp: int) -> int:
        return self.offsets.to_utf16(cp)

    # --- selection ---------------------------------------------------------------------------

    def selected_span(self, whole_words: bool = True) -> tuple[int, int] | None:
        """The current selection in code points, snapped (docs/design/text-and-offsets.md); None if
        empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self.text:
            return None
        start = self.offsets.to_codepoint(cursor.selectionStart(), "down")
        end = self.offsets.to_codepoint(cursor.selectionEnd(), "up")
        start, end = snap_span(self.text, start, end, whole_words)
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.to_utf16(start))
        cursor.setPosition(self.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def collapse_selection(self, at: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.to_utf16(at))
        self.setTextCursor(cursor)

    def reveal(self, start: int) -> None:
        """Scroll so that the code point ``start`` is in view, keeping any selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.setPosition(self.to_utf16(start))
            self.setTextCursor(cursor)
        probe = QTextCursor(self.document())
        probe.setPosition(self.to_utf16(start))
        rect = self.cursorRect(probe)
        if not self.viewport().rect().contains(rect):
            saved = self.textCursor()
            self.setTextCursor(probe)
            self.centerCursor()
            self.setTextCursor(saved)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self.text:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            whole_words = not event.modifiers() & PRECISION_MODIFIER
            span = self.selected_span(whole_words)
            if span is not None:
                self.select_span(*span)
            return
        found = self.painter.spans_at(self.cursorForPosition(event.position().toPoint()).position())
        if found:
            self.annotation_clicked.emit(found[0].id)

    # --- tooltips and zoom -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            found = self.painter.spans_at(position.position())
            if found:
                QToolTip.showText(event.globalPos(), "\n".join(s.tooltip for s in found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _follow_palette(self) -> None:
        palette = self.palette()
        self.painter.set_palette_colors(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        )

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0 and self.font().pointSize() + steps >= 7:
            self.zoomOut(-steps)


def _x_at(line: QTextLine, position: int) -> float:
    """Where ``position`` stands across ``line``. PySide6 returns the x with the position
    (its stubs say ``object``)."""
    x, _position = cast(tuple[float, int], line.cursorToX(position))
    return x
