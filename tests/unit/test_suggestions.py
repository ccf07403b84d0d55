"""Offline suggestions: alias propagation, claim candidates, accept / reject."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.domain.language.name_matching import NameMatcher
from annotator.domain.models import Claim, Entity, Mention, Origin
from annotator.services.annotating import EditRefused
from annotator.services.suggestions.finding import suggest_in_text
from annotator.services.suggestions.suggestion import (
    CLAIM,
    MENTION,
    Annotated,
    EntityNames,
    Suggestion,
    UnknownArticle,
)
from annotator.services.workspace import Workspace
from annotator.storage.repositories.catalog_repository import EntityRepository
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

IZIUM = Entity("e-izium", "Izium", "GPE", ["Izyum", "Izum"])
KHARKIV = Entity("e-kharkiv", "Kharkiv", "GPE", ["Kharkov"])
NEW_ARTICLE = (
    "Fighting near Izyum\n"
    "Shelling hit Izyum on Monday, local officials said, and at least 12 people were killed.\n"
    "Residents of Izum said the water supply had been cut. Kharkiv was quiet.\n"
    "Leave a Reply\n"
)


def add_entities(workspace: Workspace, *entities: Entity) -> None:
    with workspace.database.transaction() as session:
        EntityRepository(session).add_many(entities)


def import_text(workspace: Workspace, folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    workspace.import_paths([path])
    (summary,) = [s for s in workspace.article_summaries(0, 1000) if s.source == name]
    return summary.id


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "data")
    add_entities(workspace, IZIUM, KHARKIV)
    yield workspace
    workspace.close()


def mentions_of(found: list[Suggestion]) -> list[tuple[str, str | None]]:
    return [(s.quote, s.entity_id) for s in found if s.kind == MENTION]


def test_alias_propagation_finds_izyum_and_izum_in_a_new_article(
    workspace: Workspace, tmp_path: Path
) -> None:
    article_id = import_text(workspace, tmp_path, "new.txt", NEW_ARTICLE)
    found = workspace.suggestions.for_article(article_id)
    assert mentions_of(found) == [
        ("Izyum", "e-izium"),
        ("Izyum", "e-izium"),
        ("Izum", "e-izium"),
        ("Kharkiv", "e-kharkiv"),
    ]
    izum = next(s for s in found if s.quote == "Izum")
    assert (izum.type, izum.score) == ("GPE", 0.9) and "Izium" in izum.reason

    mention = workspace.suggestions.accept(izum, created_by=None)
    assert isinstance(mention, Mention)
    assert (mention.origin, mention.entity_id, mention.quote) == (
        Origin.SUGGESTION,
        "e-izium",
        "Izum",
    )
    document = workspace.annotations.open_article(article_id)
    assert document is not None and [m.id for m in document.mentions] == [mention.id]
    assert document.mentions[0].origin is Origin.SUGGESTION
    assert "Izum" not in [q for q, _ in mentions_of(workspace.suggestions.for_article(article_id))]

    kharkiv = next(s for s in found if s.quote == "Kharkiv")
    workspace.suggestions.reject(kharkiv)
    workspace.suggestions.reject(kharkiv)  # twice is harmless
    after = workspace.suggestions.for_article(article_id)
    assert ("Kharkiv", "e-kharkiv") not in mentions_of(after)

    assert workspace.suggestions.accept_all_for_entity("e-izium", None, article_id) == 2
    document = workspace.annotations.open_article(article_id)
    assert document is not None
    assert sorted(m.quote for m in document.mentions) == ["Izum", "Izyum", "Izyum"]
    assert {m.entity_id for m in document.mentions} == {"e-izium"}
    assert mentions_of(workspace.suggestions.for_article(article_id)) == []
    assert workspace.suggestions.accept_all_for_entity("e-izium", None, article_id) == 0


def test_claims_are_suggested_accepted_with_origin_suggestion_and_boilerplate_never(
    workspace: Workspace, tmp_path: Path
) -> None:
    article_id = import_text(workspace, tmp_path, "new.txt", NEW_ARTICLE)
    claims = [s for s in workspace.suggestions.for_article(article_id) if s.kind == CLAIM]
    assert [s.quote for s in claims] == [
        "Shelling hit Izyum on Monday, local officials said, and at least 12 people were killed.",
        "Residents of Izum said the water supply had been cut.",
    ]
    assert claims[0].type is None and claims[0].entity_id is None
    claim = workspace.suggestions.accept(claims[0], created_by=None)
    assert isinstance(claim, Claim)
    assert (claim.origin, claim.status, claim.quote) == (
        Origin.SUGGESTION,
        "unverified",
        claims[0].quote,
    )
    left = [s for s in workspace.suggestions.for_article(article_id) if s.kind == CLAIM]
    assert left == claims[1:]
    with pytest.raises(EditRefused, match="already annotated"):
        workspace.suggestions.accept(claims[0], created_by=None)


def test_seed_boilerplate_is_never_suggested(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data", demo=True)
    try:
        quotes = {s.quote for s in workspace.suggestions.for_all()}
    finally:
        workspace.close()
    assert quotes, "the seeds give claim candidates"
    for line in ("Source link", "Leave a Reply", "Leave a comment", "Written by Editor TLN"):
        assert line not in quotes
    assert not any("Ctrl + Enter" in q for q in quotes)


def test_existing_annotations_are_not_suggested_again(workspace: Workspace, tmp_path: Path) -> None:
    article_id = import_text(workspace, tmp_path, "new.txt", NEW_ARTICLE)
    document = workspace.annotations.open_article(article_id)
    assert document is not None
    text = document.article.text
    # A manual mention over "Residents of Izum" covers Izum; a manual claim inside the
    # casualty sentence covers that sentence.
    start = text.index("Residents of Izum")
    manual = workspace.annotations.new_mention(document.article, start, start + 17, "LOC", None)
    workspace.annotations.add_mention(manual)
    inside = text.index("at least 12 people")
    workspace.annotations.add_claim(
        workspace.annotations.new_claim(document.article, inside, inside + 18, None)
    )
    found = workspace.suggestions.for_article(article_id)
    assert "Izum" not in [s.quote for s in found]
    assert [s.quote for s in found if s.kind == CLAIM] == [
        "Residents of Izum said the water supply had been cut."
    ]


def test_suggestions_are_deterministic_and_in_article_then_offset_order(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data", demo=True)
    try:
        add_entities(workspace, IZIUM, KHARKIV)
        first = list(workspace.suggestions.for_all())
        second = list(workspace.suggestions.for_all())
        order = [s.id for s in workspace.article_summaries(0, 100)]
    finally:
        workspace.close()
    assert first == second
    keys = [(order.index(s.article_id), s.start) for s in first]
    assert keys == sorted(keys)
    assert {s.quote for s in first if s.kind == MENTION} == {
        "Izum",
        "Izium",
        "Izyum",
        "Kharkiv",
        "Kharkov",
    }


def test_an_unknown_article_and_a_stale_suggestion_are_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(UnknownArticle):
        workspace.suggestions.for_article("no-such-article")
    article_id = import_text(workspace, tmp_path, "new.txt", NEW_ARTICLE)
    (first, *_) = workspace.suggestions.for_article(article_id)
    stale = Suggestion(**{**first.as_dict(), "quote": "something else"})
    with pytest.raises(EditRefused, match="does not match"):
        workspace.suggestions.accept(stale, None)
    gone = Suggestion(**{**first.as_dict(), "article_id": "no-such-article"})
    with pytest.raises(UnknownArticle):
        workspace.suggestions.reject(gone)


@pytest.mark.parametrize("how_many", [1, 25])  # read place by place, and the text whole
def test_accepting_checks_each_quote_against_the_stored_text(
    workspace: Workspace, tmp_path: Path, how_many: int
) -> None:
    """Past emoji and Cyrillic (code points, not bytes or UTF-16 units); a suggestion whose
    words are not the text's, or that lies outside it, refuses the whole step."""
    text = "😀 Харків 🇺🇦 said:\n" + NEW_ARTICLE * 8
    article_id = import_text(workspace, tmp_path, "emoji.txt", text)
    found = [s for s in workspace.suggestions.for_article(article_id) if s.kind == MENTION]
    assert len(found) >= 25
    chosen = found[:how_many]

    def stored() -> int:
        return len(workspace.annotations.open_article(article_id).mentions)

    last = chosen[-1].as_dict()
    for bad in (
        Suggestion(**{**last, "quote": chosen[-1].quote.upper()}),
        Suggestion(**{**last, "start": len(text) - 2, "end": len(text) + 3}),
        Suggestion(**{**last, "start": -1}),
        Suggestion(**{**last, "end": chosen[-1].start}),
    ):
        with pytest.raises(EditRefused, match="does not match"):
            workspace.suggestions.accept_many([*chosen[:-1], bad], None)
        assert stored() == 0
    accepted = workspace.suggestions.accept_many(chosen, None)
    assert [(a.start, a.quote) for a in accepted] == [(s.start, s.quote) for s in chosen]
    assert all(text[a.start : a.end] == a.quote for a in accepted)
    assert stored() == how_many


