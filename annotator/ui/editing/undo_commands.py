"""Undo commands: each step is one database transaction, written before the view changes.

A command whose write fails is made obsolete, so Qt drops it: Undo never reverses a change
that did not happen. The controller applies successful writes to its in-memory
article and tells the widgets.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from annotator.domain.errors import AnnotatorError, ConnectionLost
from annotator.domain.models import Claim, Mention
from annotator.services.suggestions.suggestion_service import Suggestion
from annotator.ui.common.messages import say
from annotator.ui.common.translation import translate

Annotation = Mention | Claim


class AnnotationWriter(Protocol):
    """What a command needs from the controller that pushes it (its AnnotationWrites): the
    writes, and a way to report one that failed. Declared here so that the commands never
    import the controller."""

    def write_add(self, annotation: Annotation) -> None: ...
    def write_add_many(self, annotations: list[Annotation]) -> None: ...
    def write_accept(self, suggestions: list[Suggestion]) -> list[Annotation]: ...
    def write_delete(self, annotation: Annotation) -> None: ...
    def write_delete_many(self, annotations: list[Annotation]) -> None: ...
    def write_rejection(self, suggestions: list[Suggestion], *, rejected: bool) -> None: ...
    def write_restore(self, annotation: Annotation, linked_claims: list[Claim]) -> None: ...
    def write_patch(self, source: Annotation, fields: frozenset[str]) -> None: ...
    def report_failure(self, message: str) -> None: ...
    def report_lost(self, message: str) -> None: ...


# Consecutive edits of one text field of one claim merge into a single undo step.
_MERGE_ID = 7301
MERGEABLE_FIELDS = {"claim_reviewed", "justification", "tags", "claimant", "review_url"}


def describe(annotation: Annotation) -> str:
    kind = kind_name("claim" if isinstance(annotation, Claim) else "mention")
    quote = annotation.quote if len(annotation.quote) <= 30 else annotation.quote[:29] + "…"
    return f"{kind} “{quote}”"


def kind_name(kind: str) -> str:
    """ "claim" or "mention" in the window's language."""
    if kind == "claim":
        return translate("UndoCommands", "claim")
    if kind == "mention":
        return translate("UndoCommands", "mention")
    return kind


class _WriteCommand(QUndoCommand):
    def __init__(self, controller: AnnotationWriter, text: str) -> None:
        super().__init__(text)
        self.controller = controller

    def _guarded(self, write: Callable[[], object]) -> None:
        try:
            write()
        except ConnectionLost as error:
            # The team database could not be reached: nothing was stored, and the controller
            # keeps the edit to save it again once the database answers.
            self.setObsolete(True)
            self.controller.report_lost(f"{self.text()}: {say(error)}")
        except AnnotatorError as error:
            self.setObsolete(True)
            self.controller.report_failure(f"{self.text()}: {say(error)}")


class AddAnnotationCommand(_WriteCommand):
    def __init__(
        self, controller: AnnotationWriter, annotation: Annotation, text: str = ""
    ) -> None:
        super().__init__(
            controller, text or translate("UndoCommands", "Add {0}").format(describe(annotation))
        )
        self.annotation = annotation

    def redo(self) -> None:
        self._guarded(lambda: self.controller.write_add(self.annotation))

    def undo(self) -> None:
        self._guarded(lambda: self.controller.write_delete(self.annotation))


class AcceptSuggestionsCommand(_WriteCommand):
    """Suggestions accepted as annotations, several at once being one step. The first write is
    the suggestion service's (it checks each suggestion still holds); redo after an undo
    stores the very same annotations again."""

    def __init__(self, controller: AnnotationWriter, suggestions: list[Suggestion]) -> None:
        first = suggestions[0]
        what = (
            translate("UndoCommands", "Accept suggested {0} “{1}”").format(
                kind_name(first.kind), first.quote[:30]
            )
            if len(suggestions) == 1
            else translate("UndoCommands", "Accept {0} suggestions “{1}”").format(
                len(suggestions), first.quote[:30]
            )
        )
        super().__init__(controller, what)
        self.suggestions = suggestions
        self.annotations: list[Annotation] = []

    def redo(self) -> None:
        if self.annotations:
            self._guarded(lambda: self.controller.write_add_many(self.annotations))
        else:
            self._guarded(
                lambda: self.annotations.extend(self.controller.write_accept(self.suggestions))
            )

    def undo(self) -> None:
        self._guarded(lambda: self.controller.write_delete_many(self.annotations))


