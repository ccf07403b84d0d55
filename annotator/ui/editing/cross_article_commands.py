"""Undo commands for the edits that reach across articles: entity rename, aliases, merge and
delete, a verdict given to a claim group, related-claim links, articles moved to the Trash.

They go on the one history the window keeps (Edit › Undo), beside the edits of single
articles. Each direction is one service call, i.e. one transaction. The first redo is the edit
itself: a write that fails makes the command obsolete, so Qt drops it and Undo never reverses
a change that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.domain.errors import AnnotatorError
from annotator.ui.common.messages import in_window_language


class CrossArticleCommand(QUndoCommand):
    """``apply`` writes the change and returns what ``revert`` needs to put it back.

    ``after_apply`` and ``after_revert`` get the write's result and bring the views up to date
    (the open article, the affected article, the Entities window)."""

    def __init__(
        self,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[Any], Any],
        report: Callable[[str], None],
        after_apply: Callable[[Any], None] | None = None,
        after_revert: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._apply, self._revert, self._report = apply, revert, report
        self._after_apply, self._after_revert = after_apply, after_revert
        self.snapshot: Any = None

    def redo(self) -> None:
        try:
            self.snapshot = self._apply()
        except AnnotatorError as error:
            self.setObsolete(True)
            self._report(f"{self.text()}: {in_window_language(error)}")
            return
        if self._after_apply is not None:
            self._after_apply(self.snapshot)

    def undo(self) -> None:
        try:
            result = self._revert(self.snapshot)
        except AnnotatorError as error:
            self.setObsolete(True)
            self._report(f"{self.text()}: {in_window_language(error)}")
            return
        if self._after_revert is not None:
            self._after_revert(result)
