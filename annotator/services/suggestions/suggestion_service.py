"""Offline suggestions: mentions of known entities and check-worthy claim sentences.

Nothing is downloaded and nothing is random: the same database gives the same suggestions in
the same order (article order, then offset). Two kinds:

- **mention**: a whole-word occurrence of an entity's name or alias (domain.name_matching)
  that no existing mention overlaps, linked to that entity and typed with its type;
- **claim**: a sentence whose check-worthiness score (domain.checkworthiness) reaches the
  threshold and that no existing claim overlaps.

A suggestion the user rejected (same article, kind and span) is never offered again. Accepting
stores a Mention or Claim with origin ``suggestion``, one transaction per user action.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import accumulate

from sqlalchemy.orm import Session

from annotator.domain.checkworthiness import ClaimCandidate, LinearModel, claim_candidates
from annotator.domain.errors import AnnotatorError, said
from annotator.domain.language.name_matching import Form, NameMatch, NameMatcher
from annotator.domain.models import Claim, Claimant, Entity, Mention, Origin
from annotator.domain.schemes import DEFAULT_CLAIM_STATUS
from annotator.domain.timestamps import now_timestamp
from annotator.services.annotating import EditRefused
from annotator.services.suggestions.claim_model import ClaimModels
from annotator.services.suggestions.open_suggestions import OpenSuggestions, SpanEdit
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import EntityRepository
from annotator.storage.repositories.suggestion_repository import SuggestionRepository

MENTION, CLAIM = "mention", "claim"
KINDS = (MENTION, CLAIM)
_FORM_SCORE = {
    Form.NAME: 1.0,
    Form.ALIAS: 0.9,
    Form.CAPITALS: 0.8,
    Form.TRANSLITERATION: 0.75,
    Form.INFLECTION: 0.7,
}
_FORM_REASON = {Form.NAME: "name of", Form.ALIAS: "alias of", Form.CAPITALS: "in capitals:"}


def _reason(match: NameMatch) -> str:
    """Why a span is suggested: "name of “Izium”", "transliteration of “Izium”",
    "inflected form of “Ізюм”, transliteration of “Izium”"."""
    if match.form in _FORM_REASON:
        return f"{_FORM_REASON[match.form]} “{match.name}”"
    same_script = _is_cyrillic(match.nominative) == _is_cyrillic(match.via)
    if match.form == Form.TRANSLITERATION:
        kind = "spelling" if same_script else "transliteration"
        return f"{kind} of “{match.via}”"
    if same_script:
        return f"inflected form of “{match.via}”"
    return f"inflected form of “{match.nominative}”, transliteration of “{match.via}”"


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


class UnknownArticle(AnnotatorError):
    """No article has this id."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A span the user may accept or reject. ``type`` and ``entity_id`` are None for claims."""

    article_id: str
    kind: str
    start: int
    end: int
    quote: str
    type: str | None
    entity_id: str | None
    score: float
    reason: str
    # A form of the entity's name that is not yet one of its aliases (Ізюм, Izyum):
    # accepting the suggestion offers to add it.
    new_alias: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(slots=True)
class SuggestionDelta:
    """The open suggestions after some edits, and which of them closed or (re)opened. ``whole``:
    they were computed from scratch, so ``closed`` and ``opened`` say nothing. ``number``: the
    answer from scratch they follow from (the next edits are taken in since that one)."""

    suggestions: list[Suggestion]
    closed: list[Suggestion] = field(default_factory=list)
    opened: list[Suggestion] = field(default_factory=list)
    whole: bool = True
    number: int | None = None


class EntityNames:
    """The entities of one run, compiled once into a single pattern (never one per entity)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        self.matcher = NameMatcher(entities)
        self.types = {entity.id: entity.type for entity in entities}


@dataclass(slots=True)
class Annotated:
    """What an article already holds: spans of its mentions and claims, rejected suggestions."""

    mentions: list[tuple[int, int]] = field(default_factory=list)
    claims: list[tuple[int, int]] = field(default_factory=list)
    rejected: set[tuple[str, int, int]] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Found:
    """Everything the rules find in a text, before what is annotated or rejected is left out.
    It depends only on the text and the entities, so the window keeps it while annotating."""

    names: list[NameMatch]
    claims: list[ClaimCandidate]


def find_in_text(
    text: str,
    names: EntityNames,
    threshold: float | None = None,
    model: LinearModel | None = None,
) -> Found:
    """Names and claim candidates; claims scored by ``model`` and the cues, or the cues alone."""
    return Found(list(names.matcher.find(text)), claim_candidates(text, threshold, model))


def suggest_in_text(
    article_id: str,
    text: str,
    names: EntityNames,
    annotated: Annotated | None = None,
    threshold: float | None = None,
    found: Found | None = None,
    model: LinearModel | None = None,
) -> list[Suggestion]:
    """The suggestions for one article's text, sorted by offset. Pure: no database."""
    found = found or find_in_text(text, names, threshold, model)
    return still_open(every_suggestion(article_id, text, names, found), annotated or Annotated())


