"""Every annotation records who made it. The name is asked once, at the first window on a
data folder, and remembered; a second window does not ask again."""

from __future__ import annotations

import getpass
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from annotator.ui.common import dialogs
from tests.qt.conftest import DialogLog, close
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, open_article, tag_words


def annotators(database: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute("SELECT id, name FROM annotators").fetchall()


def test_the_name_is_asked_once_and_recorded_with_every_annotation(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    assert len(dialog_log.named("ask_annotator_name")) == 1
    assert window.status.annotator.text() == "Annotator: Olena Petrenko"
    ((annotator_id, name),) = annotators(window.workspace.path)
    assert name == "Olena Petrenko"
    open_article(window, ROGOV_ARTICLE)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    assert rogov.created_by == claim.created_by == annotator_id
    close(window)

    again = open_window(tmp_path / "data")
    assert len(dialog_log.named("ask_annotator_name")) == 1  # not asked again
    assert again.controller.annotator_id == annotator_id
    izum = tag_words(again, qtbot, "Izum", 5)
    assert izum.created_by == annotator_id
    assert annotators(again.workspace.path) == [(annotator_id, "Olena Petrenko")]
    with closing(sqlite3.connect(again.workspace.path)) as connection:
        authors = connection.execute(
            "SELECT created_by FROM mentions UNION ALL SELECT created_by FROM claims"
        ).fetchall()
    assert authors == [(annotator_id,)] * 3


def test_without_an_answer_the_login_name_is_used(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialogs, "ask_annotator_name", lambda _parent: None)  # cancelled
    window = open_window(tmp_path / "data")
    ((_id, name),) = annotators(window.workspace.path)
    assert name == getpass.getuser()
    assert window.status.annotator.text() == f"Annotator: {name}"
