"""New annotations of the open article: a span made a mention or a claim, suggestions
accepted or rejected; each one step of the history.

The annotation is made here with its id (annotation_changes), so that undo and redo store the
very same one; its command stores it with ONE service call and ShownArticle shows it. Made
while the team database is away, it is kept for a reconnect and shown at once all the same.
NewAnnotations gets exactly what it needs from the controller, passed in explicitly.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Claim, Mention, Origin
from annotator.services.annotating import AnnotationService
from annotator.services.annotation_changes import Annotation, new_claim, new_mention
from annotator.services.article_document import ArticleDocument
from annotator.services.suggestions.suggestion_service import Suggestion, SuggestionService
from annotator.ui.common.messages import in_window_language
from annotator.ui.editing.kept_edits import KeptEdits
from annotator.ui.editing.shown_article import ShownArticle
from annotator.ui.editing.undo_commands import (
    AcceptSuggestionsCommand,
    AddAnnotationCommand,
    RejectSuggestionCommand,
)


class NewAnnotations:
    def __init__(
        self,
        services: tuple[AnnotationService, SuggestionService],
        shown: ShownArticle,
        kept: KeptEdits,
        opened: Callable[[], ArticleDocument | None],
        annotator: Callable[[], str | None],
        pushed: Callable[[bool], bool],
    ) -> None:
        """``opened``: the open article; ``annotator``: who annotates; ``pushed``: what the
        controller does after every push (asks about conflicts), given its result."""
        self.service, self.suggestions = services
        self.shown, self.kept = shown, kept
        self.opened, self.annotator, self.pushed = opened, annotator, pushed

    def create_mention(
        self,
        start: int,
        end: int,
        entity_type: str,
        entity_id: str | None = None,
        origin: Origin = Origin.MANUAL,
    ) -> Mention | None:
        document = self.opened()
        if document is None:
            return None
        try:
            mention = new_mention(
                document.article, start, end, entity_type, self.annotator(), origin
            )
            mention.entity_id = entity_id
        except AnnotatorError as error:
            self.kept.report_failure(in_window_language(error))
            return None
        return mention if self._add(mention) else None

    def create_claim(self, start: int, end: int, origin: Origin = Origin.MANUAL) -> Claim | None:
        document = self.opened()
        if document is None:
            return None
        try:
            claim = new_claim(document.article, start, end, self.annotator(), origin)
        except AnnotatorError as error:
            self.kept.report_failure(in_window_language(error))
            return None
        return claim if self._add(claim) else None

    def _add(self, annotation: Annotation) -> bool:
        def again() -> QUndoCommand:
            return AddAnnotationCommand(
                self.shown, self.kept, self.service, copy.deepcopy(annotation)
            )

        if self.pushed(self.kept.push(again(), again)):
            return True
        if self.kept.kept_now:  # the team database is away: shown now, stored on reconnect
            self.shown.added([annotation], saved=False)
            return True
        return False

    def accept_suggestions(self, suggestions: list[Suggestion]) -> list[Annotation]:
        """Store suggestions as annotations (origin ``suggestion``), all of them one step."""
        if self.opened() is None or not suggestions:
            return []
        command = AcceptSuggestionsCommand(
            self.shown,
            self.kept,
            (self.service, self.suggestions),
            suggestions,
            self.annotator(),
        )
        return list(command.annotations) if self.pushed(self.kept.push(command)) else []

    def reject_suggestion(self, suggestion: Suggestion) -> bool:
        """Never offer this suggestion again; an undoable step like any other."""
        return self.reject_suggestions([suggestion])

    def reject_suggestions(self, suggestions: list[Suggestion]) -> bool:
        """Never offer any of these again: one transaction, one step of the history."""
        if self.opened() is None or not suggestions:
            return False
        command = RejectSuggestionCommand(self.shown, self.kept, self.suggestions, suggestions)
        return self.pushed(self.kept.push(command))
