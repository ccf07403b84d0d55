"""Edit › Schemes: entity types (label, colour, shortcut) and statuses (label, final, rating).

Ids are shown but never editable: they are what the annotations store. A refused edit (a
shortcut used twice) is explained in the dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.schemes import Schemes
from annotator.services.schemes import (
    SHORTCUTS,
    SchemeRefused,
    SchemeService,
    blank_entity_type,
    blank_status,
)
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language

NONE = "—"
W = TypeVar("W", bound=QWidget)  # the kind of widget a cell holds


class SchemesDialog(QDialog):
    def __init__(self, service: SchemeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemesDialog")
        self.setWindowTitle(self.tr("Schemes: entity types and statuses"))
        self.service = service
        self.schemes: Schemes = service.load()
        self.saved: Schemes | None = None
        self.types = QTableWidget(0, 4)
        self.types.setHorizontalHeaderLabels(
            [self.tr("Id"), self.tr("Label"), self.tr("Colour"), self.tr("Shortcut")]
        )
        self.statuses = QTableWidget(0, 4)
        self.statuses.setHorizontalHeaderLabels(
            [self.tr("Id"), self.tr("Label"), self.tr("Final verdict"), self.tr("Rating 1–5")]
        )
        for table in (self.types, self.statuses):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tabs = QTabWidget()
        tabs.addTab(
            self._page(self.types, self.tr("Add entity type…"), self._add_type),
            self.tr("Entity types"),
        )
        tabs.addTab(
            self._page(self.statuses, self.tr("Add status…"), self._add_status), self.tr("Statuses")
        )
        self.problem = QLabel()
        self.problem.setObjectName("schemesProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        dialogs.accept_on_ctrl_enter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill()
        self.resize(620, 520)

    def _page(self, table: QTableWidget, add_text: str, add: Callable[[], None]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        row = QHBoxLayout()
        button = QPushButton(add_text)
        button.clicked.connect(add)
        row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        return page

    # --- showing -----------------------------------------------------------------------------

    def _fill(self) -> None:
        self.types.setRowCount(len(self.schemes.entity_types))
        for row, entity_type in enumerate(self.schemes.entity_types):
            self.types.setItem(row, 0, _fixed(entity_type.id))
            self.types.setItem(row, 1, QTableWidgetItem(entity_type.label))
            color = QPushButton(entity_type.color)
            color.setStyleSheet(f"background: {entity_type.color}; color: #1b1b1b;")
            color.clicked.connect(lambda _c=False, r=row: self._pick_color(r))
            self.types.setCellWidget(row, 2, color)
            shortcut = QComboBox()
            shortcut.addItems([NONE, *SHORTCUTS])
            shortcut.setCurrentText(entity_type.shortcut or NONE)
            self.types.setCellWidget(row, 3, shortcut)
        self.statuses.setRowCount(len(self.schemes.statuses))
        for row, status in enumerate(self.schemes.statuses):
            self.statuses.setItem(row, 0, _fixed(status.id))
            self.statuses.setItem(row, 1, QTableWidgetItem(status.label))
            final = QCheckBox()
            final.setChecked(status.final)
            self.statuses.setCellWidget(row, 2, final)
            rating = QComboBox()
            rating.addItems([NONE, "1", "2", "3", "4", "5"])
            rating.setCurrentText(str(status.rating_value) if status.rating_value else NONE)
            self.statuses.setCellWidget(row, 3, rating)

    def _pick_color(self, row: int) -> None:
        self.schemes = self.edited()
        chosen = dialogs.choose_color(self, self.schemes.entity_types[row].color)
        if chosen:
            self.schemes.entity_types[row].color = chosen
            self._fill()

    def _add_type(self) -> None:
        label = dialogs.ask_text(self, self.tr("New entity type"), self.tr("Label:")) or ""
        if label.strip():
            self.schemes = self.edited()
            self.schemes.entity_types.append(blank_entity_type(label.strip(), self.schemes))
            self._fill()

    def _add_status(self) -> None:
        label = dialogs.ask_text(self, self.tr("New status"), self.tr("Label:")) or ""
        if label.strip():
            self.schemes = self.edited()
            self.schemes.statuses.append(blank_status(label.strip(), self.schemes))
            self._fill()

    # --- saving ------------------------------------------------------------------------------

    def edited(self) -> Schemes:
        """The schemes as the tables show them now."""
        schemes = copy.deepcopy(self.schemes)
        for row, entity_type in enumerate(schemes.entity_types):
            entity_type.label = _text(self.types, row, 1).strip()
            entity_type.color = _cell(self.types, row, 2, QPushButton).text()
            key = _cell(self.types, row, 3, QComboBox).currentText()
            entity_type.shortcut = None if key == NONE else key
        for row, status in enumerate(schemes.statuses):
            status.label = _text(self.statuses, row, 1).strip()
            status.final = _cell(self.statuses, row, 2, QCheckBox).isChecked()
            rating = _cell(self.statuses, row, 3, QComboBox).currentText()
            status.rating_value = None if rating == NONE else int(rating)
        return schemes

    def save(self) -> None:
        try:
            self.saved = self.service.save(self.edited())
        except SchemeRefused as error:
            self.problem.setText(in_window_language(error))
            return
        self.accept()


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setForeground(QColor("#777777"))
    return item


def edit_schemes(parent: QWidget | None, service: SchemeService) -> Schemes | None:
    """Open the dialog; the stored schemes when saved, else None. Tests replace this."""
    dialog = SchemesDialog(service, parent)
    return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None  # _fill put one in every cell of this column
    return item.text()


def _cell(table: QTableWidget, row: int, column: int, kind: type[W]) -> W:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, kind)  # _fill put one in every cell of this column
    return widget
