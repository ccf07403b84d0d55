"""Holds the window's reports whose lines name annotations (a ClaimReview export's claims left
out, the work brought back from offline): each line names the claim or mention by its words
and its article, never by an id, and a double-click (or Enter) goes there in the window.

The report stays open beside the window, not modal: the user goes from line to line.

May import: Qt, ui.common.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.accessibility import describe_buttons
from annotator.ui.common.translation import translate

PLACE_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True, slots=True)
class Place:
    """Where a line of a report is in the window: an article and one of its annotations."""

    article_id: str
    annotation_id: str


class PlaceList(QListWidget):
    """Lines, some of them places: double-click or Enter on one emits ``go_to``."""

    go_to = Signal(str, str)  # article id, annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportLines")
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setAccessibleName(translate("ReportDialog", "Report"))
        self.setAccessibleDescription(
            translate("ReportDialog", "Double-click a line or press Enter to go to it")
        )
        self.itemActivated.connect(self._activated)  # Enter, and double-click on most styles
        self.itemDoubleClicked.connect(self._activated)

    def add_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addItem(item)

    def add_line(self, text: str, place: Place | None = None) -> None:
        item = QListWidgetItem(text)
        if place is not None:
            item.setData(PLACE_ROLE, place)
            item.setToolTip(translate("ReportDialog", "Double-click or press Enter to go there"))
        self.addItem(item)

    def places(self) -> list[tuple[int, Place]]:
        """The rows that are places, and where."""
        return [
            (row, self.item(row).data(PLACE_ROLE))
            for row in range(self.count())
            if isinstance(self.item(row).data(PLACE_ROLE), Place)
        ]

    def text(self) -> str:
        return "\n".join(self.item(row).text() for row in range(self.count()))

    def _activated(self, item: QListWidgetItem) -> None:
        place = item.data(PLACE_ROLE)
        if isinstance(place, Place):
            self.go_to.emit(place.article_id, place.annotation_id)


class ReportDialog(QDialog):
    """A summary, then sections of lines; Copy puts the whole report on the clipboard."""

    go_to = Signal(str, str)  # article id, annotation id

    def __init__(self, title: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placesReport")
        self.setWindowTitle(title)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = PlaceList()
        self.lines.go_to.connect(self.go_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(translate("ReportDialog", "Copy"))
        copy.setToolTip(translate("ReportDialog", "Copy the whole report to the clipboard"))
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(f"{summary}\n\n{self.lines.text()}")
        )
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        self.hint = QLabel(
            translate("ReportDialog", "Double-click a claim, or press Enter, to go there.")
        )
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        describe_buttons(self)
        self.resize(760, 440)

    def add_section(self, heading: str, lines: list[tuple[str, Place | None]]) -> None:
        self.lines.add_heading(heading)
        for text, place in lines:
            self.lines.add_line(text, place)
