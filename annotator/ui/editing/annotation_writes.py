"""The writes the undo commands make, each applied to the open article once stored.

The controller gives its commands this AnnotationWriter: a command's redo or undo calls one of
these; the article it belongs to is brought up first (a step of the one history may be of any
article), the database is written in one transaction, and only then is the in-memory article
changed and the change announced with the controller's signals, "saved" last. A write that
raises leaves the article in memory as it was; the command reports it here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from annotator.domain.errors import AnnotatorError, EditConflict
from annotator.domain.models import Claim, Mention
from annotator.services.suggestions.suggestion_service import Suggestion
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_refresh import ArticleRefresh
from annotator.ui.editing.kept_edits import KeptEdits
from annotator.ui.editing.open_article import OpenArticle, replace_in_memory
from annotator.ui.editing.undo_commands import Annotation, patched


class AnnotationWrites:
    def __init__(self, controller: OpenArticle, kept: KeptEdits, refresh: ArticleRefresh) -> None:
        self.controller = controller
        self.kept = kept
        self.refresh = refresh

    def write_add(self, annotation: Annotation) -> None:
        self.write_add_many([annotation])

    def write_delete(self, annotation: Annotation) -> None:
        self.write_delete_many([annotation])

    def report_failure(self, message: str) -> None:
        self.kept.report_failure(message)

    def report_lost(self, message: str) -> None:
        self.kept.report_lost(message)

    def write_add_many(self, annotations: list[Annotation]) -> None:
        c = self.controller
        for annotation in annotations:
            c.bring_up(annotation.article_id)
        c.service.add_annotations(annotations)
        self._adopt(annotations)

    def write_accept(self, suggestions: list[Suggestion]) -> list[Annotation]:
        c = self.controller
        articles = {s.article_id for s in suggestions}
        if len(articles) != 1:
            raise AnnotatorError(
                translate("ArticleController", "suggestions of several articles at once")
            )
        c.bring_up(articles.pop())
        created = c.workspace.suggestions.accept_many(suggestions, c.annotator_id)
        self._adopt(created)
        return created

    def write_delete_many(self, annotations: list[Annotation]) -> None:
        c = self.controller
        for annotation in annotations:
            c.bring_up(annotation.article_id)
        c.service.delete_annotations(annotations)
        for annotation in annotations:
            self._forget(annotation)

    def write_rejection(self, suggestions: list[Suggestion], *, rejected: bool) -> None:
        c = self.controller
        articles = {s.article_id for s in suggestions}
        if len(articles) != 1:
            raise AnnotatorError("suggestions of several articles at once")
        c.bring_up(articles.pop())
        if rejected:
            c.workspace.suggestions.reject_many(suggestions)
        else:
            c.workspace.suggestions.unreject_many(suggestions)
        self._after_write(c.rejections_changed.emit)

    def write_restore(self, annotation: Annotation, linked_claims: list[Claim]) -> None:
        c = self.controller
        if isinstance(annotation, Claim):
            self.write_add_many([annotation])
            return
        document = c.bring_up(annotation.article_id)
        relinked = c.service.restore_mention(annotation, linked_claims)
        document.mentions.append(copy.deepcopy(annotation))
        for stored in relinked:
            replace_in_memory(document, stored)

        def announce() -> None:
            c.annotation_added.emit(c.annotation(annotation.id))
            for claim in relinked:
                c.annotation_changed.emit(c.annotation(claim.id))
            c.counts_changed.emit(annotation.article_id, [(annotation, +1)])

        self._after_write(announce)
        c.select(annotation.id)

    def write_patch(self, source: Annotation, fields: frozenset[str]) -> None:
        """Store the given fields of ``source`` onto the annotation as it is stored now."""
        c = self.controller
        c.bring_up(source.article_id)
        current = c._stored(source.id)
        if current is None:
            raise AnnotatorError(translate("ArticleController", "that annotation no longer exists"))
        try:
            self.write_replace(patched(current, source, fields))
        except EditConflict as conflict:
            # Someone else saved it first (team mode): show theirs, and say what yours was
            # so it can be applied again over theirs.
            self.refresh.reload_annotation(source.id)
            yours = "; ".join(f"{name} = {getattr(source, name)!r}" for name in sorted(fields))
            raise EditConflict(
                translate("ArticleController", "{0}. Now showing theirs; yours: {1}").format(
                    conflict, yours
                )
            ) from None

    def write_replace(self, annotation: Annotation) -> None:
        c = self.controller
        document = c.bring_up(annotation.article_id)
        text = document.article.text
        if isinstance(annotation, Mention):
            stored: Annotation = c.service.update_mention(annotation, text)
        else:
            stored = c.service.update_claim(annotation, text)
        replace_in_memory(document, stored)
        self._after_write(lambda: c.annotation_changed.emit(c.annotation(stored.id)))

    def _adopt(self, annotations: list[Annotation]) -> None:
        """Annotations just stored: into the open article, announced, the only one selected."""
        c = self.controller
        document = c.bring_up(annotations[0].article_id) if annotations else None
        if document is None:
            return
        for annotation in annotations:
            if isinstance(annotation, Mention):
                document.mentions.append(copy.deepcopy(annotation))
            else:
                document.claims.append(copy.deepcopy(annotation))

        def announce() -> None:
            for annotation in annotations:
                c.annotation_added.emit(c.annotation(annotation.id))
            c.counts_changed.emit(document.article.id, [(a, +1) for a in annotations])

        self._after_write(announce)
        if len(annotations) == 1:
            c.select(annotations[0].id)

    def _forget(self, annotation: Annotation) -> None:
        """An annotation just deleted: out of the open article, announced."""
        c = self.controller
        document = c.bring_up(annotation.article_id)
        if isinstance(annotation, Mention):
            document.mentions = [m for m in document.mentions if m.id != annotation.id]
            # Claims lose their link to it in the database (ON DELETE CASCADE) and here.
            for claim in document.claims:
                if annotation.id in claim.mention_ids:
                    claim.mention_ids = [m for m in claim.mention_ids if m != annotation.id]
        else:
            document.claims = [k for k in document.claims if k.id != annotation.id]
        if c.selected_id == annotation.id:
            c.select(None)

        def announce() -> None:
            c.annotation_removed.emit(annotation.id)
            c.counts_changed.emit(document.article.id, [(annotation, -1)])

        self._after_write(announce)

    def _after_write(self, notify: Callable[[], None]) -> None:
        notify()
        self.controller.saved.emit()
