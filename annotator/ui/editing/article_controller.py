"""The open article and every edit of it, between the widgets and the services.

Widgets send user intentions here (create a claim from this span, change this field); the
controller turns each into an undo command on the window's one history (``history``, beside
the edits that reach across articles), and after each successful database write updates its
in-memory article and emits what changed. Undoing a step of another article opens it first.
Signals carry domain ids and objects, never widgets.

It owns small collaborators, each given exactly what it needs: NewAnnotations (a span made a
mention or a claim, suggestions taken or refused), KeptEdits (pushing steps,
keeping those the team database could not take), ShownArticle (what a stored write does to the
article in memory, announced with this controller's signals), ArticleRefresh (the article read
again after changes made elsewhere) and ForeignEdits (asking before someone else's annotation
is changed). A save that met someone else's newer version is put to the user
(edit_conflicts): nothing is saved over theirs without that choice.
"""

from __future__ import annotations

import copy
import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import ArticleStatus, Claim, Mention
from annotator.domain.schemes import Schemes
from annotator.services.annotating import ArticleDocument
from annotator.services.annotation_changes import (
    Annotation,
    Change,
    changed_fields,
)
from annotator.services.workspace import Workspace
from annotator.ui.editing.article_refresh import ArticleRefresh
from annotator.ui.editing.edit_conflicts import ConflictChoices
from annotator.ui.editing.foreign_annotations import ForeignEdit, ForeignEdits, own_copy
from annotator.ui.editing.kept_edits import Again, KeptEdits
from annotator.ui.editing.new_annotations import NewAnnotations
from annotator.ui.editing.shown_article import ArticleSignals, ShownArticle, copy_of, stored_in
from annotator.ui.editing.undo_commands import (
    AddAnnotationCommand,
    DeleteAnnotationCommand,
    ReplaceAnnotationCommand,
    describe,
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
        # One history for every edit, of any article or across articles.
        self.history = QUndoStack(self)
        self.kept = KeptEdits(
            self.history,
            failed=self.failed,
            connection_lost=self.connection_lost,
            saved=self.saved,
        )
        signals = ArticleSignals(
            opened=self.article_opened,
            added=self.annotation_added,
            removed=self.annotation_removed,
            changed=self.annotation_changed,
            status_changed=self.article_status_changed,
            counts_changed=self.counts_changed,
            suggestions_changed=self.suggestions_changed,
            rejections_changed=self.rejections_changed,
            saved=self.saved,
        )
        self.shown = ShownArticle(self.bring_up, self.select, lambda: self.selected_id, signals)
        self.conflicts = ConflictChoices(self.shown, self.kept, self.service, self._who_saves)
        services = (self.service, workspace.suggestions)
        new = NewAnnotations(
            services, self.shown, self.kept, self._opened, self._who_saves, self._pushed
        )
        # The user's new annotations (a key on a selection, a suggestion taken or refused).
        self.create_mention, self.create_claim = new.create_mention, new.create_claim
        self.accept_suggestions, self.reject_suggestions = (
            new.accept_suggestions,
            new.reject_suggestions,
        )
        self.reject_suggestion = new.reject_suggestion
        self.refresh = ArticleRefresh(
            self.service, self.shown, self._opened, self._redrawn, self.shows
        )
        self.foreign = ForeignEdits(workspace)
        # Layers per annotator (View › Annotators): whose annotations the window leaves out.
        self.hidden_layers: set[str] = set()
        self.annotator_names: dict[str, str] = {}

    @property
    def unsaved(self) -> list[Again]:
        """The edits kept while the team database is away, oldest first (KeptEdits)."""
        return self.kept.unsaved

    # --- opening -----------------------------------------------------------------------------

    def open_article(self, article_id: str | None) -> bool:
        # Thousands of records are read and shown, and all live on: a collection pass in the
        # middle would only walk them (tens of milliseconds per open).
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
        return self._pushed(self.kept.push(command))

    def _pushed(self, done: bool) -> bool:
        parent = self.parent()
        self.conflicts.settle(parent if isinstance(parent, QWidget) else None, self.schemes)
        return done

    def _who_saves(self) -> str | None:
        return self.annotator_id

    def annotation(self, annotation_id: str | None) -> Annotation | None:
        """A copy of an annotation of the open article: edit it, then pass it to change()."""
        return copy_of(self.document, annotation_id)

    def _stored(self, annotation_id: str | None) -> Annotation | None:
        return stored_in(self.document, annotation_id)

    def _opened(self) -> ArticleDocument | None:
        return self.document

    def _redrawn(self, document: ArticleDocument) -> None:
        """The open article read again and shown anew as a whole (ArticleRefresh)."""
        selected = self.selected_id
        self.document = document
        self.article_opened.emit(document)
        self.selected_id = None
        self.select(selected)

    def select(self, annotation_id: str | None) -> None:
        if self._stored(annotation_id) is None:
            annotation_id = None
        if annotation_id != self.selected_id:
            self.selected_id = annotation_id
            self.selection_changed.emit(annotation_id)

    # --- user intentions ---------------------------------------------------------------------

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

        def again() -> QUndoCommand:
            return DeleteAnnotationCommand(
                self.shown, self.kept, self.service, annotation, copy.deepcopy(linked)
            )

        return self._pushed(self.kept.push(again(), again))

    def change(
        self, after: Annotation, what: str, field: str = "", seen: Annotation | None = None
    ) -> bool:
        """Store an edited copy of an annotation (a form field, the status, the bounds).
        ``seen``: the annotation as the user saw it when the edit began, when the window has
        shown a newer version since (the form keeps what is typed while others' saves come
        in); by default, as shown now."""
        before = self.annotation(after.id)
        if before is None or before == after:
            return False
        choice = self._may_edit(before, can_copy=True)
        if choice is None or choice is ForeignEdit.COPY_TO_MINE:
            self.annotation_changed.emit(before)  # the forms show what is stored again
            return choice is not None and self.copy_into_my_layer(after)
        change = Change(
            copy.deepcopy(seen or before), copy.deepcopy(after), changed_fields(before, after)
        )

        def again() -> QUndoCommand:
            return ReplaceAnnotationCommand(
                self.shown, self.kept, self.service, change, what, field, self.annotator_id
            )

        return self._pushed(self.kept.push(again(), again))

    def copy_into_my_layer(self, annotation: Annotation) -> bool:
        """The user's own copy of (someone else's) annotation, selected; theirs untouched."""
        mine = own_copy(annotation, self.annotator_id)
        text = self.tr("Copy {0} into my layer").format(describe(annotation))
        return self.push(AddAnnotationCommand(self.shown, self.kept, self.service, mine, text))

    def _may_edit(self, annotation: Annotation, *, can_copy: bool) -> ForeignEdit | None:
        return self.foreign.may_edit(
            annotation, self.annotator_id, self.parent(), can_copy=can_copy
        )

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

        def write() -> None:
            self.service.set_article_status(article_id, status, self.annotator_id)

        # Kept while the database is away: shown as set, and saved once it answers.
        if not self.kept.run(write):
            return
        self.document.article.status = status
        self.article_status_changed.emit(self.document.article.id, str(status))
        if not self.unsaved:
            self.saved.emit()

    # --- the history and its writes ----------------------------------------------------------

    def report_failure(self, message: str) -> None:
        self.kept.report_failure(message)

    def retry_unsaved(self) -> bool:
        """Save the kept edits again, oldest first; True when none is left (KeptEdits)."""
        return self._pushed(self.kept.retry())

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

    # --- changes made elsewhere (ArticleRefresh) ---------------------------------------------

    def reload_claims(self, claim_ids: list[str]) -> None:
        """Claims of the open article changed outside its undo stack (a verdict given to a whole
        claim group, or its undo): read them again and show them as stored."""
        self.refresh.reload_claims(claim_ids)

    def refresh_article(self) -> None:
        """Entities were renamed, merged or deleted, or an import added annotations: read the
        open article again and announce what changed. Its undo history stays."""
        self.refresh.refresh_article()