def every_suggestion(
    article_id: str, text: str, names: EntityNames, found: Found
) -> list[Suggestion]:
    """Everything ``found`` suggests, before what the article already holds is taken out;
    sorted by offset, mentions before claims at the same place."""
    suggestions = [
        Suggestion(
            article_id=article_id,
            kind=MENTION,
            start=match.start,
            end=match.end,
            quote=text[match.start : match.end],
            type=names.types[match.entity_id],
            entity_id=match.entity_id,
            score=_FORM_SCORE[match.form],
            reason=_reason(match),
            new_alias=match.nominative or None,
        )
        for match in found.names
    ]
    suggestions += [
        Suggestion(
            article_id=article_id,
            kind=CLAIM,
            start=candidate.start,
            end=candidate.end,
            quote=text[candidate.start : candidate.end],
            type=None,
            entity_id=None,
            score=candidate.score,
            reason=candidate.reason,
        )
        for candidate in found.claims
    ]
    order = {kind: i for i, kind in enumerate(KINDS)}
    suggestions.sort(key=lambda s: (s.start, s.end, order[s.kind]))
    return suggestions


def still_open(suggestions: list[Suggestion], annotated: Annotated) -> list[Suggestion]:
    """Those of ``suggestions`` (in their order) that are neither rejected nor overlap an
    annotation of their kind. Cheap: the window asks after every annotation it adds."""
    overlaps = {MENTION: _Overlaps(annotated.mentions), CLAIM: _Overlaps(annotated.claims)}
    rejected = annotated.rejected
    return [
        s
        for s in suggestions
        if (s.kind, s.start, s.end) not in rejected and not overlaps[s.kind].any(s.start, s.end)
    ]


# An article's findings as suggestions: its id, its text's hash, the names and the model
# they were found with.
_Findings = tuple[str, str, EntityNames, LinearModel | None, list[Suggestion]]
# The open suggestions' article, its text's hash, names, model and the rejections' write count.
_OpenKey = tuple[str, str | None, EntityNames, LinearModel | None, int]
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
        return (article_id, sha256, names, self.claim_model(), rejections)

    def _from_scratch(self, article_id: str) -> SuggestionDelta:
        model = self.claim_model()
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
            if self._found is None or self._found[:4] != (article_id, sha256, names, model):
                article = articles.get(article_id)
                assert article is not None  # the same transaction found its hash
                found = find_in_text(article.text, names, self.threshold, model)
                every = every_suggestion(article.id, article.text, names, found)
                self._found = (article_id, sha256, names, model, every)
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
        created: list[Mention | Claim] = []
        with self.database.transaction() as session:
            articles = ArticleRepository(session)
            entities = EntityRepository(session)
            repository = SuggestionRepository(session)
            annotated = _annotated_at(repository, suggestions)
            texts: dict[str, _Passages] = {}
            for suggestion in suggestions:
                if suggestion.article_id not in texts:
                    texts[suggestion.article_id] = _passages(
                        articles, repository, suggestion.article_id, suggestions
                    )
                _check(suggestion, texts[suggestion.article_id], annotated, entities)
                created.append(_annotation(suggestion, created_by))
                spans = annotated[suggestion.article_id]
                (spans.mentions if suggestion.kind == MENTION else spans.claims).append(
                    (suggestion.start, suggestion.end)
                )
            stored = AnnotationRepository(session)
            stored.add_mentions(a for a in created if isinstance(a, Mention))
            stored.add_claims(a for a in created if isinstance(a, Claim))
        return created

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
        for suggestion in suggestions:
            if suggestion.kind not in KINDS:
                raise EditRefused(said("unknown kind of suggestion {kind!r}", kind=suggestion.kind))
        stamp = now_timestamp()
        written = self.database.writes.of("rejected_suggestions")
        with self.database.transaction() as session:
            articles = ArticleRepository(session)
            repository = SuggestionRepository(session)
            for article_id in sorted({s.article_id for s in suggestions}):
                if articles.text_sha256(article_id) is None:
                    raise UnknownArticle(
                        said("the article {article_id} is gone", article_id=article_id)
                    )
            for suggestion in suggestions:
                repository.reject(
                    suggestion.article_id, suggestion.kind, suggestion.start, suggestion.end, stamp
                )
        self._take_in_rejections(suggestions, True, written)

    def unreject(self, suggestion: Suggestion) -> None:
        """Offer a rejected suggestion again."""
        self.unreject_many([suggestion])

    def unreject_many(self, suggestions: Iterable[Suggestion]) -> None:
        """Offer rejected suggestions again (the undo of a rejection), in one transaction."""
        suggestions = list(suggestions)
        written = self.database.writes.of("rejected_suggestions")
        with self.database.transaction() as session:
            repository = SuggestionRepository(session)
            for suggestion in suggestions:
                repository.unreject(
                    suggestion.article_id, suggestion.kind, suggestion.start, suggestion.end
                )
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


