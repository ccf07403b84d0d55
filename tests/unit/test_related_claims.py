"""Related claims across the seed articles: the capture of two North Korean soldiers is one claim
in 003 and 004; confirming, dismissing, groups, disagreement and one verdict for a group."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.domain.models import Claim, Relation
from annotator.services.annotating import EditRefused
from annotator.services.workspace import Workspace
from tests.seed_steps import mark_claim, mark_mention, seed_article, seeded_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

# What a fact-checker would mark as claims in each seed article.
CLAIMS = {
    "000": [
        "more than ten members of the National Guard reportedly eliminated and an equal number "
        "wounded",
        "The attack reportedly left three soldiers dead and eleven others injured.",
        "Norway has been training former fighters of the National Guard ‘Azov’ battalion",
        "a captured Ukrainian soldier reportedly claimed in a Telegram channel",
    ],
    "001": [
        "Russia has lost in just one week more than 3,000 square kilometers occupied in the "
        "Kharkov region",
        "Russia lost 40 tanks, 50 infantry vehicles, 35 armor and two aircraft since the start "
        "of the counteroffensive in Kharkov.",
    ],
    "002": [
        "at least 1,000 people were killed during the Russian occupation of the Ukrainian town "
        "of Izyum",
        "N. Korean Troops Massed in Russia to Enter Ukraine War ’Soon’: Pentagon Chief",
        "Hundreds of Russian forces didn’t have time to escape from Izyum, so they were taken, "
        "prisoner.",
    ],
    "003": [
        "Ukraine managed to capture two wounded North Korean soldiers alive last week.",
        "Five months ago, Ukraine launched an unexpected offensive, marking Russia's first "
        "foreign invasion since World War II.",
        "enlisting the help of at least 12,000 North Korean troops",
        "with 300 dead and 2,700 injured according to the South Korean government",
        "President Zelenski is open to repatriating the prisoners to North Korea",
        "the Russians have regained about half of the territory Ukraine captured last summer",
    ],
    "004": [
        "Ukraine has reportedly captured two North Korean soldiers injured during combat on "
        "Russian soil",
        # The nearest rival: same soldiers, but about where they came from.
        "The two soldiers, believed to be part of a contingent deployed by North Korea to "
        "support Russia, were captured in eastern Ukraine.",
        "Ukrainian authorities claim the pair were severely injured and left behind by "
        "retreating Russian forces.",
        "North Korea could be providing both personnel and ammunition to aid Russia's war efforts",
    ],
}


@dataclass
class Annotated:
    workspace: Workspace
    claims: dict[str, list[Claim]]

    @property
    def capture_003(self) -> Claim:
        return self.claims["003"][0]

    @property
    def capture_004(self) -> Claim:
        return self.claims["004"][0]


@pytest.fixture
def annotated(tmp_path: Path) -> Annotated:
    workspace = seeded_workspace(tmp_path / "data")
    claims = {
        number: [mark_claim(workspace, seed_article(workspace, number), q) for q in quotes]
        for number, quotes in CLAIMS.items()
    }
    yield Annotated(workspace, claims)
    workspace.close()


def test_related_claims_ranks_the_capture_claims_of_003_and_004_first_for_each_other(
    annotated: Annotated,
) -> None:
    related = annotated.workspace.related
    for claim, expected in (
        (annotated.capture_003, annotated.capture_004),
        (annotated.capture_004, annotated.capture_003),
    ):
        found = related.candidates(claim.id)
        assert found[0].claim_id == expected.id, [c.claim.quote for c in found]
        assert all(c.claim.article_id != claim.article_id for c in found)
        assert found == sorted(found, key=lambda c: -c.score)
        assert found[0].similarity.shared_numbers == ["2"]  # "two" in both


def test_shared_entities_raise_a_candidate(annotated: Annotated) -> None:
    workspace = annotated.workspace
    a003, a004 = seed_article(workspace, "003"), seed_article(workspace, "004")
    north_korean = workspace.entities.create("North Korean", "NORP")
    for article, occurrence in ((a003, 0), (a004, 0)):
        mention = mark_mention(workspace, article, "North Korean soldiers", "NORP", occurrence)
        workspace.entities.link_mention(mention.id, north_korean.id)
    (best, *_) = workspace.related.candidates(annotated.capture_003.id)
    assert best.claim_id == annotated.capture_004.id
    assert best.similarity.shared_entity_ids == [north_korean.id]
    assert best.similarity.entities == 1.0


def test_confirmed_claims_form_a_group_with_their_statuses(annotated: Annotated) -> None:
    related = annotated.workspace.related
    capture_003, capture_004 = annotated.capture_003, annotated.capture_004
    rival = annotated.claims["004"][1]
    prisoners_002 = annotated.claims["002"][2]

    assert related.confirm(capture_003.id, capture_004.id) is None
    group = related.group_of(capture_004.id)
    assert sorted(group.claim_ids) == sorted([capture_003.id, capture_004.id])
    assert group.group_id == min(capture_003.id, capture_004.id)
    assert {m.status for m in group.members} == {"unverified"} and not group.disagreement
    assert [m.article_title for m in group.members] == [
        seed_article(annotated.workspace, n).title for n in ("003", "004")
    ]

    # Confirmed and group members are not suggested again, for any member of the group.
    for claim in (capture_003, capture_004):
        ids = {c.claim_id for c in related.candidates(claim.id, limit=50, min_score=0)}
        assert not ids & {capture_003.id, capture_004.id}

    # Groups are transitive: 004's rival joined to 003 makes three.
    related.confirm(rival.id, capture_003.id)
    assert len(related.group_of(capture_004.id).members) == 3
    assert related.group_ids() == dict.fromkeys(
        (capture_003.id, capture_004.id, rival.id), min(capture_003.id, capture_004.id, rival.id)
    )
    assert len(related.group_of(prisoners_002.id).members) == 1  # a claim alone: a group of one


def test_a_dismissed_candidate_is_not_suggested_again(annotated: Annotated) -> None:
    related = annotated.workspace.related
    capture_003, rival = annotated.capture_003, annotated.claims["004"][1]
    assert rival.id in {c.claim_id for c in related.candidates(capture_003.id)}
    assert related.dismiss(rival.id, capture_003.id) is None
    assert rival.id not in {
        c.claim_id for c in related.candidates(capture_003.id, limit=50, min_score=0)
    }
    (relation,) = related.relations_of(capture_003.id)
    assert relation.relation is Relation.DIFFERENT
    assert (relation.claim_id, relation.other_claim_id) == tuple(sorted([capture_003.id, rival.id]))
    # Changing one's mind: the verdict is replaced, and the old one returned for undo.
    previous = related.confirm(capture_003.id, rival.id)
    assert previous == relation
    related.restore_relation(capture_003.id, rival.id, previous)
    assert related.relations_of(rival.id) == [relation]
    assert related.unlink(capture_003.id, rival.id) == relation
    assert rival.id in {c.claim_id for c in related.candidates(capture_003.id)}


def test_disagreeing_final_statuses_are_flagged_and_one_action_settles_the_group(
    annotated: Annotated,
) -> None:
    workspace = annotated.workspace
    related = workspace.related
    capture_003, capture_004 = annotated.capture_003, annotated.capture_004
    related.confirm(capture_003.id, capture_004.id)

    set_status(workspace, capture_003, "true")
    set_status(workspace, capture_004, "in_progress")
    assert not related.group_of(capture_003.id).disagreement  # unfinished work is no verdict
    set_status(workspace, capture_004, "unproven")
    group = related.group_of(capture_003.id)
    assert group.disagreement
    assert {m.claim_id: m.status for m in group.members} == {
        capture_003.id: "true",
        capture_004.id: "unproven",
    }

    old = related.apply_status_to_group(capture_004.id, "mostly_true")
    assert old == sorted([(capture_003.id, "true"), (capture_004.id, "unproven")])
    group = related.group_of(capture_003.id)
    assert {m.status for m in group.members} == {"mostly_true"} and not group.disagreement
    related.restore_statuses(old)  # the window's undo
    assert related.group_of(capture_003.id).disagreement
    with pytest.raises(EditRefused):
        related.apply_status_to_group(capture_003.id, "maybe")


def test_pairs_that_cannot_be_related_are_refused(annotated: Annotated) -> None:
    related = annotated.workspace.related
    one, two = annotated.claims["003"][:2]
    with pytest.raises(EditRefused):
        related.confirm(one.id, one.id)
    with pytest.raises(EditRefused):
        related.confirm(one.id, two.id)  # same article
    with pytest.raises(EditRefused):
        related.dismiss(one.id, "no-such-claim")


def test_deleting_a_claim_drops_its_relations(annotated: Annotated) -> None:
    related = annotated.workspace.related
    related.confirm(annotated.capture_003.id, annotated.capture_004.id)
    annotated.workspace.annotations.delete_claim(annotated.capture_004.id)
    assert related.relations_of(annotated.capture_003.id) == []


def set_status(workspace: Workspace, claim: Claim, status: str) -> None:
    document = workspace.annotations.open_article(claim.article_id)
    assert document is not None
    stored = next(c for c in document.claims if c.id == claim.id)
    stored.status = status
    workspace.annotations.update_claim(stored, document.article.text)
