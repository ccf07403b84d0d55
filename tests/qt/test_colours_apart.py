"""Colours a fact-checker tells apart at a glance, colour-blind or not: every two default
entity types differ in hue or, where their hues are near, in lightness; a claim's tint stands
out from the page, light or dark, whatever its status."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from annotator.domain.schemes import DEFAULT_ENTITY_TYPES, DEFAULT_STATUSES
from annotator.ui.window.main_window import MainWindow
from tests.qt.user_steps import OpenWindow, claim_words, open_article

TEXT = QColor("#1b1b1b")  # the dark text drawn on a mention's colour


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""
    linear = [
        v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in color.getRgbF()[:3]
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lab(color: QColor) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (
        v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in color.getRgbF()[:3]
    )
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def hue_apart(a: QColor, b: QColor) -> float:
    distance = abs(a.hslHueF() - b.hslHueF()) * 360 % 360
    return min(distance, 360 - distance)


def test_every_two_default_entity_types_differ_in_hue_or_lightness() -> None:
    colors = {t.label: QColor(t.color) for t in DEFAULT_ENTITY_TYPES}
    too_close = []
    for (a, first), (b, second) in itertools.combinations(colors.items(), 2):
        apart = math.dist(lab(first), lab(second))
        by_hue, by_lightness = hue_apart(first, second), contrast(first, second)
        if apart < 20 or (by_hue < 30 and by_lightness < 1.25):
            too_close.append(f"{a} / {b}: ΔE {apart:.1f}, {by_hue:.0f}°, {by_lightness:.2f}:1")
    assert too_close == []
    for label, color in colors.items():
        assert contrast(color, TEXT) >= 6, label  # the text on it reads well
        assert contrast(color, QColor("#ffffff")) >= 1.25, label  # it shows on a white page


def _claim_background(window: MainWindow, claim_start: int) -> QColor:
    """The background the view draws under the claim's first letter."""
    block = window.view.document().findBlock(window.view.to_utf16(claim_start))
    at = window.view.to_utf16(claim_start) - block.position()
    for format_range in block.layout().formats():
        if format_range.start <= at < format_range.start + format_range.length:
            return format_range.format.background().color()
    raise AssertionError("the claim is not drawn")


@pytest.mark.parametrize("page", ["#ffffff", "#1e1e1e"], ids=["light", "dark"])
def test_an_unselected_claim_stands_out_from_the_page_whatever_its_status(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, page: str
) -> None:
    window = open_window(tmp_path / "data")
    palette = window.view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(page))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0" if page != "#ffffff" else "#000000"))
    window.view.setPalette(palette)
    open_article(window, "The recent escalation")
    claim = claim_words(window, qtbot, "more than ten members of the National Guard")
    tints = {}
    for status in DEFAULT_STATUSES:
        window.controller.select(claim.id)
        window.controller.set_claim_status(status.id)
        window.controller.select(None)  # unselected: its plain tint
        qtbot.wait(10)
        tints[status.label] = _claim_background(window, claim.start)
    faint = {
        label: round(contrast(tint, QColor(page)), 2)
        for label, tint in tints.items()
        if contrast(tint, QColor(page)) < 1.3
    }
    assert faint == {}
