"""The related-claims panel's writes, each with the step that puts it back.

Linking claims and giving a group one verdict change other articles too, so they cannot be
commands on the open article's undo stack (Ctrl+Z). Each write here keeps what the service says
it replaced and returns an ``UndoStep`` that restores exactly that. A write that fails raises
(AnnotatorError) and returns no step: Undo never reverses a change that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.domain.claim_groups import ClaimGroup
from annotator.domain.models import Relation
from annotator.services.related.related_claims import RelatedClaimsService
from annotator.ui.common.translation import plural, translate
from annotator.ui.related.related_claims_rows import elide


@dataclass(slots=True)
class UndoStep:
    text: str  # what it undoes, in words: "dismissed “The two soldiers…”"
    restore: Callable[[], list[str]]  # puts the change back; returns claims whose status moved
    changed_statuses: list[str]  # claims whose status the write itself changed


class RelatedClaimsEdits:
    def __init__(self, related: RelatedClaimsService) -> None:
        self.related = related

    def judge(
        self, claim_id: str, other: str, same: bool, created_by: str | None, quote: str
    ) -> UndoStep:
        """ "Same claim" (confirm) or "Not the same" (dismiss) on a suggested pair."""
        judge = self.related.confirm if same else self.related.dismiss
        previous = judge(claim_id, other, created_by)

        def restore() -> list[str]:
            self.related.restore_relation(claim_id, other, previous)
            return []

        done = (
            translate("RelatedClaimsEdits", "linked as the same claim")
            if same
            else translate("RelatedClaimsEdits", "dismissed")
        )
        return UndoStep(f"{done} “{elide(quote, 40)}”", restore, [])

    def unlink(self, member: str, group: ClaimGroup) -> UndoStep:
        """Take a claim out of its group: its "same claim" links to the others go."""
        in_group = set(group.claim_ids)
        pairs = [
            (r.claim_id, r.other_claim_id)
            for r in self.related.relations_of(member)
            if r.relation == Relation.SAME and {r.claim_id, r.other_claim_id} <= in_group
        ]
        previous = [self.related.unlink(a, b) for a, b in pairs]

        def restore() -> list[str]:
            for (a, b), before in zip(pairs, previous, strict=True):
                self.related.restore_relation(a, b, before)
            return []

        quote = next(m.quote for m in group.members if m.claim_id == member)
        unlinked = translate("RelatedClaimsEdits", "unlinked “{0}”").format(elide(quote, 40))
        return UndoStep(unlinked, restore, [])

    def apply_status(self, claim_id: str, status: str, label: str) -> UndoStep:
        """Every claim of the group gets this status, in one transaction."""
        old = self.related.apply_status_to_group(claim_id, status)
        ids = [member for member, _ in old]

        def restore() -> list[str]:
            self.related.restore_statuses(old)
            return ids

        text = translate("RelatedClaimsEdits", "{0} for the group: {1}")
        return UndoStep(text.format(label, plural(len(old), "claim")), restore, ids)
