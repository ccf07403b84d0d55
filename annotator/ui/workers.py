"""Long work (import, export) in a worker thread, with a progress dialog that can cancel it.

The worker is a QObject moved to a QThread and talks to the window only through signals
(STYLE.md: Python threads touching widgets do not work). The job gets two callables:
``progress(done, total, label)`` and ``cancelled() -> bool``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.logs import log

Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class JobWorker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(
                lambda d, t, label: self.progressed.emit(d, t, label), self._cancel.is_set
            )
        except Exception as error:  # handed to the window, which reports it
            log.exception("background job failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def run_with_progress(parent: QWidget | None, title: str, job: Job) -> tuple[bool, Any]:
    """Run ``job`` in a worker thread while a modal progress dialog shows; return
    ``(True, result)`` or ``(False, exception)``. The window stays responsive meanwhile."""
    dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    thread = QThread()
    worker = JobWorker(job)
    worker.moveToThread(thread)
    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()

    def finish(ok: bool, value: Any) -> None:
        outcome.append((ok, value))
        thread.quit()

    def show_progress(done: int, total: int, label: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if label:
            dialog.setLabelText(f"{title}\n{label}")

    worker.progressed.connect(show_progress)
    worker.succeeded.connect(lambda result: finish(True, result))
    worker.failed.connect(lambda error: finish(False, error))
    dialog.canceled.connect(worker.cancel)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    worker.deleteLater()
    return outcome[0] if outcome else (False, RuntimeError("the job ended without a result"))
