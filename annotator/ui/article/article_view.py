"""The article, read-only and highlighted (DESIGN §10). objectName ``articleView``.

A QPlainTextEdit, so selecting is the standard Qt cursor API (mouse, Shift+arrows). Qt counts
UTF-16 code units; everything leaving this widget is converted to code points through the
article's Utf16Map. The text shown is never read back as the truth: Qt turns U+2028 into a
line break and NBSP into a space in toPlainText().
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QMouseEvent, QPalette, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.domain.offsets import Utf16Map
from annotator.domain.selection import snap_span
from annotator.ui.article.span_painter import PaintedSpan, SpanPainter

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
        # Highlights still waiting for their idle slice are painted as soon as they come in sight.
        self.verticalScrollBar().valueChanged.connect(self.paint_visible)

    # --- content -----------------------------------------------------------------------------

    def show_article(self, text: str, spans: list[PaintedSpan]) -> None:
        self.text = text
        self.offsets = Utf16Map(text)
        self.setPlainText(text)
        self.painter.reset(spans)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.paint_visible()

    def paint_visible(self) -> None:
        """Paint the highlights of the blocks in sight now, if they still wait for idle time."""
        if not self.painter.pending:
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

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.paint_visible()

    def clear_article(self) -> None:
        self.show_article("", [])

    def to_utf16(self, cp: int) -> int:
        return self.offsets.to_utf16(cp)

    # --- selection ---------------------------------------------------------------------------

    def selected_span(self, whole_words: bool = True) -> tuple[int, int] | None:
        """The current selection in code points, snapped (DESIGN §3.4); None if empty."""
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