@pytest.mark.sqlite_only(reason="opens no database")
def test_names_match_whole_words_longest_first_and_in_capitals() -> None:
    matcher = NameMatcher(
        [
            Entity("nk", "North Korea", "GPE"),
            Entity("n", "North", "LOC"),
            Entity("ko", "Kharkiv Oblast", "GPE", ["Kharkiv Region"]),
            KHARKIV,
            IZIUM,
            Entity("g1", "Georgia", "GPE"),
            Entity("g2", "Georgia", "GPE"),  # ambiguous: never suggested
        ]
    )
    text = (
        "North Korean units; North Korea. Kharkiv Region, Kharkiv's mayor. IZIUM, Iziumka, "
        "Georgia, Izium\u0301"  # a combining mark continues the word
    )
    found = [(text[m.start : m.end], m.entity_id) for m in matcher.find(text)]
    assert found == [
        ("North", "n"),
        ("North Korea", "nk"),
        ("Kharkiv Region", "ko"),
        ("Kharkiv", "e-kharkiv"),
        ("IZIUM", "e-izium"),
    ]


_WORDS = ["Izium", "Izyum", "Izum", "Kharkov", "said", "12", "killed", "😀", "\u0301", "é", "Ꭓ"]
_GLUE = [" ", ", ", ". ", "\n", "'s ", "-", "“", "”", "\u00a0", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=40))
@pytest.mark.sqlite_only(reason="opens no database")
def test_every_suggestion_quotes_its_span_of_the_text(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in pieces)
    names = EntityNames([IZIUM, KHARKIV])
    found = suggest_in_text("a", text, names, Annotated(), threshold=0.0)
    for suggestion in found:
        assert 0 <= suggestion.start < suggestion.end <= len(text)
        assert text[suggestion.start : suggestion.end] == suggestion.quote
    mentions = [(s.start, s.end) for s in found if s.kind == MENTION]
    assert all(a[1] <= b[0] for a, b in pairwise(mentions))
    assert found == suggest_in_text("a", text, names, Annotated(), threshold=0.0)