class RejectSuggestionCommand(_WriteCommand):
    """One suggestion rejected, or several at once (the list's Reject all) as one step."""

    def __init__(
        self, controller: AnnotationWriter, suggestion: Suggestion | list[Suggestion]
    ) -> None:
        suggestions = suggestion if isinstance(suggestion, list) else [suggestion]
        quote = suggestions[0].quote[:30]
        super().__init__(
            controller,
            translate("UndoCommands", "Reject suggested {0} “{1}”").format(
                kind_name(suggestions[0].kind), quote
            )
            if len(suggestions) == 1
            else translate("UndoCommands", "Reject {0} suggestions “{1}”").format(
                len(suggestions), quote
            ),
        )
        self.suggestions = suggestions

    def redo(self) -> None:
        self._guarded(lambda: self.controller.write_rejection(self.suggestions, rejected=True))

    def undo(self) -> None:
        self._guarded(lambda: self.controller.write_rejection(self.suggestions, rejected=False))


class DeleteAnnotationCommand(_WriteCommand):
    def __init__(
        self, controller: AnnotationWriter, annotation: Annotation, linked_claims: list[Claim]
    ) -> None:
        super().__init__(
            controller, translate("UndoCommands", "Delete {0}").format(describe(annotation))
        )
        self.annotation = annotation
        self.linked_claims = linked_claims

    def redo(self) -> None:
        self._guarded(lambda: self.controller.write_delete(self.annotation))

    def undo(self) -> None:
        self._guarded(lambda: self.controller.write_restore(self.annotation, self.linked_claims))


class ReplaceAnnotationCommand(_WriteCommand):
    """Any change of an existing annotation: a field, its status, its boundaries.

    Undo and redo touch only the fields this step changed, patched onto the annotation as it
    is stored now: a status set meanwhile from elsewhere (a whole claim group) is not
    overwritten by an older step's copy of the claim.
    """

    def __init__(
        self,
        controller: AnnotationWriter,
        before: Annotation,
        after: Annotation,
        what: str,
        field: str = "",
    ) -> None:
        super().__init__(
            controller, translate("UndoCommands", "{0} of {1}").format(what, describe(before))
        )
        self.before, self.after, self.field = before, after, field
        self.fields = changed_fields(before, after)

    def redo(self) -> None:
        self._guarded(lambda: self.controller.write_patch(self.after, self.fields))

    def undo(self) -> None:
        self._guarded(lambda: self.controller.write_patch(self.before, self.fields))

    def id(self) -> int:
        return _MERGE_ID if self.field in MERGEABLE_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Qt offers a command for merging before it drops it as obsolete: a refused write must
        # not lend its never-saved value to this step.
        if not (
            isinstance(other, ReplaceAnnotationCommand)
            and not other.isObsolete()
            and other.field == self.field
            and other.after.id == self.after.id
        ):
            return False
        self.after = other.after
        self.fields = self.fields | other.fields
        return True


# Written by the database on every save, never an edit of the user's.
_NOT_EDITS = {"updated_at"}


def changed_fields(before: Annotation, after: Annotation) -> frozenset[str]:
    return frozenset(
        f.name
        for f in dataclasses.fields(before)
        if f.name not in _NOT_EDITS and getattr(before, f.name) != getattr(after, f.name)
    )


def patched(current: Annotation, source: Annotation, names: frozenset[str]) -> Annotation:
    """``current`` with the values of ``names`` taken from ``source``."""
    result = copy.deepcopy(current)
    for name in names:
        setattr(result, name, copy.deepcopy(getattr(source, name)))
    return result
