"""Dates and addresses as people type them."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.timestamps import parse_typed_date
from annotator.domain.urls import with_scheme


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2024-06-22", "2024-06-22"), ("22.06.2024", "2024-06-22"), ("2/6/2024", "2024-06-02")],
)
def test_dates_in_the_usual_forms_are_stored_iso(typed: str, stored: str) -> None:
    assert parse_typed_date(typed) == stored


@pytest.mark.parametrize("typed", ["31.02.2024", "June 22", "22.06.24"])
def test_a_date_that_is_no_date_is_refused_with_the_forms_named(typed: str) -> None:
    with pytest.raises(InputRefused, match="date"):
        parse_typed_date(typed)


def test_an_address_without_scheme_gets_https() -> None:
    assert with_scheme("factcheck.example.org/review/1") == "https://factcheck.example.org/review/1"
    assert with_scheme(" http://a.example/x ") == "http://a.example/x"
    assert with_scheme("not an address") == "not an address"
