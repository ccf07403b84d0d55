"""Removing articles: to the Trash by default, or purged for good.

An article in the Trash is kept whole as a one-article dataset (format v1: the article, its
mentions and claims with their evidence, the entities and annotators they name, the claim
relations that touch them). Restoring it is importing that dataset again — the same ids, the
same offsets — so nothing of it is lost while it waits. Each call is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy.orm import Session

from annotator.domain.errors import AnnotatorError
from annotator.domain.text import canonicalize, text_sha256
from annotator.domain.timestamps import now_timestamp
from annotator.resources import seeds_dir
from annotator.services.importing.decoding import decode_bytes
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import (
    AnnotatorRepository,
    EntityRepository,
    SchemeRepository,
)
from annotator.storage.repositories.progress_repository import ProgressRepository
from annotator.storage.repositories.relation_repository import RelationRepository
from annotator.storage.repositories.trash_repository import TrashedArticle, TrashRepository

__all__ = ["ArticleRemoval", "RemovalPlan", "TrashedArticle", "UnknownArticles"]


class UnknownArticles(AnnotatorError):
    """Some ids name no article; nothing was removed."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = list(ids)
        super().__init__("no article with the id " + ", ".join(self.ids) + "; nothing was removed")


@dataclass(slots=True)
class RemovalPlan:
    """What removing these articles takes with it: for the confirmation."""

    article_ids: list[str]
    titles: list[str]
    claims: int
    mentions: int

    def describe(self) -> str:
        """'“Title”' or '3 articles', then 'and its/their 2 claims and 5 entity mentions'."""
        if len(self.titles) == 1:
            what, their = f"“{self.titles[0]}”", "its"
        else:
            what, their = f"{len(self.titles)} articles", "their"
        held = [n for n in (plural(self.claims, "claim"), plural(self.mentions, "entity mention"))]
        if not self.claims and not self.mentions:
            return f"{what} (no annotations)"
        return f"{what} with {their} " + " and ".join(held)


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 claim', '2 claims', '1 entity', '3 entities'."""
    if count == 1:
        return f"1 {noun}"
    if nouns is None:
        nouns = (
            noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        )
    return f"{count} {nouns}"


@cache
def _demo_hashes() -> frozenset[str]:
    """The text hashes of the demo articles shipped in seeds/ (read once)."""
    hashes = set()
    try:
        files = sorted(seeds_dir().glob("*.txt"))
    except OSError:
        return frozenset()
    for path in files:
        try:
            hashes.add(text_sha256(canonicalize(decode_bytes(path.read_bytes()).text)))
        except (OSError, AnnotatorError):
            continue
    return frozenset(hashes)


