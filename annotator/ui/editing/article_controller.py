"""The open article and every edit of it, between the widgets and the services.

Widgets send user intentions here (create a claim from this span, change this field); the
controller turns each into an undo command on the window's one history (``history``, beside
the edits that reach across articles), and after each successful database write updates its
in-memory article and emits what changed. Undoing a step of another article opens it first.
Signals carry domain ids and objects, never widgets (STYLE.md).
"""

from __future__ import annotations

import copy
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from annotator.domain.errors import AnnotatorError, ConnectionLost, EditConflict
from annotator.domain.models import ArticleStatus, Claim, Mention, Origin
from annotator.domain.schemes import Schemes
from annotator.services.annotating import ArticleDocument
from annotator.services.suggestions.suggestion_service import Suggestion
from annotator.services.workspace import Workspace
from annotator.ui.common.messages import say
from annotator.ui.editing import foreign_annotations
from annotator.ui.editing.foreign_annotations import ForeignEdit, own_copy
from annotator.ui.editing.undo_commands import (
    AcceptSuggestionsCommand,
    AddAnnotationCommand,
    Annotation,
    DeleteAnnotationCommand,
    RejectSuggestionCommand,
    ReplaceAnnotationCommand,
    describe,
    patched,
)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Garbage collection off for a while, back as it was whatever happens."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# A long article opens with the annotations of its first this many code points read (far more
# than a screenful); the rest is read after the first frame, or as soon as anything needs it.
FIRST_PART = 20_000

# Beyond this many annotations come or gone, an article read again is drawn anew as a whole.
REDRAW_BEYOND = 50


