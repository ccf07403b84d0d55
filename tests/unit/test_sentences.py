"""Sentence segmentation: code-point spans that news abbreviations, figures and quotes do not
break, and that line breaks always do."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.domain.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_abbreviations_initials_and_figures_do_not_end_a_sentence() -> None:
    text = (
        "Mr. Paul Lindqvist of the U.S. Treasury said revenue fell 6.2% to $14.9 billion. "
        "Dr. Ruiz met J. Alvarez on Jan. 8 at 9 a.m. in the city. Losses passed 3,000 tanks."
    )
    assert sentences(text) == [
        "Mr. Paul Lindqvist of the U.S. Treasury said revenue fell 6.2% to $14.9 billion.",
        "Dr. Ruiz met J. Alvarez on Jan. 8 at 9 a.m. in the city.",
        "Losses passed 3,000 tanks.",
    ]


def test_a_dateline_abbreviation_keeps_the_lead_sentence_whole() -> None:
    text = "SAN JOSE, Calif. (Business Wire) — Orbis reported a profit. Shares fell."
    assert sentences(text) == [
        "SAN JOSE, Calif. (Business Wire) — Orbis reported a profit.",
        "Shares fell.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "He said, “They fled.” Then ‘We stayed,’ she added. 'Why?' he asked. Done!"
    assert sentences(text) == [
        "He said, “They fled.”",
        "Then ‘We stayed,’ she added.",
        "'Why?' he asked.",
        "Done!",
    ]


def test_an_ellipsis_before_a_capital_ends_a_sentence() -> None:
    assert sentences("They tried to hide them… At least 1,000 residents died.") == [
        "They tried to hide them…",
        "At least 1,000 residents died.",
    ]


def test_line_breaks_always_end_a_sentence() -> None:
    text = "Headline Without A Stop\nSource link\n\nBody sentence one. Body two\u2028Caption"
    assert sentences(text) == [
        "Headline Without A Stop",
        "Source link",
        "Body sentence one.",
        "Body two",
        "Caption",
    ]


def test_a_stray_closing_mark_joins_the_sentence_before_it() -> None:
    text = "Russia “is obtaining weapons as its stocks decrease. “. Next one."
    assert sentences(text) == [
        "Russia “is obtaining weapons as its stocks decrease. “.",
        "Next one.",
    ]


def test_cjk_full_stops_split_without_spaces() -> None:
    assert sentences("中文新闻。基辅遭到袭击！Izium") == ["中文新闻。", "基辅遭到袭击！", "Izium"]


def test_offsets_are_code_points_after_emoji() -> None:
    text = "😀 Flags 🇺🇦 first. Then Rogov said 10 died."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["😀 Flags 🇺🇦 first.", "Then Rogov said 10 died."]
    assert spans[1][0] == text.index("Then")


_PIECES = [*"ab A.!?…“”'\"\n\u2028 。3,", "U.S.", "Mr.", "😀", "\u0301", "\r", "\u00a0"]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_spans_are_ordered_trimmed_and_cover_every_visible_character(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    covered: set[int] = set()
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    visible = {i for i, ch in enumerate(text) if not ch.isspace()}
    assert visible <= covered
