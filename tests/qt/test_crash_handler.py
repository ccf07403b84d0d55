"""An unexpected error is never a silent death or a traceback in the user's face: the crash
handler writes the traceback to the log file, tells the user where it is, and the program
keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.logs import log, setup_logging
from annotator.ui.app import install_crash_handler
from tests.qt.conftest import DialogLog


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The crash handler installed over a log file of this test; both undone afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(log.handlers)
    written = setup_logging(tmp_path / "logs" / "annotator.log")
    install_crash_handler()
    yield written
    for handler in [h for h in log.handlers if h not in handlers]:
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.NOTSET)


def fail_deep_inside() -> None:
    raise RuntimeError("the span painter lost its block")


def test_an_unexpected_error_is_logged_and_shown_with_the_log_path(
    qtbot: QtBot, dialog_log: DialogLog, log_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        fail_deep_inside()
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)

    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in fail_deep_inside" in logged
    assert "RuntimeError: the span painter lost its block" in logged
    ((title, message),) = dialog_log.named("show_error")
    assert title == "Something went wrong"
    assert str(log_file) in message and "keeps running" in message
    assert "Traceback" not in message  # one line for the user, the rest in the log
    assert str(log_file) in capsys.readouterr().err
    assert QApplication.instance() is not None


def test_an_error_in_a_slot_does_not_stop_the_program(
    qtbot: QtBot, dialog_log: DialogLog, log_file: Path
) -> None:
    QTimer.singleShot(0, fail_deep_inside)  # Qt calls it from the event loop, as a slot
    qtbot.waitUntil(lambda: dialog_log.named("show_error") != [], timeout=2000)
    assert "lost its block" in log_file.read_text(encoding="utf-8")

    # Still running: the event loop goes on delivering, and a second error is reported too.
    later: list[str] = []
    QTimer.singleShot(0, lambda: later.append("still here"))
    QTimer.singleShot(0, fail_deep_inside)
    qtbot.waitUntil(lambda: len(dialog_log.named("show_error")) == 2, timeout=2000)
    assert later == ["still here"]
