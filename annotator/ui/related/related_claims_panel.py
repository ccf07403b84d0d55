"""Related claims, under the claim form: the claims of other articles confirmed to be
the same claim, with their verdicts and a warning when those disagree; suggestions ranked by
similarity, to confirm or dismiss; one verdict for the whole group.

These edits reach into other articles; they go on the window's one history all the same
(Edit › Undo), each with the step that puts it back (related_claims_edits). Undo
and redo show the claim the edit was made on, opening its article if another one is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.claim_groups import ClaimGroup
from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Claim, Mention
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import QT_TRANSLATE_NOOP
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.editing.cross_article_commands import CrossArticleCommand
from annotator.ui.related.claim_group_view import ClaimGroupView
from annotator.ui.related.related_claims_edits import RelatedClaimsEdits, UndoStep
from annotator.ui.related.related_claims_rows import (
    CandidateCard,
    elide,
    status_label,
)
from annotator.ui.related.related_claims_search import CandidateResult, RelatedClaimsSearch

LOOKING = QT_TRANSLATE_NOOP("RelatedClaimsPanel", "Looking for related claims…")
NOTHING_FOUND = QT_TRANSLATE_NOOP("RelatedClaimsPanel", "No similar claims in other articles.")


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
        self._build()
        self._connect()

    def _build(self) -> None:
        self.group_view = ClaimGroupView()
        candidates_heading = QLabel(self.tr("<b>Possibly the same claim</b>"))
        candidates_heading.setObjectName("formHeading")
        self.search_status = QLabel(self.tr(LOOKING))
        self.search_status.setObjectName("relatedStatus")
        self.search_status.setWordWrap(True)
        self.candidate_box = QWidget()
        self.candidate_box.setObjectName("relatedCandidates")
        self.candidate_layout = QVBoxLayout(self.candidate_box)
        self.candidate_layout.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 12, 9, 9)
        layout.addWidget(self.group_view)
        layout.addSpacing(8)
        for widget in (candidates_heading, self.search_status, self.candidate_box):
            layout.addWidget(widget)

    def add_above(self, widget: QWidget) -> None:
        """Another part of the claim's context, shown first (the published fact-checks)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget)

    def _connect(self) -> None:
        c = self.controller
        c.selection_changed.connect(self._selection_changed)
        c.annotation_changed.connect(self._annotation_changed)
        self.search.found.connect(self._candidates_found)
        self.search.failed.connect(self._search_failed)
        self.group_view.open_requested.connect(self.open_claim)
        self.group_view.unlink_requested.connect(self.unlink_member)
        self.group_view.apply_requested.connect(self.apply_status_to_group)

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
                self.controller.report_failure(
                    self.tr("Related claims: {0}").format(in_window_language(error))
                )
        self.group_view.show_group(self.group, self.controller.schemes, self.claim_id)

    def unlink_member(self, member: str) -> None:
        group = self.group
        if group is not None and member in group.claim_ids:
            quote = next(m.quote for m in group.members if m.claim_id == member)
            text = self.tr("Unlink “{0}” from its claim group").format(elide(quote, 40))
            self._edit(text, lambda: self.edits.unlink(member, group))

    def apply_status_to_group(self) -> bool:
        """The selected claim's verdict for every claim of its group (Ctrl+Shift+G)."""
        claim = self.controller.annotation(self.claim_id)
        if not isinstance(claim, Claim) or self.group is None or len(self.group.members) < 2:
            self.message.emit(self.tr("Select a claim linked to claims of other articles first."))
            return False
        label = status_label(self.controller.schemes, claim.status)
        text = self.tr("Give “{0}” to the group of {1} claims").format(
            label, len(self.group.members)
        )
        step = self._edit(text, lambda: self.edits.apply_status(claim.id, claim.status, label))
        if step is not None:
            self.message.emit(
                self.tr("{0} given to all {1} claims.").format(label, len(step.changed_statuses))
            )
        return step is not None

    # --- candidates --------------------------------------------------------------------------

    def _look_for_candidates(self, keep_shown: bool) -> None:
        if not keep_shown:
            self._show_cards([])
        self.search_status.setText(self.tr(LOOKING))
        self.search_status.setVisible(self.claim_id is not None)
        self.search.request(self.claim_id)

    def _candidates_found(self, result: CandidateResult) -> None:
        if result.claim_id != self.claim_id:
            return
        schemes = self.controller.schemes
        self._show_cards(
            [CandidateCard(c, schemes, result.entity_names) for c in result.candidates]
        )
        self.search_status.setText(self.tr(NOTHING_FOUND))
        self.search_status.setVisible(not self.cards)

    def _search_failed(self, claim_id: str, message: str) -> None:
        if claim_id == self.claim_id:
            self.search_status.setText(
                self.tr("Related claims could not be found: {0}").format(message)
            )

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
        quote = card.brief.quote
        text = (
            self.tr("Link “{0}” as the same claim")
            if same
            else self.tr("Dismiss “{0}” as not the same claim")
        ).format(elide(quote, 40))
        self._edit(
            text,
            lambda: self.edits.judge(claim_id, other_id, same, created_by, quote),
            # Gone at once; the fresh ranking follows from the worker.
            before_refresh=lambda: self._remove_card(card),
        )

    def _remove_card(self, card: CandidateCard) -> None:
        focused = QApplication.focusWidget()
        had_focus = focused is not None and card.isAncestorOf(focused)
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
            self.message.emit(self.tr("Select a claim to find related claims."))
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
        text: str,
        write: Callable[[], UndoStep],
        before_refresh: Callable[[], None] | None = None,
    ) -> UndoStep | None:
        """One step of the window's history: written now, undone and redone from Edit."""
        document = self.controller.document
        article_id = document.article.id if document is not None else None
        claim_id = self.claim_id
        first = [before_refresh]  # the card goes at once, the first time only

        def after_apply(step: UndoStep) -> None:
            refresh, first[0] = first[0], None
            if refresh is not None:
                refresh()
            self._show_where(article_id, claim_id, step.changed_statuses)

        def after_revert(moved: list[str]) -> None:
            self._show_where(article_id, claim_id, moved)
            self.message.emit(self.tr("Undone: {0}").format(text))

        command = CrossArticleCommand(
            text,
            write,
            lambda step: step.restore(),
            self.controller.report_failure,
            after_apply,
            after_revert,
        )
        return command.snapshot if self.controller.push(command) else None

    def _show_where(self, article_id: str | None, claim_id: str | None, moved: list[str]) -> None:
        """Undo or redo: the open article refreshes when the step touched it (a claim of it
        changed status); from an unrelated article, back to the claim the edit was made on."""
        document = self.controller.document
        shown = {c.id for c in document.claims} if document is not None else set()
        if article_id is not None and not shown & {claim_id, *moved}:
            try:
                self.controller.bring_up(article_id)
            except AnnotatorError as error:
                self.controller.report_failure(in_window_language(error))
            if claim_id is not None and self.claim_id != claim_id:
                self.controller.select(claim_id)
        self._after_write(moved)

    def _after_write(self, changed_statuses: list[str]) -> None:
        """Show what is stored now: the open article's claims, the group, fresh suggestions."""
        self.controller.reload_claims(changed_statuses)
        self.controller.saved.emit()
        self._refresh_group()
        self._look_for_candidates(keep_shown=True)

    def shutdown(self) -> None:
        self.search.shutdown()
