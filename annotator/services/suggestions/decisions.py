"""Holds the user's decisions on suggestions, as written in one transaction: accepting stores
a Mention or Claim with origin ``suggestion`` after checking it against the article as it is
now; rejecting records the article, kind and span, never to be offered again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.orm import Session

from annotator.domain.errors import said
from annotator.domain.models import Claim, Claimant, Mention, Origin
from annotator.domain.schemes import DEFAULT_CLAIM_STATUS
from annotator.domain.timestamps import now_timestamp
from annotator.services.annotating import EditRefused
from annotator.services.suggestions.suggestion import (
    KINDS,
    MENTION,
    Annotated,
    Suggestion,
    UnknownArticle,
)
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import EntityRepository
from annotator.storage.repositories.suggestion_repository import SuggestionRepository


def store_accepted(
    session: Session, suggestions: list[Suggestion], created_by: str | None
) -> list[Mention | Claim]:
    """Store the suggested mentions (linked to their entities) and claims; refuse them all if
    one no longer fits the article (its text, its annotations, its entity)."""
    created: list[Mention | Claim] = []
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


def refuse_unknown_kinds(suggestions: Iterable[Suggestion]) -> None:
    for suggestion in suggestions:
        if suggestion.kind not in KINDS:
            raise EditRefused(said("unknown kind of suggestion {kind!r}", kind=suggestion.kind))


def store_rejections(session: Session, suggestions: list[Suggestion], stamp: str) -> None:
    """Record the rejections; refuse them all if one's article is gone."""
    articles = ArticleRepository(session)
    repository = SuggestionRepository(session)
    for article_id in sorted({s.article_id for s in suggestions}):
        if articles.text_sha256(article_id) is None:
            raise UnknownArticle(said("the article {article_id} is gone", article_id=article_id))
    for suggestion in suggestions:
        repository.reject(
            suggestion.article_id, suggestion.kind, suggestion.start, suggestion.end, stamp
        )


def remove_rejections(session: Session, suggestions: list[Suggestion]) -> None:
    repository = SuggestionRepository(session)
    for suggestion in suggestions:
        repository.unreject(
            suggestion.article_id, suggestion.kind, suggestion.start, suggestion.end
        )


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
