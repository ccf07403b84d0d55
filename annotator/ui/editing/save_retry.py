"""Edits the team database could not take (the connection dropped) saved again on reconnect.

The controller keeps each such edit (its form keeps what was typed, the status bar says "NOT
saved"); this asks the database whether it answers again, one ``SELECT 1`` after a growing
pause (1, 2, 4 … 30 s), and then has the controller push the kept edits in order: once they are
stored the status bar shows "✓ All changes saved" again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.ui.editing.article_controller import ArticleController

DELAYS_MS = (1000, 2000, 4000, 8000, 16000, 30000)


class SaveRetry(QObject):
    message = Signal(str)  # what the status bar should say about the kept edits

    def __init__(self, controller: ArticleController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.delays = DELAYS_MS
        self._attempt = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.try_now)
        controller.connection_lost.connect(self._lost)

    def _lost(self) -> None:
        if not self.timer.isActive():
            self._attempt = 0
            self._wait()

    def _wait(self) -> None:
        delay = self.delays[min(self._attempt, len(self.delays) - 1)]
        self._attempt += 1
        self.timer.start(delay)

    def try_now(self) -> bool:
        """One attempt: True when nothing is left to save."""
        if not self.controller.unsaved:
            return True
        count = len(self.controller.unsaved)
        if not self.controller.service.reachable() or not self.controller.retry_unsaved():
            self._wait()
            self.message.emit(
                self.tr(
                    "The database does not answer; %n change(s) kept, trying again in {0} s",
                    "",
                    len(self.controller.unsaved),
                ).format(self.timer.interval() // 1000)
            )
            return False
        self._attempt = 0
        self.message.emit(self.tr("Connected again: %n kept change(s) saved", "", count))
        return True

    def stop(self) -> None:
        self.timer.stop()
