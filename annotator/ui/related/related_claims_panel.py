"""Related claims, under the claim form (issue 5): the claims of other articles confirmed to be
the same claim, with their verdicts and a warning when those disagree; suggestions ranked by
similarity, to confirm or dismiss; one verdict for the whole group.

These edits reach into other articles, so they cannot live on the open article's undo stack
(Ctrl+Z): the panel keeps the step that puts the last one back (related_claims_edits), for its
own Undo button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.claim_groups import ClaimGroup
from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Claim, Mention
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.related.claim_group_view import ClaimGroupView
from annotator.ui.related.related_claims_edits import RelatedClaimsEdits, UndoStep
from annotator.ui.related.related_claims_rows import (
    CandidateCard,
    status_label,
)
from annotator.ui.related.related_claims_search import CandidateResult, RelatedClaimsSearch

LOOKING = "Looking for related claims…"
NOTHING_FOUND = "No similar claims in other articles."
UNDO_TIP = (
    "Undo the last change made in this panel ({}). Linking claims and giving a group one "
    "verdict change other articles too, so Ctrl+Z, which undoes edits of the open article, "
    "does not reach them."
)


class RelatedClaimsPanel(QWidget):
    open_claim = Signal(str, str)  # article id, claim id: show that claim in its article
    message = Signal(str)  # a passing word for the status bar

    def __init__(self, controller: ArticleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedClaimsPanel")
        self.controller = controller
        self.related = controller.workspace.related
        self.edits = RelatedClaimsEdits(self.related)
        self.search = RelatedClaimsSearch(controller.workspace, self)
        self.claim_id: str | None = None
        self.group: ClaimGroup | None = None
        self.cards: list[CandidateCard] = []
        self._signature: tuple[object, ...] = ()
        self._undo_step: UndoStep | None = None
        self._build()
        self._connect()

    def _build(self) -> None:
        self.group_view = ClaimGroupView()
        candidates_heading = QLabel("<b>Possibly the same claim</b>")
        candidates_heading.setObjectName("formHeading")
        self.search_status = QLabel(LOOKING)
        self.search_status.setObjectName("relatedStatus")
        self.search_status.setWordWrap(True)
        self.candidate_box = QWidget()
        self.candidate_box.setObjectName("relatedCandidates")
        self.candidate_layout = QVBoxLayout(self.candidate_box)
        self.candidate_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("relatedUndo")
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.undo_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 12, 9, 9)
        layout.addWidget(self.group_view)
        layout.addSpacing(8)
        for widget in (candidates_heading, self.search_status, self.candidate_box):
            layout.addWidget(widget)
        layout.addLayout(undo_row)
        self._set_undo(None)

    def _connect(self) -> None:
        c = self.controller
        c.selection_changed.connect(self._selection_changed)
        c.annotation_changed.connect(self._annotation_changed)
        self.search.found.connect(self._candidates_found)
        self.search.failed.connect(self._search_failed)
        self.group_view.open_requested.connect(self.open_claim)
        self.group_view.unlink_requested.connect(self.unlink_member)
        self.group_view.apply_requested.connect(self.apply_status_to_group)
        self.undo_button.clicked.connect(self.undo)

    # --- following the selection -------------------------------------------------------------

    def _selection_changed(self, annotation_id: str | None) -> None:
        claim = self.controller.annotation(annotation_id)
        self.show_claim(claim if isinstance(claim, Claim) else None)

    def _annotation_changed(self, annotation: Mention | Claim) -> None:
        if annotation.id == self.claim_id and isinstance(annotation, Claim):
            self._refresh_group()
            if self._signature != self._signature_of(annotation):
                self._signature = self._signature_of(annotation)
                self._look_for_candidates(keep_shown=True)
        elif self.group is not None and annotation.id in self.group.claim_ids:
            self._refresh_group()

    def show_claim(self, claim: Claim | None) -> None:
        self.claim_id = claim.id if claim is not None else None
        self._signature = self._signature_of(claim) if claim is not None else ()
        self._refresh_group()
        self._look_for_candidates(keep_shown=False)

    @staticmethod
    def _signature_of(claim: Claim) -> tuple[object, ...]:
        """What candidates depend on: a new status does not change them, new words do."""
        return (claim.quote, claim.claim_reviewed, tuple(claim.mention_ids), claim.claimant)

    # --- the group ---------------------------------------------------------------------------

    def _refresh_group(self) -> None:
        self.group = None
        if self.claim_id is not None:
            try:
                self.group = self.related.group_of(self.claim_id)
            except AnnotatorError as error:
                self.controller.report_failure(f"Related claims: {error}")
        self.group_view.show_group(self.group, self.controller.schemes, self.claim_id)

    def unlink_member(self, member: str) -> None:
        group = self.group
        if group is not None and member in group.claim_ids:
            self._edit("Unlink", lambda: self.edits.unlink(member, group))

    def apply_status_to_group(self) -> bool:
        """The selected claim's verdict for every claim of its group (Ctrl+Shift+G)."""
        claim = self.controller.annotation(self.claim_id)
        if not isinstance(claim, Claim) or self.group is None or len(self.group.members) < 2:
            self.message.emit("Select a claim linked to claims of other articles first.")
            return False
        label = status_label(self.controller.schemes, claim.status)
        step = self._edit(
            "Status of the group", lambda: self.edits.apply_status(claim.id, claim.status, label)
        )
        if step is not None:
            self.message.emit(f"{label} given to all {len(step.changed_statuses)} claims.")
        return step is not None

    # --- candidates --------------------------------------------------------------------------

    def _look_for_candidates(self, keep_shown: bool) -> None:
        if not keep_shown:
            self._show_cards([])
        self.search_status.setText(LOOKING)
        self.search_status.setVisible(self.claim_id is not None)
        self.search.request(self.claim_id)

    def _candidates_found(self, result: CandidateResult) -> None:
        if result.claim_id != self.claim_id:
            return
        schemes = self.controller.schemes
        self._show_cards(
            [CandidateCard(c, schemes, result.entity_names) for c in result.candidates]
        )
        self.search_status.setText(NOTHING_FOUND)
        self.search_status.setVisible(not self.cards)

    def _search_failed(self, claim_id: str, message: str) -> None:
        if claim_id == self.claim_id:
            self.search_status.setText(f"Related claims could not be found: {message}")

    def _show_cards(self, cards: list[CandidateCard]) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = cards
        for card in cards:
            card.same.connect(self.confirm)
            card.not_same.connect(self.dismiss)
            self.candidate_layout.addWidget(card)

    def confirm(self, other_id: str) -> None:
        self._judge(other_id, same=True)

    def dismiss(self, other_id: str) -> None:
        self._judge(other_id, same=False)

    def _judge(self, other_id: str, same: bool) -> None:
        claim_id, created_by = self.claim_id, self.controller.annotator_id
        card = next((c for c in self.cards if c.claim_id == other_id), None)
        if claim_id is None or card is None:
            return
        self._edit(
            "Same claim" if same else "Not the same",
            lambda: self.edits.judge(claim_id, other_id, same, created_by, card.brief.quote),
            # Gone at once; the fresh ranking follows from the worker.
            before_refresh=lambda: self._remove_card(card),
        )

    def _remove_card(self, card: CandidateCard) -> None:
        had_focus = card.isAncestorOf(QApplication.focusWidget())
        index = self.cards.index(card)
        self.cards.remove(card)
        card.hide()
        card.deleteLater()
        if had_focus:  # keyboard users go on with the next suggestion, or to the group
            following = self.cards[min(index, len(self.cards) - 1)] if self.cards else None
            target = following.same_button if following else self.group_view.members
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_candidates(self) -> bool:
        """Find related claims (Ctrl+Shift+R): to the first suggestion's "Same claim"."""
        if self.claim_id is None:
            self.message.emit("Select a claim to find related claims.")
            return False
        area = self._scroll_area()
        target = self.cards[0].same_button if self.cards else self.search_status
        if area is not None:
            area.ensureWidgetVisible(target, 40, 40)
        if not self.cards:
            self.message.emit(self.search_status.text())
            return False
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    # --- writes and their undo ---------------------------------------------------------------

    def _edit(
        self,
        what: str,
        write: Callable[[], UndoStep],
        before_refresh: Callable[[], None] | None = None,
    ) -> UndoStep | None:
        try:
            step = write()
        except AnnotatorError as error:
            self.controller.report_failure(f"{what}: {error}")
            return None
        if before_refresh is not None:
            before_refresh()
        self._set_undo(step)
        self._after_write(step.changed_statuses)
        return step

    def undo(self) -> None:
        step = self._undo_step
        if step is None:
            return
        try:
            moved = step.restore()
        except AnnotatorError as error:
            self.controller.report_failure(f"Undo: {error}")
            return
        self._set_undo(None)
        self._after_write(moved)
        self.message.emit(f"Undone: {step.text}")

    def _after_write(self, changed_statuses: list[str]) -> None:
        """Show what is stored now: the open article's claims, the group, fresh suggestions."""
        self.controller.reload_claims(changed_statuses)
        self.controller.saved.emit()
        self._refresh_group()
        self._look_for_candidates(keep_shown=True)

    def _set_undo(self, step: UndoStep | None) -> None:
        self._undo_step = step
        self.undo_button.setEnabled(step is not None)
        self.undo_button.setVisible(step is not None)
        self.undo_label.setText(f"Last: {step.text}" if step else "")
        self.undo_label.setVisible(step is not None)
        self.undo_button.setToolTip(UNDO_TIP.format(step.text if step else "nothing yet"))

    def shutdown(self) -> None:
        self.search.shutdown()
