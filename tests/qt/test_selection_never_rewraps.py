"""Selecting a span never re-wraps the text: no bold, an outline instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont


def _line_starts(view) -> list[int]:  # type: ignore[no-untyped-def]
    starts = []
    block = view.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        starts.extend(
            block.position() + layout.lineAt(i).textStart() for i in range(layout.lineCount())
        )
        block = block.next()
    return starts


def test_selecting_a_claim_or_a_mention_keeps_every_line_where_it_was(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    window.resize(900, 700)
    qtbot.wait(50)
    text = window.controller.document.article.text
    sentence = "According to statements attributed to a Russian military official"
    start = text.index(sentence)
    claim = window.controller.create_claim(start, start + len(sentence))
    at = text.index("Rogov")
    mention = window.controller.create_mention(at, at + 5, "PERSON")
    window.controller.select(None)
    qtbot.wait(20)
    before = _line_starts(window.view)

    for annotation in (claim, mention):
        window.controller.select(annotation.id)
        qtbot.wait(20)
        assert _line_starts(window.view) == before
        painter = window.view.painter
        painted = painter.formats.format(painter.spans_at(annotation.start), painter.selected)
        assert painted.fontWeight() != QFont.Weight.Bold
        assert painted.fontOverline()  # framed by an overline instead
