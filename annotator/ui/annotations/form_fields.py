"""Fields of the claim form beyond Qt's own: a text box that grows with its text, and a
calendar beside a date typed by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QPlainTextEdit, QWidget

from annotator.domain.errors import InputRefused
from annotator.domain.timestamps import parse_typed_date


class GrowingTextEdit(QPlainTextEdit):
    """Several lines of plain text, two high when empty, growing with the text up to
    ``max_lines`` (then it scrolls). Speaks like a QLineEdit where the form needs it:
    ``editingFinished`` when the focus leaves, ``text``/``setText``, ``isModified``."""

    editingFinished = Signal()  # noqa: N815 (the name QLineEdit gives it)

    def __init__(self, min_lines: int = 2, max_lines: int = 6, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)  # Tab leaves, as in every other field of the form
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self.document().setModified(False)

    def isModified(self) -> bool:
        return self.document().isModified()

    def setModified(self, modified: bool) -> None:
        self.document().setModified(modified)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A popup (the completer, a menu) takes the focus for a moment: editing goes on.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editingFinished.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # The plain text layout counts the document's height in lines, wrapped ones included.
        lines = int(self.document().size().height()) or 1
        shown = max(self.min_lines, min(self.max_lines, lines))
        margins = self.contentsMargins()
        viewport = self.viewportMargins()
        height = (
            shown * self.fontMetrics().lineSpacing()
            + int(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + viewport.top()
            + viewport.bottom()
            + 2 * self.frameWidth()
            + 2  # the last line's descent: without it a scroll bar shows for nothing
        )
        if self.height() != height:
            self.setFixedHeight(height)


def calendar_icon(color: QColor) -> QIcon:
    """A small calendar page drawn in the field's text colour (themes rarely ship one)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(color)
    painter.drawRect(QRectF(1.5, 2.5, 13, 12))
    painter.fillRect(QRectF(2, 3, 12, 3), color)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(4 + 3.5 * column, 8 + 3 * row, 2, 2), color)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QCalendarWidget):
    """A month to pick a day from, popped up under a date field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)


def attach_calendar(field: QLineEdit, picked: Callable[[], None]) -> QAction:
    """A calendar button at the end of a date field: the day picked is written into the field
    as YYYY-MM-DD and ``picked`` saves it. Typing stays as it was (YYYY-MM-DD, DD.MM.YYYY,
    D/M/YYYY); the calendar opens at the date typed, else at today."""
    action = QAction(calendar_icon(field.palette().text().color()), "", field)
    action.setToolTip(
        QCoreApplication.translate(
            "ClaimForm", "Pick the date on a calendar (or type YYYY-MM-DD, DD.MM.YYYY or D/M/YYYY)"
        )
    )
    field.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    popup = CalendarPopup(field)
    field.setProperty("calendarPopup", popup)  # tests and the shot find it here

    def open_calendar() -> None:
        try:
            typed = parse_typed_date(field.text().strip(), "date") if field.text().strip() else ""
        except InputRefused:
            typed = ""
        shown = QDate.fromString(typed, Qt.DateFormat.ISODate) if typed else QDate.currentDate()
        popup.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        popup.adjustSize()
        popup.move(field.mapToGlobal(QPoint(0, field.height())))
        popup.show()
        popup.setFocus()

    def chosen(date: QDate) -> None:
        popup.hide()
        field.setText(date.toString(Qt.DateFormat.ISODate))
        field.setModified(True)
        picked()

    action.triggered.connect(open_calendar)
    popup.clicked.connect(chosen)
    popup.activated.connect(chosen)
    return action
