"""People mis-select. Select the annotation, select the right words, press B: it takes them.
Alt+Right / Alt+Shift+Left move its end by a word, Alt+Left / Alt+Shift+Right its start.
Every change is stored in code points (emoji and astral letters before and inside the span)
and every change is one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.domain.models import Claim, Mention
from annotator.ui.window.main_window import MainWindow
from tests.qt.test_annotation_story import EXOTIC
from tests.qt.user_steps import OpenWindow, claim_words, key, open_article, select_words, tag_words

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def exotic_window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    source = tmp_path / "exotic.txt"
    source.write_text(EXOTIC, encoding="utf-8")
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([source])
    open_article(window, "Ракетний удар")
    return window


def span_of(window: MainWindow, annotation_id: str) -> str:
    """The annotation's quote, after checking it everywhere it lives: memory, database, view."""
    annotation = window.controller.annotation(annotation_id)
    text = window.controller.document.article.text
    assert text[annotation.start : annotation.end] == annotation.quote
    document = window.workspace.annotations.open_article(annotation.article_id)
    assert annotation in (*document.mentions, *document.claims)
    painted = window.view.painter.spans[annotation_id]
    assert (painted.start, painted.end) == (
        window.view.to_utf16(annotation.start),
        window.view.to_utf16(annotation.end),
    )
    return annotation.quote


def press(
    qtbot: QtBot,
    window: MainWindow,
    key_code: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    window.view.setFocus()
    key(qtbot, window.view, key_code, modifiers)


def test_b_gives_the_selected_annotation_the_selected_words(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = exotic_window(open_window, tmp_path)
    text = window.controller.document.article.text
    claim: Claim = claim_words(window, qtbot, "more than ten members")
    steps = window.controller.stack.count()

    select_words(window, "more than ten members of the National Guard")
    press(qtbot, window, Qt.Key.Key_B)

    assert span_of(window, claim.id) == "more than ten members of the National Guard"
    assert window.controller.annotation(claim.id).start == text.index("more than")
    assert window.controller.stack.count() == steps + 1
    assert window.panel.claim_form.quote.text() == "more than ten members of the National Guard"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert span_of(window, claim.id) == "more than ten members"


def test_alt_arrows_move_the_ends_of_a_span_word_by_word(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = exotic_window(open_window, tmp_path)
    text = window.controller.document.article.text
    izium: Mention = tag_words(window, qtbot, "𝐈𝐳𝐢𝐮𝐦", 5)  # astral letters, after emoji
    steps = window.controller.stack.count()

    press(qtbot, window, Qt.Key.Key_Right, ALT)  # end one word later
    assert span_of(window, izium.id) == "𝐈𝐳𝐢𝐮𝐦 受袭"
    press(qtbot, window, Qt.Key.Key_Left, ALT)  # start one word earlier
    assert span_of(window, izium.id) == "中文报道称 𝐈𝐳𝐢𝐮𝐦 受袭"
    assert window.controller.annotation(izium.id).start == text.index("中文")
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # end one word earlier
    assert span_of(window, izium.id) == "中文报道称 𝐈𝐳𝐢𝐮𝐦"
    press(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)  # start one word later
    assert span_of(window, izium.id) == "𝐈𝐳𝐢𝐮𝐦"
    assert window.controller.annotation(izium.id).start == text.index("𝐈𝐳𝐢𝐮𝐦")
    assert window.controller.stack.count() == steps + 4

    # Each was one step: undo walks back through all four spans.
    for expected in ("中文报道称 𝐈𝐳𝐢𝐮𝐦", "中文报道称 𝐈𝐳𝐢𝐮𝐦 受袭", "𝐈𝐳𝐢𝐮𝐦 受袭", "𝐈𝐳𝐢𝐮𝐦"):
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
        assert span_of(window, izium.id) == expected
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert span_of(window, izium.id) == "𝐈𝐳𝐢𝐮𝐦 受袭"


def test_a_span_never_shrinks_to_nothing(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = exotic_window(open_window, tmp_path)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    steps = window.controller.stack.count()
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # the end would pass the start
    press(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)
    assert span_of(window, rogov.id) == "Rogov"
    assert window.controller.stack.count() == steps
