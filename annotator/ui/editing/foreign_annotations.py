"""Someone else's annotation, about to be changed: ask first, and offer a copy of one's own.

Every annotation stays its annotator's own (issue 12 §1): changing another annotator's mention
or claim is never done by accident. The user chooses to change it in their layer (asked once
per annotation), to copy it into their own layer with the change (theirs stays untouched), or
to leave it.
"""

from __future__ import annotations

import copy
import uuid
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from annotator.domain.models import Claim, Mention, Origin
from annotator.domain.timestamps import now_timestamp
from annotator.ui.common import dialogs

Annotation = Mention | Claim


class ForeignEdit(Enum):
    CHANGE_THEIRS = "change"
    COPY_TO_MINE = "copy"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ForeignAnnotations", text)


def ask(
    parent: QWidget | None, annotation: Annotation, owner: str, *, can_copy: bool
) -> ForeignEdit | None:
    """What to do with ``owner``'s annotation; None to leave it as it is."""
    kind = _tr("mention") if isinstance(annotation, Mention) else _tr("claim")
    quote = " ".join(annotation.quote.split())[:60]
    question = _tr("The {0} “{1}” was made by {2}.").format(kind, quote, owner)
    choices = [_tr("Change theirs")]
    if can_copy:
        question += "\n\n" + _tr(
            "Copy into my layer makes your own copy with your change; theirs stays as it is."
        )
        choices.append(_tr("Copy into my layer"))
    else:
        question += "\n\n" + _tr("Change it in their layer?")
    answer = dialogs.choose_action(parent, _tr("Someone else's annotation"), question, choices)
    if answer is None:
        return None
    return ForeignEdit.CHANGE_THEIRS if answer == 0 else ForeignEdit.COPY_TO_MINE


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
