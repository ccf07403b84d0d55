"""The status bar: where you are, what this article holds, who you are, whether it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from annotator.ui.common.translation import QT_TRANSLATE_NOOP, plural, translate

SAVED = QT_TRANSLATE_NOOP("WorkspaceStatusBar", "✓ All changes saved")


class WorkspaceStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = QLabel()
        self.counts = QLabel()
        self.annotator = QLabel()
        self.saved = QLabel(translate("WorkspaceStatusBar", SAVED))
        self.saved.setObjectName("saveState")
        for label in (self.position, self.counts, self.annotator, self.saved):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self._failure = ""  # the message that went with "NOT saved"
        self._subject: object = None  # what the message on show is about, if it is about one

    def show_about(self, subject: object, message: str, timeout: int = 0) -> None:
        """A message about one thing (a suggestion, an article): it goes when that does."""
        self._subject = subject
        self.showMessage(message, timeout)

    def forget(self, subject: object) -> None:
        """``subject`` is no longer in view: its message goes with it."""
        if self._subject is not None and self._subject == subject:
            self._subject = None
            self.clearMessage()

    def set_position(self, row: int, total: int) -> None:
        self.position.setText(
            self.tr("Article {0} of {1}").format(row + 1, total)
            if row >= 0
            else plural(total, "article")
        )

    def set_counts(self, claims: int, mentions: int) -> None:
        self.counts.setText(f"{plural(claims, 'claim')} · {plural(mentions, 'mention')}")

    def set_annotator(self, name: str) -> None:
        self.annotator.setText(self.tr("Annotator: {0}").format(name))

    def mark_saved(self) -> None:
        self.saved.setText(translate("WorkspaceStatusBar", SAVED))
        self.saved.setStyleSheet("")
        # "✓ All changes saved" and a "not saved" message never stand side by side.
        if self._failure and self.currentMessage() == self._failure:
            self.clearMessage()
        self._failure = ""

    def mark_failed(self, message: str) -> None:
        self.saved.setText(self.tr("⚠ Last change NOT saved"))
        self.saved.setStyleSheet("color: #c62828; font-weight: bold;")
        self._failure = message
        self._subject = None
        self.showMessage(message, 10000)
