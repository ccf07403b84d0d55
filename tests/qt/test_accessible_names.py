"""Every interactive widget of the window and of every dialog has an accessible name (its
role: "Status", never the status shown) and a description, as a screen reader reads them."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from annotator.domain.models import Evidence, Stance
from annotator.services.annotation_changes import Change, SaveConflict
from annotator.services.team.offline import AnnotationOutcome, CheckinReport, Outcome
from annotator.ui.annotations.evidence_dialog import EvidenceDialog
from annotator.ui.articles.trash_actions import TrashDialog
from annotator.ui.common import dialogs
from annotator.ui.common.report_dialog import Place, ReportDialog
from annotator.ui.editing.edit_conflicts import ConflictDialog
from annotator.ui.settings.preferences_dialog import PreferencesDialog
from annotator.ui.settings.schemes_dialog import SchemesDialog
from annotator.ui.statistics.statistics_dialog import StatisticsDialog
from annotator.ui.team.adjudication_view import AdjudicationView
from annotator.ui.team.agreement_view import AgreementView
from annotator.ui.team.offline_dialogs import CheckinReportDialog, CheckoutDialog
from annotator.ui.team.password_dialog import PasswordDialog
from annotator.ui.team.team_database_dialog import TeamDatabaseDialog
from annotator.ui.window.history_actions import UndoHistoryDialog
from annotator.ui.window.main_window import MainWindow
from annotator.ui.window.shortcuts_dialog import ShortcutsDialog
from tests.qt.accessibility_checks import interactive_widgets, unnamed
from tests.qt.test_team_views import team_folder
from tests.qt.user_steps import OpenWindow, claim_words, open_article, tag_words


def _window_with_everything(window: MainWindow, qtbot: QtBot) -> None:
    """The window with a claim, a mention, the suggestions, the find bar and the Entities
    window shown: every part a user reaches."""
    open_article(window, "The recent escalation")
    tag_words(window, qtbot, "Rogov", 1)
    claim = claim_words(window, qtbot, "more than ten members of the National Guard")
    window.controller.select(claim.id)
    window.suggestion_steps.show_list()
    window.find_bar.open_bar()
    window.actions_by_name["entities"].trigger()


ENGLISH_WORDS = {
    "title": "An article",
    "export": "Export finished",
    "written": "1 claim written",
    "left out": "Claims left out",
    "line": "“Rogov said” in “An article”: no verdict",
    "import": "Import report",
    "files": "1 file",
    "who": "Who is annotating?",
    "name": "Name:",
    "reread": "Re-read",
    "read as": "Read as:",
    "remove": "Remove",
    "question": "Move it to the Trash?",
}


def _dialogs(
    window: MainWindow, tmp_path: Path, words: dict[str, str] = ENGLISH_WORDS
) -> dict[str, QDialog]:
    """Every dialog the window opens, made with real objects; ``words``: what the caller of
    a dialog would hand it (a title, a question), in the window's language."""
    workspace = window.workspace
    history = QUndoStack(window)
    report = CheckinReport(
        1,
        [AnnotationOutcome("claim", "c1", "a1", "Rogov said", Outcome.CONFLICT, "c2")],
    )
    places = ReportDialog(words["export"], words["written"], window)
    places.add_section(words["left out"], [(words["line"], Place("a", "c"))])
    document = window.controller.document
    assert document is not None
    claim = document.claims[0]
    mine, theirs = copy.deepcopy(claim), copy.deepcopy(claim)
    mine.justification, theirs.justification = "Mine: no second source.", "Theirs: confirmed."
    conflict = SaveConflict(
        "saved first by another",
        change=Change(claim, mine, frozenset({"justification"})),
        theirs=theirs,
        who="Petro",
        when="2026-11-20T10:00:00Z",
    )
    made = {
        "edit conflict": ConflictDialog(conflict, {}, window),
        "evidence": EvidenceDialog(
            Evidence("e1", "https://example.org", None, "A source", Stance.SUPPORTS, ""), window
        ),
        "trash": TrashDialog(window.remover, window),
        "preferences": PreferencesDialog(workspace.preferences, window, QSettings()),
        "schemes": SchemesDialog(workspace.schemes, window),
        "statistics": StatisticsDialog(workspace.stats(), window.controller.schemes, window),
        "checkout": CheckoutDialog(words["title"], tmp_path / "trip.sqlite3", window),
        "checkin report": CheckinReportDialog(report, "postgresql://team/db", {}, window),
        "password": PasswordDialog(
            "postgresql://h/db", "olena", refused=True, can_remember=True, parent=window
        ),
        "team database": TeamDatabaseDialog("", window),
        "undo history": UndoHistoryDialog(history, window),
        "shortcuts": ShortcutsDialog(window.menuBar(), window),
        "export report": places,
        "import report": dialogs.report_dialog(window, words["import"], words["files"], "1"),
        "your name": dialogs.text_dialog(window, words["who"], words["name"], "Olena"),
        "choose one": dialogs.item_dialog(
            window, words["reread"], words["read as"], ["utf-8", "cp1251"]
        ),
        "confirm": dialogs.confirm_box(window, words["remove"], words["question"]),
    }
    return made


@pytest.mark.parametrize("language", ["en", "uk"])
def test_every_widget_of_the_window_and_its_dialogs_is_named_and_described(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    language: str,
) -> None:
    if language == "uk":
        request.getfixturevalue("ukrainian")
    window = open_window(tmp_path / "data")
    _window_with_everything(window, qtbot)
    parts: dict[str, QWidget] = {"window": window, "entities": window.entities_dock}
    parts.update(_dialogs(window, tmp_path))
    problems = {}
    for name, part in parts.items():
        if isinstance(part, QDialog):
            qtbot.addWidget(part)
        found = unnamed(part)
        if found:
            problems[name] = found
    assert problems == {}, "\n".join(f"{k}: {line}" for k, v in problems.items() for line in v)
    walked = sum(len(interactive_widgets(part)) for part in parts.values())
    assert walked > 100  # the walk saw the widgets, not an empty tree


def test_the_agreement_and_adjudication_views_are_named_and_described(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    window.actions_by_name["agreement"].trigger()
    agreement = window.team.agreement_view
    assert isinstance(agreement, AgreementView)
    window.reveal_article(window.workspace.article_summaries(0, 1)[0].id)
    document = window.controller.document
    assert document is not None
    layers = window.workspace.agreement.layers(article_ids=[document.article.id])
    editor = next(a for a in window.workspace.agreement.annotators())
    adjudication = AdjudicationView(
        window.workspace.adjudication,
        document.article.id,
        document.article.title,
        [layer.annotator for layer in layers],
        editor,
        window.controller.schemes,
        parent=window,
    )
    qtbot.addWidget(adjudication)
    problems = [*unnamed(agreement), *unnamed(adjudication)]
    assert problems == [], "\n".join(problems)
