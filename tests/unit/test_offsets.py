"""Code point ⇄ UTF-16 offsets: the boundary where web annotators shift spans after an emoji."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.domain.offsets import Utf16Map

# Arbitrary Unicode plus the characters that break annotators, drawn often on purpose.
TRICKY = [
    "😀",
    "🇺🇦",
    "👨‍👩‍👧‍👦",
    "e\u0301",
    "\u2028",
    "\u00a0",
    "\u202f",
    "\u200f",
    "𝐀",
    "漢",
    "\r\n",
    "ا\u200f",
    "🏳️‍🌈",
]
texts = st.lists(
    st.one_of(st.text(min_size=0, max_size=20), st.sampled_from(TRICKY)), max_size=30
).map("".join)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(texts, st.data())
def test_code_point_to_utf16_agrees_with_the_encoding(text: str, data: st.DataObject) -> None:
    mapping = Utf16Map(text)
    cp = data.draw(st.integers(0, len(text)))
    assert mapping.to_utf16(cp) == utf16_length(text[:cp])
    assert mapping.utf16_length == utf16_length(text)


@given(texts)
def test_round_trip_through_utf16_is_the_identity(text: str) -> None:
    mapping = Utf16Map(text)
    for cp in range(len(text) + 1):
        assert mapping.to_codepoint(mapping.to_utf16(cp)) == cp


@given(texts, st.data())
def test_a_position_inside_a_surrogate_pair_snaps_to_a_whole_character(
    text: str, data: st.DataObject
) -> None:
    mapping = Utf16Map(text)
    u16 = data.draw(st.integers(0, mapping.utf16_length))
    down, up = mapping.to_codepoint(u16, "down"), mapping.to_codepoint(u16, "up")
    encoded = text.encode("utf-16-le")
    if mapping.splits_pair(u16):
        assert up == down + 1
        assert 0xD800 <= int.from_bytes(encoded[2 * u16 - 2 : 2 * u16], "little") <= 0xDBFF
    else:
        assert up == down
        assert utf16_length(text[:down]) == u16
    # Whichever way it snaps, the slice is whole text: it re-encodes without surrogates.
    text[:down].encode("utf-8")
    text[up:].encode("utf-8")


def test_emoji_before_a_span() -> None:
    text = "A😀B Rogov"
    mapping = Utf16Map(text)
    assert mapping.utf16_length == 10
    assert mapping.to_utf16(4) == 5  # "Rogov" starts at code point 4, UTF-16 unit 5
    assert mapping.to_codepoint(5) == 4
    assert text[mapping.to_codepoint(5) : mapping.to_codepoint(10)] == "Rogov"
    assert mapping.splits_pair(2) and not mapping.splits_pair(3)
    assert not Utf16Map("plain").splits_pair(0) and Utf16Map("plain").is_identity
