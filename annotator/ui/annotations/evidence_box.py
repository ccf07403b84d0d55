"""The claim form's evidence: the list of sources with Add, Edit, Remove and Open. It edits a
copy of the claim's evidence and hands the whole new list to the form, which saves it as one
undo step like any other field.

May import: domain, ui.common, ui.annotations.evidence_dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.models import Evidence
from annotator.domain.urls import is_web_url
from annotator.ui.annotations import evidence_dialog
from annotator.ui.annotations.evidence_dialog import STANCE_LABELS
from annotator.ui.common.translation import translate


class EvidenceBox(QWidget):
    changed = Signal(list, str)  # the claim's new evidence, what was done (for the undo step)
    problem = Signal(str)  # an address that is not opened, said in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Evidence] = []
        self.list = QListWidget()
        self.list.setObjectName("evidenceList")
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(110)
        # Two by two: in a row they made the form wider than a narrow panel.
        buttons = QGridLayout()
        self.add = QPushButton(self.tr("Add…"))  # no Alt+A: that opens the Annotate menu
        self.edit = QPushButton(self.tr("Edit…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.open = QPushButton(self.tr("Open"))
        self.open.setToolTip(self.tr("Open the selected evidence in the web browser"))
        for place, button in enumerate((self.add, self.edit, self.remove, self.open)):
            buttons.addWidget(button, place // 2, place % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.list.itemDoubleClicked.connect(lambda _item: self._edit())
        self.remove.clicked.connect(self._remove)
        self.open.clicked.connect(self._open)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def show_items(self, items: list[Evidence], current: int = -1) -> None:
        self.items = list(items)
        self.list.clear()
        for item in self.items:
            label = translate("EvidenceDialog", STANCE_LABELS[item.stance]).split()[0]
            shown = QListWidgetItem(f"{label} · {item.title or item.url}")
            shown.setToolTip("\n".join(filter(None, [item.url, item.archive_url, item.excerpt])))
            self.list.addItem(shown)
        if 0 <= current < len(self.items):
            self.list.setCurrentRow(current)
        self._update_buttons()

    def _chosen(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        row = self._chosen()
        for button in (self.edit, self.remove):
            button.setEnabled(row is not None)
        self.open.setEnabled(row is not None and is_web_url(self.items[row].url))

    def _add(self) -> None:
        added = evidence_dialog.edit_evidence(self, None)
        if added is not None:
            self._changed([*self.items, added], self.tr("Evidence added"), len(self.items))

    def _edit(self) -> None:
        row = self._chosen()
        if row is None:
            return
        edited = evidence_dialog.edit_evidence(self, self.items[row])
        if edited is not None:
            after = list(self.items)
            after[row] = edited
            self._changed(after, self.tr("Evidence edited"), row)

    def _remove(self) -> None:
        row = self._chosen()
        if row is not None:
            self._changed(self.items[:row] + self.items[row + 1 :], self.tr("Evidence removed"))

    def _changed(self, after: list[Evidence], what: str, current: int = -1) -> None:
        self.show_items(after, current)
        self.changed.emit(after, what)

    def _open(self) -> None:
        row = self._chosen()
        if row is None:
            return
        address = self.items[row].url.strip()
        url = QUrl(address, QUrl.ParsingMode.StrictMode)
        # Only web pages open: file:, javascript: and other schemes could run or reveal
        # something on this machine (an imported dataset can hold any address).
        if not is_web_url(address) or url.scheme().lower() not in ("http", "https"):
            self.problem.emit(
                self.tr(
                    "Only web addresses (http, https) are opened; this evidence address is not one"
                )
            )
            return
        QDesktopServices.openUrl(url)
