"""A fact-checker tells at first sight which spans are only suggested: a
suggestion is framed in dashes and never filled, an accepted mention is filled with its type's
colour, in the light palette and the dark one alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.ui.article.span_formats import contrast
from tests.qt.test_annotation_story import open_article
from tests.qt.test_suggestions_in_window import IZYUM_ARTICLE

SHOTS = os.environ.get("ANNOTATOR_SHOTS")  # a folder: the test saves what it shows there
PALETTES = [("#ffffff", "#1a1a1a"), ("#1f1f1f", "#e6e6e6")]


def format_at(window, position: int):  # type: ignore[no-untyped-def]
    """The character format the view paints at a code point of the article."""
    at = window.view.to_utf16(position)
    block = window.view.document().findBlock(at)
    ranges = block.layout().formats()
    for found in ranges:
        if found.start <= at - block.position() < found.start + found.length:
            return QTextCharFormat(found.format)  # a copy that outlives the list
    return None


def share_of(image: QImage, rect: QRectF, color: QColor) -> float:
    """The share of the pixels inside ``rect`` close to ``color``."""
    ratio = image.devicePixelRatio()
    inner = rect.adjusted(3, 3, -3, -3)
    xs = range(int(inner.left() * ratio), int(inner.right() * ratio))
    ys = range(int(inner.top() * ratio), int(inner.bottom() * ratio))
    near = total = 0
    for y in ys:
        for x in xs:
            pixel = image.pixelColor(x, y)
            total += 1
            near += all(
                abs(a - b) < 24 for a, b in zip(pixel.getRgb()[:3], color.getRgb()[:3], strict=True)
            )
    return near / max(total, 1)


@pytest.mark.parametrize(("page", "text"), PALETTES, ids=["light", "dark"])
def test_a_suggestion_is_framed_an_accepted_mention_is_filled(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,
    page: str,
    text: str,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data")
    palette = window.view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(page))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    window.view.setPalette(palette)
    izium = window.workspace.entities.create("Izium", "GPE", ["Izyum", "Izum"])
    open_article(window, IZYUM_ARTICLE)
    window.actions_by_name["suggestions"].setChecked(True)
    qtbot.waitUntil(
        lambda: len([s for s in window.suggestions.items.values() if s.entity_id == izium.id]) > 1
    )
    first = next(s for s in window.suggestions.items.values() if s.entity_id == izium.id)
    assert window.controller.accept_suggestions([first])
    qtbot.waitUntil(lambda: first not in window.suggestions.items.values())
    accepted = next(m for m in window.controller.document.mentions if m.start == first.start)
    suggested = next(s for s in window.suggestions.items.values() if s.entity_id == izium.id)
    window.view.reveal(suggested.start)
    window.view.painter.finish()
    QApplication.processEvents()

    # The formats: the accepted mention is filled; the suggestion neither filled nor underlined.
    mention_format = format_at(window, accepted.start)
    assert (
        mention_format is not None and mention_format.background().style() != Qt.BrushStyle.NoBrush
    )
    suggestion_format = format_at(window, suggested.start)
    assert suggestion_format is None or (
        suggestion_format.background().style() == Qt.BrushStyle.NoBrush
        and not suggestion_format.fontUnderline()
    )

    # The frame: a dashed box around the suggested words, standing out from the page.
    probe = window.view.textCursor()
    probe.setPosition(window.view.to_utf16(suggested.start) + 1)
    word = QRectF(window.view.cursorRect(probe))
    frames = [
        (rect, f.color)
        for f in window.view.suggestion_frames()
        for rect in f.rects
        if f.inset and rect.contains(word.center())
    ]
    assert frames, "no frame around the suggested word"
    box, frame = frames[0]
    assert contrast(frame, QColor(page)) >= 3.0, frame.name()

    # What the eye sees: the frame's dashes on the box's edge, the page inside it; the
    # accepted mention's box filled with its colour.
    image = window.view.viewport().grab().toImage()
    if SHOTS:
        image.save(
            str(Path(SHOTS) / f"suggestion-frame-{'dark' if page != '#ffffff' else 'light'}.png")
        )
    ratio = image.devicePixelRatio()
    edge_y = int(box.top() * ratio)
    edge = [
        image.pixelColor(x, edge_y)
        for x in range(int(box.left() * ratio) + 1, int(box.right() * ratio) - 1)
    ]
    dashes = [contrast(p, QColor(page)) >= 2.0 for p in edge]
    assert any(dashes) and not all(dashes), "the frame's edge is not dashed"
    assert share_of(image, box, QColor(page)) > 0.5  # not filled
    probe.setPosition(window.view.to_utf16(accepted.start) + 1)
    accepted_rect = QRectF(window.view.cursorRect(probe))
    if window.view.viewport().rect().contains(accepted_rect.center().toPoint()):
        background = mention_format.background().color()
        filled = QRectF(accepted_rect.left(), accepted_rect.top(), 12, accepted_rect.height())
        assert share_of(image, filled, background) > 0.3
