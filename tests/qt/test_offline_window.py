"""File › Take articles offline… and File › Bring work back… on a real PostgreSQL team database
: a reporter takes the open article into a file, the window opens the file, she
works there, brings the work back and reads what came back; a claim changed on both sides is
kept twice and listed; a file that was never taken offline is one line in a dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from annotator.domain.models import Article
from annotator.paths import resolve_paths
from annotator.services.workspace import Workspace
from annotator.ui import app as app_module
from annotator.ui.common import dialogs
from annotator.ui.team.offline_dialogs import (
    ALL_ARTICLES,
    OPEN_ARTICLE,
    CheckinReportDialog,
    CheckoutDialog,
)
from annotator.ui.team.password_dialog import PasswordDialog
from tests.qt.conftest import DialogLog
from tests.qt.database_steps import StartSession, answer_dialogs, start_session  # noqa: F401
from tests.qt.test_team_database_window import SECRET, olena_url  # noqa: F401
from tests.seed_steps import mark_claim, mark_mention, seed_article
from tests.unit.test_team_server import workspace_on


def answer_offline_dialogs(
    monkeypatch: pytest.MonkeyPatch,
    choice: str = OPEN_ARTICLE,
    target: Path | None = None,
    passwords: list[str] | None = None,
) -> list[Any]:
    """Take offline: ``choice`` into ``target``; the password dialog gets ``passwords`` in
    order; every dialog shown is returned (a password dialog as what it asked)."""
    shown: list[Any] = []
    typed = list(passwords or [])

    def run_dialog(dialog: QDialog) -> int:
        shown.append(dialog)
        if isinstance(dialog, PasswordDialog) and typed:
            # What it asked, read now: the dialog is gone once the worker's loop has run.
            shown.append(("password asked", dialog.question.text()))
            dialog.field.setText(typed.pop(0))
            return QDialog.DialogCode.Accepted
        if isinstance(dialog, CheckoutDialog):
            for button in dialog.choice.buttons():
                button.setChecked(button.property("choice") == choice)
            if target is not None:
                dialog.target.setText(str(target))
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    return shown


def team_article(pg_url: str, folder: Path) -> tuple[Article, str]:
    """The team database with the seed articles, one claim on the first; the claim's id."""
    team = workspace_on(pg_url, folder)
    try:
        article = seed_article(team, "000")
        return article, mark_claim(team, article, "Rogov").id
    finally:
        team.close()


def checkin_report(dialog_log: DialogLog) -> CheckinReportDialog:
    """The report of the work brought back, shown beside the window."""
    (report,) = [
        args[0]
        for args in dialog_log.named("show_beside")
        if isinstance(args[0], CheckinReportDialog)
    ]
    return report


def reopened(pg_url: str, folder: Path) -> Workspace:
    return workspace_on(pg_url, folder)


