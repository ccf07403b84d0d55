"""Holds how spans look: the merged format of each stretch of a paragraph and their colours.

Overlaps are merged per segment: an inner mention shows its colour inside an outer one,
several claims over the same words get a wavy line. Suggestions get no format of their own
until selected: the view frames them in dashes. Equal-looking stretches share one format,
made once per page colour.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPen, QTextCharFormat, QTextLayout

from annotator.ui.article.painted_span import CLAIM, MENTION, SUGGESTION, PaintedSpan
from annotator.ui.common.span_styles import SPAN_TEXT_COLOR


class SpanFormats:
    def __init__(self) -> None:
        self._formats: dict[tuple[Any, ...], QTextCharFormat] = {}
        self.page_color = QColor("#ffffff")  # the view's background, set from its palette
        self.text_color = QColor("#000000")

    def set_colors(self, page: QColor, text: QColor) -> bool:
        """Light or dark theme: whether the colours changed (every format is then made
        again against the new page colour)."""
        if (page, text) == (self.page_color, self.text_color):
            return False
        self.page_color, self.text_color = QColor(page), QColor(text)
        self._formats.clear()
        return True

    def ranges(
        self,
        spans: dict[str, PaintedSpan],
        ids: set[str],
        block_start: int,
        block_length: int,
        selected: str | None,
    ) -> list[QTextLayout.FormatRange]:
        """One format range per stretch of text covered by the same set of spans (a sweep over
        the span ends: linear in the spans of the block, whatever their overlaps)."""
        if not ids:
            return []
        block_end = block_start + block_length
        events: list[tuple[int, int, str]] = []
        for span_id in ids:
            span = spans[span_id]
            start, end = max(span.start, block_start), min(span.end, block_end)
            if start < end:
                events.append((start, 1, span_id))
                events.append((end, -1, span_id))
        events.sort(key=lambda event: (event[0], event[1]))
        active: dict[str, PaintedSpan] = {}
        ranges = []
        previous = None
        for position, change, span_id in events:
            if previous is not None and position > previous and active:
                range_ = QTextLayout.FormatRange()
                range_.start, range_.length = previous - block_start, position - previous
                range_.format = self.format(list(active.values()), selected)
                ranges.append(range_)
            if change > 0:
                active[span_id] = spans[span_id]
            else:
                active.pop(span_id, None)
            previous = position
        return ranges

    def format(self, covering: list[PaintedSpan], selected: str | None) -> QTextCharFormat:
        """The merged format of a stretch of text; equal-looking stretches share one."""
        key = tuple(
            sorted(
                (
                    s.kind,
                    s.color.rgba(),
                    s.end - s.start,
                    s.id == selected,
                    s.outline.rgba() if s.outline is not None else 0,
                )
                for s in covering
            )
        )
        cached = self._formats.get(key)
        if cached is None:
            cached = self._formats[key] = self._merged(covering, selected)
        return cached

    def frame_color(self, span: PaintedSpan) -> QColor:
        """The colour of a suggestion's dashed frame: its type's colour, made dark enough on a
        light page and light enough on a dark one to stand out (contrast 3:1 at least)."""
        return contrasting(span.color, self.page_color)

    def _merged(self, covering: list[PaintedSpan], selected: str | None) -> QTextCharFormat:
        real = [s for s in covering if s.kind != SUGGESTION]
        if not real:
            return self._faint(covering, selected)
        return self._annotated(real, selected)

    def _faint(self, suggestions: list[PaintedSpan], selected: str | None) -> QTextCharFormat:
        """A suggestion is framed, not filled: the view draws a dashed box around it
        (``ArticleView.paintEvent``), so its letters keep the page's colours — no tint to take
        for a mention, no dotted line to take for an unverified claim. Selected, it is tinted."""
        text_format = QTextCharFormat()
        inner = min(suggestions, key=lambda s: s.end - s.start)
        if selected == inner.id:
            tint = blend(self.page_color, inner.color, 0.35)
            text_format.setBackground(tint)
            text_format.setForeground(readable_on(tint, self.text_color))
        return text_format

    def _annotated(self, covering: list[PaintedSpan], chosen: str | None) -> QTextCharFormat:
        text_format = QTextCharFormat()
        mentions = sorted((s for s in covering if s.kind == MENTION), key=lambda s: s.end - s.start)
        claims = sorted((s for s in covering if s.kind == CLAIM), key=lambda s: s.end - s.start)
        selected = any(s.id == chosen for s in covering)
        if claims:
            inner = claims[0]
            text_format.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.WaveUnderline
                if len(claims) > 1
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            text_format.setUnderlineColor(inner.color)
            # Blended with the page itself, so a light or a dark palette both get a tint the
            # text stays readable on; the text colour follows the blend's lightness.
            share = 0.45 if selected and chosen == inner.id else 0.15
            tint = blend(self.page_color, inner.color, share)
            text_format.setBackground(tint)
            if selected:
                text_format.setForeground(readable_on(tint, self.text_color))
        if mentions:
            background = QColor(mentions[0].color)
            if chosen == mentions[0].id:
                background = background.darker(125)
            text_format.setBackground(background)
            text_format.setForeground(SPAN_TEXT_COLOR)
        foreign = [s.outline for s in (*mentions, *claims) if s.outline is not None]
        if foreign and len(foreign) == len(mentions) + len(claims):
            text_format.setFontItalic(True)
            text_format.setTextOutline(QPen(foreign[0], 0.5))
        if selected:
            # An overline with the underline frames it; never bold, which re-wraps the text.
            text_format.setFontOverline(True)
            if not claims:
                text_format.setFontUnderline(True)
                text_format.setUnderlineColor(SPAN_TEXT_COLOR)
        return text_format


def blend(page: QColor, color: QColor, share: float) -> QColor:
    """``share`` of ``color`` over ``page``, opaque."""
    return QColor.fromRgbF(
        *((1 - share) * p + share * c for p, c in zip(_rgb(page), _rgb(color), strict=True))
    )


def contrasting(color: QColor, page: QColor, ratio: float = 3.0) -> QColor:
    """``color`` darkened (light page) or lightened (dark page) until it stands out."""
    hue, saturation, lightness = color.hslHueF(), color.hslSaturationF(), color.lightnessF()
    hue = max(hue, 0.0)  # grey has no hue (-1)
    darker = page.lightnessF() > 0.5
    candidate = QColor(color)
    for _step in range(20):
        if contrast(candidate, page) >= ratio:
            break
        lightness = max(0.0, lightness - 0.05) if darker else min(1.0, lightness + 0.05)
        candidate = QColor.fromHslF(hue, saturation, lightness)
    return candidate


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours."""

    def luminance(color: QColor) -> float:
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in _rgb(color)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: QColor, text: QColor) -> QColor:
    """The page's own text colour if it contrasts with ``background``, else its opposite."""
    light_background = background.lightnessF() > 0.55
    light_text = text.lightnessF() > 0.55
    if light_background != light_text:
        return text
    return QColor("#111111") if light_background else QColor("#f2f2f2")


def _rgb(color: QColor) -> tuple[float, float, float]:
    """Red, green and blue from 0 to 1 (what ``getRgbF()[:3]`` gives, typed)."""
    return color.redF(), color.greenF(), color.blueF()
