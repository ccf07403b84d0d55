"""Steps for tests of opening databases from the window: the app's window session over a real
database, and File › Open … answered as a user would answer its dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui import app as app_module
from annotator.ui.common import dialogs
from annotator.ui.team.password_dialog import PasswordDialog
from annotator.ui.team.team_database_dialog import TeamDatabaseDialog

StartSession = Callable[..., app_module.WindowSession]


@pytest.fixture
def start_session(qtbot: QtBot) -> Iterator[StartSession]:
    """The steps of run_gui without its event loop: a window on ``location``, its session."""
    sessions: list[app_module.WindowSession] = []

    def start(data_dir: Path, location: str | None = None) -> app_module.WindowSession:
        paths = resolve_paths(data_dir=data_dir)
        paths.ensure()
        settings = app_module.open_settings(paths)
        session = app_module.WindowSession(paths, settings, "Olena Petrenko")
        location = location or str(paths.db)  # else the data folder's own database
        # The demo articles in it, as on a first start.
        open_workspace(app_module.paths_for(paths, location), demo=True).close()
        session.open(location)
        assert session.window is not None
        qtbot.addWidget(session.window)
        # Shortcuts and focus need the active window, which is asynchronous even offscreen.
        with qtbot.waitActive(session.window):
            session.window.activateWindow()
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


def answer_dialogs(
    monkeypatch: pytest.MonkeyPatch,
    team: list[str] | None = None,
    passwords: list[str | None] | None = None,
    remember: bool = False,
) -> list[Any]:
    """Fill File › Open Team Database… with the given addresses and the password dialog with
    the given passwords (None: Cancel), in order; returns the dialogs shown."""
    shown: list[Any] = []
    addresses, typed = list(team or []), list(passwords or [])

    def run_dialog(dialog: QDialog) -> int:
        shown.append(dialog)
        if isinstance(dialog, TeamDatabaseDialog) and addresses:
            dialog.address.setText(addresses[0])
            dialog.address.textEdited.emit(addresses.pop(0))
            return QDialog.DialogCode.Accepted
        if isinstance(dialog, PasswordDialog) and typed:
            password = typed.pop(0)
            if password is None:
                return QDialog.DialogCode.Rejected
            dialog.field.setText(password)
            dialog.remember.setChecked(remember)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    return shown
