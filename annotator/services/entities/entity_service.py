"""Canonical entities: create, rename, alias, merge, delete, link mentions, complete names.

Each change is one transaction and returns what the window's undo command needs to reverse it:
the entity as it was (``update`` puts it back), an ``EntitySnapshot`` for a delete
(``restore``), a ``MergeSnapshot`` for a merge (``unmerge``), the previous entity id of a linked
mention (``link_mention`` again).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from annotator.domain.errors import said
from annotator.domain.language.folding import fold
from annotator.domain.models import Entity, Mention
from annotator.domain.sentences import sentence_spans
from annotator.services.annotating import EditRefused
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import EntityRepository, SchemeRepository
from annotator.storage.repositories.entity_queries import EntityQueries

# Completion order: (0 prefix | 1 fuzzy, length of a prefix match, -score, spelling, id).
_Rank = tuple[int, int, float, str, str]

# WRatio: "izyum"/"izium" 80, "kiev"/"kyiv" 75, "kharkov"/"kharkiv" 86; unrelated names such as
# "rogov"/"kharkov" (50) or "norway"/"north korea" (60) stay below the cutoff.
COMPLETION_CUTOFF = 72.0


@dataclass(frozen=True, slots=True)
class EntityMatch:
    """One completion: the entity, the name or alias that matched, and how well."""

    entity: Entity
    matched: str
    score: float
    prefix: bool  # the typed text starts the name or one of its words


@dataclass(frozen=True, slots=True)
class ArticleRef:
    id: str
    title: str


@dataclass(slots=True)
class EntityOverview:
    """A row of the Entities view."""

    entity: Entity
    mention_count: int = 0
    claimant_count: int = 0
    articles: list[ArticleRef] = field(default_factory=list)


class MentionInArticle(NamedTuple):
    """Where to jump to from the Entities view."""

    article_id: str
    article_title: str
    mention: Mention
    sentence: str = ""  # the sentence it stands in, so ten mentions are ten different lines


@dataclass(slots=True)
class EntitySnapshot:
    """An entity with everything that referred to it: enough to undo its deletion."""

    entity: Entity
    mention_ids: list[str] = field(default_factory=list)
    claimant_claim_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class MergeSnapshot:
    """What a merge changed: the kept entity before and after, and the merged one as it was."""

    kept_before: Entity
    kept_after: Entity
    merged: EntitySnapshot


def clean_aliases(name: str, aliases: Iterable[str]) -> list[str]:
    """Aliases trimmed, without blanks, without the name itself, each spelling once (case and
    diacritics do not make a new spelling); first occurrence order kept."""
    seen = {fold(name)}
    kept = []
    for alias in aliases:
        alias = " ".join(alias.split())
        key = fold(alias)
        if key and key not in seen:
            seen.add(key)
            kept.append(alias)
    return kept


class EntityService:
    def __init__(self, database: Database) -> None:
        self.database = database
        # The completer asks on every keystroke and the mention form on every selection; with
        # thousands of entities, re-reading them each time would be felt.
        self._cache: tuple[int, list[Entity]] | None = None

    # --- reading -----------------------------------------------------------------------------

    def all(self) -> list[Entity]:
        """Every entity; read again only after something wrote to the entities table."""
        written = self.database.writes.of("entities")
        if self._cache is None or self._cache[0] != written:
            with self.database.reading() as session:
                self._cache = (written, EntityRepository(session).all())
        # Copies (a fraction of the cost of deepcopy): callers may change what they get.
        return [Entity(e.id, e.name, e.type, list(e.aliases), e.note) for e in self._cache[1]]

    def get(self, entity_id: str) -> Entity | None:
        with self.database.reading() as session:
            return EntityRepository(session).get(entity_id)

    def complete(
        self, text: str, entity_type: str | None = None, limit: int = 10
    ) -> list[EntityMatch]:
        """Entities whose name or an alias fits what was typed: prefix matches first (exact,
        then shorter names), then fuzzy ones by rapidfuzz WRatio ("Izyum" finds "Izium").
        Case and diacritics never matter. Empty text lists entities alphabetically."""
        entities = [e for e in self.all() if entity_type is None or e.type == entity_type]
        query = fold(text)
        if not query:
            entities.sort(key=lambda e: (fold(e.name), e.id))
            return [EntityMatch(e, e.name, 100.0, True) for e in entities[:limit]]
        ranked: list[tuple[_Rank, EntityMatch]] = []
        for entity in entities:
            best: tuple[_Rank, EntityMatch] | None = None
            for spelling in [entity.name, *entity.aliases]:
                key = fold(spelling)
                if not key:
                    continue
                prefix = key.startswith(query) or any(w.startswith(query) for w in key.split())
                score = 100.0 if key == query else fuzz.WRatio(query, key)
                if not prefix and score < COMPLETION_CUTOFF:
                    continue
                # Prefix matches first, the shortest (so an exact one) leading; then fuzzy ones,
                # best score first.
                rank = (0 if prefix else 1, len(key) if prefix else 0, -score, key, entity.id)
                if best is None or rank < best[0]:
                    best = (rank, EntityMatch(entity, spelling, score, prefix))
            if best is not None:
                ranked.append(best)
        ranked.sort(key=lambda item: item[0])
        return [match for _, match in ranked[:limit]]

    def overview(self) -> list[EntityOverview]:
        """Every entity with how often it is mentioned (or names a claimant) and where."""
        with self.database.reading() as session:
            entities = EntityRepository(session).all()
            queries = EntityQueries(session)
            mentions, claimants = queries.mention_counts(), queries.claimant_counts()
            articles = queries.articles_by_entity()
        return [
            EntityOverview(
                e,
                mentions.get(e.id, 0),
                claimants.get(e.id, 0),
                [ArticleRef(i, t) for i, t in articles.get(e.id, [])],
            )
            for e in entities
        ]

    def mentions_of(self, entity_id: str) -> list[MentionInArticle]:
        with self.database.reading() as session:
            found = EntityQueries(session).mentions_with_articles(entity_id)
            articles = ArticleRepository(session)
            texts = {a: articles.get(a) for a in {article_id for article_id, _, _ in found}}
        sentences: dict[str, list[tuple[int, int]]] = {}
        result = []
        for article_id, title, mention in found:
            article = texts.get(article_id)
            text = article.text if article else ""
            if article_id not in sentences:
                sentences[article_id] = sentence_spans(text)
            result.append(
                MentionInArticle(
                    article_id, title, mention, _sentence_of(text, sentences[article_id], mention)
                )
            )
        return result

    # --- changing ----------------------------------------------------------------------------

    def create(
        self, name: str, entity_type: str, aliases: Iterable[str] = (), note: str = ""
    ) -> Entity:
        name = self._clean_name(name)
        entity = Entity(str(uuid.uuid4()), name, entity_type, clean_aliases(name, aliases), note)
        with self.database.transaction() as session:
            self._check_type(session, entity_type)
            EntityRepository(session).add_many([entity])
        return entity

    def rename(self, entity_id: str, name: str) -> Entity:
        """Returns the entity as it was; the old name is not kept as an alias (a typo fixed
        is not a spelling worth completing)."""
        name = self._clean_name(name)
        return self._change(entity_id, lambda e: setattr(e, "name", name))

    def set_aliases(self, entity_id: str, aliases: Iterable[str]) -> Entity:
        aliases = list(aliases)
        return self._change(entity_id, lambda e: setattr(e, "aliases", aliases))

    def set_note(self, entity_id: str, note: str) -> Entity:
        return self._change(entity_id, lambda e: setattr(e, "note", note))

    def set_type(self, entity_id: str, entity_type: str) -> Entity:
        return self._change(entity_id, lambda e: setattr(e, "type", entity_type))

    def update(self, entity: Entity) -> Entity:
        """Store every field of ``entity`` (the undo of rename and friends); returns the old."""
        stored = copy.deepcopy(entity)

        def take(e: Entity) -> None:
            e.name, e.type = stored.name, stored.type
            e.aliases, e.note = stored.aliases, stored.note

        return self._change(entity.id, take)

    def delete(self, entity_id: str) -> EntitySnapshot:
        """Delete the entity; its mentions and claimants stay, unlinked."""
        with self.database.transaction() as session:
            snapshot = self._snapshot(session, entity_id)
            EntityQueries(session).delete(entity_id)
        return snapshot

    def restore(self, snapshot: EntitySnapshot) -> None:
        """Undo of ``delete``: the same entity, linked again to what referred to it."""
        with self.database.transaction() as session:
            EntityRepository(session).add_many([snapshot.entity])
            queries = EntityQueries(session)
            queries.link_mentions(snapshot.mention_ids, snapshot.entity.id)
            queries.link_claimants(snapshot.claimant_claim_ids, snapshot.entity.id)

    def merge(self, keep_id: str, merged_id: str) -> MergeSnapshot:
        """One entity from two: the merged one's mentions and claimants move to the kept one,
        its name and aliases become aliases of the kept one, and it is deleted."""
        if keep_id == merged_id:
            raise EditRefused(said("an entity cannot be merged with itself"))
        with self.database.transaction() as session:
            kept = self._existing(session, keep_id)
            merged = self._snapshot(session, merged_id)
            other = merged.entity
            after = copy.deepcopy(kept)
            after.aliases = clean_aliases(kept.name, [*kept.aliases, other.name, *other.aliases])
            if other.note.strip() and other.note.strip() not in kept.note:
                after.note = f"{kept.note}\n{other.note}".strip()
            queries = EntityQueries(session)
            queries.link_mentions(merged.mention_ids, keep_id)
            queries.link_claimants(merged.claimant_claim_ids, keep_id)
            queries.update(after)
            queries.delete(merged_id)
        return MergeSnapshot(kept, after, merged)

    def unmerge(self, snapshot: MergeSnapshot) -> None:
        """Undo of ``merge``: both entities as they were, each with its own mentions."""
        with self.database.transaction() as session:
            queries = EntityQueries(session)
            queries.update(snapshot.kept_before)
            EntityRepository(session).add_many([snapshot.merged.entity])
            queries.link_mentions(snapshot.merged.mention_ids, snapshot.merged.entity.id)
            queries.link_claimants(snapshot.merged.claimant_claim_ids, snapshot.merged.entity.id)

    def link_mention(self, mention_id: str, entity_id: str | None) -> str | None:
        """Link the mention to the entity (None: unlink); returns the entity it had."""
        with self.database.transaction() as session:
            mention = AnnotationRepository(session).get_mention(mention_id)
            if mention is None:
                raise EditRefused(said("there is no mention {mention_id}", mention_id=mention_id))
            if entity_id is not None:
                self._existing(session, entity_id)
            EntityQueries(session).link_mentions([mention_id], entity_id)
        return mention.entity_id

    # --- rules -------------------------------------------------------------------------------

    def _change(self, entity_id: str, change: Callable[[Entity], None]) -> Entity:
        with self.database.transaction() as session:
            before = self._existing(session, entity_id)
            after = copy.deepcopy(before)
            change(after)
            after.name = self._clean_name(after.name)
            after.aliases = clean_aliases(after.name, after.aliases)
            if after.type != before.type:
                self._check_type(session, after.type)
            EntityQueries(session).update(after)
        return before

    @staticmethod
    def _existing(session: Session, entity_id: str) -> Entity:
        entity = EntityRepository(session).get(entity_id)
        if entity is None:
            raise EditRefused(said("there is no entity {entity_id}", entity_id=entity_id))
        return entity

    def _snapshot(self, session: Session, entity_id: str) -> EntitySnapshot:
        queries = EntityQueries(session)
        return EntitySnapshot(
            self._existing(session, entity_id),
            queries.mention_ids_of(entity_id),
            queries.claimant_claim_ids_of(entity_id),
        )

    @staticmethod
    def _clean_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise EditRefused(said("an entity needs a name"))
        return name

    @staticmethod
    def _check_type(session: Session, entity_type: str) -> None:
        if entity_type not in SchemeRepository(session).load().entity_type_ids():
            raise EditRefused(said("unknown entity type {entity_type!r}", entity_type=entity_type))


def _sentence_of(text: str, spans: list[tuple[int, int]], mention: Mention) -> str:
    """The sentence holding the mention, on one line (the line itself if none holds it)."""
    for start, end in spans:
        if start <= mention.start < end:
            return " ".join(text[start : max(end, mention.end)].split())
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    return " ".join(text[line_start : line_end if line_end >= 0 else len(text)].split())
