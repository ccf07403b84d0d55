"""Annotate › Suggestions › Suggestion settings: how check-worthy a sentence must be to be
suggested as a claim. Kept in the database's preferences (suggestions.min_score), so the
command line's ``annotator suggest`` uses the same threshold unless told otherwise; 0
suggests every sentence, each with its score.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from annotator.domain.checkworthiness import MODEL_THRESHOLD
from annotator.domain.errors import AnnotatorError
from annotator.services.preferences import SUGGESTION_MIN_SCORE, PreferenceService
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language


class SuggestionSettingsDialog(QDialog):
    def __init__(self, preferences: PreferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionSettings")
        self.setWindowTitle(self.tr("Suggestion settings"))
        self.preferences = preferences
        stored = preferences.suggestion_min_score()
        self.min_score = QDoubleSpinBox()
        self.min_score.setObjectName("minScore")
        self.min_score.setRange(0.0, 1.0)
        self.min_score.setSingleStep(0.05)
        self.min_score.setDecimals(2)
        self.min_score.setValue(MODEL_THRESHOLD if stored is None else stored)
        self.min_score.setSpecialValueText(self.tr("0 — every sentence"))
        explanation = QLabel(
            self.tr(
                "A sentence is suggested as a claim when its check-worthiness score reaches "
                "this threshold (default {0}). Lower it to see more sentences; at 0 every "
                "sentence is listed, each with its score and why (hover a suggestion). "
                "The command line (annotator suggest) uses the same threshold."
            ).format(f"{MODEL_THRESHOLD:.2f}")
        )
        explanation.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Suggest claims scoring at &least"), self.min_score)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self.min_score.setValue(MODEL_THRESHOLD))
        dialogs.accept_on_ctrl_enter(self)
        form.addRow(buttons)
        self.resize(440, 200)

    def chosen(self) -> float | None:
        """The threshold chosen; None when it is the default (nothing is stored then)."""
        value = round(self.min_score.value(), 2)
        return None if value == MODEL_THRESHOLD else value

    def save(self) -> None:
        value = self.chosen()
        try:
            self.preferences.set(SUGGESTION_MIN_SCORE, "" if value is None else f"{value:g}")
        except AnnotatorError as error:
            self.problem.setText(in_window_language(error))
            return
        self.accept()


def edit_suggestion_settings(
    parent: QWidget | None, preferences: PreferenceService
) -> float | None:
    """Run the dialog; returns the threshold to use now (None: the default), or the one in
    force when the dialog was cancelled."""
    dialog = SuggestionSettingsDialog(preferences, parent)
    dialogs.run_dialog(dialog)
    return preferences.suggestion_min_score()
