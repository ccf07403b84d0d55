"""A quote too long for its place is cut after a whole word with "…", never inside one: the
name of an Undo step and the annotation table's Text column read "more than ten members of
the…", never "more than ten members of the Nat…"."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.ui.common.quotes import shortened
from tests.qt.user_steps import OpenWindow, claim_words, open_article

LONG_CLAIM = (
    "that the drone strike resulted in significant casualties, with more than ten members of "
    "the National Guard reportedly eliminated"
)


def _cut_after_a_word(shown: str, whole: str) -> None:
    assert shown.endswith("…") and len(shown) < len(whole), shown
    kept = shown.removesuffix("…")
    assert whole.startswith(kept), shown
    assert whole[len(kept)] in " ,;:", f"cut inside a word: {shown!r}"


def test_a_long_quote_is_cut_after_a_whole_word_in_the_window(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, "The recent escalation")
    claim = claim_words(window, qtbot, LONG_CLAIM)

    step = window.controller.history.undoText()  # 'New claim “…”'
    quoted = step[step.index("“") + 1 : step.rindex("”")]
    _cut_after_a_word(quoted, LONG_CLAIM)

    table = window.panel.table.model()
    (row,) = [r for r in range(table.rowCount()) if table.index(r, 1).data().startswith("that the")]
    _cut_after_a_word(table.index(row, 1).data(), claim.quote)


def test_shortened_keeps_whole_words_and_cuts_a_lone_long_word_only_when_nothing_else_fits() -> (
    None
):
    assert shortened("the strike was intentional", 20) == "the strike was…"
    assert shortened("short enough", 20) == "short enough"
    assert shortened("a  text\nover   lines", 40) == "a text over lines"  # one line
    assert shortened("Supercalifragilistic", 8) == "Superca…"  # nothing else would show
    assert shortened("one, two, three and more", 11) == "one, two…"  # no comma before "…"
