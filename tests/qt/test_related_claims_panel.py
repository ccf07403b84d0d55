"""Related claims in the window on the seed articles: the capture of two North Korean
soldiers is reported by 003 and 004. Select one, the other is suggested first; confirm it, the
group shows both verdicts; disagreeing verdicts raise a warning; one verdict for the group puts
it away; a dismissed suggestion stays away; the panel's Undo puts things back; all of it is
stored. Candidates are computed in the background: the panel says so while the window goes on.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.domain.models import Claim
from annotator.domain.sentences import sentence_spans
from annotator.ui.related.claim_group_view import CLAIM_ID_ROLE
from annotator.ui.related.related_claims_panel import LOOKING, RelatedClaimsPanel
from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import DialogLog, close
from tests.qt.user_steps import OpenWindow, claim_words, click_row, key, open_article

ARTICLE_003 = "Intense Battle Unfolding"
ARTICLE_004 = "Ukraine Claims Capture"
CAPTURE_003 = "Ukraine managed to capture two wounded North Korean soldiers alive last week."
CAPTURE_004 = (
    "Ukraine has reportedly captured two North Korean soldiers injured during combat on "
    "Russian soil"
)
OTHERS_003 = [
    "enlisting the help of at least 12,000 North Korean troops",
    "with 300 dead and 2,700 injured according to the South Korean government",
]
OTHERS_004 = [
    "The two soldiers, believed to be part of a contingent deployed by North Korea to support "
    "Russia, were captured in eastern Ukraine.",
    "North Korea could be providing both personnel and ammunition",
]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
WAIT_MS = 10_000


def the_sentence(window: MainWindow, about: str) -> str:
    """The sentence of the open article that contains ``about``, as a reader would pick it."""
    text = window.controller.document.article.text
    (sentence,) = [text[a:b] for a, b in sentence_spans(text) if about in text[a:b]]
    return sentence


def annotate_seeds(window: MainWindow, qtbot: QtBot) -> tuple[Claim, Claim]:
    open_article(window, ARTICLE_003)
    words = the_sentence(window, "capture two wounded North Korean soldiers")
    assert words == CAPTURE_003
    capture_003 = claim_words(window, qtbot, words)
    for words in OTHERS_003:
        claim_words(window, qtbot, words)
    open_article(window, ARTICLE_004)
    capture_004 = claim_words(window, qtbot, CAPTURE_004)
    for words in OTHERS_004:
        claim_words(window, qtbot, words)
    return capture_003, capture_004


def related(window: MainWindow) -> RelatedClaimsPanel:
    return window.panel.related_claims


def wait_for_candidates(qtbot: QtBot, window: MainWindow) -> list[str]:
    panel = related(window)
    qtbot.waitUntil(lambda: not panel.search.busy, timeout=WAIT_MS)
    QApplication.processEvents()
    return [card.claim_id for card in panel.cards]


def members(window: MainWindow) -> dict[str, str]:
    """Claim id → the line the group list shows for it."""
    shown = related(window).group_view.members
    if not shown.isVisible():
        return {}
    return {shown.item(r).data(CLAIM_ID_ROLE): shown.item(r).text() for r in range(shown.count())}


def double_click_member(qtbot: QtBot, window: MainWindow, claim_id: str) -> None:
    shown = related(window).group_view.members
    (row,) = [r for r in range(shown.count()) if shown.item(r).data(CLAIM_ID_ROLE) == claim_id]
    shown.scrollToItem(shown.item(row))
    QApplication.processEvents()
    point = shown.visualItemRect(shown.item(row)).center()
    # A double click is a click and a second press: QTest's alone is no double click to a view.
    qtbot.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.controller.selected_id == claim_id, timeout=WAIT_MS)


def warning_shown(window: MainWindow) -> str | None:
    banner = related(window).group_view.warning
    return banner.text.text() if banner.isVisible() else None


def stored_status(window: MainWindow, claim_id: str) -> str:
    group = window.workspace.related.group_of(claim_id)
    return next(m.status for m in group.members if m.claim_id == claim_id)


def test_link_judge_and_unify_the_capture_claims_of_003_and_004(
    open_window: OpenWindow, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    capture_003, capture_004 = annotate_seeds(window, qtbot)
    panel = related(window)

    open_article(window, ARTICLE_003)
    click_row(qtbot, window.panel.table, capture_003.id)
    assert panel.isVisible() and panel.group_view.no_group.isVisible()
    assert wait_for_candidates(qtbot, window)[0] == capture_004.id
    first = panel.cards[0]
    assert first.brief.article_title.startswith(ARTICLE_004)

    # Find related claims, then Space on "Same claim": keyboard only.
    key(qtbot, window.view, Qt.Key.Key_R, CTRL_SHIFT)
    assert QApplication.focusWidget() is first.same_button
    key(qtbot, first.same_button, Qt.Key.Key_Space)
    assert set(members(window)) == {capture_003.id, capture_004.id}
    assert members(window)[capture_004.id].startswith("Unverified — Ukraine Claims Capture")
    assert capture_004.id not in wait_for_candidates(qtbot, window)

    # 003 says false, 004 (opened from the group) says mostly true: the verdicts disagree.
    key(qtbot, window.view, Qt.Key.Key_7, ALT)
    assert members(window)[capture_003.id].startswith("False — Intense Battle")
    assert warning_shown(window) is None  # unverified is no verdict yet
    double_click_member(qtbot, window, capture_004.id)
    assert window.controller.document.article.title.startswith(ARTICLE_004)
    assert window.controller.selected_id == capture_004.id
    key(qtbot, window.view, Qt.Key.Key_4, ALT)
    warning = warning_shown(window)
    assert warning is not None
    assert "False in “Intense Battle" in warning and "Mostly true in “Ukraine Claims" in warning

    # Back in 003, its verdict for the whole group: both false, the warning gone.
    double_click_member(qtbot, window, capture_003.id)
    assert window.controller.selected_id == capture_003.id
    apply = panel.group_view.apply_button
    assert apply.isEnabled()
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert stored_status(window, capture_004.id) == "false"
    assert all(line.startswith("False") for line in members(window).values())
    assert warning_shown(window) is None

    # Edit › Undo in 004's own window: the open claim and its form follow the database.
    double_click_member(qtbot, window, capture_004.id)
    assert window.panel.claim_form.status.currentData() == "false"
    undo = window.actions_by_name["undo"]
    assert undo.text() == "&Undo Give “False” to the group of 2 claims"
    undo.trigger()
    assert window.controller.annotation(capture_004.id).status == "mostly_true"
    assert window.panel.claim_form.status.currentData() == "mostly_true"
    assert warning_shown(window) is not None
    double_click_member(qtbot, window, capture_003.id)
    key(qtbot, window.view, Qt.Key.Key_G, CTRL_SHIFT)  # Annotate › Apply status to the group
    assert stored_status(window, capture_004.id) == "false"
    assert warning_shown(window) is None

    # "Not the same": gone at once, and not offered again, even after a fresh look.
    rival = wait_for_candidates(qtbot, window)[0]
    qtbot.mouseClick(panel.cards[0].not_same_button, Qt.MouseButton.LeftButton)
    assert rival not in [card.claim_id for card in panel.cards]
    assert rival not in wait_for_candidates(qtbot, window)
    other = next(c.id for c in window.controller.document.claims if c.id != capture_003.id)
    click_row(qtbot, window.panel.table, other)
    click_row(qtbot, window.panel.table, capture_003.id)
    assert rival not in wait_for_candidates(qtbot, window)
    assert rival not in [c.claim_id for c in window.workspace.related.candidates(capture_003.id)]
    assert undo.text().startswith("&Undo Dismiss “")
    undo.trigger()
    assert rival in wait_for_candidates(qtbot, window)
    close(window)

    reopened = open_window(tmp_path / "data")
    assert reopened.controller.document.article.title.startswith(ARTICLE_003)
    click_row(qtbot, reopened.panel.table, capture_003.id)
    shown = members(reopened)
    assert set(shown) == {capture_003.id, capture_004.id}
    assert all(line.startswith("False") for line in shown.values())
    assert warning_shown(reopened) is None

    # Unlink takes 004's claim out of the group; the panel's Undo brings it back.
    related(reopened).group_view.members.setFocus()
    qtbot.mouseClick(related(reopened).group_view.unlink_button, Qt.MouseButton.LeftButton)
    assert members(reopened) == {} and related(reopened).group_view.no_group.isVisible()
    assert reopened.actions_by_name["undo"].text().startswith("&Undo Unlink “")
    reopened.actions_by_name["undo"].trigger()
    assert set(members(reopened)) == {capture_003.id, capture_004.id}
    assert dialog_log.named("show_error") == []


def test_candidates_are_looked_for_in_the_background(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    capture_003, _capture_004 = annotate_seeds(window, qtbot)
    service = window.workspace.related
    slow_down = threading.Event()
    asked: list[str] = []
    real = service.candidates

    def slow(claim_id: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(claim_id)
        slow_down.wait(WAIT_MS / 1000)  # seconds on 50,000 claims; here until released
        return real(claim_id, *args, **kwargs)

    panel = related(window)
    qtbot.waitUntil(lambda: not panel.search.busy, timeout=WAIT_MS)  # the looks of annotating
    monkeypatch.setattr(service, "candidates", slow)
    open_article(window, ARTICLE_003)
    first, second = [c.id for c in window.controller.document.claims if c.id != capture_003.id]
    # Moving through claims while the first look is under way: the ones in between are dropped.
    for claim_id in (first, second, capture_003.id):
        click_row(qtbot, window.panel.table, claim_id)
        assert panel.search_status.isVisible() and panel.search_status.text() == LOOKING
        assert panel.cards == []
    # The window answers meanwhile: a keystroke in the form is a keystroke in the form.
    qtbot.keyClicks(window.panel.claim_form.tags, "captives")
    assert window.panel.claim_form.tags.text() == "captives"
    slow_down.set()
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.search.busy, timeout=WAIT_MS)
    assert asked == [first, capture_003.id]
    assert window.controller.selected_id == capture_003.id
    assert not panel.search_status.isVisible()
    assert panel.cards[0].brief.article_title.startswith(ARTICLE_004)
