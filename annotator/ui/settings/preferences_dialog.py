"""File › Preferences: who publishes the fact-checks (the author of ClaimReview exports), and
the window's language.

The organisation is stored in the database, so it travels with the data and the command line
uses it too; the language is the user's own (their settings file) and applies at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.services.preferences import ORGANIZATION_NAME, ORGANIZATION_URL, PreferenceService
from annotator.ui.common import dialogs, translation
from annotator.ui.common.accessibility import describe_buttons
from annotator.ui.common.messages import in_window_language


class PreferencesDialog(QDialog):
    def __init__(
        self,
        service: PreferenceService,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.service, self.settings = service, settings
        stored = service.all()
        self.name = QLineEdit(stored.get(ORGANIZATION_NAME, ""))
        self.name.setPlaceholderText(self.tr("e.g. Kharkiv Fact-Check Desk"))
        self.url = QLineEdit(stored.get(ORGANIZATION_URL, ""))
        self.url.setPlaceholderText(self.tr("https://…"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        explanation = QLabel(
            self.tr("Named as the author of every fact-check in ClaimReview exports.")
        )
        explanation.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Organisation &name"), self.name)
        form.addRow(self.tr("&Web address"), self.url)
        form.addRow(self.problem)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The window's language, from the next start")
        )
        self.language.addItem(self.tr("System language"), translation.SYSTEM)
        for code, name in translation.LANGUAGES.items():
            self.language.addItem(name, code)
        if settings is not None:
            self.language.setCurrentIndex(
                self.language.findData(translation.chosen_language(settings))
            )
        else:
            self.language.setEnabled(False)
        form.addRow(self.tr("&Language"), self.language)
        restart = QLabel(self.tr("A new language applies when the program starts again."))
        restart.setWordWrap(True)
        form.addRow(restart)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        dialogs.accept_on_ctrl_enter(self)
        form.addRow(buttons)
        describe_buttons(self)
        self.resize(480, 240)

    def save(self) -> None:
        try:  # both or neither: a refused address keeps the name as it was too
            stored = self.service.set_all(
                {ORGANIZATION_NAME: self.name.text(), ORGANIZATION_URL: self.url.text()}
            )
        except AnnotatorError as error:
            self.problem.setText(in_window_language(error))
            return
        self.url.setText(stored[ORGANIZATION_URL])  # as stored: with the https:// it lacked
        if self.settings is not None:
            self.settings.setValue(translation.SETTING, self.language.currentData())
        self.accept()


def edit_preferences(
    parent: QWidget | None, service: PreferenceService, settings: QSettings | None = None
) -> bool:
    """Open the dialog; True when saved. Tests replace this (docs/design/tests.md)."""
    return PreferencesDialog(service, parent, settings).exec() == QDialog.DialogCode.Accepted