def test_take_the_open_article_offline_work_on_it_and_bring_it_back(
    start_session: StartSession,  # noqa: F811
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    article, claim_id = team_article(pg_url, tmp_path / "editor")
    session = start_session(tmp_path / "data", pg_url)
    team_window = session.window
    assert team_window is not None
    assert team_window.actions_by_name["take_offline"].isEnabled()
    team_window.list_panel.select(article.id)
    assert team_window.controller.document.article.id == article.id  # type: ignore[union-attr]
    trip = tmp_path / "field" / "trip.sqlite3"
    answer_offline_dialogs(monkeypatch, OPEN_ARTICLE, trip)

    team_window.actions_by_name["take_offline"].trigger()

    assert dialog_log.named("show_error") == []
    (question,) = dialog_log.named("confirm")  # answered yes: open the file here
    assert "1 article with 0 mentions and 1 claim." in question[1]
    local_window = session.window
    assert local_window is not team_window and session.location == str(trip.resolve())
    local = local_window.workspace
    assert not local.is_server
    assert [s.id for s in local.article_summaries(0, 100)] == [article.id]
    assert not local_window.actions_by_name["take_offline"].isEnabled()

    # Offline: a new mention and a changed verdict.
    document = local.annotations.open_article(article.id)
    assert document is not None
    added = mark_mention(local, document.article, "Rogov", "PERSON")
    verdict = next(c for c in document.claims if c.id == claim_id)
    verdict.status = "false"
    local.annotations.update_claim(verdict, document.article.text)
    answer_offline_dialogs(monkeypatch)

    local_window.actions_by_name["bring_back"].trigger()

    assert dialog_log.named("show_error") == []
    report = checkin_report(dialog_log)
    summary = report.summary.text()
    assert "1 added, 1 updated, 0 unchanged, 0 in conflict" in summary
    assert pg_url.rsplit("/", 1)[1] in summary  # where it went
    details = report.details.text()
    assert "added: mention “Rogov”" in details and "updated: claim “Rogov”" in details
    team = reopened(pg_url, tmp_path / "editor")
    stored = team.annotations.open_article(article.id)
    team.close()
    assert stored is not None
    assert added.id in {m.id for m in stored.mentions}
    assert next(c for c in stored.claims if c.id == claim_id).status == "false"


def test_a_claim_changed_on_both_sides_comes_back_twice_and_is_listed(
    start_session: StartSession,  # noqa: F811
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    article, claim_id = team_article(pg_url, tmp_path / "editor")
    office = reopened(pg_url, tmp_path / "editor")
    mark_mention(office, article, "Rogov", "PERSON")  # comes back unchanged, listed after
    office.close()
    session = start_session(tmp_path / "data", pg_url)
    team_window = session.window
    assert team_window is not None
    trip = tmp_path / "all.sqlite3"
    answer_offline_dialogs(monkeypatch, ALL_ARTICLES, trip)
    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)  # stay on the team database
    team_window.actions_by_name["take_offline"].trigger()
    assert session.window is team_window and trip.exists()

    field = workspace_on(str(trip), tmp_path / "reporter")
    mine = next(c for c in field.annotations.open_article(article.id).claims)  # type: ignore[union-attr]
    mine.justification = "Field notes: the official denied it."
    field.annotations.update_claim(mine, article.text)
    field.close()
    office = reopened(pg_url, tmp_path / "editor")
    theirs = next(c for c in office.annotations.open_article(article.id).claims)  # type: ignore[union-attr]
    theirs.justification = "Editor: confirmed by two sources."
    office.annotations.update_claim(theirs, article.text)
    office.close()
    answer_offline_dialogs(monkeypatch)
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a: trip)

    team_window.actions_by_name["bring_back"].trigger()  # from the team window: choose the file

    assert dialog_log.named("show_error") == []
    report = checkin_report(dialog_log)
    assert "0 added, 0 updated, 1 unchanged, 1 in conflict" in report.summary.text()
    first, second = report.details.text().splitlines()
    # By its words and its article, never by an id.
    title = article.title
    assert first.startswith(f"conflict: claim “Rogov” in “{title[:20]}")
    assert claim_id not in first and "kept" in first
    assert second.startswith(f"unchanged: mention “Rogov” in “{title[:20]}")
    # A double-click goes there in the window.
    team_window.controller.select(None)
    report.details.itemDoubleClicked.emit(report.details.item(0))
    assert team_window.controller.document.article.id == article.id  # type: ignore[union-attr]
    assert team_window.controller.selected_id == claim_id
    team = reopened(pg_url, tmp_path / "editor")
    claims = team.annotations.open_article(article.id).claims  # type: ignore[union-attr]
    team.close()
    assert sorted(c.justification for c in claims) == [
        "Editor: confirmed by two sources.",
        "Field notes: the official denied it.",
    ]


def test_a_file_never_taken_offline_is_one_line_and_nothing_changes(
    start_session: StartSession,  # noqa: F811
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    team_article(pg_url, tmp_path / "editor")
    plain = workspace_on(str(tmp_path / "plain.sqlite3"), tmp_path / "other")
    plain.close()
    before = (tmp_path / "plain.sqlite3").read_bytes()
    session = start_session(tmp_path / "data", pg_url)
    assert session.window is not None
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a: tmp_path / "plain.sqlite3")

    session.window.actions_by_name["bring_back"].trigger()

    ((title, message),) = dialog_log.named("show_error")
    assert title == "Cannot bring the work back"
    assert "plain.sqlite3" in message and "\n" not in message and "Traceback" not in message
    assert (tmp_path / "plain.sqlite3").read_bytes() == before


