"""Passages: where a span is in its source, found for an offset and worded for a citation."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.models import Passage
from annotator.domain.sources.passages import (
    check_passages,
    cited,
    cited_span,
    cue_label,
    passage_at,
    shown_time,
)

PAGES = [Passage(0, "page", "1"), Passage(10, "page", "2"), Passage(25, "page", "3")]


def test_the_passage_of_an_offset_is_the_last_that_starts_at_or_before_it() -> None:
    assert passage_at(PAGES, 0) is PAGES[0]
    assert passage_at(PAGES, 9) is PAGES[0]
    assert passage_at(PAGES, 10) is PAGES[1]
    assert passage_at(PAGES, 1000) is PAGES[2]
    assert passage_at([Passage(5, "cue", "00:00:01.000")], 2) is None
    assert passage_at([], 3) is None


def test_a_span_is_cited_by_its_page_pages_or_time() -> None:
    assert cited_span(PAGES, 11, 20) == "p. 2"
    assert cited_span(PAGES, 5, 12) == "pp. 1–2"
    assert cited_span(PAGES, 5, 30) == "pp. 1–3"
    assert cited_span([], 0, 3) == ""
    assert cited(Passage(0, "post", "4521 · 2024-03-01 08:15 UTC")) == (
        "post 4521 · 2024-03-01 08:15 UTC"
    )
    assert cited(Passage(0, "sheet", "B")) == "sheet B"


@pytest.mark.parametrize(
    ("seconds", "label", "shown"),
    [
        (0, "00:00:00.000", "0:00"),
        (724.5, "00:12:04.500", "12:04"),
        (3723.0004, "01:02:03.000", "1:02:03"),
        (360000, "100:00:00.000", "100:00:00"),
    ],
)
def test_cue_times_are_kept_exactly_and_shown_as_people_say_them(
    seconds: float, label: str, shown: str
) -> None:
    assert cue_label(seconds) == label
    assert shown_time(label) == shown


@pytest.mark.parametrize(
    ("passages", "length", "reason"),
    [
        ([Passage(5, "page", "1")], 5, "passages[0]: start 5 lies outside the text (length 5)"),
        ([Passage(-1, "page", "1")], 5, "start -1 lies outside"),
        ([Passage(3, "page", "1"), Passage(2, "page", "2")], 9, "comes before the previous"),
        ([Passage(0, "", "1")], 9, "kind must be one line of 1 to 40 characters"),
        ([Passage(0, "page", "a\nb")], 9, "label must be one line"),
        ([Passage(0, "page", "x" * 201)], 9, "label must be one line of 1 to 200"),
    ],
)
def test_passages_that_do_not_fit_their_text_are_refused(
    passages: list[Passage], length: int, reason: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        check_passages(passages, length)
    assert reason in str(refused.value)
