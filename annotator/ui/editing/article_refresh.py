"""The open article read again after changes made elsewhere, and what differs announced.

Entities renamed, merged or deleted in the Entities view, an import into the open article, a
verdict given to a whole claim group, a colleague's edit on the team database, someone else
saving an annotation first: none of these is a step of the open article's history. The
article is read again and only what changed is announced, so that the form and what is typed
in it stay as they are; its undo history stays too.
"""

from __future__ import annotations

from annotator.domain.models import Mention
from annotator.ui.editing.open_article import OpenArticle, replace_in_memory
from annotator.ui.editing.undo_commands import Annotation

# Beyond this many annotations come or gone, an article read again is drawn anew as a whole.
REDRAW_BEYOND = 50


class ArticleRefresh:
    def __init__(self, controller: OpenArticle) -> None:
        self.controller = controller

    def reload_annotation(self, annotation_id: str) -> None:
        """The stored version of one annotation of the open article, read again."""
        c = self.controller
        if c.document is None:
            return
        fresh = c.service.open_article(c.document.article.id)
        if fresh is None:
            return
        fresh_items: list[Annotation] = [*fresh.mentions, *fresh.claims]
        for item in fresh_items:
            if item.id == annotation_id:
                replace_in_memory(c.document, item)
                c.annotation_changed.emit(c.annotation(annotation_id))

    def reload_claims(self, claim_ids: list[str]) -> None:
        """Claims of the open article changed outside its undo stack (a verdict given to a whole
        claim group, or its undo): read them again and show them as stored."""
        c = self.controller
        if c.document is None:
            return
        wanted = set(claim_ids) & {claim.id for claim in c.document.claims}
        fresh = c.service.open_article(c.document.article.id) if wanted else None
        if fresh is None:
            return
        for claim in fresh.claims:
            if claim.id in wanted:
                replace_in_memory(c.document, claim)
                c.annotation_changed.emit(c.annotation(claim.id))

    def refresh_article(self) -> None:
        """Entities were renamed, merged or deleted (the Entities view), or an import added
        annotations: read the open article again; the annotations whose entity links changed,
        and the selected one (its form names entities), are announced as changed — or, when
        annotations were added or removed, the article is shown anew. Its undo history stays."""
        c = self.controller
        if c.document is None:
            return
        fresh = c.service.open_article(c.document.article.id)
        if fresh is None:
            return
        fresh.mentions = [m for m in fresh.mentions if c.shows(m)]
        fresh.claims = [claim for claim in fresh.claims if c.shows(claim)]
        if fresh.article.status != c.document.article.status:  # set elsewhere
            c.document.article.status = fresh.article.status
            c.article_status_changed.emit(fresh.article.id, str(fresh.article.status))
        shown: list[Annotation] = [*c.document.mentions, *c.document.claims]
        fresh_items: list[Annotation] = [*fresh.mentions, *fresh.claims]
        ids = {a.id for a in shown}
        fresh_ids = {a.id for a in fresh_items}
        if len(ids ^ fresh_ids) > REDRAW_BEYOND:
            # Many annotations came or went (a dataset import into the open article): redraw
            # it all.
            selected = c.selected_id if c.selected_id in ids else None
            c.document = fresh
            c.article_opened.emit(fresh)
            c.selected_id = None
            c.select(selected)
            c.counts_changed.emit(fresh.article.id, None)
            return
        # A few came or went (a colleague's edit): one by one, so the form and what is typed
        # in it stay as they are.
        for gone in ids - fresh_ids:
            c.document.mentions = [m for m in c.document.mentions if m.id != gone]
            c.document.claims = [claim for claim in c.document.claims if claim.id != gone]
            if c.selected_id == gone:
                c.select(None)
            c.annotation_removed.emit(gone)
        for came in (a for a in fresh_items if a.id not in ids):
            if isinstance(came, Mention):
                c.document.mentions.append(came)
            else:
                c.document.claims.append(came)
            c.annotation_added.emit(c.annotation(came.id))
        for stored in fresh_items:
            before = c._stored(stored.id)
            if before is not None and (before != stored or stored.id == c.selected_id):
                replace_in_memory(c.document, stored)
                c.annotation_changed.emit(c.annotation(stored.id))
        if ids != fresh_ids:
            c.counts_changed.emit(fresh.article.id, None)
        # Entities named in suggestions may be renamed, merged or gone.
        c.suggestions_changed.emit()
