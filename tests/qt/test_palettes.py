"""The highlights stay readable in the system's light and dark palettes alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE, open_article, select_words


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(color: QColor) -> float:
        channels = []
        for value in color.getRgbF()[:3]:
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(color: QColor, page: QColor) -> QColor:
    """What the eye sees: a translucent colour composited on the page."""
    share = color.alphaF()
    return QColor.fromRgbF(
        *(
            share * c + (1 - share) * p
            for c, p in zip(color.getRgbF()[:3], page.getRgbF()[:3], strict=True)
        )
    )


@pytest.mark.parametrize(
    ("page", "text"), [("#ffffff", "#1a1a1a"), ("#1f1f1f", "#e6e6e6")], ids=["light", "dark"]
)
def test_a_selected_claim_reads_well_on_either_page(
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
    open_article(window, ROGOV_ARTICLE)
    select_words(window, CLAIM_WORDS)
    window.annotating.new_claim()
    claim = window.controller.annotation(window.controller.selected_id)
    position = window.view.to_utf16(claim.start) + 2
    block = window.view.document().findBlock(position)
    (chosen,) = [
        r
        for r in block.layout().formats()
        if r.start <= position - block.position() < r.start + r.length
    ]
    background = over(chosen.format.background().color(), QColor(page))
    foreground = (
        chosen.format.foreground().color()
        if chosen.format.hasProperty(chosen.format.Property.ForegroundBrush)
        else QColor(text)
    )
    assert contrast(background, foreground) >= 4.5, (background.name(), foreground.name())
    assert contrast(background, QColor(page)) > 1.2  # and the claim is visibly marked
