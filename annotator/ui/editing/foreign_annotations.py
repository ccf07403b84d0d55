"""Someone else's annotation, about to be changed: ask first, and offer a copy of one's own.

Every annotation stays its annotator's own: changing another annotator's mention
or claim is never done by accident. The user chooses to change it in their layer (asked once
per annotation: ForeignEdits remembers), to copy it into their own layer with the change
(theirs stays untouched), or to leave it.
"""

from __future__ import annotations

import copy
import uuid
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Claim, Mention, Origin
from annotator.domain.timestamps import now_timestamp
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.translation import translate

Annotation = Mention | Claim


class ForeignEdit(Enum):
    CHANGE_THEIRS = "change"
    COPY_TO_MINE = "copy"


def ask(
    parent: QWidget | None, annotation: Annotation, owner: str, *, can_copy: bool
) -> ForeignEdit | None:
    """What to do with ``owner``'s annotation; None to leave it as it is."""
    kind = (
        translate("ForeignAnnotations", "mention")
        if isinstance(annotation, Mention)
        else translate("ForeignAnnotations", "claim")
    )
    quote = " ".join(annotation.quote.split())[:60]
    question = translate("ForeignAnnotations", "The {0} “{1}” was made by {2}.").format(
        kind, quote, owner
    )
    choices = [translate("ForeignAnnotations", "Change theirs")]
    if can_copy:
        question += "\n\n" + translate(
            "ForeignAnnotations",
            "Copy into my layer makes your own copy with your change; theirs stays as it is.",
        )
        choices.append(translate("ForeignAnnotations", "Copy into my layer"))
    else:
        question += "\n\n" + translate("ForeignAnnotations", "Change it in their layer?")
    answer = dialogs.choose_action(
        parent, translate("ForeignAnnotations", "Someone else's annotation"), question, choices
    )
    if answer is None:
        return None
    return ForeignEdit.CHANGE_THEIRS if answer == 0 else ForeignEdit.COPY_TO_MINE


class ForeignEdits:
    """Which of someone else's annotations the user has agreed to change (asked once each)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.allowed: set[str] = set()

    def may_edit(
        self,
        annotation: Annotation,
        annotator_id: str | None,
        parent: QObject | None,
        *,
        can_copy: bool,
    ) -> ForeignEdit | None:
        """Another annotator's annotation is not changed by accident: the user is asked (once
        per annotation to change theirs), and may copy it into their own layer instead
        (every annotation stays its annotator's own)."""
        owner = annotation.created_by
        if (
            owner is None
            or annotator_id is None
            or owner == annotator_id
            or annotation.id in self.allowed
        ):
            return ForeignEdit.CHANGE_THEIRS
        try:
            known = {a.id: a.name for a in self.workspace.agreement.annotators()}
        except AnnotatorError:  # the team database is away: the owner is named by id
            known = {}
        choice = ask(
            parent if isinstance(parent, QWidget) else None,
            annotation,
            known.get(owner, owner),
            can_copy=can_copy and annotator_id is not None,
        )
        if choice is ForeignEdit.CHANGE_THEIRS:
            self.allowed.add(annotation.id)
        return choice


def own_copy(annotation: Annotation, annotator_id: str | None) -> Annotation:
    """A new annotation of ``annotator_id`` with the content of ``annotation`` (new ids, its
    evidence too); the original is not touched."""
    result = copy.deepcopy(annotation)
    result.id = str(uuid.uuid4())
    result.created_by = annotator_id
    result.origin = Origin.MANUAL
    result.adjudicated_from = []
    result.version = 1
    stamp = now_timestamp()
    result.created_at = stamp
    if isinstance(result, Claim):
        result.updated_at = stamp
        for evidence in result.evidence:
            evidence.id = str(uuid.uuid4())
    return result
