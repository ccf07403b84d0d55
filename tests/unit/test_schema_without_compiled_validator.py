"""The frozen build leaves the compiled validator (jsonschema-rs) out: jsonschema alone then
decides, and every dataset gets the verdict, word for word, that it gets with both."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from annotator.domain.errors import InputRefused
from annotator.services.formats import schema
from tests.helpers import dataset_document
from tests.unit.test_streamed_import import mutated, texts


def verdict(document: dict[str, Any]) -> str | None:
    try:
        schema.validate(document)
    except InputRefused as refusal:
        return str(refusal)
    return None


@pytest.fixture
def without_compiled_validator(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As in the frozen build: ``import jsonschema_rs`` raises ImportError."""
    schema._compiled.cache_clear()
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)
    yield
    schema._compiled.cache_clear()


def test_without_the_compiled_validator_the_verdicts_are_the_same(
    without_compiled_validator: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = dataset_document(texts(3, size=80))
    rng = random.Random(23)
    cases = [document, *(mutated(document, rng) for _ in range(300))]
    alone = [verdict(case) for case in cases]
    assert schema._compiled(None) is None  # jsonschema decided alone
    monkeypatch.delitem(sys.modules, "jsonschema_rs")
    schema._compiled.cache_clear()
    both = [verdict(case) for case in cases]
    assert schema._compiled(None) is not None  # the compiled validator took part
    assert alone == both
    assert alone[0] is None  # the unchanged dataset is valid
    assert sum(v is not None for v in alone) > 100  # most mutations break it