def test_the_password_is_asked_for_as_when_opening_the_team_database(
    start_session: StartSession,  # noqa: F811
    olena_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    session = start_session(tmp_path / "data")
    answer_dialogs(monkeypatch, team=[olena_url], passwords=[SECRET])
    session.window.actions_by_name["open_team"].trigger()  # type: ignore[union-attr]
    team_window = session.window
    assert team_window is not None and team_window.workspace.is_server
    trip = tmp_path / "trip.sqlite3"
    shown = answer_offline_dialogs(monkeypatch, ALL_ARTICLES, trip, passwords=["wrong", SECRET])
    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)

    team_window.actions_by_name["take_offline"].trigger()

    asked = [text for kind, text in (d for d in shown if isinstance(d, tuple))]
    assert len(asked) == 2 and "refused" in asked[1] and "refused" not in asked[0]
    assert dialog_log.named("show_error") == [] and trip.exists()
    assert SECRET.encode() not in trip.read_bytes()  # the file keeps where, never the password


def test_a_file_that_cannot_be_made_is_one_line_and_nothing_is_written(
    start_session: StartSession,  # noqa: F811
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    team_article(pg_url, tmp_path / "editor")
    session = start_session(tmp_path / "data", pg_url)
    team_window = session.window
    assert team_window is not None
    existing = tmp_path / "mine.sqlite3"
    existing.write_bytes(b"keep me")
    under_a_file = existing / "trip.sqlite3"  # its folder is a file

    for target in (existing, under_a_file):
        answer_offline_dialogs(monkeypatch, ALL_ARTICLES, target)
        team_window.actions_by_name["take_offline"].trigger()

    errors = dialog_log.named("show_error")
    assert [title for title, _ in errors] == ["Cannot take the articles offline"] * 2
    assert "already exists" in errors[0][1]
    assert errors[1][1].startswith(str(existing)) and "Errno" not in errors[1][1]
    assert all("\n" not in message and "Traceback" not in message for _, message in errors)
    assert existing.read_bytes() == b"keep me" and dialog_log.named("confirm") == []
    assert session.window is team_window


def test_the_suggested_file_is_new_each_time_in_the_data_folder(
    start_session: StartSession,  # noqa: F811
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_log: DialogLog,
) -> None:
    team_article(pg_url, tmp_path / "editor")
    session = start_session(tmp_path / "data", pg_url)
    team_window = session.window
    assert team_window is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)
    shown = answer_offline_dialogs(monkeypatch, ALL_ARTICLES)  # the suggested file, as it is

    team_window.actions_by_name["take_offline"].trigger()
    team_window.actions_by_name["take_offline"].trigger()

    name = pg_url.rsplit("/", 1)[1]
    made = sorted(p.name for p in (tmp_path / "data").glob("*-offline*.sqlite3"))
    assert made == [f"{name}-offline-2.sqlite3", f"{name}-offline.sqlite3"]
    assert dialog_log.named("show_error") == [] and len(shown) == 2


def test_taking_offline_proposes_a_file_in_the_data_folder_not_the_settings_one(
    qtbot: QtBot,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without --data-dir the settings live in the config folder and the databases in the
    data folder: a file taken offline is proposed beside the user's own database."""
    team_article(pg_url, tmp_path / "editor")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    paths = resolve_paths()
    paths.ensure()
    assert paths.settings.parent != paths.data_dir
    session = app_module.WindowSession(paths, app_module.open_settings(paths), "Olena Petrenko")
    session.open(pg_url)
    assert session.window is not None
    qtbot.addWidget(session.window)
    proposed: list[Path] = []

    def run_dialog(dialog: QDialog) -> int:
        if isinstance(dialog, CheckoutDialog):
            proposed.append(dialog.target_path())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    try:
        session.window.actions_by_name["take_offline"].trigger()
    finally:
        session.close()
    (target,) = proposed
    assert target.parent == paths.data_dir
    assert target.name == f"{pg_url.rsplit('/', 1)[1]}-offline.sqlite3"