@pytest.mark.sqlite_only(reason="opens no database")
def test_rejected_and_annotated_spans_are_left_out_by_the_pure_function() -> None:
    text = "Izyum and Izum and Izium were shelled, officials said, killing 12 people."
    names = EntityNames([IZIUM])
    everything = suggest_in_text("a", text, names)
    assert [s.quote for s in everything if s.kind == MENTION] == ["Izyum", "Izum", "Izium"]
    claim = next(s for s in everything if s.kind == CLAIM)
    annotated = Annotated(
        mentions=[(0, 9)], claims=[], rejected={(MENTION, 10, 14), (CLAIM, claim.start, claim.end)}
    )
    left = suggest_in_text("a", text, names, annotated)
    assert [s.quote for s in left] == ["Izium"]


def test_entities_added_later_are_matched_in_the_next_call(
    workspace: Workspace, tmp_path: Path
) -> None:
    article_id = import_text(workspace, tmp_path, "new.txt", NEW_ARTICLE)
    assert "Shelling" not in [s.quote for s in workspace.suggestions.for_article(article_id)]
    add_entities(workspace, Entity("e-shelling", "Shelling", "EVENT"))
    found = workspace.suggestions.for_article(article_id)
    assert ("Shelling", "e-shelling") in mentions_of(found)
