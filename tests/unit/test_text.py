"""Canonical text and span validation (docs/design/text-and-offsets.md)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.domain.errors import SpanError
from annotator.domain.text import canonicalize, is_canonical, text_sha256, validate_span


def test_canonical_form_drops_bom_unifies_line_ends_and_composes() -> None:
    raw = "\ufeffLine one\r\nLine two\rCafe\u0301 \u2028 a\u00a0b"
    assert canonicalize(raw) == "Line one\nLine two\nCafé \u2028 a\u00a0b"


@given(st.text())
def test_canonical_form_is_stable_and_has_no_carriage_returns(text: str) -> None:
    once = canonicalize(text)
    assert canonicalize(once) == once
    assert is_canonical(once)
    assert "\r" not in once
    assert unicodedata.is_normalized("NFC", once)


# The characters canonicalisation touches, mixed with ordinary ones.
_TRICKY = st.sampled_from(["\ufeff", "\r", "\n", "\r\n", "e", "\u0301", "\u212b", "\u2028", "я"])


@given(st.lists(st.one_of(_TRICKY, st.characters()), max_size=12).map("".join))
def test_is_canonical_says_whether_canonicalising_leaves_the_text_unchanged(text: str) -> None:
    assert is_canonical(text) == (canonicalize(text) == text)


def test_sha256_is_of_the_utf8_text() -> None:
    assert text_sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@given(st.text(min_size=1), st.data())
def test_any_slice_of_the_text_is_a_valid_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    validate_span(text, start, end, text[start:end])


@pytest.mark.parametrize(
    ("start", "end", "quote", "message"),
    [
        (0, 5, "Rogov", "reads 'Hello'"),
        (3, 3, "", "empty"),
        (5, 2, "x", "outside"),
        (-1, 2, "x", "outside"),
        (0, 99, "Hello world", "outside"),
        (0, 5.0, "Hello", "whole number"),
        (True, 5, "Hello", "whole number"),
    ],
)
def test_bad_spans_are_refused_with_a_reason(start, end, quote, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SpanError, match=message):
        validate_span("Hello world", start, end, quote)
