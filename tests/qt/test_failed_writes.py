"""When the database refuses a write, nothing pretends it happened: no annotation appears, the
undo history is unchanged, and the status bar says the change was NOT saved. Once the
database accepts writes again, the next annotation saves as usual.

The refusal is real: a trigger in the very database file the window has open."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.ui.window.main_window import MainWindow
from annotator.ui.window.status_bar import SAVED
from tests.qt.conftest import DialogLog
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, key, open_article, select_words, tag_words

REFUSE_MENTIONS = (
    "CREATE TRIGGER no_mentions BEFORE INSERT ON mentions "
    "BEGIN SELECT RAISE(ABORT, 'disk says no'); END;"
)
REFUSE_CLAIM_CHANGES = (
    "CREATE TRIGGER no_claim_changes BEFORE UPDATE ON claims "
    "BEGIN SELECT RAISE(ABORT, 'disk says no'); END;"
)


def in_database(window: MainWindow, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    with closing(sqlite3.connect(window.workspace.path)) as connection:
        return connection.execute(sql).fetchall()


def run_sql(window: MainWindow, sql: str) -> None:
    with closing(sqlite3.connect(window.workspace.path)) as connection:
        connection.execute(sql)
        connection.commit()


def test_a_refused_mention_leaves_nothing_behind_and_says_so(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    stack = window.controller.stack
    assert window.status.saved.text() == SAVED
    run_sql(window, REFUSE_MENTIONS)

    select_words(window, "Rogov")
    key(qtbot, window.view, Qt.Key.Key_1)

    assert window.controller.document.mentions == []
    assert stack.count() == 0 and not stack.canUndo()
    assert window.panel.model.rowCount() == 0
    assert window.view.painter.spans == {}
    assert "NOT saved" in window.status.saved.text()
    assert "disk says no" in window.status.currentMessage()
    assert in_database(window, "SELECT count(*) FROM mentions") == [(0,)]

    # Ctrl+Z has nothing to undo: it must not "undo" the mention that never was.
    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == 0

    run_sql(window, "DROP TRIGGER no_mentions")
    rogov = tag_words(window, qtbot, "Rogov", 1)
    assert window.status.saved.text() == SAVED
    assert stack.count() == 1
    assert in_database(window, "SELECT id, start_offset, end_offset, quote FROM mentions") == [
        (rogov.id, rogov.start, rogov.end, "Rogov")
    ]
    assert dialog_log.named("show_error") == []  # said in the status bar, not in a dialog


def test_a_refused_change_keeps_the_stored_value(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    steps = window.controller.stack.count()
    run_sql(window, REFUSE_CLAIM_CHANGES)

    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # "False"

    assert window.controller.annotation(claim.id).status == "unverified"
    assert window.controller.stack.count() == steps
    assert "NOT saved" in window.status.saved.text()
    assert in_database(window, "SELECT status FROM claims") == [("unverified",)]
    assert window.panel.claim_form.status.currentData() == "unverified"


def test_a_refused_keystroke_does_not_merge_into_the_previous_step(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """Typing merges into one undo step; a keystroke the database refused must not join it,
    or redo would later write a text that was never saved."""
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    stack = window.controller.stack
    steps = stack.count()

    def typed(text: str) -> bool:
        after = window.controller.annotation(claim.id)
        after.claim_reviewed = text
        return window.controller.change(after, "Claim reviewed", "claim_reviewed")

    assert typed("Russia lost")
    assert stack.count() == steps + 1
    run_sql(window, REFUSE_CLAIM_CHANGES)
    assert not typed("Russia lost 2,000")
    run_sql(window, "DROP TRIGGER no_claim_changes")
    assert window.controller.annotation(claim.id).claim_reviewed == "Russia lost"

    stack.undo()
    assert in_database(window, "SELECT claim_reviewed FROM claims") == [(None,)]
    stack.redo()
    assert in_database(window, "SELECT claim_reviewed FROM claims") == [("Russia lost",)]
    assert window.controller.annotation(claim.id).claim_reviewed == "Russia lost"
