"""Attaching files to a claim as one step of the one history.

The first redo stores the files and the claim's new evidence in one transaction (the
evidence service); undo and later redos are changes of the claim's evidence like any other
(``ReplaceAnnotationCommand``): the stored files stay, so a redo needs no file from disk.
"""

from __future__ import annotations

from pathlib import Path

from annotator.domain.models import Claim
from annotator.services.annotating import AnnotationService
from annotator.services.annotation_changes import Change
from annotator.services.evidence.evidence_service import EvidenceService
from annotator.ui.common.translation import translate
from annotator.ui.editing.kept_edits import KeptEdits
from annotator.ui.editing.shown_article import ShownArticle
from annotator.ui.editing.undo_commands import ReplaceAnnotationCommand

EVIDENCE = frozenset({"evidence"})


class AttachEvidenceCommand(ReplaceAnnotationCommand):
    def __init__(
        self,
        shown: ShownArticle,
        kept: KeptEdits,
        services: tuple[AnnotationService, EvidenceService],
        claim: Claim,
        paths: list[Path],
        by: str | None,
    ) -> None:
        what = translate("EvidenceEdits", "Attach {0} file(s)").format(len(paths))
        super().__init__(shown, kept, services[0], Change(claim, claim, EVIDENCE), what, "", by)
        self.evidence = services[1]
        self.paths: list[Path] | None = list(paths)
        self.refused: list[tuple[Path, str]] = []

    def redo(self) -> None:
        if self.paths is None:
            super().redo()  # stored before: the evidence list as the attach left it
            return
        self._guarded(self._attach)

    def _attach(self) -> None:
        paths, self.paths = self.paths or [], None
        self.shown.bring_up(self.seen.article_id)
        attached = self.evidence.attach(self.seen.id, paths, by=self.by)
        self.refused = attached.refused
        if not attached.added:
            self.setObsolete(True)  # nothing stored: no step to undo
            return
        # What undo puts back is the evidence as stored before, over the version stored now.
        self.seen, self.after, self.stored = attached.before, attached.claim, attached.claim
        self.shown.replaced(attached.claim)
