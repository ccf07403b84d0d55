"""File › Organisation: who publishes the fact-checks (the author of ClaimReview exports).

Stored in the database, so it travels with the data and the command line uses it too.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.services.preferences import ORGANIZATION_NAME, ORGANIZATION_URL, PreferenceService
from annotator.ui.common import dialogs


class PreferencesDialog(QDialog):
    def __init__(self, service: PreferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Organisation")
        self.service = service
        stored = service.all()
        self.name = QLineEdit(stored.get(ORGANIZATION_NAME, ""))
        self.name.setPlaceholderText("e.g. Kharkiv Fact-Check Desk")
        self.url = QLineEdit(stored.get(ORGANIZATION_URL, ""))
        self.url.setPlaceholderText("https://…")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        explanation = QLabel("Named as the author of every fact-check in ClaimReview exports.")
        explanation.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow("&Name", self.name)
        form.addRow("&Web address", self.url)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        dialogs.accept_on_ctrl_enter(self)
        form.addRow(buttons)
        self.resize(480, 180)

    def save(self) -> None:
        try:
            self.service.set(ORGANIZATION_NAME, self.name.text().strip())
            self.service.set(ORGANIZATION_URL, self.url.text().strip())
        except AnnotatorError as error:
            self.problem.setText(str(error))
            return
        self.accept()


def edit_preferences(parent: QWidget | None, service: PreferenceService) -> bool:
    """Open the dialog; True when saved. Tests replace this (DESIGN §11)."""
    return PreferencesDialog(service, parent).exec() == QDialog.DialogCode.Accepted
