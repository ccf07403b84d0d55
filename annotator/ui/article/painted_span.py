"""Holds what the span painter draws: a span of the article (PaintedSpan) and its kinds.

Offsets are UTF-16 code units (Qt's); callers convert with the article's Utf16Map.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

MENTION, CLAIM, SUGGESTION = "mention", "claim", "suggestion"
# Clicks and tooltips prefer real annotations; a suggestion is picked only where it is alone.
PICK_ORDER = {MENTION: 0, CLAIM: 1, SUGGESTION: 2}


@dataclass(slots=True)
class PaintedSpan:
    id: str
    start: int  # UTF-16
    end: int  # UTF-16, exclusive
    kind: str  # MENTION or CLAIM
    color: QColor
    tooltip: str
    # Someone else's annotation (View › Annotators): drawn in italics, its letters outlined in
    # that annotator's colour, so layers shown over one's own stay apart.
    outline: QColor | None = None
