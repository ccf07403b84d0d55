"""Asked before importing a Telegram export: each channel's public username, so every post
keeps its address (https://t.me/NAME/4521). The export itself does not say it; nothing is
invented when the field is left empty."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import InputRefused
from annotator.services.importing.material.telegram_posts import telegram_username
from annotator.ui.common.messages import in_window_language


class TelegramChannelsDialog(QDialog):
    def __init__(self, chats: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("telegramChannelsDialog")
        self.setWindowTitle(self.tr("Telegram channels"))
        explanation = QLabel(
            self.tr(
                "Telegram exports do not record a channel's public address. Type each "
                "channel's username — the NAME in t.me/NAME — and every post keeps its link, "
                "such as https://t.me/NAME/4521.\nLeave a field empty for a private chat: "
                "its posts are imported without a link."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for chat in chats:
            field = QLineEdit()
            field.setPlaceholderText(self.tr("username, e.g. frontnews (optional)"))
            field.textChanged.connect(self._check)
            self.fields[chat] = field
            form.addRow(QLabel(self.tr("«{0}»").format(chat)), field)
        self.problem = QLabel()
        self.problem.setObjectName("telegramProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._check()

    def usernames(self) -> dict[str, str]:
        """The usernames typed, by chat name (the import's ``telegram_channels``)."""
        found: dict[str, str] = {}
        for chat, field in self.fields.items():
            if field.text().strip():
                found[chat] = telegram_username(field.text())
        return found

    def _check(self) -> None:
        problem = ""
        for field in self.fields.values():
            if field.text().strip():
                try:
                    telegram_username(field.text())
                except InputRefused as error:
                    problem = in_window_language(error)
                    break
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
