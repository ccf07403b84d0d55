"""What the claim form asks of evidence files: attach some (one undo step), show one, and
their thumbnails. MainWindow's panel makes one and hands it to the form's evidence list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from annotator.domain.models import Claim, Evidence
from annotator.services.evidence.evidence_service import EvidenceService
from annotator.services.importing.import_report import one_line, shown_path
from annotator.ui.common.messages import in_window_language
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.evidence.attach_command import AttachEvidenceCommand
from annotator.ui.evidence.thumbnails import Thumbnails


class EvidenceEdits(QObject):
    def __init__(self, controller: ArticleController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service: EvidenceService = controller.workspace.evidence
        self.thumbnails = Thumbnails(self.service, self)

    def attach(self, claim_id: str | None, paths: list[Path]) -> bool:
        """Attach files to the claim as one step of the history; refused files are said."""
        claim = self.controller.annotation(claim_id)
        if not isinstance(claim, Claim) or not paths:
            return False
        command = AttachEvidenceCommand(
            self.controller.shown,
            self.controller.kept,
            (self.controller.service, self.service),
            claim,
            paths,
            self.controller.annotator_id,
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large file: seconds
        try:
            done = self.controller.push(command)
        finally:
            QGuiApplication.restoreOverrideCursor()
        for path, reason in command.refused:
            self.controller.report_failure(
                self.tr("Not attached: {0}: {1}").format(
                    shown_path(path), one_line(in_window_language(reason))
                )
            )
        return done and not command.isObsolete()

    def thumbnail(self, evidence: Evidence) -> QImage | None:
        return self.thumbnails.get(evidence.file) if evidence.file is not None else None

    def show(self, parent: QWidget | None, evidence: Evidence) -> str | None:
        """The viewer of one evidence file; the capture chosen as archived copy, if any."""
        # On first use: the viewer (and the capture readers it brings) is not needed to show
        # the window.
        from annotator.ui.evidence import viewer_dialog

        return viewer_dialog.show_evidence(parent, self.service, evidence)
