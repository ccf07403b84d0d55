"""Long work (import, export) in a worker thread, with a progress dialog that can cancel it.

The worker is a QObject moved to a QThread and talks to the window only through signals
(Python threads touching widgets do not work). The job gets two callables:
``progress(done, total, label)`` and ``cancelled() -> bool``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.logs import log
from annotator.ui.common.translation import translate

Progress = Callable[[int, int, str], None]  # (done, total, what): the dialog follows
Cancelled = Callable[[], bool]  # whether the user pressed Cancel
Job = Callable[[Progress, Cancelled], Any]


class JobWorker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        # Set from the GUI thread and read by the job: an Event needs no event loop, whereas a
        # queued call to this object would wait until the busy worker thread is idle again.
        self.cancel_requested = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(
                lambda d, t, label: self.progressed.emit(d, t, label),
                self.cancel_requested.is_set,
            )
        except Exception as error:  # handed to the window, which reports it
            log.exception("background job failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class _ProgressRelay(QObject):
    """Lives in the GUI thread, so the worker's signals reach the dialog there (queued)."""

    def __init__(self, dialog: QProgressDialog, title: str, thread: QThread) -> None:
        super().__init__()
        self._dialog = dialog
        self._title = title
        self._thread = thread
        self.outcome: list[tuple[bool, Any]] = []

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, label: str) -> None:
        if self.outcome:
            return
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))
        if label:
            self._dialog.setLabelText(f"{self._title}\n{label}")

    @Slot(object)
    def succeeded(self, result: Any) -> None:
        self.outcome.append((True, result))
        self._thread.quit()

    @Slot(object)
    def failed(self, error: Any) -> None:
        self.outcome.append((False, error))
        self._thread.quit()


def run_with_progress(
    parent: QWidget | None, title: str, job: Job, *, cancellable: bool = True
) -> tuple[bool, Any]:
    """Run ``job`` in a worker thread while a modal progress dialog shows; return
    ``(True, result)`` or ``(False, exception)``. The window stays responsive meanwhile.
    ``cancellable=False``: no Cancel button, for work that cannot stop half-way."""
    dialog = QProgressDialog(title, translate("Workers", "Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    thread = QThread()
    worker = JobWorker(job)
    worker.moveToThread(thread)
    relay = _ProgressRelay(dialog, title, thread)
    loop = QEventLoop()
    queued = Qt.ConnectionType.QueuedConnection
    worker.progressed.connect(relay.show_progress, queued)
    worker.succeeded.connect(relay.succeeded, queued)
    worker.failed.connect(relay.failed, queued)
    dialog.canceled.connect(worker.cancel_requested.set, Qt.ConnectionType.DirectConnection)
    dialog.canceled.connect(
        lambda: dialog.setLabelText(title + "\n" + translate("Workers", "Cancelling…"))
    )
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    if relay.outcome:
        return relay.outcome[0]
    return False, RuntimeError("the job ended without a result")