class ArticleRemoval:
    def __init__(self, database: Database) -> None:
        self.database = database

    # --- what would go ---------------------------------------------------------------------

    def plan(self, article_ids: Iterable[str]) -> RemovalPlan:
        """The articles and their annotation counts; UnknownArticles if an id is not found."""
        ids = list(dict.fromkeys(article_ids))
        with self.database.reading() as session:
            summaries = {s.id: s for s in ArticleRepository(session).summaries(ids=ids)}
        missing = [i for i in ids if i not in summaries]
        if missing:
            raise UnknownArticles(missing)
        chosen = [summaries[i] for i in ids]
        return RemovalPlan(
            ids,
            [s.title for s in chosen],
            sum(s.claim_count for s in chosen),
            sum(s.mention_count for s in chosen),
        )

    def demo_article_ids(self) -> list[str]:
        """The demo articles of the first start still in the collection."""
        hashes = _demo_hashes()
        if not hashes:
            return []
        with self.database.reading() as session:
            return list(ArticleRepository(session).ids_by_sha256(hashes).values())

    def is_demo(self, text_hash: str) -> bool:
        return text_hash in _demo_hashes()

    # --- removing ----------------------------------------------------------------------------

    def remove(self, article_ids: Iterable[str], *, purge: bool = False) -> RemovalPlan:
        """Move the articles to the Trash (or delete them for good with ``purge``), all in
        one transaction; UnknownArticles, and nothing removed, if an id names no article."""
        plan = self.plan(article_ids)
        removed_at = now_timestamp()
        with self.database.transaction() as session:
            trash = TrashRepository(session)
            if not purge:
                for item in _snapshots(session, plan.article_ids, removed_at):
                    trash.put(item)
            trash.delete_articles(plan.article_ids)
        return plan

    def trashed(self) -> list[TrashedArticle]:
        with self.database.reading() as session:
            return TrashRepository(session).listed()

    def restore(self, article_ids: Iterable[str]) -> int:
        """Bring articles back from the Trash, with every annotation; the number restored."""
        # Here, not at the top: the window's article list asks this module for the demo
        # articles at every start, and the dataset reader brings the schema validator with it.
        from annotator.services.importing.dataset_reading import parse_dataset_file
        from annotator.services.importing.dataset_storing import store_dataset

        restored = 0
        with self.database.transaction() as session:
            trash = TrashRepository(session)
            present_claims = AnnotationRepository(session)
            for article_id in article_ids:
                item = trash.get(article_id)
                if item is None:
                    continue
                dataset = parse_dataset_file(item.payload.encode(), False, item.imported_at)
                own = {c.id for a in dataset.articles for c in a.claims}
                # A relation to a claim that has gone meanwhile cannot come back with it.
                others = {
                    claim
                    for r in dataset.claim_relations
                    for claim in (r.claim_id, r.other_claim_id)
                    if claim not in own
                }
                alive = present_claims.existing_claim_ids(others) | own
                dataset.claim_relations = [
                    r
                    for r in dataset.claim_relations
                    if r.claim_id in alive and r.other_claim_id in alive
                ]
                store_dataset(session, dataset)
                trash.discard([article_id])
                restored += 1
        return restored

    def empty_trash(self, article_ids: Iterable[str] | None = None) -> int:
        """Delete trashed articles for good (all of them without ids); how many went."""
        with self.database.transaction() as session:
            trash = TrashRepository(session)
            if article_ids is None:
                return trash.discard_all()
            ids = list(article_ids)
            trash.discard(ids)
            return len(ids)


def _snapshots(session: Session, article_ids: list[str], removed_at: str) -> list[TrashedArticle]:
    from annotator.services.formats import dataset_v1  # at first removal (see restore)

    articles = ArticleRepository(session)
    annotations = AnnotationRepository(session)
    relations = RelationRepository(session)
    schemes = SchemeRepository(session).load()
    annotator_list = AnnotatorRepository(session).all()
    entities = EntityRepository(session)
    mentions, claims = annotations.mentions_of(article_ids), annotations.claims_of(article_ids)
    finished = ProgressRepository(session).finished_by(article_ids)
    items = []
    for article_id in article_ids:
        article = articles.get(article_id)
        assert article is not None  # planned inside the same database a moment ago
        mine, theirs = mentions.get(article_id, []), claims.get(article_id, [])
        entity_ids = {m.entity_id for m in mine if m.entity_id} | {
            c.claimant.entity_id for c in theirs if c.claimant.entity_id
        }
        named = [e for e in (entities.get(i) for i in sorted(entity_ids)) if e is not None]
        touching = {
            (r.claim_id, r.other_claim_id): r
            for claim in theirs
            for r in relations.of_claim(claim.id)
        }
        document = dataset_v1.header(
            schemes, annotator_list, named, claim_relations=list(touching.values())
        )
        document["articles"] = [
            dataset_v1.article_dict(article, mine, theirs, finished.get(article_id))
        ]
        items.append(
            TrashedArticle(
                id=article.id,
                title=article.title,
                source=article.source,
                imported_at=article.imported_at,
                removed_at=removed_at,
                claim_count=len(theirs),
                mention_count=len(mine),
                payload=dataset_v1.dumps(document),  # read back as a dataset file is
            )
        )
    return items
