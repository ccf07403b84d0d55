"""Holds annotating one article: the use cases behind every edit in the window
(AnnotationService).

Each call is one user action and one transaction, committed before it returns: it validates,
stores and returns what was stored. Ids are made before (annotation_changes), so undo and redo
restore the very same rows. Spans are validated against the article's frozen text before
anything is written; a change is stored only over the version it was based on
(``save_change``). The documents it opens (ArticleDocument, ArticleState) are in
article_document; the window's older importers still find them here.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from annotator.domain.errors import ConnectionLost, EditConflict, said
from annotator.domain.models import (
    Annotator,
    Article,
    ArticleStatus,
    Claim,
    Entity,
    FinishedMark,
    Mention,
    Origin,
    annotator_name,
)
from annotator.domain.schemes import Schemes
from annotator.domain.text import validate_span
from annotator.domain.timestamps import now_timestamp
from annotator.services.annotation_changes import (
    Annotation,
    Change,
    EditRefused,
    SaveConflict,
    check_span,
    new_claim,
    new_mention,
    patched,
)
from annotator.services.article_document import ArticleDocument, ArticleState
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import (
    AnnotatorRepository,
    EntityRepository,
    SchemeRepository,
)
from annotator.storage.repositories.progress_repository import ProgressRepository

__all__ = ["AnnotationService", "ArticleDocument", "ArticleState", "EditRefused"]


class AnnotationService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def article_state(self, article_id: str) -> ArticleState | None:
        """The stored state of one article (None once it is gone), in one small query.

        Raises ConnectionLost when the team database cannot be reached (the window tries again
        later), never a driver's error."""
        try:
            with self.database.reading() as session:
                rows = AnnotationRepository(session).versions_in(article_id)
        except SQLAlchemyError as error:
            raise ConnectionLost(said("The team database cannot be reached")) from error
        status = next((row[0] for row in rows if row[2] == "article" and row[1] == 0), None)
        if status is None:
            return None
        versions = {
            row[0]: (row[1], row[2]) for row in rows if not (row[2] == "article" and row[1] == 0)
        }
        return ArticleState(status, versions)

    def reachable(self) -> bool:
        """Whether the database answers now (the window's check before it saves again)."""
        return self.database.reachable()

    # --- reading -----------------------------------------------------------------------------

    def open_article(
        self, article_id: str, first_part: int | None = None
    ) -> ArticleDocument | None:
        """The article and its annotations. With ``first_part`` (code points), on a local
        database, only the annotations starting in the first ``first_part`` code points are
        read now: the rest when the document is first asked for them (the
        window shows the first screen of a 1 MB article with 5,000 spans without reading them
        all first). A team database is read whole: a later read could find it away."""
        partial = first_part is not None and not self.database.is_server
        with self.database.reading() as session:
            article = ArticleRepository(session).get(article_id)
            if article is None:
                return None
            annotations = AnnotationRepository(session)
            until = (
                first_part
                if partial and first_part is not None and first_part < len(article.text)
                else None
            )
            span = None if until is None else (0, until)
            document = ArticleDocument(
                article,
                annotations.mentions_of([article_id], span).get(article_id, []),
                annotations.claims_of([article_id], span).get(article_id, []),
            )
            if until is None:
                return document
            totals = annotations.counts_by_annotator(article_id)

        def rest() -> tuple[list[Mention], list[Claim]]:
            with self.database.reading() as session:
                annotations = AnnotationRepository(session)
                after = (until, None)
                return (
                    annotations.mentions_of([article_id], after).get(article_id, []),
                    annotations.claims_of([article_id], after).get(article_id, []),
                )

        return ArticleDocument(
            article, document.part_so_far()[0], document.part_so_far()[1], rest, until, totals
        )

    def schemes(self) -> Schemes:
        with self.database.reading() as session:
            return SchemeRepository(session).load()

    def entities(self) -> list[Entity]:
        with self.database.reading() as session:
            return EntityRepository(session).all()

    # --- who annotates -----------------------------------------------------------------------

    def annotator(self, annotator_id: str | None, name: str) -> Annotator:
        """The annotator with this id, else the one with this name, else a new one."""
        name = annotator_name(name)
        with self.database.transaction() as session:
            repository = AnnotatorRepository(session)
            found = (repository.get(annotator_id) if annotator_id else None) or (
                repository.by_name(name)
            )
            if found is not None:
                return found
            created = Annotator(str(uuid.uuid4()), name)
            repository.add_many([created])
            return created

    # --- creating ----------------------------------------------------------------------------

    def new_mention(
        self,
        article: Article,
        start: int,
        end: int,
        entity_type: str,
        created_by: str | None,
        origin: Origin = Origin.MANUAL,
    ) -> Mention:
        """A mention not yet stored (``add_mention`` stores it): undo commands hold it."""
        return new_mention(article, start, end, entity_type, created_by, origin)

    def new_claim(
        self,
        article: Article,
        start: int,
        end: int,
        created_by: str | None,
        origin: Origin = Origin.MANUAL,
    ) -> Claim:
        return new_claim(article, start, end, created_by, origin)

    def add_mention(self, mention: Mention) -> None:
        self.add_annotations([mention])

    def add_claim(self, claim: Claim) -> None:
        self.add_annotations([claim])

    def add_annotations(self, items: list[Annotation], text: str | None = None) -> list[Annotation]:
        """Store several annotations in one transaction (one undo step); returns them as
        stored. Given the article's ``text``, each span is checked against it first."""
        mentions = [a for a in items if isinstance(a, Mention)]
        if text is not None:
            for item in items:
                check_span(text, item.start, item.end)
        with self.database.transaction() as session:
            for entity_type in {m.type for m in mentions}:
                self._check_type(session, entity_type)
            annotations = AnnotationRepository(session)
            annotations.add_mentions(mentions)
            annotations.add_claims([a for a in items if isinstance(a, Claim)])
        return [copy.deepcopy(item) for item in items]

    def delete_annotations(self, items: list[Mention | Claim]) -> None:
        """Delete several annotations in one transaction (the undo of accepting them)."""
        with self.database.transaction() as session:
            annotations = AnnotationRepository(session)
            for item in items:
                if isinstance(item, Mention):
                    annotations.delete_mention(item.id)
                else:
                    annotations.delete_claim(item.id)

    # --- changing ----------------------------------------------------------------------------

    def save_change(self, change: Change, text: str, by: str | None) -> Annotation:
        """Validate a change of a stored annotation and store its fields, by ``by``, over the
        version it was based on (``change.seen``); returns the annotation as stored.

        Raises SaveConflict, storing nothing, when someone else saved the annotation since:
        the conflict holds their version, who saved it and when, and the user chooses
        (docs/design/storage.md)."""
        edited = change.edited
        kind = "mention" if isinstance(edited, Mention) else "claim"
        with self.database.transaction() as session:
            annotations = AnnotationRepository(session)
            current: Annotation | None = (
                annotations.get_mention(edited.id)
                if isinstance(edited, Mention)
                else annotations.get_claim(edited.id)
            )
            if current is None:
                raise EditConflict(
                    said("someone else deleted this {kind}; your edit was not saved", kind=kind)
                )
            if current.version != change.seen.version:
                who_id, when = annotations.last_saved(kind, edited.id)
                who = AnnotatorRepository(session).get(who_id) if who_id else None
                raise SaveConflict(
                    said("someone else saved this {kind} first; yours was not saved", kind=kind),
                    change=change,
                    theirs=current,
                    who=who.name if who is not None else "",
                    when=when,
                )
            stored = patched(current, edited, change.fields)
            validate_span(text, stored.start, stored.end, text[stored.start : stored.end])
            stored.quote = text[stored.start : stored.end]
            saved = (by, now_timestamp())
            if isinstance(stored, Mention):
                self._check_type(session, stored.type)
                annotations.update_mention(stored, saved)
            else:
                self._check_status(session, stored.status)
                stored.updated_at = saved[1]
                annotations.replace_claim(stored, saved)
        return stored

    def update_mention(self, mention: Mention, text: str) -> Mention:
        mention = copy.deepcopy(mention)
        validate_span(text, mention.start, mention.end, text[mention.start : mention.end])
        mention.quote = text[mention.start : mention.end]
        with self.database.transaction() as session:
            self._check_type(session, mention.type)
            AnnotationRepository(session).update_mention(mention, (None, now_timestamp()))
        return mention

    def update_claim(self, claim: Claim, text: str) -> Claim:
        """Store the claim as given (every field, evidence, links); returns what was stored."""
        claim = copy.deepcopy(claim)
        validate_span(text, claim.start, claim.end, text[claim.start : claim.end])
        claim.quote = text[claim.start : claim.end]
        claim.updated_at = now_timestamp()
        with self.database.transaction() as session:
            self._check_status(session, claim.status)
            AnnotationRepository(session).replace_claim(claim, (None, claim.updated_at))
        return claim

    def delete_claim(self, claim_id: str) -> None:
        with self.database.transaction() as session:
            AnnotationRepository(session).delete_claim(claim_id)

    def restore_mention(self, mention: Mention, linked_claims: list[Claim]) -> list[Claim]:
        """Undo of a delete: the same mention, and the links claims had to it.

        ``linked_claims`` are the claims as they were at the delete; only their link to the
        mention is put back (at its old place), so anything changed on those claims since —
        a status set for a whole group, say — is kept. Returns the claims as now stored.
        """
        with self.database.transaction() as session:
            annotations = AnnotationRepository(session)
            annotations.add_mentions([mention])
            restored = []
            for before in linked_claims:
                current = annotations.get_claim(before.id)
                if current is None or mention.id in current.mention_ids:
                    continue
                old = before.mention_ids
                place = old.index(mention.id) if mention.id in old else 0
                current.mention_ids.insert(min(place, len(current.mention_ids)), mention.id)
                annotations.set_claim_mentions(current.id, current.mention_ids)
                restored.append(current)
            return restored

    def claims_linking(self, mention_id: str) -> list[Claim]:
        with self.database.reading() as session:
            annotations = AnnotationRepository(session)
            found = (annotations.get_claim(i) for i in annotations.claims_linking(mention_id))
            return [claim for claim in found if claim is not None]

    def create_entity(self, name: str, entity_type: str) -> Entity:
        entity = Entity(str(uuid.uuid4()), name.strip(), entity_type)
        with self.database.transaction() as session:
            self._check_type(session, entity_type)
            EntityRepository(session).add_many([entity])
        return entity

    def set_article_status(
        self, article_id: str, status: ArticleStatus, annotator_id: str | None = None
    ) -> None:
        """Set the article's (shared) status. Given who does it, Done is also their own
        finished mark, and reopening the article takes their mark back (progress per
        annotator); the others' marks stay."""
        with self.database.transaction() as session:
            ArticleRepository(session).set_status(article_id, status)
            if annotator_id is None:
                return
            progress = ProgressRepository(session)
            if status == ArticleStatus.DONE:
                progress.mark(FinishedMark(article_id, annotator_id, now_timestamp()))
            else:
                progress.unmark(article_id, annotator_id)

    # --- rules -------------------------------------------------------------------------------

    @staticmethod
    def _check_type(session: Any, entity_type: str) -> None:
        if not SchemeRepository(session).has_entity_type(entity_type):
            raise EditRefused(said("unknown entity type {entity_type!r}", entity_type=entity_type))

    @staticmethod
    def _check_status(session: Any, status: str) -> None:
        if status not in SchemeRepository(session).load().status_ids():
            raise EditRefused(said("unknown status {status!r}", status=status))
