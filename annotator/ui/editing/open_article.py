"""What the controller's collaborators see of it: the open article in memory, and its signals.

AnnotationWrites and ArticleRefresh change the article the controller holds and announce the
change with the controller's signals; this Protocol names what they use, so that they never
import the controller (which owns them). ``replace_in_memory`` is the one change they share.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from PySide6.QtCore import SignalInstance

from annotator.domain.models import Claim, Mention
from annotator.services.annotating import AnnotationService, ArticleDocument
from annotator.services.workspace import Workspace
from annotator.ui.editing.undo_commands import Annotation

A = TypeVar("A", Mention, Claim)


class OpenArticle(Protocol):
    workspace: Workspace
    service: AnnotationService
    document: ArticleDocument | None
    annotator_id: str | None
    selected_id: str | None
    article_opened: SignalInstance
    annotation_added: SignalInstance
    annotation_removed: SignalInstance
    annotation_changed: SignalInstance
    article_status_changed: SignalInstance
    saved: SignalInstance
    suggestions_changed: SignalInstance
    rejections_changed: SignalInstance
    counts_changed: SignalInstance

    def bring_up(self, article_id: str) -> ArticleDocument: ...
    def annotation(self, annotation_id: str | None) -> Annotation | None: ...
    def _stored(self, annotation_id: str | None) -> Annotation | None: ...
    def select(self, annotation_id: str | None) -> None: ...
    def shows(self, annotation: Annotation) -> bool: ...


def replace_in_memory(document: ArticleDocument, stored: Annotation) -> None:
    """The annotation of that id in the article in memory becomes ``stored``."""
    if isinstance(stored, Mention):
        _replace_in(document.mentions, stored)
    else:
        _replace_in(document.claims, stored)


def _replace_in(items: list[A], stored: A) -> None:
    for index, item in enumerate(items):
        if item.id == stored.id:
            items[index] = stored
            return
