"""Check-worthiness cues: attributed figures rank high, commentary and boilerplate never do,
and every score comes with the cues that made it."""

from __future__ import annotations

import pytest

from annotator.domain.checkworthiness import (
    THRESHOLD,
    assess,
    claim_candidates,
    is_boilerplate,
)
from annotator.domain.text import canonicalize
from tests.conftest import SEEDS

BOILERPLATE = [
    "Leave a Reply",
    "Leave a comment below",
    "Source link",
    "Subscribe to our newsletter for 30% off the first 3 months, officials said.",
    "Sign up for our health newsletter",
    "© 2025 Springvale Courier. All rights reserved.",
    "Written by Editor TLN",
    "Posted by Staff Writer | March 14, 2025",
    "You can also highlight the text and press Ctrl + Enter",
    "Read more: Springvale voters reject school bond for the second time",
    "[Jefes militares rusos huyen de Crimea para esquivar la purga de Putin]",
    "Comments are closed.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_is_recognised_and_scores_zero(line: str) -> None:
    assert is_boilerplate(line)
    assert assess(line).score == 0
    assert claim_candidates(line) == []


def test_an_attributed_casualty_figure_is_a_claim_and_the_reason_names_its_cues() -> None:
    result = assess(
        "The official, identified only as Rogov, claimed that the drone strike killed more "
        "than ten soldiers, reportedly."
    )
    assert result.score >= 0.9
    for cue in ("attribution “claimed”", "figure “ten”", "quantity “more than”", "hedge"):
        assert cue in result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "This development has raised questions about the vulnerability of the forces.",
        "Such losses, if confirmed, would mark a severe blow to the army's capacity.",
        "The findings could shed light on whether the strike was intentional.",
        "What should parents do about the outbreak this winter?",
        "Measles Cases Climb To Highest Level In A Decade As 1,284 Fall Ill",
    ],
)
def test_commentary_speculation_questions_and_headlines_are_not_claims(sentence: str) -> None:
    assert assess(sentence).score < THRESHOLD


def test_a_headline_and_a_question_say_why_they_were_marked_down() -> None:
    assert "headline" in assess("Ukraine Claims Capture of Two Injured Soldiers").reason
    assert "question" in assess("Did the council approve a $1.2 billion budget?").reason


def test_short_fragments_are_never_candidates() -> None:
    assert assess("Killed 3,000.").score == 0


def test_attribution_words_of_other_languages_count() -> None:
    assert "attribution" in assess("Según el ministerio, 300 personas murieron en marzo.").reason
    assert "attribution" in assess("За даними міністерства, загинули 300 людей у березні.").reason


def test_candidates_of_a_seed_are_sentences_of_it_in_order_and_skip_its_boilerplate() -> None:
    text = canonicalize((SEEDS / "001_4ac76f12e4d607e5.txt").read_text(encoding="utf-8"))
    found = claim_candidates(text)
    assert found, "a seed full of figures yields candidates"
    assert [c.start for c in found] == sorted(c.start for c in found)
    quotes = [text[c.start : c.end] for c in found]
    assert not any(q in ("Source link", "Leave a Reply", "Written by Editor TLN") for q in quotes)
    assert any(q.startswith("According to their preliminary calculations") for q in quotes)
    assert found == claim_candidates(text)  # deterministic
    assert all(THRESHOLD <= c.score <= 1 and c.reason for c in found)
