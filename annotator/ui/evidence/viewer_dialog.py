"""One evidence file seen whole: a picture at full size, a PDF's first page or a text's first
lines, a web capture's pages with the main text of the chosen one; its SHA-256 shown and
copied; opened with the system's viewer from a private temporary copy; saved elsewhere.

Nothing the file holds is run by the program: pictures are decoded by Qt, PDFs read as text
by pypdf, pages as text by trafilatura; the system's viewer gets a copy, never the program.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Evidence, EvidenceFile
from annotator.domain.sources.captures import CaptureReference
from annotator.services.evidence import media
from annotator.services.evidence.captures import Capture
from annotator.services.evidence.evidence_service import EvidenceService
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import translate
from annotator.ui.evidence.thumbnails import MAX_IMAGE_BYTES, decode_image


def size_text(size: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def private_copy(service: EvidenceService, file: EvidenceFile) -> Path:
    """The file in a private temporary folder (0700, the file 0600) under its own name, for
    the system's viewer; the program never runs it."""
    folder = Path(tempfile.mkdtemp(prefix="annotator-evidence-"))
    name = Path(file.name).name or file.sha256
    return service.save_copy(file.sha256, folder / name)


def open_with_system(service: EvidenceService, file: EvidenceFile) -> Path:
    copy = private_copy(service, file)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    return copy


class EvidenceViewer(QDialog):
    archived_copy_chosen = Signal(str)  # a capture: the reference to keep as archived copy

    def __init__(
        self, service: EvidenceService, evidence: Evidence, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert evidence.file is not None
        self.service, self.evidence, self.file = service, evidence, evidence.file
        self.setWindowTitle(self.tr("Evidence: {0}").format(self.file.name))
        layout = QVBoxLayout(self)
        facts = QFormLayout()
        facts.addRow(self.tr("File"), QLabel(f"{self.file.name} · {self.file.media_type} · "
                                            f"{size_text(self.file.size)}"))  # fmt: skip
        facts.addRow(self.tr("Attached"), QLabel(self.file.attached_at.replace("T", " ")[:19]))
        self.sha256 = QLineEdit(self.file.sha256)
        self.sha256.setObjectName("evidenceSha256")
        self.sha256.setReadOnly(True)
        self.sha256.setToolTip(
            self.tr("The SHA-256 of the file's bytes: cite it to prove the file")
        )
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(self.copy_hash)
        row = QHBoxLayout()
        row.addWidget(self.sha256, 1)
        row.addWidget(copy)
        facts.addRow(self.tr("SHA-256"), row)
        layout.addLayout(facts)
        self.body = self._body()
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open with the system's viewer"))
        self.open_button.clicked.connect(self.open_outside)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self.save_copy)
        for button in (self.open_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 700)

    # --- the body, by kind ---------------------------------------------------------------

    def _body(self) -> QWidget:
        if not self.service.is_stored(self.file.sha256):
            return self._note(
                self.tr("This file is not in this database: it came with a dataset exported "
                        "without its files. Import the bundle exported with its evidence.")
            )  # fmt: skip
        kind = media.kind_of(self.file.media_type)
        try:
            if kind is media.Kind.IMAGE:
                return self._image()
            if kind is media.Kind.CAPTURE:
                return self._captures()
            if kind in (media.Kind.PDF, media.Kind.TEXT):
                preview = self.service.preview(self.file.sha256, self.file.media_type)
                text = QPlainTextEdit(preview.text)
                text.setObjectName("evidencePreview")
                text.setReadOnly(True)
                box = QWidget()
                inner = QVBoxLayout(box)
                inner.setContentsMargins(0, 0, 0, 0)
                if preview.note:
                    inner.addWidget(QLabel(in_window_language(preview.note)))
                inner.addWidget(text)
                return box
        except AnnotatorError as error:
            return self._note(in_window_language(error))
        return self._note(
            self.tr("The program does not show this kind of file; open it with the system's "
                    "viewer (from a private copy) or save a copy.")
        )  # fmt: skip

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("evidenceNote")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _image(self) -> QWidget:
        image = decode_image(self.service.read_all(self.file.sha256, MAX_IMAGE_BYTES))
        if image.isNull():
            return self._note(self.tr("The picture cannot be read."))
        picture = QLabel()
        picture.setObjectName("evidenceImage")
        picture.setPixmap(QPixmap.fromImage(image))
        area = QScrollArea()
        area.setWidget(picture)
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return area

    def _captures(self) -> QWidget:
        self.pages: list[Capture] = self.service.captures(self.file.sha256, self.file.media_type)
        self.page_list = QListWidget()
        self.page_list.setObjectName("capturePages")
        for page in self.pages:
            when = page.captured_at.replace("T", " ").removesuffix("Z")
            shown = QListWidgetItem(f"{when} · {page.title or page.url}")
            shown.setToolTip(page.url)
            self.page_list.addItem(shown)
        self.page_text = QPlainTextEdit()
        self.page_text.setObjectName("capturedText")
        self.page_text.setReadOnly(True)
        self.use_capture = QPushButton(self.tr("Use as the archived copy"))
        self.use_capture.setToolTip(
            self.tr("The evidence's archived copy will name this page of the capture")
        )
        self.use_capture.setEnabled(False)
        self.use_capture.clicked.connect(self._use_capture)
        self.page_list.currentRowChanged.connect(self._show_page)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("{0} captured page(s)").format(len(self.pages))))
        column.addWidget(self.page_list, 1)
        column.addWidget(self.use_capture)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.page_text)
        split.setSizes([300, 600])
        if self.pages:
            self.page_list.setCurrentRow(0)
        return split

    def _show_page(self, row: int) -> None:
        self.use_capture.setEnabled(0 <= row < len(self.pages))
        if not 0 <= row < len(self.pages):
            return
        try:
            found = self.service.capture_text(
                self.file.sha256, self.file.media_type, self.pages[row]
            )
            self.page_text.setPlainText(f"{found.title}\n\n{found.text}")
        except AnnotatorError as error:
            self.page_text.setPlainText(in_window_language(error))

    def _use_capture(self) -> None:
        page = self.pages[self.page_list.currentRow()]
        self.archived_copy_chosen.emit(
            str(CaptureReference(self.file.sha256, page.stamp, page.url))
        )

    # --- actions ---------------------------------------------------------------------------

    def copy_hash(self) -> None:
        QGuiApplication.clipboard().setText(self.file.sha256)

    def open_outside(self) -> None:
        try:
            open_with_system(self.service, self.file)
        except (AnnotatorError, OSError) as error:
            dialogs.show_error(
                self,
                self.tr("Cannot open the file"),
                in_window_language(error),
            )

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), self.file.name)
        if not path:
            return
        try:
            self.service.save_copy(self.file.sha256, Path(path))
        except (AnnotatorError, OSError) as error:
            dialogs.show_error(
                self,
                self.tr("Cannot save the file"),
                in_window_language(error),
            )


def show_evidence(
    parent: QWidget | None, service: EvidenceService, evidence: Evidence
) -> str | None:
    """Open the viewer; returns the capture chosen as archived copy, if any. Tests replace
    this function (docs/design/tests.md)."""
    viewer = EvidenceViewer(service, evidence, parent)
    chosen: list[str] = []

    def choose(reference: str) -> None:
        chosen.append(reference)
        viewer.accept()

    viewer.archived_copy_chosen.connect(choose)
    viewer.exec()
    return chosen[-1] if chosen else None


def choose_files(parent: QWidget | None) -> list[Path]:
    """Files to attach as evidence; tests replace this function."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("EvidenceViewer", "Attach files as evidence")
    )
    return [Path(p) for p in paths]
