"""Holds the span painter: which spans an article's paragraphs hold, and when each is painted.

Formats go straight into the layouts of the blocks that hold spans (QTextLayout.setFormats),
so opening a 1 MB article costs work proportional to its spans, not its lines, and adding one
span repaints only the blocks it covers. After a reset the view paints the blocks in sight at
once (``paint_blocks``) and the rest in idle slices (a zero-interval timer), so a long article
shows highlighted as fast as its bare text; any block asked for before its slice comes is
painted then. How the spans of a paragraph look is span_formats' part.
Offsets here are UTF-16 code units (Qt's); callers convert with the article's Utf16Map.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QTextDocument

from annotator.ui.article.painted_span import PICK_ORDER, SUGGESTION, PaintedSpan
from annotator.ui.article.span_formats import SpanFormats

# One idle slice paints for about this long, so scrolling and typing stay within a frame.
_SLICE_SECONDS = 0.008
# Idle painting waits for the view's first paint after a reset, or this long if none comes.
_UNPAINTED_DELAY_MS = 200
# ... and then one frame more: a zero timer started from a paint would run in the same pass
# of the event loop, ahead of input that came meanwhile.
_AFTER_PAINT_MS = 16


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
        self.formats = SpanFormats()
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
        if not self.formats.set_colors(page, text):
            return
        self._complete()
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
        return sorted(found, key=lambda s: (PICK_ORDER[s.kind], s.end - s.start))

    # --- painting ----------------------------------------------------------------------------

    def _blocks_of(self, span: PaintedSpan) -> list[int]:
        first = self.document.findBlock(span.start).blockNumber()
        last = self.document.findBlock(max(span.start, span.end - 1)).blockNumber()
        return list(range(first, last + 1))

    def _paint(self, block_numbers: list[int], mark_each: bool = True) -> None:
        pending, ranges, spans = self.pending, self.formats.ranges, self._spans
        for number in block_numbers:
            pending.discard(number)
            block = self.document.findBlockByNumber(number)
            if not block.isValid():
                continue
            ids = self._by_block.get(number, set())
            formats = ranges(spans, ids, block.position(), block.length() - 1, self.selected)
            block.layout().setFormats(formats)
            if mark_each:
                self.document.markContentsDirty(block.position(), block.length())

    def suggestions_in(self, block_number: int) -> list[PaintedSpan]:
        """The suggestions touching one paragraph, for the view to frame."""
        spans = self._spans
        return [
            spans[i] for i in self._by_block.get(block_number, ()) if spans[i].kind == SUGGESTION
        ]

    def frame_color(self, span: PaintedSpan) -> QColor:
        """The colour of a suggestion's dashed frame (contrast 3:1 at least with the page)."""
        return self.formats.frame_color(span)
