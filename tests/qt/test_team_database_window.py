"""File › Open Team Database… on a real PostgreSQL server: the password is asked
for when libpq's own sources give none, goes to the engine only (never the settings, the title
or the recent list), and every failure is one line in a dialog with the open database kept."""

from __future__ import annotations

import sys
import types
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.ui.team.password_dialog import PasswordDialog
from annotator.ui.window import recent_databases
from tests.pg_cluster import Cluster
from tests.qt.conftest import DialogLog
from tests.qt.database_steps import StartSession, answer_dialogs, start_session  # noqa: F401

SECRET = "olena-pw-7"


@pytest.fixture
def olena_url(pg_cluster: Cluster, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A database owned by a role with a password that no libpq source knows."""
    role = f"olena_{uuid.uuid4().hex[:8]}"
    database = pg_url.rsplit("/", 1)[1]
    pg_cluster.admin(f"CREATE ROLE {role} LOGIN PASSWORD '{SECRET}'")
    pg_cluster.admin(f'ALTER DATABASE "{database}" OWNER TO {role}')
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    try:
        yield pg_cluster.url(database, user=role)
    finally:
        pg_cluster.admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        pg_cluster.admin(f"DROP ROLE IF EXISTS {role}")


def settings_text(session) -> str:  # type: ignore[no-untyped-def]
    session.settings.sync()
    return Path(session.settings.fileName()).read_text()


def test_the_window_asks_for_the_password_and_keeps_it_nowhere(
    start_session: StartSession,  # noqa: F811
    olena_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    session = start_session(tmp_path / "data")
    local = session.window
    shown = answer_dialogs(monkeypatch, team=[olena_url], passwords=["wrong", SECRET])

    local.actions_by_name["open_team"].trigger()

    asked = [d for d in shown if isinstance(d, PasswordDialog)]
    assert len(asked) == 2  # the wrong one was refused and asked again, saying so
    assert "refused" in asked[1].question.text() and asked[1].remember.isHidden()
    assert session.window is not local and session.location == olena_url
    window = session.window
    assert window.workspace.is_server and window.workspace.article_count() == 0
    assert SECRET not in window.windowTitle()
    assert SECRET not in settings_text(session)
    assert recent_databases.recent(session.settings)[0] == olena_url
    assert dialog_log.named("show_error") == []


def test_cancelling_the_password_keeps_the_open_database(
    start_session: StartSession,  # noqa: F811
    olena_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = start_session(tmp_path / "data")
    local = session.window
    answer_dialogs(monkeypatch, team=[olena_url], passwords=[None])
    local.actions_by_name["open_team"].trigger()
    assert session.window is local and local.isVisible()
    assert local.workspace.article_count() == 5
    assert olena_url not in recent_databases.recent(session.settings)


def test_the_keyring_remembers_the_password_when_asked(
    start_session: StartSession,  # noqa: F811
    olena_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A stand-in for the optional keyring package: the real one would write to the
    # system's keyring, outside the test's folders.
    vault: dict[tuple[str, str], str] = {}
    keyring = types.ModuleType("keyring")
    keyring.get_password = lambda service, name: vault.get((service, name))  # type: ignore[attr-defined]
    keyring.set_password = lambda service, name, secret: vault.__setitem__((service, name), secret)  # type: ignore[attr-defined]
    keyring.delete_password = lambda service, name: vault.pop((service, name))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    session = start_session(tmp_path / "data")
    first_db = session.location
    shown = answer_dialogs(monkeypatch, team=[olena_url], passwords=[SECRET], remember=True)
    session.window.actions_by_name["open_team"].trigger()
    assert not next(d for d in shown if isinstance(d, PasswordDialog)).remember.isHidden()
    assert list(vault.values()) == [SECRET]
    assert SECRET not in settings_text(session)

    # Back to the file, then to the team database from Open Recent: not asked again.
    session.window.databases.open_location(first_db)
    shown.clear()
    session.window.databases.open_location(olena_url)
    assert session.location == olena_url and shown == []


@pytest.mark.parametrize(
    ("problem", "said"),
    [
        ("missing database", "does not exist"),
        ("server down", "No PostgreSQL server answers"),
        ("unknown host", "unknown"),
        ("another program", "another application"),
    ],
)
def test_a_team_database_that_cannot_be_used_is_one_line_and_the_open_one_stays(
    problem: str,
    said: str,
    start_session: StartSession,  # noqa: F811
    pg_cluster: Cluster,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    session = start_session(tmp_path / "data")
    local = session.window
    if problem == "missing database":
        url = pg_cluster.url("no_such_collection")
    elif problem == "server down":
        url = f"postgresql://{pg_cluster.user}@127.0.0.1:9/news"
    elif problem == "unknown host":
        url = f"postgresql://{pg_cluster.user}@no-such-host.invalid/news"
    else:
        pg_cluster.admin("CREATE TABLE invoices (id int)", pg_url.rsplit("/", 1)[1])
        url = pg_url
    answer_dialogs(monkeypatch, team=[url])

    local.actions_by_name["open_team"].trigger()

    (_title, message), *_ = dialog_log.named("show_error")
    assert said in message and "\n" not in message and "Traceback" not in message
    assert pg_cluster.password not in message
    assert session.window is local and local.workspace.article_count() == 5
