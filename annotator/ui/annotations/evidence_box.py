"""The claim form's evidence: the list of sources with Add, Edit, Remove and Open. It edits a
copy of the claim's evidence and hands the whole new list to the form, which saves it as one
undo step like any other field. Files (Attach files…, or dropped on the list) are attached by
the evidence room (ui.evidence) as one step; a kept file shows its thumbnail and opens in
the evidence viewer.

May import: domain, ui.common, ui.evidence, ui.annotations.evidence_dialog.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QPixmap
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
from annotator.ui.evidence.evidence_edits import EvidenceEdits


class EvidenceBox(QWidget):
    changed = Signal(list, str)  # the claim's new evidence, what was done (for the undo step)
    problem = Signal(str)  # an address that is not opened, said in words
    attach_requested = Signal(list)  # paths of files to keep as new evidence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Evidence] = []
        self.files: EvidenceEdits | None = None  # set by the panel: thumbnails, the viewer
        self.list = QListWidget()
        self.list.setObjectName("evidenceList")
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(220)
        self.list.setIconSize(QSize(48, 48))
        self.list.setAcceptDrops(True)
        self.list.viewport().setAcceptDrops(True)
        self.list.viewport().installEventFilter(self)
        self.list.setToolTip(self.tr("Drop files here to keep them as evidence"))
        # Two by two: in a row they made the form wider than a narrow panel.
        buttons = QGridLayout()
        self.add = QPushButton(self.tr("Add…"))  # no Alt+A: that opens the Annotate menu
        self.edit = QPushButton(self.tr("Edit…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.open = QPushButton(self.tr("Open"))
        self.open.setToolTip(
            self.tr("Open the selected evidence: its file in the viewer, else its web address")
        )
        self.attach = QPushButton(self.tr("Attach files…"))  # Alt+F opens the File menu
        self.attach.setObjectName("attachEvidence")
        self.attach.setToolTip(
            self.tr("Keep files (screenshots, PDFs, videos, web captures) with this claim")
        )
        for place, button in enumerate((self.add, self.edit, self.remove, self.open, self.attach)):
            buttons.addWidget(button, place // 2, place % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.list.itemDoubleClicked.connect(lambda _item: self._double_clicked())
        self.attach.clicked.connect(self._choose_files)
        self.remove.clicked.connect(self._remove)
        self.open.clicked.connect(self._open)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def show_items(self, items: list[Evidence], current: int = -1) -> None:
        self.items = list(items)
        self.list.clear()
        for item in self.items:
            label = translate("EvidenceDialog", STANCE_LABELS[item.stance]).split()[0]
            shown = QListWidgetItem(f"{label} · {item.title or item.url}")
            about = [item.url, item.archive_url, item.excerpt]
            if item.file is not None:
                from annotator.ui.evidence import viewer_dialog  # on first use: see _choose_files

                size = viewer_dialog.size_text(item.file.size)
                named = item.file.name if item.title != item.file.name else item.file.media_type
                shown.setText(f"{shown.text()}\n{named} · {size}")
                about += [item.file.name, f"SHA-256 {item.file.sha256}"]
            shown.setToolTip("\n".join(filter(None, about)))
            self.list.addItem(shown)
        self.show_thumbnails()
        if 0 <= current < len(self.items):
            self.list.setCurrentRow(current)
        self._update_buttons()

    def set_files(self, files: EvidenceEdits) -> None:
        self.files = files
        files.thumbnails.ready.connect(lambda _sha256: self.show_thumbnails())

    def show_thumbnails(self) -> None:
        """Each picture's thumbnail, as far as it is decoded (the rest follow)."""
        if self.files is None:
            return
        for row, item in enumerate(self.items):
            image = self.files.thumbnail(item)
            shown = self.list.item(row)
            if image is not None and not image.isNull() and shown.icon().isNull():
                shown.setIcon(QIcon(QPixmap.fromImage(image)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Files dropped on the list are attached to the claim.
        if watched is self.list.viewport() and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if not paths:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.attach_requested.emit(paths)
            return True
        return super().eventFilter(watched, event)

    def _choose_files(self) -> None:
        # The viewer's module on first use, not at the window's start (it brings the readers
        # of captures and thumbnails).
        from annotator.ui.evidence import viewer_dialog

        paths = viewer_dialog.choose_files(self)
        if paths:
            self.attach_requested.emit(paths)

    def _double_clicked(self) -> None:
        row = self._chosen()
        if row is not None and self.items[row].file is not None:
            self._view(row)
        else:
            self._edit()

    def _view(self, row: int) -> None:
        if self.files is None:
            return
        chosen = self.files.show(self, self.items[row])
        if chosen is not None:  # a captured page: the evidence's archived copy from now on
            after = list(self.items)
            after[row] = copy.deepcopy(after[row])
            after[row].archive_url = chosen
            self._changed(after, self.tr("Archived copy chosen"), row)

    def _chosen(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        row = self._chosen()
        for button in (self.edit, self.remove):
            button.setEnabled(row is not None)
        self.open.setEnabled(
            row is not None
            and (self.items[row].file is not None or is_web_url(self.items[row].url))
        )

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
        if self.items[row].file is not None:
            self._view(row)
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
