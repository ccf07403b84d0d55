"""Adding or editing one piece of evidence for a claim."""

from __future__ import annotations

import copy
import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from annotator.domain.models import Evidence, Stance
from annotator.domain.timestamps import now_timestamp
from annotator.domain.urls import archive_address, evidence_address
from annotator.ui.common import dialogs
from annotator.ui.common.accessibility import describe_buttons
from annotator.ui.common.translation import QT_TRANSLATE_NOOP

STANCE_LABELS = {
    Stance.SUPPORTS: QT_TRANSLATE_NOOP("EvidenceDialog", "Supports the claim"),
    Stance.REFUTES: QT_TRANSLATE_NOOP("EvidenceDialog", "Refutes the claim"),
    Stance.NEUTRAL: QT_TRANSLATE_NOOP("EvidenceDialog", "Neutral / context"),
}


class EvidenceDialog(QDialog):
    def __init__(self, evidence: Evidence | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence") if evidence else self.tr("Add evidence"))
        self._original = evidence
        form = QFormLayout(self)
        self.url = QLineEdit(evidence.url if evidence else "")
        self.url.setPlaceholderText(self.tr("https://…"))
        self.archive_url = QLineEdit((evidence.archive_url or "") if evidence else "")
        self.archive_url.setPlaceholderText(self.tr("https://web.archive.org/… (optional)"))
        self.title = QLineEdit(evidence.title if evidence else "")
        self.stance = QComboBox()
        for stance, label in STANCE_LABELS.items():
            self.stance.addItem(self.tr(label), str(stance))
        self.stance.setCurrentIndex(
            self.stance.findData(str(evidence.stance if evidence else Stance.NEUTRAL))
        )
        self.excerpt = QPlainTextEdit(evidence.excerpt if evidence else "")
        self.excerpt.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setObjectName("evidenceProblem")
        self.problem.setStyleSheet("color: #c62828;")
        form.addRow(self.tr("&Address"), self.url)
        form.addRow(self.tr("A&rchived copy"), self.archive_url)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Stance"), self.stance)
        form.addRow(self.tr("&Excerpt"), self.excerpt)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter accepts from any field, the excerpt's many lines included.
        dialogs.accept_on_ctrl_enter(self)
        form.addRow(self.buttons)
        self._describe()
        for field in (self.url, self.archive_url, self.title):
            field.textChanged.connect(self._check)
        self._check()
        self.resize(560, 360)

    def _describe(self) -> None:
        """The fields as a screen reader says them; the buttons' roles."""
        self.title.setAccessibleDescription(self.tr("What the source is, in a few words"))
        self.stance.setAccessibleName(self.tr("Stance"))
        self.stance.setAccessibleDescription(
            self.tr("Whether the source supports or refutes the claim, or neither")
        )
        self.excerpt.setAccessibleDescription(
            self.tr("The words of the source that bear on the claim")
        )
        describe_buttons(self)

    def problems(self) -> str:
        # The one rule of domain/urls.py: a web address (typed without https:// too, as a
        # Wayback address often is) or, for the evidence itself, an attached file (file:).
        url, archive = self.url.text().strip(), self.archive_url.text().strip()
        if not url and not self.title.text().strip():
            return self.tr("Give the evidence an address or at least a title.")
        if url and evidence_address(url) is None:
            return self.tr(
                "The address must be a web address (https://…) or an attached file (file:///…)."
            )
        if archive and archive_address(archive) is None:  # a web capture's page (capture:…) too
            return self.tr("The archived copy must be a full web address (https://…).")
        return ""

    def _check(self) -> None:
        problem = self.problems()
        nothing_typed = not any(f.text().strip() for f in (self.url, self.archive_url, self.title))
        # Nothing typed yet is no error to show: OK simply waits.
        self.problem.setText("" if nothing_typed else problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def evidence(self) -> Evidence:
        result = (
            copy.deepcopy(self._original)
            if self._original
            else Evidence(id=str(uuid.uuid4()), accessed_at=now_timestamp())
        )
        result.url = evidence_address(self.url.text()) or ""
        result.archive_url = archive_address(self.archive_url.text())
        result.title = self.title.text().strip()
        result.stance = Stance(self.stance.currentData())
        result.excerpt = self.excerpt.toPlainText().strip()
        return result


def edit_evidence(parent: QWidget | None, evidence: Evidence | None) -> Evidence | None:
    """Open the dialog; tests replace this function (docs/design/tests.md)."""
    dialog = EvidenceDialog(evidence, parent)
    return dialog.evidence() if dialog.exec() == QDialog.DialogCode.Accepted else None