class _Overlaps:
    """Does a span overlap any of these spans? O(log n) per question."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_end = list(accumulate((end for _, end in ordered), max))

    def any(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # spans starting before this one ends
        return before > 0 and self._max_end[before - 1] > start


def _annotated(repository: SuggestionRepository, article_ids: list[str]) -> dict[str, Annotated]:
    mentions = repository.mention_spans(article_ids)
    claims = repository.claim_spans(article_ids)
    rejected = repository.rejected(article_ids)
    return {
        i: Annotated(list(mentions.get(i, [])), list(claims.get(i, [])), set(rejected.get(i, ())))
        for i in article_ids
    }


def _annotated_at(
    repository: SuggestionRepository, suggestions: list[Suggestion]
) -> dict[str, Annotated]:
    """What the articles hold at the suggestions' places only (accepting one suggestion in
    an article of 5,000 spans reads none of them)."""
    starts: dict[tuple[str, str], list[int]] = {}
    for s in suggestions:
        starts.setdefault((s.article_id, s.kind), []).append(s.start)
    annotated: dict[str, Annotated] = {s.article_id: Annotated() for s in suggestions}
    for (article_id, kind), places in sorted(starts.items()):
        if kind not in KINDS:
            continue  # refused by _check
        found = sorted(repository.spans_starting_at(article_id, kind, places))
        spans = annotated[article_id]
        (spans.mentions if kind == MENTION else spans.claims).extend(found)
    return annotated


# An article's length and its text at the places of the suggestions being accepted.
_Passages = tuple[int, dict[tuple[int, int], str]]
# Up to this many places are read from the database one by one, beyond it the whole text.
QUOTED_AT_ONCE = 20


def _passages(
    articles: ArticleRepository,
    repository: SuggestionRepository,
    article_id: str,
    suggestions: list[Suggestion],
) -> _Passages:
    places = [(s.start, s.end) for s in suggestions if s.article_id == article_id]
    if len(places) <= QUOTED_AT_ONCE:
        found = repository.passages(article_id, places)
    else:
        article = articles.get(article_id)
        text = article.text if article is not None else ""
        found = (len(text), {(a, b): text[a:b] for a, b in places}) if article else None
    if found is None:
        raise UnknownArticle(said("the article {article_id} is gone", article_id=article_id))
    return found


def _check(
    suggestion: Suggestion,
    text: _Passages,
    annotated: dict[str, Annotated],
    entities: EntityRepository,
) -> None:
    if suggestion.kind not in KINDS:
        raise EditRefused(said("unknown kind of suggestion {kind!r}", kind=suggestion.kind))
    start, end = suggestion.start, suggestion.end
    length, quotes = text
    if not (0 <= start < end <= length) or quotes[(start, end)] != suggestion.quote:
        raise EditRefused(
            said(
                "the suggested span {start}–{end} does not match the article text",
                start=start,
                end=end,
            )
        )
    spans = annotated[suggestion.article_id]
    if (start, end) in (spans.mentions if suggestion.kind == MENTION else spans.claims):
        raise EditRefused(
            said(
                "{quote!r} is already annotated as a {kind}",
                quote=suggestion.quote,
                kind=suggestion.kind,
            )
        )
    if suggestion.kind == MENTION:
        entity = entities.get(suggestion.entity_id) if suggestion.entity_id else None
        if entity is None:
            raise EditRefused(
                said(
                    "the entity of the suggested mention {quote!r} is gone", quote=suggestion.quote
                )
            )
        if entity.type != suggestion.type:
            raise EditRefused(
                said(
                    "the entity {name!r} is now of type {type}", name=entity.name, type=entity.type
                )
            )


def _annotation(suggestion: Suggestion, created_by: str | None) -> Mention | Claim:
    stamp = now_timestamp()
    if suggestion.kind == MENTION:
        assert suggestion.type is not None
        return Mention(
            id=str(uuid.uuid4()),
            article_id=suggestion.article_id,
            start=suggestion.start,
            end=suggestion.end,
            quote=suggestion.quote,
            type=suggestion.type,
            entity_id=suggestion.entity_id,
            origin=Origin.SUGGESTION,
            created_by=created_by,
            created_at=stamp,
        )
    return Claim(
        id=str(uuid.uuid4()),
        article_id=suggestion.article_id,
        start=suggestion.start,
        end=suggestion.end,
        quote=suggestion.quote,
        status=DEFAULT_CLAIM_STATUS,
        claimant=Claimant(),
        origin=Origin.SUGGESTION,
        created_by=created_by,
        created_at=stamp,
        updated_at=stamp,
    )
