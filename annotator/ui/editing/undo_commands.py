"""Undo commands: each step is one database transaction, written before the view changes.

A command's redo or undo calls ONE service method, which validates, stores and returns what
was stored; ShownArticle then applies that to the article in memory and announces it. A
command whose write fails is made obsolete, so Qt drops it: Undo never reverses a change that
did not happen. A change that meets someone else's newer version is a conflict: nothing is
stored, theirs is shown, and the user is asked what to keep (the controller asks).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.domain.errors import AnnotatorError, ConnectionLost
from annotator.domain.models import Claim, Mention
from annotator.services.annotating import AnnotationService
from annotator.services.annotation_changes import Annotation, Change, SaveConflict, rebased
from annotator.services.suggestions.suggestion_service import Suggestion, SuggestionService
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import translate
from annotator.ui.editing.kept_edits import KeptEdits
from annotator.ui.editing.shown_article import ShownArticle

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
    def __init__(self, shown: ShownArticle, kept: KeptEdits, text: str) -> None:
        super().__init__(text)
        self.shown, self.kept = shown, kept
        self.what, self.field = text, ""  # what a conflict's new step is named after

    def _guarded(self, write: Callable[[], object]) -> None:
        try:
            write()
        except ConnectionLost as error:
            # The team database could not be reached: nothing was stored, and the controller
            # keeps the edit to save it again once the database answers.
            self.setObsolete(True)
            self.kept.report_lost(f"{self.text()}: {in_window_language(error)}")
        except SaveConflict as conflict:
            self.setObsolete(True)
            self.kept.report_failure(f"{self.text()}: {in_window_language(conflict)}")
            self.shown.met(conflict, self.what, self.field)
        except AnnotatorError as error:
            self.setObsolete(True)
            self.kept.report_failure(f"{self.text()}: {in_window_language(error)}")


class AddAnnotationCommand(_WriteCommand):
    def __init__(
        self,
        shown: ShownArticle,
        kept: KeptEdits,
        service: AnnotationService,
        annotation: Annotation,
        text: str = "",
    ) -> None:
        super().__init__(
            shown,
            kept,
            text or translate("UndoCommands", "Add {0}").format(describe(annotation)),
        )
        self.service, self.annotation = service, annotation

    def redo(self) -> None:
        self._guarded(self._add)

    def _add(self) -> None:
        document = self.shown.bring_up(self.annotation.article_id)
        self.shown.added(self.service.add_annotations([self.annotation], document.article.text))

    def undo(self) -> None:
        self._guarded(self._delete)

    def _delete(self) -> None:
        self.shown.bring_up(self.annotation.article_id)
        self.service.delete_annotations([self.annotation])
        self.shown.removed([self.annotation])


class AcceptSuggestionsCommand(_WriteCommand):
    """Suggestions accepted as annotations, several at once being one step. The first write is
    the suggestion service's (it checks each suggestion still holds); redo after an undo
    stores the very same annotations again."""

    def __init__(
        self,
        shown: ShownArticle,
        kept: KeptEdits,
        services: tuple[AnnotationService, SuggestionService],
        suggestions: list[Suggestion],
        annotator_id: str | None,
    ) -> None:
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
        super().__init__(shown, kept, what)
        self.annotating, self.suggesting = services
        self.suggestions, self.annotator_id = suggestions, annotator_id
        self.annotations: list[Annotation] = []

    def redo(self) -> None:
        self._guarded(self._accept)

    def _accept(self) -> None:
        self.shown.bring_up(one_article(self.suggestions))
        if self.annotations:
            self.shown.added(self.annotating.add_annotations(self.annotations))
        else:
            created = self.suggesting.accept_many(self.suggestions, self.annotator_id)
            self.annotations.extend(created)
            self.shown.added(created)

    def undo(self) -> None:
        self._guarded(self._delete)

    def _delete(self) -> None:
        self.shown.bring_up(one_article(self.suggestions))
        self.annotating.delete_annotations(self.annotations)
        self.shown.removed(self.annotations)


class RejectSuggestionCommand(_WriteCommand):
    """One suggestion rejected, or several at once (the list's Reject all) as one step."""

    def __init__(
        self,
        shown: ShownArticle,
        kept: KeptEdits,
        service: SuggestionService,
        suggestions: list[Suggestion],
    ) -> None:
        quote = suggestions[0].quote[:30]
        super().__init__(
            shown,
            kept,
            translate("UndoCommands", "Reject suggested {0} “{1}”").format(
                kind_name(suggestions[0].kind), quote
            )
            if len(suggestions) == 1
            else translate("UndoCommands", "Reject {0} suggestions “{1}”").format(
                len(suggestions), quote
            ),
        )
        self.service, self.suggestions = service, suggestions

    def redo(self) -> None:
        self._guarded(lambda: self._write(rejected=True))

    def undo(self) -> None:
        self._guarded(lambda: self._write(rejected=False))

    def _write(self, *, rejected: bool) -> None:
        self.shown.bring_up(one_article(self.suggestions))
        if rejected:
            self.service.reject_many(self.suggestions)
        else:
            self.service.unreject_many(self.suggestions)
        self.shown.rejections_changed()


class DeleteAnnotationCommand(_WriteCommand):
    def __init__(
        self,
        shown: ShownArticle,
        kept: KeptEdits,
        service: AnnotationService,
        annotation: Annotation,
        linked_claims: list[Claim],
    ) -> None:
        super().__init__(
            shown, kept, translate("UndoCommands", "Delete {0}").format(describe(annotation))
        )
        self.service, self.annotation, self.linked_claims = service, annotation, linked_claims

    def redo(self) -> None:
        self._guarded(self._delete)

    def _delete(self) -> None:
        self.shown.bring_up(self.annotation.article_id)
        self.service.delete_annotations([self.annotation])
        self.shown.removed([self.annotation])

    def undo(self) -> None:
        self._guarded(self._restore)

    def _restore(self) -> None:
        document = self.shown.bring_up(self.annotation.article_id)
        if isinstance(self.annotation, Mention):
            relinked = self.service.restore_mention(self.annotation, self.linked_claims)
            self.shown.restored(self.annotation, relinked)
        else:
            self.shown.added(self.service.add_annotations([self.annotation], document.article.text))


class ReplaceAnnotationCommand(_WriteCommand):
    """Any change of an existing annotation: a field, its status, its boundaries.

    Redo stores the fields this step changes over the version the user saw (``seen``), undo
    stores back the values seen over the version redo stored: a status set meanwhile from
    elsewhere (a whole claim group) is not overwritten by an older step's copy of the claim,
    and a field someone else saved meanwhile is a conflict the user decides, never lost.
    """

    def __init__(
        self,
        shown: ShownArticle,
        kept: KeptEdits,
        service: AnnotationService,
        change: Change,
        what: str,
        field: str = "",
        by: str | None = None,
    ) -> None:
        super().__init__(
            shown, kept, translate("UndoCommands", "{0} of {1}").format(what, describe(change.seen))
        )
        self.service, self.by, self.what = service, by, what
        self.seen, self.after, self.field = change.seen, change.edited, field
        self.fields = change.fields
        self.stored: Annotation | None = None  # as the last redo or undo stored it

    def redo(self) -> None:
        self._guarded(lambda: self._save(self.stored or self.seen, self.after))

    def undo(self) -> None:
        self._guarded(lambda: self._save(self.stored or self.after, self.seen))

    def _save(self, base: Annotation, values: Annotation) -> None:
        document = self.shown.bring_up(values.article_id)
        base = rebased(base, self.shown.shown(values), self.fields)
        change = Change(base, values, self.fields)
        self.stored = self.service.save_change(change, document.article.text, self.by)
        self.shown.replaced(self.stored)

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
        self.after, self.stored = other.after, other.stored
        self.fields = self.fields | other.fields
        return True


def one_article(suggestions: list[Suggestion]) -> str:
    articles = {s.article_id for s in suggestions}
    if len(articles) != 1:
        raise AnnotatorError(
            translate("ArticleController", "suggestions of several articles at once")
        )
    return articles.pop()
