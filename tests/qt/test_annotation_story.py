"""The first story in a real window over a real database: tag a person, make a claim, set
its status, add evidence, undo twice, redo once, reopen: exactly the expected state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.domain.models import Claim, Evidence, Mention, Stance
from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import DialogLog, close

ROGOV_ARTICLE = "The recent escalation in the conflict"
CLAIM_WORDS = "more than ten members of the National Guard reportedly eliminated"
EXOTIC = (
    "Ракетний удар 😀🇺🇦👨‍👩‍👧 по Харкову; 中文报道称 𝐈𝐳𝐢𝐮𝐦 受袭.\n"
    "A Russian military official, identified only as Rogov, claimed that more than ten "
    "members of the National Guard reportedly eliminated near Izium.\n"
)


def select_words(window: MainWindow, words: str) -> None:
    """Select through Qt's own cursor API, as a user's mouse or Shift+arrows would."""
    found = window.view.document().find(words)
    assert not found.isNull(), words
    window.view.setTextCursor(found)
    window.view.setFocus()


def open_article(window: MainWindow, title_start: str) -> None:
    model = window.list_panel.model
    while model.canFetchMore():
        model.fetchMore()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(title_start)]
    assert rows, title_start
    window.list_panel.select_row(rows[0])
    assert window.controller.document is not None


def key(qtbot: QtBot, widget, key_code, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key_code, modifier)
    QApplication.processEvents()


def story(window: MainWindow, qtbot: QtBot, dialog_log: DialogLog) -> tuple[str, str]:
    text = window.controller.document.article.text

    select_words(window, "Rogov")
    key(qtbot, window.view, Qt.Key.Key_1)
    (mention,) = [m for m in window.controller.document.mentions if m.quote == "Rogov"]
    assert (mention.type, mention.start, mention.end) == (
        "PERSON",
        text.index("Rogov"),
        text.index("Rogov") + 5,
    )
    assert text[mention.start : mention.end] == "Rogov"

    select_words(window, CLAIM_WORDS)
    key(qtbot, window.view, Qt.Key.Key_C)
    (claim,) = window.controller.document.claims
    assert claim.status == "unverified" and claim.quote == CLAIM_WORDS
    assert claim.start == text.index(CLAIM_WORDS)
    assert QApplication.focusWidget() is window.panel.claim_form.claim_reviewed

    key(
        qtbot, window.panel.claim_form.claim_reviewed, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier
    )
    assert window.controller.annotation(claim.id).status == "false"
    assert window.panel.claim_form.status.currentData() == "false"

    dialog_log.evidence.append(
        Evidence(
            id="e0000000-0000-4000-8000-000000000001",
            url="https://example.org/footage",
            title="Footage",
            stance=Stance.REFUTES,
        )
    )
    qtbot.mouseClick(window.panel.claim_form.add_evidence, Qt.MouseButton.LeftButton)
    assert [e.title for e in window.controller.annotation(claim.id).evidence] == ["Footage"]

    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after_undo = window.controller.annotation(claim.id)
    assert after_undo.status == "unverified" and after_undo.evidence == []
    key(
        qtbot,
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    after_redo = window.controller.annotation(claim.id)
    assert after_redo.status == "false" and after_redo.evidence == []
    assert window.status.saved.text().startswith("✓")
    return mention.id, claim.id


def assert_reopened_state(window: MainWindow, mention_id: str, claim_id: str) -> None:
    document = window.controller.document
    text = document.article.text
    mentions = {m.id: m for m in document.mentions}
    claims = {c.id: c for c in document.claims}
    assert set(mentions) == {mention_id} and set(claims) == {claim_id}
    mention: Mention = mentions[mention_id]
    claim: Claim = claims[claim_id]
    assert text[mention.start : mention.end] == "Rogov" and mention.type == "PERSON"
    assert text[claim.start : claim.end] == CLAIM_WORDS
    assert claim.status == "false" and claim.evidence == []
    assert mention.created_by == claim.created_by == window.controller.annotator_id


def test_the_annotation_story_on_a_seed_article(
    open_window,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    mention_id, claim_id = story(window, qtbot, dialog_log)
    close(window)

    reopened = open_window(tmp_path / "data")
    assert reopened.controller.document.article.title.startswith(ROGOV_ARTICLE)  # last opened
    assert_reopened_state(reopened, mention_id, claim_id)
    assert dialog_log.named("show_error") == []


def test_the_same_story_after_emoji_and_cjk(
    open_window,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    source = tmp_path / "exotic.txt"
    source.write_text(EXOTIC, encoding="utf-8")
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([source])
    open_article(window, "Ракетний удар")
    text = window.controller.document.article.text
    assert len(text.encode("utf-16-le")) // 2 > len(text)  # astral characters before the spans
    mention_id, claim_id = story(window, qtbot, dialog_log)
    close(window)

    reopened = open_window(tmp_path / "data", demo=False)
    assert_reopened_state(reopened, mention_id, claim_id)


@pytest.mark.parametrize("precise", [False, True])
def test_selections_snap_to_words_unless_alt_is_held(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,
    precise: bool,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    text = window.view.text
    start = text.index("Rogov")
    window.view.select_span(start + 1, start + 3)  # "og", half a word
    if precise:
        assert window.view.selected_span(whole_words=False) == (start + 1, start + 3)
    else:
        assert window.view.selected_span() == (start, start + 5)
