"""File › Open Local Database…, Open Team Database… and Open Recent, on SQLite
files: another database opens in place of the open one; one that cannot be opened is said in
one line and the open one stays, with its lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.common import dialogs
from annotator.ui.team.password_dialog import PasswordDialog
from annotator.ui.team.team_database_dialog import TeamDatabaseDialog
from annotator.ui.window import recent_databases
from tests.qt.conftest import DialogLog
from tests.qt.database_steps import StartSession, answer_dialogs, start_session  # noqa: F401


def other_database(folder: Path) -> Path:
    """A second collection, with the demo articles, closed again."""
    paths = resolve_paths(data_dir=folder)
    paths.ensure()
    open_workspace(paths, demo=True).close()
    return paths.db


def test_open_local_database_replaces_the_window_and_releases_the_old_lock(
    start_session: StartSession,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    session = start_session(tmp_path / "data")
    first_window, first_db = session.window, session.location
    second_db = other_database(tmp_path / "second")
    monkeypatch.setattr(dialogs, "choose_database_file", lambda _parent: second_db)

    first_window.actions_by_name["open_local"].trigger()

    assert session.window is not first_window and session.location == str(second_db)
    qtbot.addWidget(session.window)
    assert session.window.windowTitle().startswith(second_db.name)
    assert session.window.list_panel.model.rowCount() == 5
    assert not first_window.isVisible()
    # The first file is free for another window again; the second is held by this one.
    freed = QLockFile(first_db + ".lock")
    assert freed.tryLock(100)
    freed.unlock()
    assert not QLockFile(str(second_db) + ".lock").tryLock(100)
    # Both are in File › Open Recent, the one open now first.
    assert recent_databases.recent(session.settings)[:2] == [str(second_db), first_db]


def test_a_file_that_is_not_a_database_is_refused_in_one_line_and_the_window_stays(
    start_session: StartSession,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    session = start_session(tmp_path / "data")
    window = session.window
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list: milk, bread\n")
    monkeypatch.setattr(dialogs, "choose_database_file", lambda _parent: notes)

    window.actions_by_name["open_local"].trigger()

    assert session.window is window and window.isVisible()
    (title, message), *_ = dialog_log.named("show_error")
    assert title == "Cannot open the database"
    assert str(notes) in message and "\n" not in message and "Traceback" not in message
    assert notes.read_text() == "shopping list: milk, bread\n"  # untouched
    assert window.workspace.article_count() == 5  # the open database still answers
    assert str(notes) not in recent_databases.recent(session.settings)


def test_open_recent_greys_out_a_missing_file_and_keeps_eight(
    start_session: StartSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    session = start_session(tmp_path / "data")
    second_db = other_database(tmp_path / "second")
    gone = tmp_path / "gone.sqlite3"
    for location in (str(gone), str(second_db)):
        recent_databases.remember(session.settings, location)
    recent_databases.remember(session.settings, "postgresql://olena:secret@db.example/news")
    menu = session.window.menuBar().findChild(QMenu, "recentMenu")
    menu.aboutToShow.emit()
    entries = {a.data(): a for a in menu.actions() if a.data()}
    assert set(entries) == {str(gone), str(second_db)}  # not the one open, never a password
    assert not entries[str(gone)].isEnabled() and entries[str(second_db)].isEnabled()

    entries[str(second_db)].trigger()
    assert session.location == str(second_db)

    for number in range(12):
        recent_databases.remember(session.settings, f"postgresql://db.example/c{number}")
    kept = recent_databases.recent(session.settings)
    assert len(kept) == recent_databases.MAX_RECENT and kept[0].endswith("/c11")


def test_the_team_dialog_takes_the_password_out_of_a_pasted_address(qtbot: QtBot) -> None:
    dialog = TeamDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.address.setText(
        "postgresql://olena:s3cret@db.newsroom.example:6543/claims?sslmode=require"
    )
    dialog.address.textEdited.emit(dialog.address.text())

    assert dialog.password == "s3cret"
    assert "s3cret" not in dialog.address.text()
    assert (dialog.host.text(), dialog.port.text(), dialog.database.text()) == (
        "db.newsroom.example", "6543", "claims",
    )  # fmt: skip
    assert dialog.user.text() == "olena" and dialog.sslmode.currentData() == "require"
    assert dialog.location() == "postgresql://olena@db.newsroom.example:6543/claims?sslmode=require"
    # Typing in a field writes the address anew.
    dialog.database.setText("archive")
    dialog.database.textEdited.emit("archive")
    assert dialog.address.text().endswith(":6543/archive?sslmode=require")
    dialog.grab().save(str(Path("/tmp/team-window-dialog.png")))


def test_the_password_field_hides_what_is_typed_and_offers_the_keyring_only_if_there(
    qtbot: QtBot,
) -> None:
    dialog = PasswordDialog("postgresql://olena@db/news", "olena", refused=True, can_remember=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    assert dialog.remember.isHidden()
    assert "refused" in dialog.question.text()
    dialog.grab().save("/tmp/team-window-password.png")


def test_cancelling_the_team_dialog_changes_nothing(
    start_session: StartSession,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = start_session(tmp_path / "data")
    window = session.window
    shown = answer_dialogs(monkeypatch)  # Cancel
    window.actions_by_name["open_team"].trigger()
    assert len(shown) == 1 and isinstance(shown[0], TeamDatabaseDialog)
    assert session.window is window and window.isVisible()
