"""One step of adjudication, as the window's undo history holds it: an adjudicated span
replaced by another at one place (the view in adjudication_view.py makes them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Claim, Mention
from annotator.services.agreement.adjudication import AdjudicationService, Place
from annotator.ui.common.messages import in_window_language

Key = tuple[str, int, int]  # a place: kind, start, end


class AdjudicationStep(QUndoCommand):
    """One adjudicated span replaced by another (either may be None), at one place. It goes on
    the window's one history, so Edit › Undo takes it back after the view is closed too; it
    holds the annotations, not the view's rows, which a reload makes anew."""

    def __init__(
        self,
        service: AdjudicationService,
        place: Place,
        added: Mention | Claim | None,
        text: str,
        written: Callable[[str, Key, Mention | Claim | None, bool], None],
        failed: Callable[[str], None],
        rejected: bool = False,
    ) -> None:
        super().__init__(text)
        self.service, self.written, self.failed = service, written, failed
        self.article_id, self.key = place.article_id, (place.kind, place.start, place.end)
        self.removed, self.added = place.adjudicated, added
        self.was_rejected, self.rejected = place.rejected, rejected

    def redo(self) -> None:
        self._write(self.removed, self.added, self.rejected)

    def undo(self) -> None:
        self._write(self.added, self.removed, self.was_rejected)

    def _write(
        self, out: Mention | Claim | None, into: Mention | Claim | None, rejected: bool
    ) -> None:
        try:
            self.service.replace(out, into)
        except AnnotatorError as error:
            self.setObsolete(True)
            self.failed(f"{self.text()}: {in_window_language(error)}")
            return
        self.written(self.article_id, self.key, into, rejected)