class ArticleController(QObject):
    article_opened = Signal(object)  # ArticleDocument, or None when no article is open
    # The rest of a long article's annotations, read after it was shown (mentions, claims):
    # see ArticleDocument and FIRST_PART.
    article_completed = Signal(object, object)
    annotation_added = Signal(object)  # Mention | Claim
    annotation_removed = Signal(str)
    annotation_changed = Signal(object)  # Mention | Claim, as stored
    selection_changed = Signal(object)  # annotation id or None
    article_status_changed = Signal(str, str)  # article id, status
    saved = Signal()  # a write reached the database
    failed = Signal(str)  # a write did not; the message says which and why
    # Entities named in suggestions may have changed, or annotations came from elsewhere:
    # the suggestions are computed anew.
    suggestions_changed = Signal()
    rejections_changed = Signal()  # a suggestion was rejected, or its rejection undone
    # The open article's stored annotations came or went: its id and [(annotation, +1 or -1)]
    # for the user's own edits (the list counts them in place), or None when it was read
    # again (the list reads its row again).
    counts_changed = Signal(str, object)
    # Undo or redo of a step of an article that is not open: the window shows it (the list
    # follows); without a window the controller opens it itself.
    reveal_requested = Signal(str)
    # A write could not reach the team database; the edit is kept in ``unsaved`` to be saved
    # again (SaveRetry) once the database answers.
    connection_lost = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = workspace.annotations
        self.schemes: Schemes = self.service.schemes()
        self.document: ArticleDocument | None = None
        self.annotator_id: str | None = None
        self.selected_id: str | None = None
        # One history for every edit, of any article or across articles (issue 10 §10).
        self.history = QUndoStack(self)
        self._push_failed = False
        self._lost = False
        # Edits refused only because the team database could not be reached, oldest first:
        # each makes its step anew, to be pushed again on reconnect.
        self.unsaved: list[Callable[[], QUndoCommand | None]] = []
        # Someone else's annotations the user has agreed to change (asked once each).
        self._foreign_allowed: set[str] = set()
        # Layers per annotator (View › Annotators): whose annotations the window leaves out.
        self.hidden_layers: set[str] = set()
        self.annotator_names: dict[str, str] = {}

    # --- opening -----------------------------------------------------------------------------

    def open_article(self, article_id: str | None) -> bool:
        # Thousands of records are read and shown, and all live on: a collection pass in the
        # middle would only walk them (tens of milliseconds per open, issue 17 §3).
        with collection_paused():
            document = self.service.open_article(article_id, FIRST_PART) if article_id else None
            if article_id and document is None:
                return False
            if document is not None and self.hidden_layers:
                document.keep_only(self.shows)
            if document is not None and not document.loaded:
                document.on_complete = lambda mentions, claims, read=document: self._completed(
                    read, mentions, claims
                )
            self.document = document
            self.selected_id = None
            self.article_opened.emit(document)
            self.selection_changed.emit(None)
        return True

    def _completed(
        self, document: ArticleDocument, mentions: list[Mention], claims: list[Claim]
    ) -> None:
        if document is not self.document:
            return  # an article opened before (nothing of it is shown any more)
        with collection_paused():
            self.article_completed.emit(mentions, claims)

    def shows(self, annotation: Annotation) -> bool:
        return self.shows_annotator(annotation.created_by)

    def shows_annotator(self, annotator_id: str | None) -> bool:
        return annotator_id is None or annotator_id not in self.hidden_layers

    def count(self, kind: str) -> int:
        """How many mentions (``kind`` "mention") or claims the open article shows, without
        reading the rest of a long one."""
        if self.document is None:
            return 0
        return self.document.count(kind, self.shows_annotator)

    def set_layer_shown(self, annotator_id: str, shown: bool) -> None:
        """Show or hide one annotator's layer; the open article is drawn again."""
        if shown:
            self.hidden_layers.discard(annotator_id)
        else:
            self.hidden_layers.add(annotator_id)
        if self.document is not None:
            selected = self.selected_id
            self.open_article(self.document.article.id)
            self.select(selected)

    def owner_name(self, annotation: Annotation) -> str:
        """Whose annotation this is, when not the user's own ("" for one's own)."""
        owner = annotation.created_by
        if owner is None or owner == self.annotator_id:
            return ""
        if owner not in self.annotator_names:
            known = {a.id: a.name for a in self.workspace.agreement.annotators()}
            self.annotator_names.update(known)
        return self.annotator_names.get(owner, owner)

    def forget_article(self, article_id: str) -> None:
        """The article was removed: it closes if it was open. Its steps stay in the history:
        undoing the removal brings it back, and a step of a purged article fails by name."""
        if self.document is not None and self.document.article.id == article_id:
            self.open_article(None)

    def reload_schemes(self) -> None:
        """Schemes were edited: redraw the open article with the new labels and colours."""
        self.schemes = self.service.schemes()
        if self.document is not None:
            selected = self.selected_id
            self.article_opened.emit(self.document)
            self.selected_id = None
            self.select(selected)

    @property
    def stack(self) -> QUndoStack:
        return self.history

    def push(self, command: QUndoCommand) -> bool:
        """Push and run a step of the history; False when its write failed (Qt drops it)."""
        return self._push(command)

    def annotation(self, annotation_id: str | None) -> Annotation | None:
        """A copy of an annotation of the open article: edit it, then pass it to change()."""
        found = self._stored(annotation_id)
        return copy.deepcopy(found) if found is not None else None

    def _stored(self, annotation_id: str | None) -> Annotation | None:
        if self.document is None or annotation_id is None:
            return None
        # From the end: the annotation just added or selected is usually the last one, and
        # the widgets ask for it several times after every edit (5,000 annotations).
        for items in (self.document.mentions, self.document.claims):
            for item in reversed(items):
                if item.id == annotation_id:
                    return item
        return None

    def select(self, annotation_id: str | None) -> None:
        if self._stored(annotation_id) is None:
            annotation_id = None
        if annotation_id != self.selected_id:
            self.selected_id = annotation_id
            self.selection_changed.emit(annotation_id)

    # --- user intentions ---------------------------------------------------------------------

    def create_mention(
        self,
        start: int,
        end: int,
        entity_type: str,
        entity_id: str | None = None,
        origin: Origin = Origin.MANUAL,
    ) -> Mention | None:
        if self.document is None:
            return None
        try:
            mention = self.service.new_mention(
                self.document.article, start, end, entity_type, self.annotator_id, origin
            )
            mention.entity_id = entity_id
        except AnnotatorError as error:
            self.report_failure(say(error))
            return None
        again = lambda: AddAnnotationCommand(self, copy.deepcopy(mention))  # noqa: E731
        return mention if self._push(again(), again) else None

    def create_claim(self, start: int, end: int, origin: Origin = Origin.MANUAL) -> Claim | None:
        if self.document is None:
            return None
        try:
            claim = self.service.new_claim(
                self.document.article, start, end, self.annotator_id, origin
            )
        except AnnotatorError as error:
            self.report_failure(say(error))
            return None
        again = lambda: AddAnnotationCommand(self, copy.deepcopy(claim))  # noqa: E731
        return claim if self._push(again(), again) else None

    def accept_suggestions(self, suggestions: list[Suggestion]) -> list[Annotation]:
        """Store suggestions as annotations (origin ``suggestion``), all of them one step."""
        if self.document is None or not suggestions:
            return []
        command = AcceptSuggestionsCommand(self, suggestions)
        return list(command.annotations) if self._push(command) else []

    def reject_suggestion(self, suggestion: Suggestion) -> bool:
        """Never offer this suggestion again; an undoable step like any other."""
        if self.document is None:
            return False
        return self._push(RejectSuggestionCommand(self, suggestion))

    def reject_suggestions(self, suggestions: list[Suggestion]) -> bool:
        """Never offer any of these again: one transaction, one step of the history."""
        if self.document is None or not suggestions:
            return False
        return self._push(RejectSuggestionCommand(self, list(suggestions)))

    def delete(self, annotation_id: str | None = None) -> bool:
        annotation = self.annotation(annotation_id or self.selected_id)
        if annotation is None:
            return False
        if self._may_edit(annotation, can_copy=False) is None:
            return False
        linked = []
        if isinstance(annotation, Mention) and self.document is not None:
            linked = [
                copy.deepcopy(c) for c in self.document.claims if annotation.id in c.mention_ids
            ]
        again = lambda: DeleteAnnotationCommand(self, annotation, copy.deepcopy(linked))  # noqa: E731
        return self._push(again(), again)

    def change(self, after: Annotation, what: str, field: str = "") -> bool:
        """Store an edited copy of an annotation (a form field, the status, the bounds)."""
        before = self.annotation(after.id)
        if before is None or before == after:
            return False
        choice = self._may_edit(before, can_copy=True)
        if choice is None or choice is ForeignEdit.COPY_TO_MINE:
            self.annotation_changed.emit(before)  # the forms show what is stored again
            return choice is not None and self.copy_into_my_layer(after)

        def again() -> QUndoCommand:
            return ReplaceAnnotationCommand(
                self, copy.deepcopy(before), copy.deepcopy(after), what, field
            )

        return self._push(again(), again)

    def copy_into_my_layer(self, annotation: Annotation) -> bool:
        """The user's own copy of (someone else's) annotation, selected; theirs untouched."""
        mine = own_copy(annotation, self.annotator_id)
        text = self.tr("Copy {0} into my layer").format(describe(annotation))
        return self._push(AddAnnotationCommand(self, mine, text))

    def _may_edit(self, annotation: Annotation, *, can_copy: bool) -> ForeignEdit | None:
        """Another annotator's annotation is not changed by accident: the user is asked (once
        per annotation to change theirs), and may copy it into their own layer instead
        (issue 12: every annotation stays its annotator's own)."""
        owner = annotation.created_by
        if (
            owner is None
            or self.annotator_id is None
            or owner == self.annotator_id
            or annotation.id in self._foreign_allowed
        ):
            return ForeignEdit.CHANGE_THEIRS
        known = {a.id: a.name for a in self.workspace.agreement.annotators()}
        parent = self.parent()
        choice = foreign_annotations.ask(
            parent if isinstance(parent, QWidget) else None,
            annotation,
            known.get(owner, owner),
            can_copy=can_copy and self.annotator_id is not None,
        )
        if choice is ForeignEdit.CHANGE_THEIRS:
            self._foreign_allowed.add(annotation.id)
        return choice

    def set_claim_status(self, status_id: str, claim_id: str | None = None) -> bool:
        claim = self.annotation(claim_id or self.selected_id)
        if not isinstance(claim, Claim) or status_id not in self.schemes.status_ids():
            return False
        after = copy.deepcopy(claim)
        after.status = status_id
        return self.change(after, self.tr("Status"))

    def set_bounds(self, annotation_id: str, start: int, end: int) -> bool:
        annotation = self.annotation(annotation_id)
        if annotation is None or self.document is None:
            return False
        text = self.document.article.text
        if not 0 <= start < end <= len(text):
            return False
        after = copy.deepcopy(annotation)
        after.start, after.end, after.quote = start, end, text[start:end]
        return self.change(after, self.tr("Boundaries"))

    def set_article_status(self, status: ArticleStatus) -> None:
        if self.document is None:
            return
        article_id = self.document.article.id
        again = lambda: self._write_status(article_id, status)  # noqa: E731
        if self.unsaved:
            self._keep(again, behind=True)
        else:
            self._push_failed, self._lost = False, False
            self._write_status(article_id, status)
            if self._lost:  # kept: shown as set, and saved once the database answers
                self._keep(again, behind=False)
            elif self._push_failed:
                return
        self.document.article.status = status
        self.article_status_changed.emit(self.document.article.id, str(status))
        if not self.unsaved:
            self.saved.emit()

    # --- writes, called by the undo commands ------------------------------------------------

    def write_add(self, annotation: Annotation) -> None:
        self.write_add_many([annotation])

    def write_accept(self, suggestions: list[Suggestion]) -> list[Annotation]:
        articles = {s.article_id for s in suggestions}
        if len(articles) != 1:
            raise AnnotatorError(self.tr("suggestions of several articles at once"))
        self.bring_up(articles.pop())
        created = self.workspace.suggestions.accept_many(suggestions, self.annotator_id)
        self._adopt(created)
        return created

    def write_add_many(self, annotations: list[Annotation]) -> None:
        for annotation in annotations:
            self._document_of(annotation)
        self.service.add_annotations(annotations)
        self._adopt(annotations)

    def write_delete_many(self, annotations: list[Annotation]) -> None:
        for annotation in annotations:
            self._document_of(annotation)
        self.service.delete_annotations(annotations)
        for annotation in annotations:
            self._forget(annotation)

    def write_rejection(self, suggestions: list[Suggestion], *, rejected: bool) -> None:
        articles = {s.article_id for s in suggestions}
        if len(articles) != 1:
            raise AnnotatorError("suggestions of several articles at once")
        self.bring_up(articles.pop())
        if rejected:
            self.workspace.suggestions.reject_many(suggestions)
        else:
            self.workspace.suggestions.unreject_many(suggestions)
        self._after_write(self.rejections_changed.emit)

    def write_delete(self, annotation: Annotation) -> None:
        self.write_delete_many([annotation])

    def write_restore(self, annotation: Annotation, linked_claims: list[Claim]) -> None:
        if isinstance(annotation, Claim):
            self.write_add_many([annotation])
            return
        document = self._document_of(annotation)
        relinked = self.service.restore_mention(annotation, linked_claims)
        document.mentions.append(copy.deepcopy(annotation))
        for stored in relinked:
            self._replace_in_memory(document, stored)

        def announce() -> None:
            self.annotation_added.emit(self.annotation(annotation.id))
            for claim in relinked:
                self.annotation_changed.emit(self.annotation(claim.id))
            self.counts_changed.emit(annotation.article_id, [(annotation, +1)])

        self._after_write(announce)
        self.select(annotation.id)

    def write_patch(self, source: Annotation, fields: frozenset[str]) -> None:
        """Store the given fields of ``source`` onto the annotation as it is stored now."""
        self.bring_up(source.article_id)
        current = self._stored(source.id)
        if current is None:
            raise AnnotatorError(self.tr("that annotation no longer exists"))
        try:
            self.write_replace(patched(current, source, fields))
        except EditConflict as conflict:
            # Someone else saved it first (team mode): show theirs, and say what yours was
            # so it can be applied again over theirs.
            self._reload_annotation(source.id)
            yours = "; ".join(f"{name} = {getattr(source, name)!r}" for name in sorted(fields))
            raise EditConflict(
                self.tr("{0}. Now showing theirs; yours: {1}").format(conflict, yours)
            ) from None

    def write_replace(self, annotation: Annotation) -> None:
        document = self._document_of(annotation)
        text = document.article.text
        if isinstance(annotation, Mention):
            stored: Annotation = self.service.update_mention(annotation, text)
        else:
            stored = self.service.update_claim(annotation, text)
        self._replace_in_memory(document, stored)
        self._after_write(lambda: self.annotation_changed.emit(self.annotation(stored.id)))

    def report_failure(self, message: str) -> None:
        self._push_failed = True
        self.failed.emit(message)

    def report_lost(self, message: str) -> None:
        """A write that did not reach the team database: not saved, said so, kept to retry."""
        self._lost = True
        self.report_failure(
            self.tr("{0} — kept; it is saved as soon as the database answers again").format(message)
        )

    def _write_status(self, article_id: str, status: ArticleStatus) -> None:
        """An article's status written (no step of the history: it never was one); a failure
        reported, a lost connection as such (``_lost``)."""
        try:
            self.service.set_article_status(article_id, status, self.annotator_id)
        except ConnectionLost as error:
            self.report_lost(say(error))
        except AnnotatorError as error:
            self.report_failure(say(error))

    def retry_unsaved(self) -> bool:
        """Save the kept edits again, oldest first; True when none is left. One that fails
        for another reason (someone else saved first) is reported as usual and not kept."""
        while self.unsaved:
            self._push_failed, self._lost = False, False
            step = self.unsaved[0]()
            if step is not None:  # a status is written by the call itself
                self.history.push(step)
            if self._lost:
                return False
            self.unsaved.pop(0)
            if step is None and not self._push_failed and not self.unsaved:
                self.saved.emit()  # a command says so itself once written
        return True

    # --- inside ------------------------------------------------------------------------------

    def _push(self, command, again: Callable[[], QUndoCommand] | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Push and run a command; False when its write failed (Qt then drops it). ``again``
        makes the same step anew: kept when the team database could not be reached."""
        self._push_failed, self._lost = False, False
        if self.unsaved and again is not None:
            self._keep(again, behind=True)
            return False
        self.history.push(command)
        if self._lost and again is not None:
            self._keep(again, behind=False)
        return not self._push_failed

    def _keep(self, again: Callable[[], QUndoCommand | None], *, behind: bool) -> None:
        """Keep an edit to be saved once the team database answers (SaveRetry). ``behind``:
        it was not even tried, because edits wait in order and a later one never overtakes
        one kept already."""
        self.unsaved.append(again)
        if behind:
            self.report_failure(self.tr("Not saved yet: waiting for the database to answer"))
        self.connection_lost.emit()

    def _reload_annotation(self, annotation_id: str) -> None:
        """The stored version of one annotation of the open article, read again."""
        if self.document is None:
            return
        fresh = self.service.open_article(self.document.article.id)
        if fresh is None:
            return
        for item in (*fresh.mentions, *fresh.claims):
            if item.id == annotation_id:
                self._replace_in_memory(self.document, item)
                self.annotation_changed.emit(self.annotation(annotation_id))

    def _document_of(self, annotation: Annotation) -> ArticleDocument:
        return self.bring_up(annotation.article_id)

    def bring_up(self, article_id: str) -> ArticleDocument:
        """The open article, after opening ``article_id`` if another one is shown: a step of
        the one history may belong to any article, and its undo shows where it happens."""
        if self.document is None or self.document.article.id != article_id:
            self.reveal_requested.emit(article_id)
            if self.document is None or self.document.article.id != article_id:
                self.open_article(article_id)
        if self.document is None or self.document.article.id != article_id:
            raise AnnotatorError(self.tr("that article is no longer there (removed?)"))
        # Every write comes here first: a long article's annotations not read yet are read
        # before the write, or the write would be read back among them and kept twice.
        self.document.complete()
        return self.document

    def _adopt(self, annotations: list[Annotation]) -> None:
        """Annotations just stored: into the open article, announced, the only one selected."""
        document = self._document_of(annotations[0]) if annotations else None
        if document is None:
            return
        for annotation in annotations:
            items = document.mentions if isinstance(annotation, Mention) else document.claims
            items.append(copy.deepcopy(annotation))

        def announce() -> None:
            for annotation in annotations:
                self.annotation_added.emit(self.annotation(annotation.id))
            self.counts_changed.emit(document.article.id, [(a, +1) for a in annotations])

        self._after_write(announce)
        if len(annotations) == 1:
            self.select(annotations[0].id)

    def _forget(self, annotation: Annotation) -> None:
        """An annotation just deleted: out of the open article, announced."""
        document = self._document_of(annotation)
        if isinstance(annotation, Mention):
            document.mentions = [m for m in document.mentions if m.id != annotation.id]
            # Claims lose their link to it in the database (ON DELETE CASCADE) and here.
            for claim in document.claims:
                if annotation.id in claim.mention_ids:
                    claim.mention_ids = [m for m in claim.mention_ids if m != annotation.id]
        else:
            document.claims = [c for c in document.claims if c.id != annotation.id]
        if self.selected_id == annotation.id:
            self.select(None)

        def announce() -> None:
            self.annotation_removed.emit(annotation.id)
            self.counts_changed.emit(document.article.id, [(annotation, -1)])

        self._after_write(announce)

    @staticmethod
    def _replace_in_memory(document: ArticleDocument, stored: Annotation) -> None:
        items = document.mentions if isinstance(stored, Mention) else document.claims
        for index, item in enumerate(items):
            if item.id == stored.id:
                items[index] = stored
                return

    def _after_write(self, notify) -> None:  # type: ignore[no-untyped-def]
        notify()
        self.saved.emit()

    # --- changes made elsewhere --------------------------------------------------------------

    def reload_claims(self, claim_ids: list[str]) -> None:
        """Claims of the open article changed outside its undo stack (a verdict given to a whole
        claim group, or its undo): read them again and show them as stored."""
        if self.document is None:
            return
        wanted = set(claim_ids) & {c.id for c in self.document.claims}
        fresh = self.service.open_article(self.document.article.id) if wanted else None
        if fresh is None:
            return
        for claim in fresh.claims:
            if claim.id in wanted:
                self._replace_in_memory(self.document, claim)
                self.annotation_changed.emit(self.annotation(claim.id))

    def refresh_article(self) -> None:
        """Entities were renamed, merged or deleted (the Entities view), or an import added
        annotations: read the open article again; the annotations whose entity links changed,
        and the selected one (its form names entities), are announced as changed — or, when
        annotations were added or removed, the article is shown anew. Its undo history stays."""
        if self.document is None:
            return
        fresh = self.service.open_article(self.document.article.id)
        if fresh is None:
            return
        fresh.mentions = [m for m in fresh.mentions if self.shows(m)]
        fresh.claims = [c for c in fresh.claims if self.shows(c)]
        if fresh.article.status != self.document.article.status:  # set elsewhere
            self.document.article.status = fresh.article.status
            self.article_status_changed.emit(fresh.article.id, str(fresh.article.status))
        ids = {a.id for a in (*self.document.mentions, *self.document.claims)}
        fresh_ids = {a.id for a in (*fresh.mentions, *fresh.claims)}
        if len(ids ^ fresh_ids) > REDRAW_BEYOND:
            # Many annotations came or went (a dataset import into the open article): redraw
            # it all.
            selected = self.selected_id if self.selected_id in ids else None
            self.document = fresh
            self.article_opened.emit(fresh)
            self.selected_id = None
            self.select(selected)
            self.counts_changed.emit(fresh.article.id, None)
            return
        # A few came or went (a colleague's edit): one by one, so the form and what is typed
        # in it stay as they are.
        for gone in ids - fresh_ids:
            self.document.mentions = [m for m in self.document.mentions if m.id != gone]
            self.document.claims = [c for c in self.document.claims if c.id != gone]
            if self.selected_id == gone:
                self.select(None)
            self.annotation_removed.emit(gone)
        for came in (a for a in (*fresh.mentions, *fresh.claims) if a.id not in ids):
            items = self.document.mentions if isinstance(came, Mention) else self.document.claims
            items.append(came)
            self.annotation_added.emit(self.annotation(came.id))
        for stored in (*fresh.mentions, *fresh.claims):
            before = self._stored(stored.id)
            if before is not None and (before != stored or stored.id == self.selected_id):
                self._replace_in_memory(self.document, stored)
                self.annotation_changed.emit(self.annotation(stored.id))
        if ids != fresh_ids:
            self.counts_changed.emit(fresh.article.id, None)
        # Entities named in suggestions may be renamed, merged or gone.
        self.suggestions_changed.emit()
