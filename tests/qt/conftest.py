"""Windows over real databases in temporary folders; dialogs replaced so nothing blocks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.annotations import evidence_dialog
from annotator.ui.app import open_settings, who_annotates
from annotator.ui.common import dialogs
from annotator.ui.window.main_window import MainWindow


@dataclass
class DialogLog:
    """What the window asked or told the user, in order."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    evidence: list[Any] = field(default_factory=list)  # answers for the evidence dialog
    files: list[Path] = field(default_factory=list)
    export_target: tuple[Path, str] | None = None
    answers: list[Any] = field(default_factory=list)  # ask_text and choose_item, in order
    choices: list[int | None] = field(default_factory=list)  # choose_action; else the first

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for call, args in self.calls if call == name]


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def record(name: str, answer: Callable[..., Any] = lambda *a: None):  # type: ignore[no-untyped-def]
        def replacement(*args: Any) -> Any:
            log.calls.append((name, args[1:]))
            return answer(*args)

        monkeypatch.setattr(dialogs, name, replacement)

    record("show_error")
    record("show_info")
    record("show_report")
    record("confirm", lambda *a: True)
    record("show_about")

    def run_dialog(dialog: Any) -> int:
        log.calls.append(("run_dialog", (dialog,)))
        return 0

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    record("ask_annotator_name", lambda *a: "Olena Petrenko")
    record("choose_import_files", lambda *a: list(log.files))
    record("choose_import_folder", lambda *a: log.files[0] if log.files else None)
    record("choose_export_target", lambda *a: log.export_target)
    record("ask_text", lambda *a: log.answers.pop(0) if log.answers else None)
    record("ask_password", lambda *a: log.answers.pop(0) if log.answers else None)
    record("choose_item", lambda *a: log.answers.pop(0) if log.answers else None)
    record("choose_action", lambda *a: log.choices.pop(0) if log.choices else 0)

    def evidence_answer(_parent: Any, current: Any) -> Any:
        log.calls.append(("edit_evidence", (current,)))
        return log.evidence.pop(0) if log.evidence else None

    monkeypatch.setattr(evidence_dialog, "edit_evidence", evidence_answer)
    return log


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """Open a real window on the database of a data folder (demo articles on a first start)."""
    opened: list[MainWindow] = []

    def open_(data_dir: Path, demo: bool = True) -> MainWindow:
        paths = resolve_paths(data_dir=data_dir)
        paths.ensure()
        workspace = open_workspace(paths, demo=demo)
        settings = open_settings(paths)
        window = MainWindow(workspace, settings, who_annotates(workspace, settings))
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        # Shortcuts and focus need the active window, which is asynchronous even offscreen.
        with qtbot.waitActive(window):
            window.activateWindow()
        window.start()
        opened.append(window)
        return window

    yield open_
    for window in opened:
        if window.isVisible():
            window.close()
        window.workspace.close()


def close(window: MainWindow) -> None:
    window.close()
    window.workspace.close()
