"""Two people edit the same claim on one team database: the second save never overwrites the
first in silence. Olena and Taras each have their own window (their own data folder, their
own annotator) on one real PostgreSQL database. When Taras saves a field Olena saved after he
began typing, his window shows both versions side by side with who wrote each, and he
chooses: keep mine, take theirs, or merge by hand. Whatever he chooses is what is stored.
The same holds for typing kept while the server was away and saved on reconnect, and for a
mention's fields (docs/design/storage.md, "Saves on a shared database")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from annotator.domain.models import Claim, Mention
from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui import app as app_module
from annotator.ui.common import dialogs
from annotator.ui.window.main_window import MainWindow
from annotator.ui.window.status_bar import SAVED
from tests.pg_cluster import Cluster
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.test_connection_dropped import drop_connections
from tests.qt.user_steps import claim_words, open_article, tag_words

pytestmark = pytest.mark.postgresql

OpenAs = Callable[[str], MainWindow]


@pytest.fixture
def team_window(qtbot: QtBot, pg_url: str, tmp_path: Path) -> Iterator[OpenAs]:
    """A window of one annotator (by name) on the test's PostgreSQL database, as the app
    opens it: a data folder of its own, the team database given as its location."""
    sessions: list[app_module.WindowSession] = []

    def open_as(name: str) -> MainWindow:
        paths = resolve_paths(data_dir=tmp_path / name.split()[0].lower())
        paths.ensure()
        if not sessions:  # the demo articles on the team database, once
            open_workspace(app_module.paths_for(paths, pg_url), demo=True).close()
        session = app_module.WindowSession(paths, app_module.open_settings(paths), name)
        session.open(pg_url)
        assert session.window is not None
        session.window.watch.stop()  # the tests look for others' changes themselves
        qtbot.addWidget(session.window)
        with qtbot.waitActive(session.window):
            session.window.activateWindow()
        sessions.append(session)
        return session.window

    yield open_as
    for session in sessions:
        session.close()


class Answers:
    """The conflict dialog, answered as the user would: the chosen button is clicked (after
    typing the merged text); every dialog shown is kept to look at."""

    def __init__(self, choice: str, merged: str = "") -> None:
        self.choice, self.merged = choice, merged
        self.shown: list[Any] = []

    def __call__(self, dialog: QDialog) -> int:
        # Known by its name, so that this story runs (and fails) on a window without it.
        if dialog.objectName() != "editConflictDialog":
            return 0
        self.shown.append(dialog)
        if self.choice == "mine":
            dialog.keep_mine.click()
        elif self.choice == "theirs":
            dialog.take_theirs.click()
        elif self.choice == "merged":
            (field,) = dialog.merge_fields.values()
            field.setPlainText(self.merged)
            dialog.save_merged.click()
        else:
            dialog.reject()
        return dialog.result()


def answer(monkeypatch: pytest.MonkeyPatch, choice: str, merged: str = "") -> Answers:
    answers = Answers(choice, merged)
    monkeypatch.setattr(dialogs, "run_dialog", answers)
    return answers


def both_on_one_claim(team_window: OpenAs, qtbot: QtBot) -> tuple[MainWindow, MainWindow, Claim]:
    olena = team_window("Olena Petrenko")
    open_article(olena, ROGOV_ARTICLE)
    claim = claim_words(olena, qtbot, CLAIM_WORDS)
    taras = team_window("Taras Bondar")
    open_article(taras, ROGOV_ARTICLE)
    taras.controller.select(claim.id)
    olena.controller.select(claim.id)
    return olena, taras, claim


def type_restatement(window: MainWindow, text: str, *, finish: bool) -> None:
    field = window.panel.claim_form.claim_reviewed
    field.setFocus()
    field.setText(text)
    field.setModified(True)
    if finish:
        field.editingFinished.emit()


def stored(window: MainWindow, claim_id: str) -> Claim:
    document = window.workspace.annotations.open_article(window.controller.document.article.id)
    assert document is not None
    return next(c for c in document.claims if c.id == claim_id)


def both_versions_and_who(dialog: QDialog) -> tuple[str, str, str]:
    """Yours and theirs as the dialog shows them (read-only, side by side), and whose
    theirs is, as its heading names them."""
    boxes = [b for b in dialog.findChildren(QPlainTextEdit) if b.isReadOnly()]
    assert len(boxes) == 2
    headings = " ".join(label.text() for label in dialog.findChildren(QLabel))
    who = "Olena Petrenko" if "Olena Petrenko" in headings else headings
    return boxes[0].toPlainText(), boxes[1].toPlainText(), who


OLENA_TEXT = "More than ten guardsmen were reported killed"
TARAS_TEXT = "Ten National Guard members were killed"
MERGED = "More than ten National Guard members were reported killed"


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("mine", TARAS_TEXT), ("theirs", OLENA_TEXT), ("merged", MERGED)],
)
def test_a_restatement_saved_by_both_asks_the_second_and_stores_the_choice(
    team_window: OpenAs,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
    expected: str,
) -> None:
    olena, taras, claim = both_on_one_claim(team_window, qtbot)
    answers = answer(monkeypatch, choice, MERGED)

    type_restatement(taras, TARAS_TEXT, finish=False)  # Taras begins typing...
    type_restatement(olena, OLENA_TEXT, finish=True)  # ... while Olena saves hers
    assert stored(olena, claim.id).claim_reviewed == OLENA_TEXT
    # Taras's window sees her save come in; what he typed stays in its field.
    assert taras.watch.check()
    assert taras.panel.claim_form.claim_reviewed.text() == TARAS_TEXT

    taras.panel.claim_form.claim_reviewed.editingFinished.emit()  # he finishes

    (dialog,) = answers.shown
    assert both_versions_and_who(dialog) == (TARAS_TEXT, OLENA_TEXT, "Olena Petrenko")
    assert stored(olena, claim.id).claim_reviewed == expected
    assert taras.controller.annotation(claim.id).claim_reviewed == expected
    assert taras.panel.claim_form.claim_reviewed.text() == expected
    assert taras.status.saved.text() == SAVED


def test_a_save_over_a_version_not_seen_yet_asks_too_and_deciding_later_stores_nothing(
    team_window: OpenAs, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    olena, taras, claim = both_on_one_claim(team_window, qtbot)
    answers = answer(monkeypatch, "later")
    type_restatement(olena, OLENA_TEXT, finish=True)
    type_restatement(taras, TARAS_TEXT, finish=True)  # his window has not looked yet

    assert len(answers.shown) == 1
    assert stored(olena, claim.id).claim_reviewed == OLENA_TEXT  # theirs stays
    assert taras.panel.claim_form.claim_reviewed.text() == OLENA_TEXT  # and is shown
    assert "NOT saved" in taras.status.saved.text()
    assert TARAS_TEXT in taras.status.currentMessage()  # his text, said in words


def test_typing_kept_while_the_server_was_away_asks_on_reconnect(
    team_window: OpenAs,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    pg_cluster: Cluster,
    pg_url: str,
) -> None:
    database = pg_url.rsplit("/", 1)[1]
    olena, taras, claim = both_on_one_claim(team_window, qtbot)
    answers = answer(monkeypatch, "mine")
    taras.save_retry.delays = (3_600_000,)  # he saves again when the test says so
    drop_connections(pg_cluster, database)
    try:
        type_restatement(taras, TARAS_TEXT, finish=True)
        assert len(taras.controller.unsaved) == 1  # kept
    finally:
        pg_cluster.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    olena.save_retry.delays = (50,)
    type_restatement(olena, OLENA_TEXT, finish=True)  # her save, meanwhile
    qtbot.waitUntil(lambda: stored(olena, claim.id).claim_reviewed == OLENA_TEXT, timeout=10000)
    assert not olena.controller.unsaved

    assert taras.save_retry.try_now()  # the server answers again: his kept typing is saved

    (dialog,) = answers.shown
    assert both_versions_and_who(dialog) == (TARAS_TEXT, OLENA_TEXT, "Olena Petrenko")
    assert stored(olena, claim.id).claim_reviewed == TARAS_TEXT  # kept knowingly
    assert taras.status.saved.text() == SAVED


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_mentions_type_saved_by_both_asks_the_second(
    team_window: OpenAs, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    olena = team_window("Olena Petrenko")
    open_article(olena, ROGOV_ARTICLE)
    rogov = tag_words(olena, qtbot, "Rogov", 1)
    taras = team_window("Taras Bondar")
    open_article(taras, ROGOV_ARTICLE)
    answers = answer(monkeypatch, choice)
    # Taras has agreed to change Olena's mention (asked once, answered "Change theirs").
    taras.controller.foreign.allowed.add(rogov.id)

    mine = olena.controller.annotation(rogov.id)
    assert isinstance(mine, Mention)
    mine.type = "ORG"
    assert olena.controller.change(mine, "Type", "type")
    theirs = taras.controller.annotation(rogov.id)
    assert isinstance(theirs, Mention)
    theirs.type = "NORP"
    taras.controller.select(rogov.id)
    taras.panel.mention_form.edited.emit(theirs, "Type", "type")

    assert len(answers.shown) == 1
    expected = "NORP" if choice == "mine" else "ORG"
    document = olena.workspace.annotations.open_article(rogov.article_id)
    assert document is not None
    assert next(m for m in document.mentions if m.id == rogov.id).type == expected
    assert taras.controller.annotation(rogov.id).type == expected  # type: ignore[union-attr]


def test_a_mention_made_while_the_server_is_away_is_highlighted_at_once(
    team_window: OpenAs,
    qtbot: QtBot,
    pg_cluster: Cluster,
    pg_url: str,
) -> None:
    database = pg_url.rsplit("/", 1)[1]
    window = team_window("Olena Petrenko")
    open_article(window, ROGOV_ARTICLE)
    window.save_retry.delays = (3_600_000,)
    drop_connections(pg_cluster, database)
    try:
        rogov = tag_words(window, qtbot, "Rogov", 1)
        assert len(window.controller.unsaved) == 1  # kept, not saved yet
        assert "NOT saved" in window.status.saved.text()
        assert rogov.id in window.view.painter.spans  # yet shown at once
        assert window.panel.model.row_of(rogov.id) is not None
    finally:
        pg_cluster.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    assert window.save_retry.try_now()
    assert window.status.saved.text() == SAVED
    assert [m.id for m in window.controller.document.mentions].count(rogov.id) == 1
    document = window.workspace.annotations.open_article(rogov.article_id)
    assert document is not None and rogov.id in {m.id for m in document.mentions}
    window.controller.history.undo()  # a step of the history like any other
    assert rogov.id not in window.view.painter.spans
