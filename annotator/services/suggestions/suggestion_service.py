"""Holds the suggestion service: offline suggestions of mentions of known entities and of
check-worthy claim sentences, found per article and kept up to date while the window edits it.

Nothing is downloaded and nothing is random: the same database gives the same suggestions in
the same order (article order, then offset). Two kinds:

- **mention**: a whole-word occurrence of an entity's name or alias (domain.name_matching)
  that no existing mention overlaps, linked to that entity and typed with its type;
- **claim**: a sentence whose check-worthiness score (domain.checkworthiness) reaches the
  threshold and that no existing claim overlaps.

A suggestion the user rejected (same article, kind and span) is never offered again. Accepting
stores a Mention or Claim with origin ``suggestion``, one transaction per user action
(decisions). The rules themselves are in finding, the records in suggestion; the names the
window and the command line import from here (Suggestion, SuggestionDelta, MENTION, CLAIM,
KINDS, UnknownArticle) are re-exported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy.orm import Session

from annotator.domain.checkworthiness import LinearModel
from annotator.domain.errors import said
from annotator.domain.models import Claim, Entity, Mention
from annotator.domain.timestamps import now_timestamp
from annotator.services.known.known_library import TABLE as KNOWN_TABLE
from annotator.services.known.known_library import KnownLibrary
from annotator.services.suggestions.claim_model import ClaimModels
from annotator.services.suggestions.decisions import (
    refuse_unknown_kinds,
    remove_rejections,
    store_accepted,
    store_rejections,
)
from annotator.services.suggestions.finding import (
    every_suggestion,
    find_in_text,
    suggest_in_text,
)
from annotator.services.suggestions.known_reasons import with_known_checks
from annotator.services.suggestions.open_suggestions import OpenSuggestions, SpanEdit
from annotator.services.suggestions.suggestion import (
    CLAIM,
    KINDS,
    MENTION,
    Annotated,
    EntityNames,
    Found,
    Suggestion,
    SuggestionDelta,
    UnknownArticle,
)
from annotator.storage.database import Database
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import EntityRepository
from annotator.storage.repositories.suggestion_repository import SuggestionRepository

__all__ = [
    "CLAIM",
    "INCREMENTAL_EDITS",
    "KINDS",
    "MENTION",
    "Suggestion",
    "SuggestionDelta",
    "SuggestionService",
    "UnknownArticle",
]

# How claims are scored: the model, the threshold, and the state of the library of known
# fact-checks (a sentence checked before says so).
_Scoring = tuple[LinearModel | None, float | None, int]
# An article's findings as suggestions: its id, its text's hash, the names and the scoring
# they were found with.
_Findings = tuple[str, str, EntityNames, _Scoring, list[Suggestion]]
# The open suggestions' article, its text's hash, names, scoring and the rejections' writes.
_OpenKey = tuple[str, str | None, EntityNames, _Scoring, int]
# Beyond this many edits at once (the undo of "Accept all"), the spans are read again.
INCREMENTAL_EDITS = 50


class SuggestionService:
    def __init__(
        self, database: Database, threshold: float | None = None, use_model: bool = True
    ) -> None:
        """``threshold`` None: the default of the scoring in use; ``use_model`` False: the cue
        rules alone (the baseline the benchmark compares with)."""
        self.database = database
        self.threshold = threshold
        self.use_model = use_model
        self.models = ClaimModels(database)
        self.known = KnownLibrary(database)
        self._names: tuple[tuple[object, ...], EntityNames] | None = None
        self._names_at = -1
        # The last article's findings, as suggestions: the window asks again after every
        # annotation it adds, and finding claims in a 1 MB article takes most of a second.
        self._found: _Findings | None = None
        # Which of them are open, kept up to date by the window's edits (after_edits).
        self._open: tuple[_OpenKey, OpenSuggestions[Suggestion]] | None = None
        # Answers from scratch so far: an edit is taken in only by the one who saw the last.
        self._answers = 0

    def claim_model(self) -> LinearModel | None:
        """The model that scores claim sentences: learned from this database, else shipped."""
        return self.models.current()[0] if self.use_model else None

    def _scoring(self) -> _Scoring:
        return (self.claim_model(), self.threshold, self.database.writes.of(KNOWN_TABLE))

    def _find(self, text: str, names: EntityNames, model: LinearModel | None) -> Found:
        """What the rules find in a text, check-worthy sentences checked before named."""
        return with_known_checks(text, find_in_text(text, names, self.threshold, model), self.known)

    def _current_names(self, session: Session) -> EntityNames:
        """The entities' names, read again only after something wrote to the entities table."""
        written = self.database.writes.of("entities")
        if self._names is None or self._names_at != written:
            self._entity_names(EntityRepository(session).all())
            self._names_at = written
        assert self._names is not None
        return self._names[1]

    def _entity_names(self, entities: list[Entity]) -> EntityNames:
        """Compiled once per set of entities: 20,000 names take seconds to compile, and the
        window asks for one article's suggestions at a time."""
        key = tuple((e.id, e.name, e.type, tuple(e.aliases)) for e in entities)
        if self._names is None or self._names[0] != key:
            self._names = (key, EntityNames(entities))
        return self._names[1]

    # --- finding -----------------------------------------------------------------------------

    def for_article(self, article_id: str) -> list[Suggestion]:
        """Raises UnknownArticle if there is no such article."""
        return self._from_scratch(article_id).suggestions

    def after_edits(
        self, article_id: str, edits: Sequence[SpanEdit], since: int | None
    ) -> SuggestionDelta:
        """The article's suggestions after the window's own edits of its annotations, since
        the answer numbered ``since`` (``SuggestionDelta.number``; None: from scratch). Only
        the suggestions the edited spans overlap are looked at again, when nothing else can
        have changed since that answer (the same text, names, model and rejections but the
        service's own, and the spans as then plus these edits); otherwise, or for many edits
        at once, from scratch (``whole``). Raises UnknownArticle if there is no such article."""
        kept = self._open
        if (
            kept is None
            or since != self._answers
            or kept[0][0] != article_id
            or len(edits) > INCREMENTAL_EDITS
        ):
            return self._from_scratch(article_id)
        with self.database.reading() as session:
            sha256 = ArticleRepository(session).text_sha256(article_id)
            key = self._key(article_id, sha256, self._current_names(session))
        if key != kept[0]:
            return self._from_scratch(article_id)
        changed = kept[1].apply(edits)
        if changed is None:
            return self._from_scratch(article_id)
        return SuggestionDelta(kept[1].suggestions(), *changed, whole=False, number=since)

    def _key(self, article_id: str, sha256: str | None, names: EntityNames) -> _OpenKey:
        """What an article's open suggestions were computed with, besides its spans."""
        rejections = self.database.writes.of("rejected_suggestions")
        return (article_id, sha256, names, self._scoring(), rejections)

    def _from_scratch(self, article_id: str) -> SuggestionDelta:
        scoring = self._scoring()
        model = scoring[0]
        with self.database.reading() as session:
            articles = ArticleRepository(session)
            # The text (a megabyte, perhaps) is read only when the findings must be renewed:
            # its hash says whether it is still the text they were found in.
            sha256 = articles.text_sha256(article_id)
            if sha256 is None:
                raise UnknownArticle(
                    said("there is no article with the id {article_id!r}", article_id=article_id)
                )
            names = self._current_names(session)
            repository = SuggestionRepository(session)
            spans = repository.spans_by_id(article_id)
            rejected = repository.rejected([article_id]).get(article_id, set())
            if self._found is None or self._found[:4] != (article_id, sha256, names, scoring):
                article = articles.get(article_id)
                assert article is not None  # the same transaction found its hash
                found = self._find(article.text, names, model)
                every = every_suggestion(article.id, article.text, names, found)
                self._found = (article_id, sha256, names, scoring, every)
            key = self._key(article_id, sha256, names)
        kept = OpenSuggestions(self._found[4], spans, rejected)
        self._open = (key, kept)
        self._answers += 1
        return SuggestionDelta(kept.suggestions(), number=self._answers)

    def for_all(self) -> Iterator[Suggestion]:
        """Every article's suggestions, in article (import) order; streamed batch by batch."""
        with self.database.reading() as session:
            names = self._entity_names(EntityRepository(session).all())
            model = self.claim_model()
            repository = SuggestionRepository(session)
            for batch in ArticleRepository(session).iter_in_export_order():
                annotated = _annotated(repository, [article.id for article in batch])
                for article in batch:
                    yield from suggest_in_text(
                        article.id,
                        article.text,
                        names,
                        annotated[article.id],
                        self.threshold,
                        found=self._find(article.text, names, model),
                        model=model,
                    )

    # --- deciding ----------------------------------------------------------------------------

    def accept(self, suggestion: Suggestion, created_by: str | None) -> Mention | Claim:
        """Store the suggested mention (linked to its entity) or claim, origin ``suggestion``."""
        return self.accept_many([suggestion], created_by)[0]

    def accept_many(
        self, suggestions: Iterable[Suggestion], created_by: str | None
    ) -> list[Mention | Claim]:
        """Store several suggestions in one transaction (one user action, one undo step)."""
        suggestions = list(suggestions)
        with self.database.transaction() as session:
            return store_accepted(session, suggestions, created_by)

    def accept_all_for_entity(
        self, entity_id: str, created_by: str | None, article_id: str | None = None
    ) -> int:
        """Accept every mention suggested for this entity, in one article or in all of them."""
        found = self.for_article(article_id) if article_id is not None else self.for_all()
        chosen = [s for s in found if s.kind == MENTION and s.entity_id == entity_id]
        return len(self.accept_many(chosen, created_by)) if chosen else 0

    def reject(self, suggestion: Suggestion) -> None:
        """Never offer this suggestion (same article, kind and span) again."""
        self.reject_many([suggestion])

    def reject_many(self, suggestions: Iterable[Suggestion]) -> None:
        """Never offer these suggestions again: one transaction (the list's Reject all)."""
        suggestions = list(suggestions)
        refuse_unknown_kinds(suggestions)
        stamp = now_timestamp()
        written = self.database.writes.of("rejected_suggestions")
        with self.database.transaction() as session:
            store_rejections(session, suggestions, stamp)
        self._take_in_rejections(suggestions, True, written)

    def unreject(self, suggestion: Suggestion) -> None:
        """Offer a rejected suggestion again."""
        self.unreject_many([suggestion])

    def unreject_many(self, suggestions: Iterable[Suggestion]) -> None:
        """Offer rejected suggestions again (the undo of a rejection), in one transaction."""
        suggestions = list(suggestions)
        written = self.database.writes.of("rejected_suggestions")
        with self.database.transaction() as session:
            remove_rejections(session, suggestions)
        self._take_in_rejections(suggestions, False, written)

    def _take_in_rejections(
        self, suggestions: list[Suggestion], rejected: bool, written_before: int
    ) -> None:
        """Our own rejections (or their undo), just written: the kept open suggestions take
        them in, so the window's next question needs no fresh start. Only when nothing else
        wrote rejections since they were computed (else they are stale and left to be)."""
        if self._open is None or self._open[0][4] != written_before:
            return
        key, kept = self._open
        kept.set_rejected(
            ((s.kind, s.start, s.end) for s in suggestions if s.article_id == key[0]), rejected
        )
        written = self.database.writes.of("rejected_suggestions")
        self._open = ((key[0], key[1], key[2], key[3], written), kept)


def _annotated(repository: SuggestionRepository, article_ids: list[str]) -> dict[str, Annotated]:
    mentions = repository.mention_spans(article_ids)
    claims = repository.claim_spans(article_ids)
    rejected = repository.rejected(article_ids)
    return {
        i: Annotated(list(mentions.get(i, [])), list(claims.get(i, [])), set(rejected.get(i, ())))
        for i in article_ids
    }
