"""Groups of the same claim across articles, and when their verdicts disagree.

A group is a connected component of "same" relations (docs/design/data-model.md): if A is B and B
is C,
all three are one claim, even though nobody compared A with C directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(slots=True)
class ClaimBrief:
    """A claim as a list of related claims shows it: where it is, what it says, its verdict."""

    claim_id: str
    article_id: str
    article_title: str
    quote: str
    status: str
    claim_reviewed: str | None = None
    claimant_entity_id: str | None = None


@dataclass(slots=True)
class ClaimGroup:
    """The claims confirmed to be one claim. A claim related to nothing is a group of one."""

    group_id: str
    members: list[ClaimBrief] = field(default_factory=list)
    disagreement: bool = False

    @property
    def claim_ids(self) -> list[str]:
        return [m.claim_id for m in self.members]


def ordered_pair(claim_id: str, other_claim_id: str) -> tuple[str, str]:
    """A relation is stored once per pair, the smaller id first (claim_relations "ordered")."""
    if claim_id == other_claim_id:
        raise ValueError("a claim cannot be related to itself")
    return (claim_id, other_claim_id) if claim_id < other_claim_id else (other_claim_id, claim_id)


def group_ids(same_pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each claim that has a "same" relation → the id of its group: the smallest claim id in
    its component. Stable across exports and short enough for a CSV column."""
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # path halving keeps chains short
            item = parent[item]
        return item

    for first, second in same_pairs:
        a, b = root(first), root(second)
        if a != b:
            # The smaller id becomes the root, so the root is the component's minimum.
            parent[max(a, b)] = min(a, b)
    return {item: root(item) for item in parent}


def final_statuses_disagree(statuses: Iterable[str], final_ids: set[str]) -> bool:
    """True when at least two different final verdicts were given to the same claim.

    Unfinished statuses (unverified, in progress) are work still to do, not a disagreement.
    """
    return len({s for s in statuses if s in final_ids}) > 1
