"""One undo history: the edits that reach across articles — a related-claims
link, one verdict for a claim group, an entity renamed, an article moved to the Trash — are
steps of Edit › Undo like the edits of one article, each named; undo and redo change what the
database holds (read back through the services), a step of another article opens it, and the
related-claims panel has no "Last: …" row of its own any more to follow the user around.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from annotator.domain.models import Relation
from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import DialogLog
from tests.qt.test_related_claims_panel import (
    ALT,
    ARTICLE_003,
    ARTICLE_004,
    OTHERS_003,
    annotate_seeds,
    related,
    stored_status,
    wait_for_candidates,
)
from tests.qt.user_steps import OpenWindow, claim_words, click_row, key, open_article

SHOTS = os.environ.get("ANNOTATOR_SHOTS")  # a folder: the tests save what they show there


def same_links(window: MainWindow, claim_id: str) -> set[frozenset[str]]:
    return {
        frozenset((r.claim_id, r.other_claim_id))
        for r in window.workspace.related.relations_of(claim_id)
        if r.relation == Relation.SAME
    }


def edit_menu(window: MainWindow) -> QMenu:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit" and a.menu()]
    return menu


def visible_last_rows(window: MainWindow) -> list[str]:
    labels = related(window).findChildren(QLabel)
    return [label.text() for label in labels if label.isVisible() and "Last:" in label.text()]


def test_edit_undo_takes_back_links_group_verdicts_and_renames_across_articles(
    open_window: OpenWindow, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    capture_003, capture_004 = annotate_seeds(window, qtbot)
    city = window.workspace.entities.create("Izium", "GPE")
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    history = window.actions_by_name["undo_history"]
    assert [undo, redo, history] == edit_menu(window).actions()[:3]
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in redo.shortcuts()]

    # A relation: 003's capture claim and 004's are the same claim.
    open_article(window, ARTICLE_003)
    click_row(qtbot, window.panel.table, capture_003.id)
    assert wait_for_candidates(qtbot, window)[0] == capture_004.id
    qtbot.mouseClick(related(window).cards[0].same_button, Qt.MouseButton.LeftButton)
    assert same_links(window, capture_003.id) == {frozenset((capture_003.id, capture_004.id))}
    assert undo.text().startswith("&Undo Link “Ukraine has reportedly captured")

    # A verdict for the whole group: 003's claim says False, and so does 004's now.
    key(qtbot, window.view, Qt.Key.Key_7, ALT)
    qtbot.mouseClick(related(window).group_view.apply_button, Qt.MouseButton.LeftButton)
    assert stored_status(window, capture_004.id) == "false"
    assert undo.text() == "&Undo Give “False” to the group of 2 claims"

    # An entity renamed in the Entities window.
    window.actions_by_name["entities"].trigger()
    dock = window.entities_dock
    dock.refresh()
    assert dock.select_entity(city.id)
    dialog_log.answers.append("Izyum")
    qtbot.mouseClick(dock.rename_button, Qt.MouseButton.LeftButton)
    assert window.workspace.entities.get(city.id).name == "Izyum"
    assert undo.text() == "&Undo Rename entity “Izium” to “Izyum”"

    # No "Last: …" row on an unrelated claim (nor anywhere in the panel).
    unrelated = next(c for c in window.controller.document.claims if c.quote == OTHERS_003[0])
    click_row(qtbot, window.panel.table, unrelated.id)
    assert visible_last_rows(window) == []

    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "window.png"))
        edit_menu(window).popup(window.mapToGlobal(window.rect().topLeft()))
        QApplication.processEvents()
        edit_menu(window).grab().save(str(Path(SHOTS) / "edit-menu.png"))
        edit_menu(window).hide()

    # Undo from Edit, one step at a time, each checked in the database.
    undo.trigger()
    assert window.workspace.entities.get(city.id).name == "Izium"
    open_article(window, ARTICLE_004)  # where the group verdict reached
    undo.trigger()
    assert stored_status(window, capture_004.id) == "unverified"
    assert stored_status(window, capture_003.id) == "false"  # its own status is a step of its own
    # 004 holds a claim of the group: it stays open and shows the claim as stored now.
    assert window.controller.document.article.title.startswith(ARTICLE_004)
    assert window.controller.annotation(capture_004.id).status == "unverified"

    assert undo.text().startswith("&Undo Status of claim “Ukraine managed")
    undo.trigger()  # a step of 003, undone from 004: 003 opens, and the list follows
    assert window.controller.document.article.title.startswith(ARTICLE_003)
    assert window.list_panel.current_id() == window.controller.document.article.id
    assert stored_status(window, capture_003.id) == "unverified"

    undo.trigger()
    assert same_links(window, capture_003.id) == set()

    # The history view lists every step; the four undone ones wait to be redone.
    dialog = window.history_actions.open_history()
    model = dialog.view.model()
    steps = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert steps[-4:] == [
        "Link “Ukraine has reportedly captured two…” as the same claim",
        "Status of claim “Ukraine managed to capture…”",
        "Give “False” to the group of 2 claims",
        "Rename entity “Izium” to “Izyum”",
    ]
    assert window.controller.history.index() == len(steps) - 1 - 4
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "undo-history.png"))
    dialog.close()

    # Redo puts each back.
    for _ in range(4):
        redo.trigger()
    assert same_links(window, capture_003.id) == {frozenset((capture_003.id, capture_004.id))}
    assert stored_status(window, capture_003.id) == "false"
    assert stored_status(window, capture_004.id) == "false"
    assert window.workspace.entities.get(city.id).name == "Izyum"
    assert not redo.isEnabled() and redo.text() == "&Redo"


def test_removing_an_article_is_a_step_of_the_history(
    open_window: OpenWindow, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ARTICLE_004)
    article_id = window.controller.document.article.id
    window.remove_articles([article_id])
    assert window.workspace.annotations.open_article(article_id) is None
    undo = window.actions_by_name["undo"]
    assert undo.text().startswith("&Undo Move “Ukraine Claims Capture")
    undo.trigger()
    assert window.workspace.annotations.open_article(article_id) is not None
    assert window.controller.document.article.id == article_id  # back, and open
    window.actions_by_name["redo"].trigger()
    assert window.workspace.annotations.open_article(article_id) is None
    assert window.workspace.removal.trashed()[0].id == article_id


def test_steps_of_an_article_deleted_for_good_fail_by_name_and_go(
    open_window: OpenWindow, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ARTICLE_004)
    article_id = window.controller.document.article.id
    claim_words(window, qtbot, "North Korea could be providing both personnel and ammunition")
    window.remove_articles([article_id])
    assert window.remover.purge(None) == 1  # Empty Trash: gone for good
    failures: list[str] = []
    window.controller.failed.connect(failures.append)
    history = window.controller.history
    steps = history.count()
    undo = window.actions_by_name["undo"]
    undo.trigger()  # the removal: nothing left in the Trash to bring back
    undo.trigger()  # the claim: its article is no longer there
    assert failures == [
        "Move “Ukraine Claims Capture of Two Injured North Korean Soldiers Fighting for Russia” "
        "to the Trash: the articles are no longer in the Trash",
        "Add claim “North Korea could be…”: that article is no longer there (removed?)",
    ]
    assert history.count() == steps - 2  # both dropped: Undo never reverses what cannot be
    assert window.workspace.annotations.open_article(article_id) is None
