"""Titles of plain-text articles: the headline line, else the start of the first sentence."""

from __future__ import annotations

from pathlib import Path

from annotator.domain.text import canonicalize
from annotator.domain.titles import MAX_TITLE_CHARS, guess_title
from tests.conftest import SEEDS


def seed(name_prefix: str) -> str:
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    return canonicalize(path.read_text(encoding="utf-8"))


def test_a_headline_line_is_the_title() -> None:
    assert guess_title(seed("001")) == (
        "This is how Russian soldiers escaped from the Ukrainian counteroffensive"
    )
    assert guess_title(seed("004")) == (
        "Ukraine Claims Capture of Two Injured North Korean Soldiers Fighting for Russia"
    )


def test_without_a_headline_the_first_sentence_starts_the_title() -> None:
    title = guess_title(seed("000"))
    assert title.startswith("The recent escalation in the conflict has brought renewed focus")
    assert title.endswith("…") and len(title) <= MAX_TITLE_CHARS


def test_short_sentence_titles_and_markdown_headings() -> None:
    assert guess_title("Kyiv was shelled overnight. Two people died.\nMore follows.") == (
        "Kyiv was shelled overnight."
    )
    assert guess_title("# Izium: what we know\n\nText.") == "Izium: what we know"
    assert guess_title("   \n\n") == "Untitled"
    assert guess_title("Only one line without a full stop") == "Only one line without a full stop"


def test_every_seed_gets_a_readable_title() -> None:
    for path in sorted(Path(SEEDS).glob("*.txt")):
        title = guess_title(canonicalize(path.read_text(encoding="utf-8")))
        assert 10 < len(title) <= MAX_TITLE_CHARS, (path.name, title)
