"""The status bar: where you are, what this article holds, who you are, whether it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

SAVED = "✓ All changes saved"


class WorkspaceStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = QLabel()
        self.counts = QLabel()
        self.annotator = QLabel()
        self.saved = QLabel(SAVED)
        self.saved.setObjectName("saveState")
        for label in (self.position, self.counts, self.annotator, self.saved):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)

    def set_position(self, row: int, total: int) -> None:
        self.position.setText(
            f"Article {row + 1} of {total}" if row >= 0 else _count(total, "article")
        )

    def set_counts(self, claims: int, mentions: int) -> None:
        self.counts.setText(f"{_count(claims, 'claim')} · {_count(mentions, 'mention')}")

    def set_annotator(self, name: str) -> None:
        self.annotator.setText(f"Annotator: {name}")

    def mark_saved(self) -> None:
        self.saved.setText(SAVED)
        self.saved.setStyleSheet("")

    def mark_failed(self, message: str) -> None:
        self.saved.setText("⚠ Last change NOT saved")
        self.saved.setStyleSheet("color: #c62828; font-weight: bold;")
        self.showMessage(message, 10000)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
