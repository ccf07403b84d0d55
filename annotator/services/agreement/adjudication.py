"""The adjudicated layer: the editor's reviewed ("gold") version built from the annotators'.

An adjudicated span is a copy of the annotation(s) it was accepted from, with ``origin:
"adjudicated"``, ``created_by`` the editor and ``adjudicated_from`` the ids of its sources. The
annotators' own annotations are never changed. ``annotator adjudicate --agreed`` accepts what
every chosen annotator made identically (mentions: offsets and type; claims: offsets and
status); the window's adjudication view accepts the rest one by one.
"""

from __future__ import annotations

import copy
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.domain.errors import said
from annotator.domain.models import Annotator, Claim, Evidence, Mention, Origin, annotator_name
from annotator.domain.timestamps import now_timestamp
from annotator.services.agreement.agreement_service import AgreementService, TooFewAnnotators
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import AnnotatorRepository

# Claim fields the adjudicated claim takes when every source agrees on them; otherwise it
# keeps the field's default for the editor to fill in.
AGREED_CLAIM_FIELDS = (
    "claim_reviewed",
    "claimant",
    "claim_date",
    "justification",
    "checkworthy",
    "tags",
    "review",
)


@dataclass(slots=True)
class AgreedResult:
    editor: Annotator
    accepted_mentions: int = 0
    accepted_claims: int = 0
    disputed: int = 0  # places where the annotators differ, not yet adjudicated
    already: int = 0  # agreed places adjudicated before (running it twice adds nothing)

    @property
    def accepted(self) -> int:
        return self.accepted_mentions + self.accepted_claims


def adjudicated_copy(sources: Sequence[Mention | Claim], editor_id: str) -> Mention | Claim:
    """A new adjudicated span made from ``sources`` (one version, or several identical ones):
    the first source's span and values, fields the sources disagree on left at their default."""
    first = sources[0]
    made = copy.deepcopy(first)
    made.id = str(uuid.uuid4())
    made.origin = Origin.ADJUDICATED
    made.created_by = editor_id
    made.created_at = now_timestamp()
    made.adjudicated_from = [s.id for s in sources]
    if isinstance(made, Claim):
        made.updated_at = made.created_at
        made.mention_ids = []
        blank = Claim(id="", article_id="", start=0, end=0, quote="")
        for name in AGREED_CLAIM_FIELDS:
            values = [getattr(s, name) for s in sources]
            if any(v != values[0] for v in values[1:]):
                setattr(made, name, copy.deepcopy(getattr(blank, name)))
        # The sources are all claims, as the first is.
        evidence = [_evidence_key(s.evidence) for s in sources if isinstance(s, Claim)]
        if any(e != evidence[0] for e in evidence[1:]):
            made.evidence = []
        made.evidence = [_renewed(e) for e in made.evidence]
    return made


def _evidence_key(evidence: list[Evidence]) -> list[tuple[Any, ...]]:
    return [(e.url, e.archive_url, e.title, e.stance, e.excerpt) for e in evidence]


def _renewed(evidence: Evidence) -> Evidence:
    """Evidence ids are unique in the database: the copy gets its own."""
    made = copy.deepcopy(evidence)
    made.id = str(uuid.uuid4())
    return made


