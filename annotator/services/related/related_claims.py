"""Related claims across articles: suggest, confirm or dismiss, group, and judge a group at once.

Every change is one transaction and returns what it replaced, so the window's undo commands can
put it back exactly (``restore_relation``, ``restore_statuses``). How candidates are scored is
documented in ``claim_similarity``.

Ranking a claim against every other claim costs seconds at 50,000 claims. So in a large
collection the full-text index (revision 0010) gives a shortlist of the best-ranked claims
sharing its words, and only those are scored, with the same scorer; a small collection, or a
claim whose words the index finds in too few others, is scored against every claim as before
(``benchmarks/bench_related_claims.py`` compares the two). The claims' briefs are kept between
requests and read again when the database's change counter says claims or articles were written
(and only when every claim is to be scored: a shortlist reads the briefs of its own claims).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotator.domain.claim_groups import (
    ClaimBrief,
    ClaimGroup,
    final_statuses_disagree,
    ordered_pair,
)
from annotator.domain.errors import said
from annotator.domain.models import ClaimRelation, Relation
from annotator.domain.timestamps import now_timestamp
from annotator.services.annotating import EditRefused
from annotator.services.related.claim_similarity import (
    Similarity,
    SimilarityScorer,
    claim_texts,
    search_terms,
)
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.catalog_repository import SchemeRepository
from annotator.storage.repositories.relation_repository import RelationRepository

# Below this a "candidate" shares little more than the everyday words of war reporting.
DEFAULT_MIN_SCORE = 0.3
# How many of the index's best-ranked claims are scored. 200 kept 90 % or more of the
# exhaustive top 10 in the benchmark at 50,000 claims.
SHORTLIST = 200
# Up to this many claims every one is scored: it costs little, and the ranking is exact.
EXHAUSTIVE_UP_TO = 2000


@dataclass(slots=True)
class RelatedCandidate:
    """A claim of another article that may be the same claim, and why it was suggested."""

    claim: ClaimBrief
    similarity: Similarity

    @property
    def claim_id(self) -> str:
        return self.claim.claim_id

    @property
    def score(self) -> float:
        return self.similarity.score


class RelatedClaimsService:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.exhaustive_up_to = EXHAUSTIVE_UP_TO
        self.shortlist = SHORTLIST
        # (change counter, claim id → brief). Replaced whole, never changed in place: the
        # search runs in a worker thread, and a reader holds either the old or the new one.
        self._briefs: tuple[tuple[Any, ...], dict[str, ClaimBrief]] | None = None

    # --- suggesting --------------------------------------------------------------------------

    def candidates(
        self, claim_id: str, limit: int = 10, min_score: float = DEFAULT_MIN_SCORE
    ) -> list[RelatedCandidate]:
        """Claims of other articles, most similar first; never one already judged (confirmed or
        dismissed) against this claim or a claim of its group, nor a member of its group."""
        with self.database.reading() as session:
            repository = RelationRepository(session)
            target = self._brief(repository, claim_id)
            group = repository.same_component(claim_id)
            judged = set(group)
            for member in group:
                for relation in repository.of_claim(member):
                    judged.update((relation.claim_id, relation.other_claim_id))
            own_entities = repository.linked_entities([claim_id]).get(claim_id, set())
            # Kept briefs are trusted for a shortlist only on a file this program alone writes;
            # on a team server the shortlist reads its own briefs (fewer reads than the check).
            local = self._local_key()
            kept = self._briefs
            cached = kept if kept and kept[0][:2] == local and not self.database.is_server else None
            count = len(cached[1]) if cached else AnnotationRepository(session).count_claims()
            shortlist = self._shortlisted(repository, count, target, judged, limit)
            if shortlist is None:
                key = local + (repository.claims_fingerprint() if self.database.is_server else ())
                if kept is None or kept[0] != key:
                    kept = self._briefs = (key, {b.claim_id: b for b in repository.briefs()})
                others = [
                    c
                    for c in kept[1].values()
                    if c.article_id != target.article_id and c.claim_id not in judged
                ]
                # Entities of every claim are only worth loading when the selected one has some.
                entities = repository.linked_entities() if own_entities else {}
            else:
                # Stale briefs are not read again whole for a shortlist: its own are enough.
                known = cached[1] if cached else {}
                others = (
                    [known[i] for i in shortlist]
                    if all(i in known for i in shortlist)
                    else repository.briefs(shortlist)
                )
                entities = repository.linked_entities(shortlist) if own_entities else {}
        scorer = SimilarityScorer(claim_texts(target.quote, target.claim_reviewed), own_entities)
        found = []
        for other in others:
            similarity = scorer.score(
                claim_texts(other.quote, other.claim_reviewed), entities.get(other.claim_id, set())
            )
            if similarity.score >= min_score:
                found.append(RelatedCandidate(other, similarity))
        found.sort(key=lambda c: (-c.score, c.claim_id))
        return found[:limit]

    def _shortlisted(
        self,
        repository: RelationRepository,
        count: int,
        target: ClaimBrief,
        judged: set[str],
        limit: int,
    ) -> list[str] | None:
        """The ids of the index's best-ranked claims for ``target``; None when every claim is
        to be scored: a small collection, or too few claims share the target's words."""
        if count <= self.exhaustive_up_to:
            return None
        terms = search_terms(target.quote, target.claim_reviewed)
        found = repository.similar_claim_ids(terms, target.article_id, self.shortlist + len(judged))
        ids = [i for i in found if i not in judged][: self.shortlist]
        return ids if len(ids) >= limit else None

    def _local_key(self) -> tuple[int, int]:
        """This program's writes to claims and articles (the database's write counter). On a
        team server others write too: ``candidates`` adds the claims' fingerprint there."""
        writes = self.database.writes
        return writes.of("claims"), writes.of("articles")

    # --- judging pairs -----------------------------------------------------------------------

    def confirm(
        self, claim_id: str, other_claim_id: str, created_by: str | None = None
    ) -> ClaimRelation | None:
        """Record that the two claims are the same claim; returns the verdict it replaced."""
        return self._judge(claim_id, other_claim_id, Relation.SAME, created_by)

    def dismiss(
        self, claim_id: str, other_claim_id: str, created_by: str | None = None
    ) -> ClaimRelation | None:
        """Record that the two are different claims, so the pair is not suggested again."""
        return self._judge(claim_id, other_claim_id, Relation.DIFFERENT, created_by)

    def unlink(self, claim_id: str, other_claim_id: str) -> ClaimRelation | None:
        """Forget any verdict on the pair (they may be suggested again); returns it."""
        with self.database.transaction() as session:
            repository = RelationRepository(session)
            previous = repository.get(claim_id, other_claim_id)
            repository.remove(claim_id, other_claim_id)
        return previous

    def restore_relation(
        self, claim_id: str, other_claim_id: str, previous: ClaimRelation | None
    ) -> None:
        """Undo of confirm/dismiss/unlink: the pair as it was before (``previous`` as returned)."""
        with self.database.transaction() as session:
            repository = RelationRepository(session)
            repository.remove(claim_id, other_claim_id)
            if previous is not None:
                repository.add_many([previous])

    def relations_of(self, claim_id: str) -> list[ClaimRelation]:
        with self.database.reading() as session:
            return RelationRepository(session).of_claim(claim_id)

    # --- groups ------------------------------------------------------------------------------

    def group_of(self, claim_id: str) -> ClaimGroup:
        """The claim's group with every member's article, quote and status; ``disagreement``
        when members carry different final statuses."""
        with self.database.reading() as session:
            repository = RelationRepository(session)
            self._brief(repository, claim_id)
            members = repository.briefs(repository.same_component(claim_id))
            final = {s.id for s in SchemeRepository(session).load().statuses if s.final}
        return ClaimGroup(
            group_id=min(m.claim_id for m in members),
            members=members,
            disagreement=final_statuses_disagree((m.status for m in members), final),
        )

    def group_ids(self) -> dict[str, str]:
        """Claim id → group id (the smallest claim id of its group), for every claim in a group
        of two or more; what a CSV column or a list's group marker shows."""
        with self.database.reading() as session:
            return RelationRepository(session).group_ids()

    def apply_status_to_group(self, claim_id: str, status: str) -> list[tuple[str, str]]:
        """Give every claim of the group this status, in one transaction.

        Returns ``(claim_id, old_status)`` for every member, for ``restore_statuses``.
        """
        with self.database.transaction() as session:
            if status not in SchemeRepository(session).load().status_ids():
                raise EditRefused(said("unknown status {status!r}", status=status))
            repository = RelationRepository(session)
            self._brief(repository, claim_id)
            old = repository.statuses(repository.same_component(claim_id))
            repository.set_statuses(dict.fromkeys(old, status), now_timestamp())
        return sorted(old.items())

    def restore_statuses(self, old_statuses: list[tuple[str, str]]) -> None:
        """Undo of ``apply_status_to_group``."""
        with self.database.transaction() as session:
            RelationRepository(session).set_statuses(dict(old_statuses), now_timestamp())

    # --- rules -------------------------------------------------------------------------------

    def _judge(
        self, claim_id: str, other_claim_id: str, relation: Relation, created_by: str | None
    ) -> ClaimRelation | None:
        try:
            first, second = ordered_pair(claim_id, other_claim_id)
        except ValueError as error:
            raise EditRefused(str(error)) from None
        with self.database.transaction() as session:
            repository = RelationRepository(session)
            one, other = self._brief(repository, first), self._brief(repository, second)
            if one.article_id == other.article_id:
                raise EditRefused(said("related claims belong to different articles"))
            previous = repository.get(first, second)
            repository.put(ClaimRelation(first, second, relation, created_by, now_timestamp()))
        return previous

    @staticmethod
    def _brief(repository: RelationRepository, claim_id: str) -> ClaimBrief:
        found = repository.briefs([claim_id])
        if not found:
            raise EditRefused(said("there is no claim {claim_id}", claim_id=claim_id))
        return found[0]
