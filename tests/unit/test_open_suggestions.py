"""Suggestions kept up to date edit by edit are the suggestions computed from
scratch: for random adds, removals, changed bounds and undos, in random batches, on made-up
suggestions and on a real article in a real database."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.domain.models import Claim, Entity, Mention
from annotator.services.suggestions.finding import still_open
from annotator.services.suggestions.open_suggestions import OpenSuggestions, SpanEdit
from annotator.services.suggestions.suggestion import CLAIM, KINDS, MENTION, Annotated, Suggestion
from annotator.services.suggestions.suggestion_service import INCREMENTAL_EDITS, SuggestionService
from annotator.services.workspace import Workspace
from tests.helpers import new_workspace
from tests.unit.test_suggestions import add_entities, import_text

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

TEXT_LENGTH = 120


def made_up(kind: str, start: int, length: int) -> Suggestion:
    end = min(TEXT_LENGTH, start + length)
    return Suggestion("a", kind, start, end, "x" * (end - start), None, None, 1.0, "made up")


def from_scratch(every: list[Suggestion], spans: dict, rejected: set) -> list[Suggestion]:  # type: ignore[type-arg]
    annotated = Annotated(
        [(s, e) for k, s, e in spans.values() if k == MENTION],
        [(s, e) for k, s, e in spans.values() if k == CLAIM],
        set(rejected),
    )
    return still_open(every, annotated)


places = st.tuples(st.sampled_from(KINDS), st.integers(0, TEXT_LENGTH - 1), st.integers(1, 30))
# One step of the user's: add a span, remove one, move one's bounds, or undo the last step.
steps = st.one_of(
    st.tuples(st.just("add"), places),
    st.tuples(st.just("remove"), st.integers(0, 1000)),
    st.tuples(st.just("change"), st.tuples(st.integers(0, 1000), places)),
    st.tuples(st.just("undo"), st.none()),
    # A suggestion rejected (True) or offered again (False).
    st.tuples(st.just("reject"), st.tuples(st.integers(0, 1000), st.booleans())),
)


@pytest.mark.sqlite_only(reason="opens no database")
@settings(max_examples=300, deadline=None)
@given(
    suggested=st.lists(places, max_size=60),
    annotated=st.lists(places, max_size=25),
    rejected_share=st.floats(0, 0.5),
    batches=st.lists(st.lists(steps, min_size=1, max_size=4), max_size=12),
    seed=st.integers(0, 2**16),
)
def test_kept_up_to_date_is_the_same_as_from_scratch(  # type: ignore[no-untyped-def]
    suggested, annotated, rejected_share, batches, seed
) -> None:
    rng = random.Random(seed)
    every = [made_up(*place) for place in suggested]
    every.sort(key=lambda s: (s.start, s.end, KINDS.index(s.kind)))
    spans = {}
    for n, (kind, start, length) in enumerate(annotated):
        spans[f"old{n}"] = (kind, start, min(TEXT_LENGTH, start + length))
    rejected = {(s.kind, s.start, s.end) for s in every if rng.random() < rejected_share}
    kept = OpenSuggestions(every, spans, rejected)
    shown = kept.suggestions()
    assert shown == from_scratch(every, spans, rejected)

    history: list[list[SpanEdit]] = []  # each batch's undo
    made = 0
    for batch in batches:
        edits: list[SpanEdit] = []
        undo: list[SpanEdit] = []

        def do(edit: SpanEdit, edits: list[SpanEdit] = edits) -> None:
            if edit.kind is None and edit.annotation_id not in spans:
                return  # gone already (an older step's undo): the window never sends it
            edits.append(edit)
            if edit.kind is None:
                del spans[edit.annotation_id]
            else:
                spans[edit.annotation_id] = (edit.kind, edit.start, edit.end)

        for what, value in batch:
            if what == "undo":
                for edit in history.pop() if history else []:
                    do(edit)
            elif what == "reject":
                if every:
                    chosen = every[value[0] % len(every)]
                    place = (chosen.kind, chosen.start, chosen.end)
                    kept.set_rejected([place], value[1])
                    (rejected.add if value[1] else rejected.discard)(place)
            elif what == "add":
                made += 1
                kind, start, length = value
                new_id = f"new{made}"
                undo.insert(0, SpanEdit(new_id, None))
                do(SpanEdit(new_id, kind, start, min(TEXT_LENGTH, start + length)))
            elif spans:
                ids = sorted(spans)
                chosen = ids[(value if what == "remove" else value[0]) % len(ids)]
                undo.insert(0, SpanEdit(chosen, *spans[chosen]))
                if what == "remove":
                    do(SpanEdit(chosen, None))
                else:
                    kind, start, length = value[1]
                    # Bounds change, the kind stays (as when dragging a span's edge).
                    end = min(TEXT_LENGTH, start + length)
                    do(SpanEdit(chosen, spans[chosen][0], start, end))
        if undo:
            history.append(undo)
        changed = kept.apply(edits)
        assert changed is not None
        closed, opened = changed
        expected = from_scratch(every, spans, rejected)
        now = kept.suggestions()
        assert now == expected
        # What closed and opened is exactly the difference, in reading order.
        assert [id(s) for s in closed] == [id(s) for s in shown if _gone(s, now)]
        assert [id(s) for s in opened] == [id(s) for s in now if _gone(s, shown)]
        shown = now


def _gone(suggestion: Suggestion, listed: list[Suggestion]) -> bool:
    return all(s is not suggestion for s in listed)


@pytest.mark.sqlite_only(reason="opens no database")
def test_an_edit_that_does_not_fit_asks_for_a_fresh_start() -> None:
    every = [made_up(MENTION, 10, 5)]
    kept = OpenSuggestions(every, {"m1": (MENTION, 0, 3)}, set())
    assert kept.apply([SpanEdit("never-here", None)]) is None
    assert kept.apply([SpanEdit("m1", MENTION, 5, 5)]) is None  # an empty span
    assert kept.apply([SpanEdit("m1", MENTION, 0, 3)]) == ([], [])  # as it was: nothing


# --- a real article in a real database ---------------------------------------------------------

PARAGRAPH = (
    "Shelling hit Izyum on Monday, local officials said, and at least 12 people were killed. "
    "Residents of Izum said the water supply had been cut. Kharkiv was quiet, and "
    "the governor of Kharkov said 40 shells fell on the city overnight.\n"
)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "data")
    add_entities(
        workspace,
        Entity("e-izium", "Izium", "GPE", ["Izyum", "Izum"]),
        Entity("e-kharkiv", "Kharkiv", "GPE", ["Kharkov"]),
    )
    yield workspace
    workspace.close()


def fresh(workspace: Workspace, article_id: str) -> list[tuple[object, ...]]:
    """The article's suggestions by a service that has kept nothing: from scratch."""
    found = SuggestionService(workspace.database).for_article(article_id)
    return [(s.kind, s.start, s.end, s.entity_id, s.reason) for s in found]


