"""Related claims across articles: the claim_relations pairs and the claim facts that ranking
and groups need (quote, status, article title, linked entities)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update

from annotator.domain.claim_groups import ClaimBrief, group_ids, ordered_pair
from annotator.domain.models import ClaimRelation, Relation
from annotator.storage.repositories.repository_base import Repository, chunks, full_text_search
from annotator.storage.rows import (
    ArticleRow,
    ClaimMentionRow,
    ClaimRelationRow,
    ClaimRow,
    MentionRow,
)

_RELATION_COLUMNS = (
    ClaimRelationRow.claim_id,
    ClaimRelationRow.other_claim_id,
    ClaimRelationRow.relation,
    ClaimRelationRow.created_by,
    ClaimRelationRow.created_at,
)
_BRIEF_COLUMNS = (
    ClaimRow.id,
    ClaimRow.article_id,
    ArticleRow.title,
    ClaimRow.quote,
    ClaimRow.status,
    ClaimRow.claim_reviewed,
    ClaimRow.claimant_entity_id,
)
# Appended to brief selects for reading order only: articles in import order, claims by start.
_ORDER_COLUMNS = (ArticleRow.imported_at, ClaimRow.start)


def _relation_from(row: Any) -> ClaimRelation:
    return ClaimRelation(row[0], row[1], Relation(row[2]), row[3], row[4])


def _brief_from(row: Any) -> ClaimBrief:
    return ClaimBrief(*row[: len(_BRIEF_COLUMNS)])


def _reading_order(row: Any) -> tuple[str, str, int, str]:
    return (row[-2], row[1], row[-1], row[0])


def _pair_filter(claim_id: str, other_claim_id: str) -> Any:
    first, second = ordered_pair(claim_id, other_claim_id)
    return and_(ClaimRelationRow.claim_id == first, ClaimRelationRow.other_claim_id == second)


class RelationRepository(Repository):
    # --- relations -------------------------------------------------------------------------

    def get(self, claim_id: str, other_claim_id: str) -> ClaimRelation | None:
        row = self.session.execute(
            select(*_RELATION_COLUMNS).where(_pair_filter(claim_id, other_claim_id))
        ).first()
        return _relation_from(row) if row else None

    def put(self, relation: ClaimRelation) -> None:
        """Store the relation, replacing any verdict already given on the same pair."""
        first, second = ordered_pair(relation.claim_id, relation.other_claim_id)
        self.session.execute(delete(ClaimRelationRow).where(_pair_filter(first, second)))
        self.add_many([relation])

    def remove(self, claim_id: str, other_claim_id: str) -> None:
        self.session.execute(delete(ClaimRelationRow).where(_pair_filter(claim_id, other_claim_id)))

    def add_many(self, relations: Iterable[ClaimRelation]) -> int:
        rows = []
        for r in relations:
            first, second = ordered_pair(r.claim_id, r.other_claim_id)
            rows.append(
                {
                    "claim_id": first,
                    "other_claim_id": second,
                    "relation": str(r.relation),
                    "created_by": r.created_by,
                    "created_at": r.created_at,
                }
            )
        if rows:
            self.session.execute(insert(ClaimRelationRow), rows)
        return len(rows)

    def all(self) -> list[ClaimRelation]:
        """Every relation in a stable order (the export's order)."""
        query = select(*_RELATION_COLUMNS).order_by(
            ClaimRelationRow.claim_id, ClaimRelationRow.other_claim_id
        )
        return [_relation_from(row) for row in self.session.execute(query)]

    def of_claim(self, claim_id: str) -> list[ClaimRelation]:
        query = select(*_RELATION_COLUMNS).where(
            or_(ClaimRelationRow.claim_id == claim_id, ClaimRelationRow.other_claim_id == claim_id)
        )
        return [_relation_from(row) for row in self.session.execute(query)]

    def existing_pairs(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        wanted = {ordered_pair(a, b) for a, b in pairs}
        found: set[tuple[str, str]] = set()
        for chunk in chunks(sorted({a for a, _ in wanted})):
            query = select(ClaimRelationRow.claim_id, ClaimRelationRow.other_claim_id).where(
                ClaimRelationRow.claim_id.in_(chunk)
            )
            found.update((a, b) for a, b in self.session.execute(query) if (a, b) in wanted)
        return found

    def same_component(self, claim_id: str) -> set[str]:
        """The claim and every claim connected to it through "same" relations."""
        members, frontier = {claim_id}, [claim_id]
        while frontier:
            reached: set[str] = set()
            for chunk in chunks(frontier):
                query = select(ClaimRelationRow.claim_id, ClaimRelationRow.other_claim_id).where(
                    ClaimRelationRow.relation == Relation.SAME.value,
                    or_(
                        ClaimRelationRow.claim_id.in_(chunk),
                        ClaimRelationRow.other_claim_id.in_(chunk),
                    ),
                )
                for first, second in self.session.execute(query):
                    reached.update((first, second))
            frontier = sorted(reached - members)
            members |= reached
        return members

    def group_ids(self) -> dict[str, str]:
        """Claim id → group id (smallest claim id of its "same" component), for claims that
        are in a group of two or more; for exports and lists that show groups."""
        query = select(ClaimRelationRow.claim_id, ClaimRelationRow.other_claim_id).where(
            ClaimRelationRow.relation == Relation.SAME.value
        )
        return group_ids((a, b) for a, b in self.session.execute(query))

    # --- claims as ranking and groups see them ---------------------------------------------

    def briefs(
        self, ids: Iterable[str] | None = None, exclude_article_id: str | None = None
    ) -> list[ClaimBrief]:
        """Claims with their article titles: the given ones, or all (but one article's)."""
        base = select(*_BRIEF_COLUMNS, *_ORDER_COLUMNS).join(
            ArticleRow, ArticleRow.id == ClaimRow.article_id
        )
        if exclude_article_id is not None:
            base = base.where(ClaimRow.article_id != exclude_article_id)
        found: list[Any] = []
        if ids is None:
            found.extend(self.session.execute(base))
        else:
            for chunk in chunks(list(dict.fromkeys(ids))):
                found.extend(self.session.execute(base.where(ClaimRow.id.in_(chunk))))
        found.sort(key=_reading_order)
        return [_brief_from(r) for r in found]

    def similar_claim_ids(
        self, terms: list[tuple[str, bool]], exclude_article_id: str, limit: int
    ) -> list[str]:
        """Claims of other articles sharing any of the terms (``(word, as_prefix)``), the best
        full-text rank first: the shortlist related claims re-rank (revision 0010's index)."""
        search = full_text_search(self.session)
        return search.similar_claim_ids(self.session, terms, exclude_article_id, limit)

    def claims_fingerprint(self) -> tuple[Any, ...]:
        """What changes whenever any client adds, edits, re-judges or deletes a claim or adds
        or removes an article: the count of both, the latest claim change and the sum of the
        claims' versions (every edit adds one)."""
        claims = self.session.execute(
            select(func.count(), func.max(ClaimRow.updated_at), func.sum(ClaimRow.version))
        ).one()
        articles = self.session.scalar(select(func.count()).select_from(ArticleRow))
        return (*claims, articles)

    def linked_entities(self, claim_ids: Iterable[str] | None = None) -> dict[str, set[str]]:
        """Claim id → canonical entities it involves: entities of mentions inside its span or
        linked to it, and its claimant's entity."""
        found: dict[str, set[str]] = defaultdict(set)
        inside = select(ClaimRow.id, MentionRow.entity_id).join(
            MentionRow,
            and_(
                MentionRow.article_id == ClaimRow.article_id,
                MentionRow.start >= ClaimRow.start,
                MentionRow.end <= ClaimRow.end,
                MentionRow.entity_id.is_not(None),
            ),
        )
        linked = (
            select(ClaimMentionRow.claim_id, MentionRow.entity_id)
            .join(MentionRow, MentionRow.id == ClaimMentionRow.mention_id)
            .where(MentionRow.entity_id.is_not(None))
        )
        claimant = select(ClaimRow.id, ClaimRow.claimant_entity_id).where(
            ClaimRow.claimant_entity_id.is_not(None)
        )
        queries = [
            (inside, ClaimRow.id),
            (linked, ClaimMentionRow.claim_id),
            (claimant, ClaimRow.id),
        ]
        for query, claim_column in queries:
            if claim_ids is None:
                rows: Iterable[Any] = self.session.execute(query)
            else:
                rows = (
                    row
                    for chunk in chunks(list(dict.fromkeys(claim_ids)))
                    for row in self.session.execute(query.where(claim_column.in_(chunk)))
                )
            for claim_id, entity_id in rows:
                found[claim_id].add(entity_id)
        return found

    def statuses(self, claim_ids: Iterable[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in chunks(list(dict.fromkeys(claim_ids))):
            query = select(ClaimRow.id, ClaimRow.status).where(ClaimRow.id.in_(chunk))
            found.update((claim_id, status) for claim_id, status in self.session.execute(query))
        return found

    def set_statuses(self, statuses: dict[str, str], updated_at: str) -> None:
        """Give each claim its status; a group verdict or its undo in one statement per claim."""
        for claim_id, status in statuses.items():
            self.session.execute(
                update(ClaimRow)
                .where(ClaimRow.id == claim_id)
                .values(status=status, updated_at=updated_at)
            )
