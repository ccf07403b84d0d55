"""A dataset that breaks the web annotators' converters: emoji, flags, ZWJ sequences, RTL text
and U+2028 before every span, overlapping mentions and two annotators."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from tests.helpers import dataset_document, span, write_json

HARD_TEXT = (
    "👨‍👩‍👧‍👦 Family 🇺🇦🇳🇴 flags, 👩🏽‍💻 coder, שלום עולם and مرحبا\u2028next line.\n"
    "Rogov said Izium was taken by the 3rd Brigade 😀 on Monday.\n"
    "A second sentence about Kharkiv 🏳️‍🌈 ends here."
)
SECOND = "00000000-0000-0000-0000-0000000000bb"

# (needle, type, annotator): mentions of the hard article; CLAIM is a claim.
SPANS = [
    ("שלום עולם", "NORP", None),
    ("Rogov", "PERSON", None),
    ("Izium", "GPE", None),
    ("3rd Brigade", "MIL_UNIT", None),
    ("Brigade", "ORG", SECOND),  # overlaps the unit: spaCy's ents keep the outer one
    ("Kharkiv", "GPE", SECOND),
    ("مرحبا", "NORP", SECOND),
]
CLAIM = "Izium was taken by the 3rd Brigade 😀 on Monday"


def hard_document() -> dict[str, Any]:
    document = dataset_document([HARD_TEXT, "Short 😀 text by Rogov"])
    document["annotators"].append({"id": SECOND, "name": "Taras"})
    article = document["articles"][0]
    text = article["text"]
    assert text == HARD_TEXT
    article["mentions"] = []
    for number, (needle, type_, by) in enumerate(SPANS):
        start, end = span(text, needle)
        article["mentions"].append(
            {
                "id": str(uuid.UUID(int=5000 + number)),
                "start": start,
                "end": end,
                "quote": needle,
                "type": type_,
                "entity_id": None,
                "origin": "manual",
                "created_by": by or "00000000-0000-0000-0000-0000000000aa",
                "created_at": "2026-11-20T10:00:00Z",
            }
        )
    claim = article["claims"][0]
    start, end = span(text, CLAIM)
    claim.update(start=start, end=end, quote=CLAIM, mention_ids=[])
    return document


def expected_spans(document: dict[str, Any]) -> set[tuple[str, int, int, str, str]]:
    """(text sha, start, end, label, quote) of every span; claims labelled CLAIM."""
    found = set()
    for article in document["articles"]:
        for m in article["mentions"]:
            found.add((article["text_sha256"], m["start"], m["end"], m["type"], m["quote"]))
        for c in article["claims"]:
            found.add((article["text_sha256"], c["start"], c["end"], "CLAIM", c["quote"]))
    return found


def write_hard_dataset(folder: Path) -> Path:
    return write_json(folder / "hard.json", hard_document())
