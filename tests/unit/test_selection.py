"""Selections become spans by the rule of docs/design/text-and-offsets.md, checked over arbitrary
Unicode."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from annotator.domain.selection import snap_span, step_word

PIECES = [
    "Rogov",
    "Ізюм",
    "漢字",
    " ",
    "  ",
    "\n",
    "\u2028",
    "\u00a0",
    "😀",
    "🇺🇦🇰🇵",
    "👨‍👩‍👧‍👦",
    "e\u0301",
    "ا\u200f",
    ",",
    "’s",
    "𝐌𝐚𝐭𝐡",
    "🏳️‍🌈",
]
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), min_size=1, max_size=25
).map("".join)


def boundaries(text: str) -> set[int]:
    return {0, *(m.end() for m in regex.finditer(r"\X", text))}


@given(texts, st.data(), st.booleans())
def test_a_snapped_span_is_whole_graphemes_without_outer_whitespace(
    text: str, data: st.DataObject, whole_words: bool
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    snapped_start, snapped_end = snap_span(text, start, end, whole_words)
    assert 0 <= snapped_start <= snapped_end <= len(text)
    if snapped_start == snapped_end:
        assert text[min(start, end) : max(start, end)].strip() == ""
        return
    graphemes = boundaries(text)
    assert snapped_start in graphemes and snapped_end in graphemes
    assert not text[snapped_start].isspace() and not text[snapped_end - 1].isspace()
    # Everything visible that was selected is still in the span.
    selected = text[min(start, end) : max(start, end)]
    inside = text[snapped_start:snapped_end]
    if whole_words:  # quotes and punctuation at the edges are trimmed
        # Python's isspace (as the snapping uses) also counts separators like \x1f; a symbol
        # goes with its marks and joiners (an emoji with its modifiers is trimmed whole).
        edge = [
            ch.isspace() or bool(regex.match(r"[\p{P}\p{S}\p{M}\p{Join_Control}]", ch))
            for ch in selected
        ]
        first = edge.index(False) if False in edge else len(selected)
        last = len(edge) - edge[::-1].index(False) if False in edge else first
        selected = selected[first:last]
    assert selected.strip() in inside or not selected.strip()
    # Snapping again changes nothing.
    assert snap_span(text, snapped_start, snapped_end, whole_words) == (snapped_start, snapped_end)


def test_half_a_word_becomes_the_word_unless_precision_is_asked() -> None:
    text = "said Rogov, the official"
    assert snap_span(text, 7, 9) == (5, 10)
    assert snap_span(text, 7, 9, whole_words=False) == (7, 9)
    assert snap_span(text, 4, 10) == (5, 10)  # the space before it is dropped
    # Punctuation at the edges goes; Alt (character precision) keeps it.
    assert text[slice(*snap_span(text, 4, 12))] == "Rogov"
    assert text[slice(*snap_span(text, 5, 11, whole_words=False))] == "Rogov,"


def test_a_flag_or_family_is_never_cut() -> None:
    text = "Flag 🇺🇦 family 👨‍👩‍👧‍👦 end"
    flag = text.index("🇺🇦")
    assert snap_span(text, flag, flag + 1, whole_words=False) == (flag, flag + 2)
    family = text.index("👨")
    assert snap_span(text, family + 2, family + 3, whole_words=False) == (family, family + 7)


def test_stepping_by_words() -> None:
    text = "Rogov said, reportedly"
    assert step_word(text, 0, +1) == 5
    assert step_word(text, 5, +1) == 10
    assert step_word(text, 22, -1) == 12
    assert step_word(text, 0, -1) == 0


def test_an_emoji_with_its_modifiers_is_trimmed_or_kept_whole() -> None:
    """Found by the property above: a flag of four code points (🏳 VS16 ZWJ 🌈) was trimmed
    halfway, so snapping the snapped span again moved it."""
    text = "Ізюм ,🏳️\u200d🌈"
    snapped = snap_span(text, 4, 7)
    assert snapped == (5, 10)  # punctuation and symbols alone: left as selected, whole clusters
    assert snap_span(text, *snapped) == snapped
    flagged = "Azov🏳️\u200d🌈 said"
    assert snap_span(flagged, 0, 8) == (0, 4)  # the word, without the flag after it
    assert snap_span(flagged, 2, 6, whole_words=False) == (2, 8)  # precise: the whole flag