def listed(suggestions: list[Suggestion]) -> list[tuple[object, ...]]:
    return [(s.kind, s.start, s.end, s.entity_id, s.reason) for s in suggestions]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_real_article_edited_at_random_keeps_the_same_suggestions(
    workspace: Workspace, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    text = "Fighting near Izyum\n" + PARAGRAPH * 6
    article_id = import_text(workspace, tmp_path, "izyum.txt", text)
    article = workspace.annotations.open_article(article_id).article
    service, annotations = workspace.suggestions, workspace.annotations
    answer = service.after_edits(article_id, [], None)
    first, number = answer.suggestions, answer.number
    assert first and listed(first) == fresh(workspace, article_id)
    stored: dict[str, Mention | Claim] = {}
    undo: list[tuple[str, Mention | Claim]] = []
    incremental = 0
    for _ in range(40):
        edits = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            action = rng.choice(["add", "add", "add", "remove", "bounds", "undo", "reject"])
            if action == "reject":
                # Rejected, or offered again (its undo): the service takes in its own.
                suggestion = rng.choice(first)
                if rng.random() < 0.6:
                    service.reject(suggestion)
                else:
                    service.unreject(suggestion)
                continue
            if action == "add" or not stored:
                # Often right over a suggestion (as accepting it would), else anywhere.
                target = rng.choice(first)
                start, end = target.start, target.end
                if rng.random() < 0.4:
                    start = rng.randrange(0, len(text) - 40)
                    end = start + rng.randint(1, 40)
                if rng.random() < 0.5:
                    item = annotations.new_mention(article, start, end, "GPE", None)
                else:
                    item = annotations.new_claim(article, start, end, None)
                annotations.add_annotations([item])
                stored[item.id] = item
                undo.append(("remove", item))
            elif action == "remove":
                item = stored.pop(rng.choice(sorted(stored)))
                annotations.delete_annotations([item])
                undo.append(("add", item))
            elif action == "bounds":
                item = stored[rng.choice(sorted(stored))]
                item.start = max(0, item.start + rng.randint(-15, 15))
                item.end = min(len(text), max(item.start + 1, item.end + rng.randint(-15, 15)))
                if isinstance(item, Mention):
                    item = annotations.update_mention(item, text)
                else:
                    item = annotations.update_claim(item, text)
                stored[item.id] = item
            elif undo:
                what, item = undo.pop()
                if what == "remove":
                    annotations.delete_annotations([stored.pop(item.id)])
                else:
                    annotations.add_annotations([item])
                    stored[item.id] = item
            else:
                continue
            kind = CLAIM if isinstance(item, Claim) else MENTION
            gone = item.id not in stored
            edits.append(SpanEdit(item.id, None if gone else kind, item.start, item.end))
        delta = service.after_edits(article_id, edits, number)
        incremental += not delta.whole
        assert listed(delta.suggestions) == fresh(workspace, article_id)
    assert incremental == 40  # nothing else changed: never from scratch


def test_anything_else_changed_means_from_scratch(workspace: Workspace, tmp_path: Path) -> None:
    article_id = import_text(workspace, tmp_path, "izyum.txt", "Fighting near Izyum\n" + PARAGRAPH)
    other_id = import_text(workspace, tmp_path, "kharkiv.txt", "Kharkiv\n" + PARAGRAPH)
    article = workspace.annotations.open_article(article_id).article
    service, annotations = workspace.suggestions, workspace.annotations
    first = service.after_edits(article_id, [], None)

    def add_over(suggestion: Suggestion) -> SpanEdit:
        mention = annotations.new_mention(article, suggestion.start, suggestion.end, "GPE", None)
        annotations.add_annotations([mention])
        return SpanEdit(mention.id, MENTION, mention.start, mention.end)

    names = [s for s in first.suggestions if s.kind == MENTION]
    delta = service.after_edits(article_id, [add_over(names[0])], first.number)
    assert not delta.whole and [s.start for s in delta.closed] == [names[0].start]
    assert listed(delta.suggestions) == fresh(workspace, article_id)

    # The service's own rejection and its undo: taken in, nothing read again.
    rejected = delta.suggestions[0]
    service.reject(rejected)
    delta = service.after_edits(article_id, [], delta.number)
    assert not delta.whole and delta.closed == [rejected]
    service.unreject(rejected)
    delta = service.after_edits(article_id, [], delta.number)
    assert not delta.whole and delta.opened == [rejected]
    assert listed(delta.suggestions) == fresh(workspace, article_id)

    # A new entity: new names to find.
    add_entities(workspace, Entity("e-mon", "Monday", "DATE", []))
    delta = service.after_edits(article_id, [add_over(names[1])], delta.number)
    assert delta.whole and listed(delta.suggestions) == fresh(workspace, article_id)
    assert any(s.entity_id == "e-mon" for s in delta.suggestions)

    # A rejection written by another service on the same database.
    SuggestionService(workspace.database).reject(delta.suggestions[0])
    delta = service.after_edits(article_id, [], delta.number)
    assert delta.whole and listed(delta.suggestions) == fresh(workspace, article_id)

    # Another article asked for in between, or this one from scratch by someone else: the
    # edits since are not counted twice or missed.
    service.for_article(other_id)
    delta = service.after_edits(article_id, [add_over(names[2])], delta.number)
    assert delta.whole and listed(delta.suggestions) == fresh(workspace, article_id)
    edit = add_over(names[3])
    service.for_article(article_id)
    delta = service.after_edits(article_id, [edit], delta.number)
    assert delta.whole and listed(delta.suggestions) == fresh(workspace, article_id)

    # An annotation the service never saw removed; and very many edits at once.
    delta = service.after_edits(article_id, [SpanEdit("not-known", None)], delta.number)
    assert delta.whole and listed(delta.suggestions) == fresh(workspace, article_id)
    many = [SpanEdit(f"x{n}", None) for n in range(INCREMENTAL_EDITS + 1)]
    delta = service.after_edits(article_id, many, delta.number)
    assert delta.whole and listed(delta.suggestions) == fresh(workspace, article_id)
