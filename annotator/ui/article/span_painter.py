"""Drawing annotation spans into a QTextDocument without touching its text.

Formats go straight into the layouts of the blocks that hold spans (QTextLayout.setFormats),
so opening a 1 MB article costs work proportional to its spans, not its lines, and adding one
span repaints only the blocks it covers. After a reset the view paints the blocks in sight at
once (``paint_blocks``) and the rest in idle slices (a zero-interval timer), so a long article
shows highlighted as fast as its bare text; any block asked for before its slice comes is
painted then. Overlaps are merged per segment: an inner mention
shows its colour inside an outer one, several claims over the same words get a wavy line.
Suggestions get no format of their own until selected: the view frames them in dashes.
Offsets here are UTF-16 code units (Qt's); callers convert with the article's Utf16Map.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPen, QTextCharFormat, QTextDocument, QTextLayout

from annotator.ui.common.span_styles import SPAN_TEXT_COLOR

MENTION, CLAIM, SUGGESTION = "mention", "claim", "suggestion"
# Clicks and tooltips prefer real annotations; a suggestion is picked only where it is alone.
_PICK_ORDER = {MENTION: 0, CLAIM: 1, SUGGESTION: 2}
# One idle slice paints for about this long, so scrolling and typing stay within a frame.
_SLICE_SECONDS = 0.008
# Idle painting waits for the view's first paint after a reset, or this long if none comes.
_UNPAINTED_DELAY_MS = 200
# ... and then one frame more: a zero timer started from a paint would run in the same pass
# of the event loop, ahead of input that came meanwhile.
_AFTER_PAINT_MS = 16


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


class SpanPainter:
    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._spans: dict[str, PaintedSpan] = {}
        # The spans beyond the first screen, made only when something needs them (the first
        # idle slice, or any question about the spans): see ``reset``.
        self._later: Callable[[], list[PaintedSpan]] | None = None
        self._covered_until = 0  # UTF-16: every span starting before it is in ``_spans``
        self._starts: list[int] | None = None
        self._by_block: dict[int, set[str]] = defaultdict(set)
        self.selected: str | None = None
        self._formats: dict[tuple, QTextCharFormat] = {}  # type: ignore[type-arg]
        self.page_color = QColor("#ffffff")  # the view's background, set from its palette
        self.text_color = QColor("#000000")
        # Blocks holding spans that are not painted yet (after a reset), painted in idle slices.
        self.pending: set[int] = set()
        # A child of the document: a window deleted with painting still pending takes its
        # timer along, instead of leaving it to paint a document that is gone.
        self._idle = QTimer(document)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._paint_slice)

    @property
    def spans(self) -> dict[str, PaintedSpan]:
        """Every span painted or to be painted, by id (made whole first if it was not)."""
        self._complete()
        return self._spans

    @property
    def idle_work_left(self) -> bool:
        """Whether idle slices still have spans to make or blocks to paint."""
        return bool(self.pending) or self._later is not None

    @property
    def spans_so_far(self) -> dict[str, PaintedSpan]:
        """The spans made until now: the ones in sight at least (for painting them)."""
        return self._spans

    def set_palette_colors(self, page: QColor, text: QColor) -> None:
        """Light or dark theme: every format is made again against the new page colour."""
        if (page, text) == (self.page_color, self.text_color):
            return
        self._complete()
        self.page_color, self.text_color = QColor(page), QColor(text)
        self._formats.clear()
        self._paint(list(self._by_block), mark_each=False)
        self.document.markContentsDirty(0, self.document.characterCount())

    # --- changing what is painted ------------------------------------------------------------

    def reset(
        self,
        spans: list[PaintedSpan],
        block_starts: list[int] | None = None,
        later: Callable[[], list[PaintedSpan]] | None = None,
        covered_until: int = 0,
    ) -> None:
        """Paint nothing yet: the view asks for the blocks in sight, idle slices do the rest
        once the view has been painted (``resume``), so the first frame comes first.

        ``block_starts``: where each block begins (UTF-16), when the caller knows; a span's
        blocks are then found by bisection instead of two calls into Qt per span.
        ``later`` makes the other spans, all starting at ``covered_until`` (UTF-16) or after:
        called by the first idle slice, or as soon as anything asks about the spans."""
        self._spans = {span.id: span for span in spans}
        self._by_block.clear()
        document = self.document
        if block_starts and not (
            len(block_starts) == document.blockCount()
            and document.lastBlock().position() == block_starts[-1]
        ):
            block_starts = None  # Qt broke the text into blocks elsewhere too (U+2029)
        self._starts = block_starts
        self._later, self._covered_until = later, covered_until
        self._place(spans)
        self.pending = set(self._by_block)
        self._idle.stop()
        if self.pending or later is not None:
            # Until the view says it has been painted; on its own if it never is (hidden).
            self._idle.start(_UNPAINTED_DELAY_MS)

    def _place(self, spans: list[PaintedSpan]) -> set[int]:
        """Note which blocks each span covers; returns the blocks touched."""
        by_block = self._by_block
        touched: set[int] = set()
        starts = self._starts
        if starts:
            for span in spans:
                first = bisect_right(starts, span.start) - 1
                last = first
                if span.end - 1 > span.start:
                    last = bisect_right(starts, span.end - 1) - 1
                for number in range(first, last + 1):
                    by_block[number].add(span.id)
                    touched.add(number)
        else:
            find = self.document.findBlock
            for span in spans:
                first = find(span.start).blockNumber()
                last = find(span.end - 1).blockNumber() if span.end - 1 > span.start else first
                for number in range(first, last + 1):
                    by_block[number].add(span.id)
                    touched.add(number)
        return touched

    def _complete(self) -> None:
        """Make the spans beyond the first screen now, if they are not made yet; their
        blocks wait for idle painting like the others (or are painted as they come in sight)."""
        later = self._later
        if later is None:
            return
        self._later = None
        more = later()
        for span in more:
            self._spans[span.id] = span
        self.pending.update(self._place(more))
        if self.pending and not self._idle.isActive():
            self._idle.start(0)

    def resume(self) -> None:
        """The view has been painted: idle work may start, one frame later, so that the
        frame is out (and keys pressed meanwhile are handled) before any of it."""
        if (self.pending or self._later is not None) and (
            self._idle.interval() == _UNPAINTED_DELAY_MS or not self._idle.isActive()
        ):
            self._idle.start(_AFTER_PAINT_MS)

    def paint_blocks(self, first: int, last: int) -> None:
        """Paint now the not yet painted blocks ``first``..``last`` (the ones in sight)."""
        if self._later is not None and self._block_start(last) >= self._covered_until:
            self._complete()  # scrolled beyond the first screen before idle time
        if not self.pending:
            return
        wanted = [n for n in range(first, last + 1) if n in self.pending]
        if wanted:
            self._paint(wanted)

    def _block_start(self, number: int) -> int:
        if self._starts is not None and 0 <= number < len(self._starts):
            return self._starts[number]
        block = self.document.findBlockByNumber(number)
        return block.position() if block.isValid() else self.document.characterCount()

    def finish(self) -> None:
        """Paint every block still waiting for its idle slice."""
        self._complete()
        if self.pending:
            self._paint(sorted(self.pending))

    def _paint_slice(self) -> None:
        self._idle.setInterval(0)
        deadline = time.perf_counter() + _SLICE_SECONDS
        self._complete()
        ordered = sorted(self.pending)
        for start in range(0, len(ordered), 32):
            self._paint(ordered[start : start + 32])
            if time.perf_counter() > deadline:
                break
        if not self.pending:
            self._idle.stop()

    def add(self, span: PaintedSpan) -> None:
        self._complete()
        self._spans[span.id] = span
        blocks = self._blocks_of(span)
        for number in blocks:
            self._by_block[number].add(span.id)
        self._paint(blocks)

    def remove(self, span_id: str) -> None:
        self._complete()
        span = self._spans.pop(span_id, None)
        if span is None:
            return
        blocks = self._blocks_of(span)
        for number in blocks:
            self._by_block[number].discard(span_id)
        self._paint(blocks)

    def update_many(self, removed: list[str], added: list[PaintedSpan]) -> None:
        """Take spans away and put spans in, painting each touched paragraph once (thousands
        of suggestions change together)."""
        self._complete()
        touched: set[int] = set()
        for span_id in removed:
            span = self._spans.pop(span_id, None)
            if span is not None:
                for number in self._blocks_of(span):
                    self._by_block[number].discard(span_id)
                    touched.add(number)
        for span in added:
            self._spans[span.id] = span
            for number in self._blocks_of(span):
                self._by_block[number].add(span.id)
                touched.add(number)
        self._paint(sorted(touched))

    def replace(self, span: PaintedSpan) -> None:
        self.remove(span.id)
        self.add(span)

    def select(self, span_id: str | None) -> None:
        if span_id is not None and span_id not in self._spans:
            self._complete()  # one beyond the first screen, chosen before idle time
        affected: list[int] = []
        for old_or_new in (self.selected, span_id):
            if old_or_new in self._spans:
                affected.extend(self._blocks_of(self._spans[old_or_new]))
        self.selected = span_id
        self._paint(sorted(set(affected)))

    # --- reading -----------------------------------------------------------------------------

    def spans_at(self, position: int) -> list[PaintedSpan]:
        """Spans covering a UTF-16 position, innermost (shortest) first."""
        self._complete()
        block = self.document.findBlock(position)
        found = [
            self._spans[i]
            for i in self._by_block.get(block.blockNumber(), ())
            if self._spans[i].start <= position < self._spans[i].end
        ]
        return sorted(found, key=lambda s: (_PICK_ORDER[s.kind], s.end - s.start))

    # --- painting ----------------------------------------------------------------------------

    def _blocks_of(self, span: PaintedSpan) -> list[int]:
        first = self.document.findBlock(span.start).blockNumber()
        last = self.document.findBlock(max(span.start, span.end - 1)).blockNumber()
        return list(range(first, last + 1))

    def _paint(self, block_numbers: list[int], mark_each: bool = True) -> None:
        pending = self.pending
        for number in block_numbers:
            pending.discard(number)
            block = self.document.findBlockByNumber(number)
            if not block.isValid():
                continue
            ids = self._by_block.get(number, set())
            block.layout().setFormats(self._ranges(block.position(), block.length() - 1, ids))
            if mark_each:
                self.document.markContentsDirty(block.position(), block.length())

    def _ranges(
        self, block_start: int, block_length: int, ids: set[str]
    ) -> list[QTextLayout.FormatRange]:
        """One format range per stretch of text covered by the same set of spans (a sweep over
        the span ends: linear in the spans of the block, whatever their overlaps)."""
        if not ids:
            return []
        block_end = block_start + block_length
        events: list[tuple[int, int, str]] = []
        for span_id in ids:
            span = self._spans[span_id]
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
                range_.format = self._format(list(active.values()))
                ranges.append(range_)
            if change > 0:
                active[span_id] = self._spans[span_id]
            else:
                active.pop(span_id, None)
            previous = position
        return ranges

    def _format(self, covering: list[PaintedSpan]) -> QTextCharFormat:
        """The merged format of a stretch of text; equal-looking stretches share one."""
        key = tuple(
            sorted(
                (
                    s.kind,
                    s.color.rgba(),
                    s.end - s.start,
                    s.id == self.selected,
                    s.outline.rgba() if s.outline is not None else 0,
                )
                for s in covering
            )
        )
        cached = self._formats.get(key)
        if cached is None:
            cached = self._formats[key] = self._merged(covering)
        return cached

    def _merged(self, covering: list[PaintedSpan]) -> QTextCharFormat:
        real = [s for s in covering if s.kind != SUGGESTION]
        if not real:
            return self._faint(covering)
        return self._annotated(real)

    def _faint(self, suggestions: list[PaintedSpan]) -> QTextCharFormat:
        """A suggestion is framed, not filled: the view draws a dashed box around it
        (``ArticleView.paintEvent``), so its letters keep the page's colours — no tint to take
        for a mention, no dotted line to take for an unverified claim. Selected, it is tinted."""
        text_format = QTextCharFormat()
        inner = min(suggestions, key=lambda s: s.end - s.start)
        if self.selected == inner.id:
            tint = blend(self.page_color, inner.color, 0.35)
            text_format.setBackground(tint)
            text_format.setForeground(readable_on(tint, self.text_color))
        return text_format

    def suggestions_in(self, block_number: int) -> list[PaintedSpan]:
        """The suggestions touching one paragraph, for the view to frame."""
        spans = self._spans
        return [
            spans[i] for i in self._by_block.get(block_number, ()) if spans[i].kind == SUGGESTION
        ]

    def frame_color(self, span: PaintedSpan) -> QColor:
        """The colour of a suggestion's dashed frame: its type's colour, made dark enough on a
        light page and light enough on a dark one to stand out (contrast 3:1 at least)."""
        return contrasting(span.color, self.page_color)

    def _annotated(self, covering: list[PaintedSpan]) -> QTextCharFormat:
        text_format = QTextCharFormat()
        mentions = sorted((s for s in covering if s.kind == MENTION), key=lambda s: s.end - s.start)
        claims = sorted((s for s in covering if s.kind == CLAIM), key=lambda s: s.end - s.start)
        selected = any(s.id == self.selected for s in covering)
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
            share = 0.45 if selected and self.selected == inner.id else 0.15
            tint = blend(self.page_color, inner.color, share)
            text_format.setBackground(tint)
            if selected:
                text_format.setForeground(readable_on(tint, self.text_color))
        if mentions:
            background = QColor(mentions[0].color)
            if self.selected == mentions[0].id:
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
        *(
            (1 - share) * p + share * c
            for p, c in zip(page.getRgbF()[:3], color.getRgbF()[:3], strict=True)
        )
    )


def contrasting(color: QColor, page: QColor, ratio: float = 3.0) -> QColor:
    """``color`` darkened (light page) or lightened (dark page) until it stands out."""
    hue, saturation, lightness, _alpha = color.getHslF()
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
        linear = [
            v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in color.getRgbF()[:3]
        ]
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
