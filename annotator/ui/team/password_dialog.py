"""The password of a team database, asked when libpq's own sources gave none the server took.

What is typed goes to the database engine and nowhere else, unless the user ticks "Remember
in the system keyring" (offered only when the ``keyring`` package is installed).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.accessibility import describe_buttons


class PasswordDialog(QDialog):
    def __init__(
        self,
        location: str,
        user: str,
        *,
        refused: bool,
        can_remember: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password"))
        asked = self.tr("The server at {0} asks for the password of {1}.").format(
            location, user or self.tr("your login")
        )
        if refused:
            asked = self.tr("The password was refused. ") + asked
        self.question = QLabel(asked)
        self.question.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("passwordField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Password"))
        self.field.setAccessibleDescription(asked)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setVisible(can_remember)
        self.remember.setToolTip(
            self.tr("The system keyring keeps it for the next time; it is never written in a file")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        describe_buttons(self)
        self.setMinimumWidth(420)

    def password(self) -> str:
        return self.field.text()
