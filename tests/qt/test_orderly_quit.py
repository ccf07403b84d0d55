"""Every way out of the program runs the same orderly shutdown."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from annotator.paths import resolve_paths
from annotator.ui import app as app_module
from annotator.ui.window.main_window import MainWindow


def _run(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """Start the program as ``annotator --data-dir`` does; return its exit code and what the
    windows' shutdown did."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    done: list[str] = []
    real_shutdown = MainWindow.shutdown

    def shutdown(window: MainWindow) -> None:
        if not getattr(window, "_shut_down", False):
            done.append("shutdown")
        real_shutdown(window)
        # Background lookups were stopped and waited for before the database closes.
        assert not window.panel.related_claims.search.running

    monkeypatch.setattr(MainWindow, "shutdown", shutdown)
    code = app_module.run_gui(resolve_paths(data_dir=data_dir))
    return code, done


def _layout_saved(data_dir: Path) -> bool:
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return settings.contains("window/state") and settings.contains("window/splitter")


def test_quit_after_show_leaves_through_the_windows_shutdown(  # type: ignore[no-untyped-def]
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATOR_QUIT_AFTER_SHOW", "1")
    code, done = _run(data_dir, monkeypatch)
    assert code == 0
    assert done and done == ["shutdown"]
    assert _layout_saved(data_dir)


@pytest.fixture
def sigint_as(request: pytest.FixtureRequest) -> Iterator[object]:
    """SIGINT's handler as a terminal (Python's default) or a background job (ignored)
    leaves it, whatever it was when the suite started (`nohup pytest &` ignores it)."""
    before = signal.signal(signal.SIGINT, request.param)
    try:
        yield request.param
    finally:
        signal.signal(signal.SIGINT, before)


@pytest.mark.parametrize("sigint_as", [signal.default_int_handler], indirect=True)
def test_ctrl_c_in_the_terminal_closes_the_window_in_order(  # type: ignore[no-untyped-def]
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, sigint_as: object
) -> None:
    monkeypatch.delenv("ANNOTATOR_QUIT_AFTER_SHOW", raising=False)
    # Ctrl+C once the event loop runs (the program's handler is in place by then).
    poll = QTimer()

    def interrupt() -> None:
        if signal.getsignal(signal.SIGINT) is not sigint_as:
            poll.stop()
            os.kill(os.getpid(), signal.SIGINT)

    poll.timeout.connect(interrupt)
    poll.start(100)
    code, done = _run(data_dir, monkeypatch)
    assert code == 0
    assert done and done == ["shutdown"]
    assert _layout_saved(data_dir)
    assert signal.getsignal(signal.SIGINT) is sigint_as  # the terminal's handler is back


@pytest.mark.parametrize("sigint_as", [signal.SIG_IGN], indirect=True)
def test_a_window_started_with_ctrl_c_ignored_keeps_it_ignored(  # type: ignore[no-untyped-def]
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, sigint_as: object
) -> None:
    """A background job (`annotator &` from a script) is not closed by the terminal's
    Ctrl+C meant for the job in front: the program leaves SIGINT ignored."""
    monkeypatch.setenv("ANNOTATOR_QUIT_AFTER_SHOW", "1")
    seen: list[object] = []
    real_close = MainWindow.closeEvent

    def close(window: MainWindow, event) -> None:  # type: ignore[no-untyped-def]
        seen.append(signal.getsignal(signal.SIGINT))  # while the event loop runs
        real_close(window, event)

    monkeypatch.setattr(MainWindow, "closeEvent", close)
    code, done = _run(data_dir, monkeypatch)
    assert code == 0 and done == ["shutdown"]
    assert seen and all(handler is signal.SIG_IGN for handler in seen)
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_no_lookup_starts_once_the_window_has_shut_down(  # type: ignore[no-untyped-def]
    open_window, data_dir: Path
) -> None:
    """Closing deselects the claim, which used to ask for related claims again: a thread
    started after the shutdown outlived the window ("QThread: Destroyed while thread is
    still running", exit 134)."""
    window = open_window(data_dir)
    claim = window.controller.create_claim(0, 5)
    assert claim is not None
    window.shutdown()
    search = window.panel.related_claims.search
    search.request(claim.id)
    assert not search.running
