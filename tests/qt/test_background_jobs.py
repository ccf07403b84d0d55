"""Long work runs in a worker thread: the progress dialog follows it from the GUI thread, and
Cancel reaches the job while it is busy (not only once it has finished)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from annotator.ui.jobs.workers import run_with_progress


def test_cancel_reaches_a_busy_job_and_progress_is_shown_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    reported = threading.Event()

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(3, 10, "kharkiv.txt")
        reported.set()
        deadline = time.monotonic() + 20
        while not cancelled():  # busy: this thread never returns to its event loop
            if time.monotonic() > deadline:
                return "never cancelled"
            time.sleep(0.01)
        return "cancelled"

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        if dialog is None or not reported.is_set() or dialog.value() != 3:
            QTimer.singleShot(20, press_cancel)
            return
        seen["label"] = dialog.labelText()
        seen["maximum"] = dialog.maximum()
        seen["thread"] = threading.current_thread() is threading.main_thread()
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    QTimer.singleShot(0, press_cancel)
    started = time.monotonic()
    ok, result = run_with_progress(parent, "Importing", job)
    assert (ok, result) == (True, "cancelled")
    assert time.monotonic() - started < 10
    assert seen == {"label": "Importing\nkharkiv.txt", "maximum": 10, "thread": True}


def test_a_failing_job_hands_its_exception_back(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ValueError("the disk is full")

    ok, error = run_with_progress(parent, "Exporting", job)
    assert not ok
    assert isinstance(error, ValueError)
    assert str(error) == "the disk is full"
