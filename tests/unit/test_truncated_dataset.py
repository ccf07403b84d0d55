"""A dataset cut short anywhere is named as truncated, not as malformed JSON."""

from __future__ import annotations

import json

import pytest

from annotator.domain.errors import InputRefused
from annotator.services.importing.dataset_reading import parse_dataset_file
from tests.helpers import dataset_document


def test_every_prefix_of_a_dataset_is_reported_as_ending_too_early() -> None:
    whole = json.dumps(dataset_document(["Truncated dataset text 😀 \u2028 end"]))
    wrong = []
    for cut in range(2, len(whole) - 1, 3):
        with pytest.raises(InputRefused) as refused:
            parse_dataset_file(whole[:cut].encode("utf-8"), False, "2026-12-01T10:00:00Z")
        if "ends too early" not in str(refused.value):
            wrong.append((whole[cut - 12 : cut], str(refused.value)))
    assert wrong == []
