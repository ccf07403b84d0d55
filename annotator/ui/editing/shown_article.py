"""The open article in memory, and what a stored write does to it: applied, then announced.

An undo command calls one service method, which validates, stores and returns the stored
records; it hands them to ShownArticle, which applies them to the article in memory and emits
the controller's signals, "saved" last. A write that raises leaves the article as it was.
ShownArticle gets exactly what it needs, passed in by the controller: the way to bring up
the article of a step (``bring_up``), the selection, and the signals (ArticleSignals).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import SignalInstance

from annotator.domain.models import Claim, Mention
from annotator.services.annotation_changes import Annotation, SaveConflict
from annotator.services.article_document import ArticleDocument


@dataclass(frozen=True, slots=True)
class ArticleSignals:
    """The controller's signals about the open article, as ShownArticle and ArticleRefresh
    emit them (see ArticleController for what each carries)."""

    opened: SignalInstance
    added: SignalInstance
    removed: SignalInstance
    changed: SignalInstance
    status_changed: SignalInstance
    counts_changed: SignalInstance
    suggestions_changed: SignalInstance
    rejections_changed: SignalInstance
    saved: SignalInstance


def stored_in(document: ArticleDocument | None, annotation_id: str | None) -> Annotation | None:
    """The annotation of that id in the article in memory (not a copy)."""
    if document is None or annotation_id is None:
        return None
    # From the end: the annotation just added or selected is usually the last one, and the
    # widgets ask for it several times after every edit (5,000 annotations).
    groups: tuple[Sequence[Annotation], ...] = (document.mentions, document.claims)
    for items in groups:
        for item in reversed(items):
            if item.id == annotation_id:
                return item
    return None


def annotations_of(document: ArticleDocument) -> list[Annotation]:
    """Every mention and claim of the article in memory, mentions first."""
    found: list[Annotation] = []
    found.extend(document.mentions)
    found.extend(document.claims)
    return found


def copy_of(document: ArticleDocument | None, annotation_id: str | None) -> Annotation | None:
    found = stored_in(document, annotation_id)
    return copy.deepcopy(found) if found is not None else None


def replace_in_memory(document: ArticleDocument, stored: Annotation) -> None:
    """The annotation of that id in the article in memory becomes ``stored``."""
    if isinstance(stored, Mention):
        _replace(document.mentions, stored)
    else:
        _replace(document.claims, stored)


_Span = TypeVar("_Span", Mention, Claim)


def _replace(items: list[_Span], stored: _Span) -> None:
    for index, item in enumerate(items):
        if item.id == stored.id:
            items[index] = stored
            return


class ShownArticle:
    def __init__(
        self,
        bring_up: Callable[[str], ArticleDocument],
        select: Callable[[str | None], None],
        selected: Callable[[], str | None],
        signals: ArticleSignals,
    ) -> None:
        self.bring_up = bring_up
        self.select, self.selected = select, selected
        self.signals = signals
        # Saves that met someone else's newer version (with what the step was, and its
        # field), for ConflictChoices to ask about; it says when one is met.
        self.conflicts: list[tuple[SaveConflict, str, str]] = []
        self.conflict_met: Callable[[], None] = lambda: None
        # Annotations shown while kept for a reconnect, not stored yet.
        self.pending: set[str] = set()

    def shown(self, annotation: Annotation) -> Annotation | None:
        """The annotation as the window shows it now (its article brought up first)."""
        return copy_of(self.bring_up(annotation.article_id), annotation.id)

    def added(self, stored: list[Annotation], *, saved: bool = True) -> None:
        """Annotations just stored: into the open article, announced, the only one selected.
        With ``saved`` False, kept to be stored once the team database answers: shown (and
        painted) at once, but neither selected nor counted, which would read the database;
        that waits for the save, which replaces it rather than adding it twice."""
        if not stored:
            return
        document = self.bring_up(stored[0].article_id)
        new: list[Annotation] = []
        counted: list[Annotation] = []
        for annotation in stored:
            if stored_in(document, annotation.id) is not None:
                replace_in_memory(document, copy.deepcopy(annotation))
                if annotation.id in self.pending:
                    self.pending.discard(annotation.id)
                    counted.append(annotation)
                continue
            if isinstance(annotation, Mention):
                document.mentions.append(copy.deepcopy(annotation))
            else:
                document.claims.append(copy.deepcopy(annotation))
            new.append(annotation)
        for annotation in new:
            self.signals.added.emit(copy_of(document, annotation.id))
        if not saved:
            self.pending.update(a.id for a in new)
            return
        counted += new
        if counted:
            self.signals.counts_changed.emit(document.article.id, [(a, +1) for a in counted])
        self.signals.saved.emit()
        if len(new) == 1 and len(stored) == 1:
            self.select(stored[0].id)

    def removed(self, annotations: list[Annotation]) -> None:
        """Annotations just deleted: out of the open article, announced."""
        for annotation in annotations:
            document = self.bring_up(annotation.article_id)
            if isinstance(annotation, Mention):
                document.mentions = [m for m in document.mentions if m.id != annotation.id]
                # Claims lose their link to it in the database (ON DELETE CASCADE) and here.
                for claim in document.claims:
                    if annotation.id in claim.mention_ids:
                        claim.mention_ids = [m for m in claim.mention_ids if m != annotation.id]
            else:
                document.claims = [k for k in document.claims if k.id != annotation.id]
            if self.selected() == annotation.id:
                self.select(None)
            self.signals.removed.emit(annotation.id)
            self.signals.counts_changed.emit(document.article.id, [(annotation, -1)])
        self.signals.saved.emit()

    def replaced(self, stored: Annotation) -> None:
        """An annotation just stored anew (a field, its status, its bounds)."""
        document = self.bring_up(stored.article_id)
        replace_in_memory(document, copy.deepcopy(stored))
        self.signals.changed.emit(copy_of(document, stored.id))
        self.signals.saved.emit()

    def restored(self, mention: Mention, relinked: list[Claim]) -> None:
        """A deleted mention stored again, with the claims that link to it again."""
        document = self.bring_up(mention.article_id)
        document.mentions.append(copy.deepcopy(mention))
        for claim in relinked:
            replace_in_memory(document, claim)
        self.signals.added.emit(copy_of(document, mention.id))
        for claim in relinked:
            self.signals.changed.emit(copy_of(document, claim.id))
        self.signals.counts_changed.emit(mention.article_id, [(mention, +1)])
        self.signals.saved.emit()
        self.select(mention.id)

    def rejections_changed(self) -> None:
        self.signals.rejections_changed.emit()
        self.signals.saved.emit()

    def met(self, conflict: SaveConflict, what: str, field: str) -> None:
        """A save met someone else's newer version: theirs is shown (the form too), and the
        conflict waits for the user's choice (the controller asks)."""
        document = self.bring_up(conflict.theirs.article_id)
        replace_in_memory(document, copy.deepcopy(conflict.theirs))
        self.signals.changed.emit(copy_of(document, conflict.theirs.id))
        self.conflicts.append((conflict, what, field))
        self.conflict_met()
