"""Span edges: snapping trims quotes and punctuation; claims end as the
claim suggestions do, with the sentence's full stop."""

from __future__ import annotations

import pytest

from annotator.domain.selection import snap_span
from annotator.domain.sentences import sentence_spans
from tests.conftest import SEEDS

TEXT = (
    "fighters of the ‘Azov’ national guard. He said: “more than ten were eliminated.” "
    'Then (Izium), Rogov; and "Kupiansk"!'
)


@pytest.mark.parametrize(
    ("selected", "span"),
    [
        ("‘Azov’", "Azov"),
        ("(Izium),", "Izium"),
        ("Rogov;", "Rogov"),
        ('"Kupiansk"!', "Kupiansk"),
        ("guard.", "guard"),
        ("“more than ten were eliminated.”", "more than ten were eliminated."),
        ("fighters of the ‘Azov’ national guard. ", "fighters of the ‘Azov’ national guard."),
    ],
)
def test_snapping_trims_quotes_and_punctuation(selected: str, span: str) -> None:
    at = TEXT.index(selected)
    start, end = snap_span(TEXT, at, at + len(selected))
    assert TEXT[start:end] == span


def test_a_hand_made_claim_over_a_sentence_ends_as_the_suggested_one() -> None:
    text = (SEEDS / "000_854c4d140d94da52.txt").read_text(encoding="utf-8")
    for start, end in sentence_spans(text)[:12]:
        if " " in text[start:end]:
            assert snap_span(text, start, end) == (start, end), text[start:end]


def test_character_precision_keeps_what_was_selected() -> None:
    at = TEXT.index("‘Azov’")
    assert snap_span(TEXT, at, at + 6, whole_words=False) == (at, at + 6)
