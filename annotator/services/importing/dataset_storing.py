"""Storing a checked dataset in one transaction: idempotent, ids kept, nothing silently changed.

- Articles are matched by text_sha256: a text already present keeps its article, and the
  dataset's annotations are added to it (same text, so the offsets hold).
  The report notes "merged into existing article …" when the dataset knew it by another id
  (two annotators' machines, one text).
- Annotations, entities and annotators are matched by id: a known id is left as it is; a known
  span id that the dataset places elsewhere (another text, offsets or quote) refuses the file.
- Claim relations are matched by their pair of claims: a pair already judged here keeps this
  database's verdict. Each claim of a relation must be in the file or already in the database.
- Schemes are merged, never replaced: missing entries are added; a database without
  annotations takes the dataset's definitions of the entries both know (so an export →
  import → export round trip keeps them); otherwise the database's own definitions win, with
  a note in the report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import (
    Annotator,
    Article,
    Claim,
    ClaimRelation,
    FinishedMark,
    Mention,
)
from annotator.domain.schemes import Schemes
from annotator.domain.speed.collector import collect_young, collection_paused
from annotator.services.importing.dataset_records import Dataset, DatasetArticle
from annotator.services.importing.dataset_refusals import (
    check_entity_type,
    check_evidence_ids,
    check_known_spans,
    check_references,
    check_relation_claims,
    referenced_entities,
)
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import (
    AnnotatorRepository,
    EntityRepository,
    SchemeRepository,
)
from annotator.storage.repositories.progress_repository import ProgressRepository
from annotator.storage.repositories.relation_repository import RelationRepository


@dataclass(slots=True)
class StoredCounts:
    articles: int = 0
    mentions: int = 0
    claims: int = 0
    entities: int = 0
    relations: int = 0
    finished: int = 0  # annotators' finished marks added (progress per annotator)
    schemes_added: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        return bool(
            self.articles
            or self.mentions
            or self.claims
            or self.entities
            or self.relations
            or self.finished
            or self.schemes_added
        )


BATCH_ARTICLES = 1000  # articles checked and written together; a streamed file holds one batch
BATCH_CHARS = 16_000_000  # ... or fewer, when their texts are long


def store_dataset(session: Session, dataset: Dataset) -> StoredCounts:
    """Store ``dataset`` (its articles a list or a stream) in ``session``'s transaction.

    Articles are checked and written in batches, each with a few look-ups and one
    ``executemany`` per table; ids, hashes and authors already written by an earlier batch
    are found in the database like any other. A refusal in any batch raises, and the caller's
    transaction rolls back: the database is as it was.
    """
    counts = StoredCounts()
    entities = EntityRepository(session)
    schemes = _merge_schemes(session, dataset.schemes, counts)
    _store_annotators(session, dataset.annotators, [], set())

    # One look-up for all of them (in chunks): asking per entity made 10,000 entities take
    # minutes while holding the write lock.
    stored_entities = entities.existing_ids(e.id for e in dataset.entities)
    new_entities = [e for e in dataset.entities if e.id not in stored_entities]
    for entity in dataset.entities:
        check_entity_type(entity, schemes)
    entities.add_many(new_entities)
    counts.entities = len(new_entities)
    listed_entities = {e.id for e in dataset.entities}
    known_annotators = {a.id for a in dataset.annotators}

    claims_in_file: set[str] = set()
    articles = ArticleRepository(session)
    first_articles = articles.none_stored()
    # A batch holds hundreds of thousands of objects (dicts, records): no collection walks
    # them while they are made; between batches, one frees what the last batch left.
    with collection_paused(), articles.loading():
        for batch in _batches(dataset.articles):
            claims_in_file.update(c.id for a in batch for c in a.claims)
            _store_batch(
                session, batch, schemes, listed_entities, known_annotators, counts, first_articles
            )
            del batch  # dropped before the next is read, so the collection does not walk it

    # claim_relations are complete once the articles have been read (they may follow them)
    relations = RelationRepository(session)
    _store_annotators(session, [], dataset.claim_relations, known_annotators)
    check_relation_claims(AnnotationRepository(session), dataset, claims_in_file)
    known_pairs = relations.existing_pairs(
        (r.claim_id, r.other_claim_id) for r in dataset.claim_relations
    )
    counts.relations = relations.add_many(
        r for r in dataset.claim_relations if (r.claim_id, r.other_claim_id) not in known_pairs
    )
    return counts


def _batches(articles: Iterable[DatasetArticle]) -> Iterator[list[DatasetArticle]]:
    batch: list[DatasetArticle] = []
    chars = 0
    for entry in articles:
        batch.append(entry)
        chars += len(entry.article.text)
        if len(batch) >= BATCH_ARTICLES or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
            # The caller has stored and dropped the batch: only what it left behind is young.
            collect_young()
    if batch:
        yield batch


def _store_batch(
    session: Session,
    batch: list[DatasetArticle],
    schemes: Schemes,
    listed_entities: set[str],
    known_annotators: set[str],
    counts: StoredCounts,
    first_articles: bool,
) -> None:
    """``first_articles``: the database held no article when the import began, so no
    annotation either (each belongs to an article). Then an id of this batch can only be
    stored already if an earlier batch of the file used it, which the reading refused (ids
    are unique in a file, per kind): the look-ups of known ids are left out."""
    annotations = AnnotationRepository(session)
    articles = ArticleRepository(session)
    referenced = referenced_entities(batch) - listed_entities
    known_entities = listed_entities | EntityRepository(session).existing_ids(referenced)
    check_references(batch, schemes, known_entities)
    authored: list[Mention | Claim] = []
    for a in batch:
        authored += a.mentions
        authored += a.claims
    _store_annotators(session, [], authored, known_annotators)

    by_hash = articles.ids_by_sha256(a.article.text_sha256 for a in batch)
    taken_ids: set[str] = set()
    existing_mentions: set[str] = set()
    existing_claims: set[str] = set()
    if not first_articles:
        taken_ids = articles.existing_ids(a.article.id for a in batch)
        existing_mentions = annotations.existing_mention_ids(
            m.id for a in batch for m in a.mentions
        )
        existing_claims = annotations.existing_claim_ids(c.id for a in batch for c in a.claims)
        check_evidence_ids(annotations, batch, existing_claims)
        check_known_spans(annotations, batch, by_hash, existing_mentions, existing_claims)

    new_articles, new_mentions, new_claims = [], [], []
    finished: list[FinishedMark] = []
    stored = set(by_hash.values())  # articles the database held before this batch
    sources: dict[str, list[Article]] = {}
    for entry in batch:
        article = entry.article
        target = by_hash.get(article.text_sha256)
        if target in stored and (article.source_id is not None or article.extra):
            sources.setdefault(target, []).append(article)
        if target is None:
            if article.id in taken_ids:
                raise InputRefused(
                    said(
                        "article {id} already exists here with a different text; refusing to mix "
                        "two texts under one id",
                        id=article.id,
                    )
                )
            new_articles.append(article)
            target = article.id
            # A second article of the file with this text joins it, whether it comes in this
            # batch or a later one (where the database finds it)
            by_hash[article.text_sha256] = target
        if target != article.id:
            counts.notes.append(
                f"merged into existing article {target} (the dataset's article {article.id})"
            )
        for mention in entry.mentions:
            if mention.id not in existing_mentions:
                mention.article_id = target
                new_mentions.append(mention)
        for claim in entry.claims:
            if claim.id not in existing_claims:
                claim.article_id = target
                new_claims.append(claim)
        finished.extend(dataclasses.replace(m, article_id=target) for m in entry.finished)
    counts.articles += articles.add_many(new_articles)
    _merge_sources(articles, sources, counts)
    counts.mentions += annotations.add_mentions(new_mentions)
    counts.claims += annotations.add_claims(new_claims)
    counts.finished += ProgressRepository(session).merge(finished)


def _merge_sources(
    articles: ArticleRepository, incoming: dict[str, list[Article]], counts: StoredCounts
) -> None:
    """A stored article whose text a file brings again keeps its own source id and extra
    data; what it lacks (the file's records of another format) is added."""
    if not incoming:
        return
    for article_id, (stored_id, stored_extra) in articles.sources(list(incoming)).items():
        source_id, merged = stored_id, dict(stored_extra or {})
        for article in incoming[article_id]:
            source_id = source_id if source_id is not None else article.source_id
            for name, value in (article.extra or {}).items():
                if name not in merged:
                    merged[name] = value
                elif merged[name] != value:
                    counts.notes.append(
                        f"article {article_id} keeps the {name} records of its first import; "
                        "the file's differ (its annotations are added)"
                    )
        if source_id != stored_id or merged != (stored_extra or {}):
            articles.set_source(article_id, source_id, merged or None)


def _merge_schemes(session: Session, incoming: Schemes, counts: StoredCounts) -> Schemes:
    """Merge the dataset's schemes into this database's: entries are added, never removed.

    A database without annotations takes the dataset's definitions of the entries both know
    (so an export → import → export round trip keeps labels and colours); otherwise the
    database's own definitions win, with a note. An entry the dataset lacks always stays:
    one imported file must not wipe a team's entity types or statuses.
    """
    notes = counts.notes
    repository = SchemeRepository(session)
    annotations = AnnotationRepository(session)
    fresh = not (
        annotations.count_mentions()
        or annotations.count_claims()
        or EntityRepository(session).count()
    )
    current = repository.load()
    types = {t.id: t for t in current.entity_types}
    incoming_type_ids = {t.id for t in incoming.entity_types}
    if fresh:
        kept_shortcuts = {
            t.shortcut for t in current.entity_types if t.shortcut and t.id not in incoming_type_ids
        }
        changed = [t for t in incoming.entity_types if t.id in types and types[t.id] != t]
        for entity_type in changed:  # shortcuts are unique: free them before swapping any
            repository.replace_entity_type(
                dataclasses.replace(types[entity_type.id], shortcut=None)
            )
        for entity_type in changed:
            if entity_type.shortcut in kept_shortcuts:
                entity_type.shortcut = None
            repository.replace_entity_type(entity_type)
        statuses_here = {s.id for s in current.statuses}
        for status in incoming.statuses:
            if status.id in statuses_here:
                repository.replace_status(status)
        current = repository.load()
        types = {t.id: t for t in current.entity_types}
    taken_shortcuts = {t.shortcut for t in current.entity_types if t.shortcut}
    added_types = []
    for entity_type in incoming.entity_types:
        mine = types.get(entity_type.id)
        if mine is None:
            if entity_type.shortcut in taken_shortcuts:
                notes.append(
                    f"entity type {entity_type.id} added without its shortcut "
                    f"{entity_type.shortcut}, which is taken here"
                )
                entity_type.shortcut = None
            elif entity_type.shortcut:
                taken_shortcuts.add(entity_type.shortcut)
            added_types.append(entity_type)
        elif mine != entity_type:
            notes.append(f"kept this database's definition of entity type {entity_type.id}")
    statuses = {s.id: s for s in current.statuses}
    added_statuses = [s for s in incoming.statuses if s.id not in statuses]
    notes.extend(
        f"kept this database's definition of status {s.id}"
        for s in incoming.statuses
        if s.id in statuses and statuses[s.id] != s
    )
    repository.add_entity_types(added_types)
    repository.add_statuses(added_statuses)
    if added_types or added_statuses:
        counts.schemes_added = len(added_types) + len(added_statuses)
        notes.append(
            "added to the schemes: "
            + ", ".join([*(t.id for t in added_types), *(s.id for s in added_statuses)])
        )
    return Schemes(current.entity_types + added_types, current.statuses + added_statuses)


def _store_annotators(
    session: Session,
    annotators: list[Annotator],
    authored: Iterable[Mention | Claim | ClaimRelation],
    known: set[str],
) -> None:
    """Add the dataset's annotators and the authors of ``authored`` not in ``known`` (which
    grows); an author id the dataset does not list keeps its id as its name rather than
    losing who made the annotation."""
    repository = AnnotatorRepository(session)
    listed = {a.id: a for a in annotators}
    for item in authored:
        if item.created_by and item.created_by not in listed and item.created_by not in known:
            listed[item.created_by] = Annotator(item.created_by, item.created_by)
    if not listed:
        return
    existing = repository.existing_ids(listed)
    repository.add_many(a for a in listed.values() if a.id not in existing)
    known.update(listed)