class AdjudicationService:
    def __init__(self, database: Database, agreement: AgreementService) -> None:
        self.database = database
        self.agreement = agreement

    def adjudicated_of(self, article_ids: Sequence[str]) -> tuple[list[Mention], list[Claim]]:
        with self.database.reading() as session:
            repository = AnnotationRepository(session)
            ids = list(article_ids)
            mentions = [
                m
                for items in repository.mentions_of(ids).values()
                for m in items
                if m.origin is Origin.ADJUDICATED
            ]
            claims = [
                c
                for items in repository.claims_of(ids).values()
                for c in items
                if c.origin is Origin.ADJUDICATED
            ]
        return mentions, claims

    def places(self, article_id: str, annotator_ids: Sequence[str]) -> list[Place]:
        """The article's places for the adjudication view, the given annotators' versions."""
        with self.database.reading() as session:
            repository = AnnotationRepository(session)
            mentions = repository.mentions_of([article_id]).get(article_id, [])
            claims = repository.claims_of([article_id]).get(article_id, [])
        return places_of(mentions, claims, annotator_ids)

    def article_text(self, article_id: str) -> str:
        with self.database.reading() as session:
            article = ArticleRepository(session).get(article_id)
        return article.text if article is not None else ""

    def replace(self, removed: Mention | Claim | None, added: Mention | Claim | None) -> None:
        """One step of the view, in one transaction: an adjudicated span out, another in
        (accept, edit, reject, and their undo)."""
        with self.database.transaction() as session:
            repository = AnnotationRepository(session)
            if isinstance(removed, Mention):
                repository.delete_mention(removed.id)
            elif isinstance(removed, Claim):
                repository.delete_claim(removed.id)
            if isinstance(added, Mention):
                repository.add_mentions([added])
            elif isinstance(added, Claim):
                repository.add_claims([added])

    def accept(self, items: Sequence[Mention | Claim], editor: Annotator | None = None) -> None:
        """Store adjudicated spans (made by ``adjudicated_copy``) in one transaction, with
        their editor if not yet known."""
        with self.database.transaction() as session:
            if editor is not None:
                annotators = AnnotatorRepository(session)
                if not annotators.existing_ids([editor.id]):
                    annotators.add_many([editor])
            repository = AnnotationRepository(session)
            repository.add_mentions([i for i in items if isinstance(i, Mention)])
            repository.add_claims([i for i in items if isinstance(i, Claim)])

    def editor(self, name: str) -> Annotator:
        """The annotator with this name (ignoring case) as the editor; a new one if unknown.
        Not stored here: ``accept`` with ``editor`` stores it with the first accepted span."""
        known = self.agreement.annotators()
        found = next((a for a in known if a.name.casefold() == name.casefold()), None)
        return found or Annotator(str(uuid.uuid4()), annotator_name(name))

    def accept_agreed(
        self, editor: Annotator, names_or_ids: Sequence[str] = (), article_ids: Sequence[str] = ()
    ) -> AgreedResult:
        """Accept every annotation all chosen annotators made identically, in one transaction
        (which also records the editor, if new); a refused run changes nothing."""
        chosen = self.agreement.resolve(names_or_ids) if names_or_ids else None
        layers = self.agreement.layers(chosen, article_ids)
        if len(layers) < 2:
            raise TooFewAnnotators(
                said(
                    "adjudication compares at least two annotators' layers; found annotations by "
                    "{layers_count}",
                    layers_count=len(layers),
                )
            )
        everyone = len(layers)
        mentions: dict[tuple[str, int, int, str], list[Mention]] = defaultdict(list)
        claims: dict[tuple[str, int, int, str], list[Claim]] = defaultdict(list)
        for layer in layers:
            seen: set[tuple[str, int, int, str]] = set()
            for of_article in layer.mentions.values():
                for m in of_article:
                    key = (m.article_id, m.start, m.end, m.type)
                    if key not in seen:
                        seen.add(key)
                        mentions[key].append(m)
            seen = set()
            for claims_of_article in layer.claims.values():
                for c in claims_of_article:
                    key = (c.article_id, c.start, c.end, c.status)
                    if key not in seen:
                        seen.add(key)
                        claims[key].append(c)
        articles = sorted({key[0] for key in [*mentions, *claims]})
        done_mentions, done_claims = self.adjudicated_of(articles)
        have_mentions = {(m.article_id, m.start, m.end, m.type) for m in done_mentions}
        have_claim_places = {(c.article_id, c.start, c.end) for c in done_claims}
        have_mention_places = {key[:3] for key in have_mentions}

        result = AgreedResult(editor)
        new: list[Mention | Claim] = []
        disputed: set[tuple[str, str, int, int]] = set()
        for key, sources in mentions.items():
            if len(sources) == everyone:
                if key in have_mentions:
                    result.already += 1
                else:
                    new.append(adjudicated_copy(sources, editor.id))
                    result.accepted_mentions += 1
            elif key[:3] not in have_mention_places:
                disputed.add(("mention", *key[:3]))
        for key, claim_sources in claims.items():
            if len(claim_sources) == everyone:
                if key[:3] in have_claim_places:
                    result.already += 1
                else:
                    new.append(adjudicated_copy(claim_sources, editor.id))
                    result.accepted_claims += 1
            elif key[:3] not in have_claim_places:
                disputed.add(("claim", *key[:3]))
        result.disputed = len(disputed)
        self.accept(new, editor)
        return result


# --- one article, place by place (the window's adjudication view) ----------------------------


@dataclass(slots=True)
class Place:
    """One set of offsets in one article where annotators marked a mention (or a claim):
    each annotator's version there, and the adjudicated one if any."""

    kind: str  # "mention" | "claim"
    article_id: str
    start: int
    end: int
    quote: str
    versions: dict[str, Mention | Claim]  # annotator id → their annotation here
    adjudicated: Mention | Claim | None = None
    rejected: bool = False  # rejected in this session: nothing goes to the adjudicated layer

    @staticmethod
    def value_of(item: Mention | Claim | None) -> str | None:
        if item is None:
            return None
        return item.type if isinstance(item, Mention) else item.status

    def agreed(self, annotator_ids: Sequence[str]) -> bool:
        values = {self.value_of(self.versions.get(a)) for a in annotator_ids}
        return len(values) == 1 and None not in values

    @property
    def resolved(self) -> bool:
        return self.adjudicated is not None or self.rejected


def places_of(
    mentions: Sequence[Mention], claims: Sequence[Claim], annotator_ids: Sequence[str]
) -> list[Place]:
    """The places of one article, in reading order (claims before the mentions inside them)."""
    found: dict[tuple[str, int, int], Place] = {}
    for kind, items in (("claim", claims), ("mention", mentions)):
        for item in items:
            key = (kind, item.start, item.end)
            place = found.get(key)
            if place is None:
                place = found[key] = Place(
                    kind, item.article_id, item.start, item.end, item.quote, {}
                )
            if item.origin is Origin.ADJUDICATED:
                place.adjudicated = place.adjudicated or item
            elif item.created_by is not None and item.created_by in annotator_ids:
                place.versions.setdefault(item.created_by, item)
    kept = [p for p in found.values() if p.versions or p.adjudicated]
    return sorted(kept, key=lambda p: (p.start, -p.end, p.kind))
