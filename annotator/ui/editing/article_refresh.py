"""The open article read again after changes made elsewhere, and what differs announced.

Entities renamed, merged or deleted in the Entities view, an import into the open article, a
verdict given to a whole claim group, a colleague's edit on the team database, someone else
saving an annotation first: none of these is a step of the open article's history. The
article is read again and only what changed is announced, so that the form and what is typed
in it stay as they are; its undo history stays too.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.domain.models import Mention
from annotator.services.annotating import AnnotationService
from annotator.services.annotation_changes import Annotation
from annotator.services.article_document import ArticleDocument
from annotator.ui.editing.shown_article import (
    ShownArticle,
    annotations_of,
    copy_of,
    replace_in_memory,
    stored_in,
)

# Beyond this many annotations come or gone, an article read again is drawn anew as a whole.
REDRAW_BEYOND = 50


class ArticleRefresh:
    def __init__(
        self,
        service: AnnotationService,
        shown: ShownArticle,
        opened: Callable[[], ArticleDocument | None],
        redrawn: Callable[[ArticleDocument], None],
        shows: Callable[[Annotation], bool],
    ) -> None:
        """``opened`` gives the open article; ``redrawn`` shows a fresh one as a whole;
        ``shows`` whether an annotation's layer is shown."""
        self.service, self.shown = service, shown
        self.opened, self.redrawn, self.shows = opened, redrawn, shows

    def reload_annotation(self, annotation_id: str) -> None:
        """The stored version of one annotation of the open article, read again."""
        document = self.opened()
        if document is None:
            return
        fresh = self.service.open_article(document.article.id)
        if fresh is None:
            return
        for item in annotations_of(fresh):
            if item.id == annotation_id:
                replace_in_memory(document, item)
                self.shown.signals.changed.emit(copy_of(document, annotation_id))

    def reload_claims(self, claim_ids: list[str]) -> None:
        """Claims of the open article changed outside its undo stack (a verdict given to a whole
        claim group, or its undo): read them again and show them as stored."""
        document = self.opened()
        if document is None:
            return
        wanted = set(claim_ids) & {claim.id for claim in document.claims}
        fresh = self.service.open_article(document.article.id) if wanted else None
        if fresh is None:
            return
        for claim in fresh.claims:
            if claim.id in wanted:
                replace_in_memory(document, claim)
                self.shown.signals.changed.emit(copy_of(document, claim.id))

    def refresh_article(self) -> None:
        """Entities were renamed, merged or deleted (the Entities view), or an import added
        annotations: read the open article again; the annotations whose entity links changed,
        and the selected one (its form names entities), are announced as changed — or, when
        annotations were added or removed, the article is shown anew. Its undo history stays."""
        document = self.opened()
        if document is None:
            return
        fresh = self.service.open_article(document.article.id)
        if fresh is None:
            return
        signals, shown = self.shown.signals, self.shown
        fresh.mentions = [m for m in fresh.mentions if self.shows(m)]
        fresh.claims = [claim for claim in fresh.claims if self.shows(claim)]
        if fresh.article.status != document.article.status:  # set elsewhere
            document.article.status = fresh.article.status
            signals.status_changed.emit(fresh.article.id, str(fresh.article.status))
        ids = {a.id for a in annotations_of(document)}
        fresh_ids = {a.id for a in annotations_of(fresh)}
        if len(ids ^ fresh_ids) > REDRAW_BEYOND:
            # Many annotations came or went (a dataset import into the open article): redraw
            # it all.
            self.redrawn(fresh)
            signals.counts_changed.emit(fresh.article.id, None)
            return
        # A few came or went (a colleague's edit): one by one, so the form and what is typed
        # in it stay as they are.
        selected = shown.selected()
        for gone in ids - fresh_ids:
            document.mentions = [m for m in document.mentions if m.id != gone]
            document.claims = [claim for claim in document.claims if claim.id != gone]
            if selected == gone:
                shown.select(None)
            signals.removed.emit(gone)
        for came in (a for a in annotations_of(fresh) if a.id not in ids):
            if isinstance(came, Mention):
                document.mentions.append(came)
            else:
                document.claims.append(came)
            signals.added.emit(copy_of(document, came.id))
        for stored in annotations_of(fresh):
            before = stored_in(document, stored.id)
            if before is not None and (before != stored or stored.id == selected):
                replace_in_memory(document, stored)
                signals.changed.emit(copy_of(document, stored.id))
        if ids != fresh_ids:
            signals.counts_changed.emit(fresh.article.id, None)
        # Entities named in suggestions may be renamed, merged or gone.
        signals.suggestions_changed.emit()
