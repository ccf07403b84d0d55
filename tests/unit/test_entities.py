"""Canonical entities on the seeds: one Izium for Izum/Izium/Izyum, one Kharkiv for Kharkov."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.models import Mention
from annotator.services.annotating import EditRefused
from annotator.services.workspace import Workspace
from tests.helpers import exported
from tests.seed_steps import mark_claim, mark_mention, seed_article, seeded_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = seeded_workspace(tmp_path / "data")
    yield ws
    ws.close()


def entity_of(workspace: Workspace, mention: Mention) -> str | None:
    found = workspace.annotations.open_article(mention.article_id)
    assert found is not None
    return next(m.entity_id for m in found.mentions if m.id == mention.id)


def test_typing_another_spelling_offers_the_canonical_entity(workspace: Workspace) -> None:
    izium = workspace.entities.create("Izium", "GPE")
    kharkiv = workspace.entities.create("Kharkiv", "GPE")
    workspace.entities.create("Rogov", "PERSON")

    (first, *_) = workspace.entities.complete("Izyum")
    assert (first.entity.id, first.prefix) == (izium.id, False)
    assert workspace.entities.complete("Izum")[0].entity.id == izium.id
    assert workspace.entities.complete("Kharkov")[0].entity.id == kharkiv.id
    # Case, diacritics and a typed beginning all find it, as a prefix match.
    for typed in ("IZIUM", "Ízium", "izi"):
        match = workspace.entities.complete(typed)[0]
        assert (match.entity.id, match.prefix) == (izium.id, True), typed
    assert workspace.entities.complete("Izyum", entity_type="PERSON") == []
    assert [m.entity.name for m in workspace.entities.complete("Zelenski")] == []


def test_an_alias_is_completed_and_named_as_what_matched(workspace: Workspace) -> None:
    izium = workspace.entities.create("Izium", "GPE", aliases=["Izyum", "Izum"])
    workspace.entities.create("Izmail", "GPE")
    matches = workspace.entities.complete("Izyu")
    assert (matches[0].entity.id, matches[0].matched, matches[0].prefix) == (
        izium.id,
        "Izyum",
        True,
    )
    # Prefix matches come first, exact before longer: "iz" lists both, Izium before Izmail
    # because its alias "Izum" is the shorter prefix match.
    assert [m.entity.name for m in workspace.entities.complete("iz")] == ["Izium", "Izmail"]


def test_aliases_are_cleaned_and_each_spelling_kept_once(workspace: Workspace) -> None:
    izium = workspace.entities.create("Izium", "GPE", aliases=["Izyum", " izyum ", "", "IZIUM"])
    assert izium.aliases == ["Izyum"]
    before = workspace.entities.set_aliases(izium.id, ["Izyum", "Izum", "Izюm", "Izum"])
    assert before.aliases == ["Izyum"]
    assert workspace.entities.get(izium.id).aliases == ["Izyum", "Izum", "Izюm"]  # type: ignore[union-attr]


def test_rename_and_its_undo(workspace: Workspace) -> None:
    entity = workspace.entities.create("Kharkov", "GPE", note="Russian spelling")
    before = workspace.entities.rename(entity.id, "  Kharkiv ")
    assert before.name == "Kharkov"
    assert workspace.entities.get(entity.id).name == "Kharkiv"  # type: ignore[union-attr]
    workspace.entities.update(before)
    assert workspace.entities.get(entity.id) == entity
    with pytest.raises(EditRefused):
        workspace.entities.rename(entity.id, "   ")
    with pytest.raises(EditRefused):
        workspace.entities.create("Drone", "ALIEN")


def test_merging_moves_mentions_and_claimants_and_keeps_the_spellings(
    workspace: Workspace,
) -> None:
    a000, a001, a002 = (seed_article(workspace, n) for n in ("000", "001", "002"))
    izum = mark_mention(workspace, a000, "Izum", "GPE")
    izium = mark_mention(workspace, a001, "Izium", "GPE")
    izyum = [mark_mention(workspace, a002, "Izyum", "GPE", i) for i in range(2)]
    kept = workspace.entities.create("Izium", "GPE", aliases=["Izum"])
    merged = workspace.entities.create("Izyum", "GPE", aliases=["Izium", "Izjum"], note="UA")
    for mention, entity in ((izum, kept), (izium, kept), (izyum[0], merged), (izyum[1], merged)):
        assert workspace.entities.link_mention(mention.id, entity.id) is None
    claim = mark_claim(workspace, a002, "at least 1,000 people were killed")
    claim.claimant.entity_id = merged.id
    workspace.annotations.update_claim(claim, a002.text)

    snapshot = workspace.entities.merge(kept.id, merged.id)

    assert workspace.entities.get(merged.id) is None
    now = workspace.entities.get(kept.id)
    assert now is not None and now.aliases == ["Izum", "Izyum", "Izjum"] and now.note == "UA"
    assert all(entity_of(workspace, m) == kept.id for m in (izum, izium, *izyum))
    stored = workspace.annotations.open_article(a002.id)
    assert stored is not None and stored.claims[0].claimant.entity_id == kept.id
    (row,) = workspace.entities.overview()
    assert (row.mention_count, row.claimant_count) == (4, 1)
    assert [a.id for a in row.articles] == [a000.id, a001.id, a002.id]

    workspace.entities.unmerge(snapshot)  # the window's undo
    assert workspace.entities.get(kept.id) == kept
    assert workspace.entities.get(merged.id) == merged
    assert [entity_of(workspace, m) for m in (izum, izium, *izyum)] == [kept.id] * 2 + [
        merged.id
    ] * 2
    stored = workspace.annotations.open_article(a002.id)
    assert stored is not None and stored.claims[0].claimant.entity_id == merged.id


def test_deleting_an_entity_keeps_its_mentions_unlinked(workspace: Workspace) -> None:
    a000, a002 = seed_article(workspace, "000"), seed_article(workspace, "002")
    kharkiv = workspace.entities.create("Kharkiv", "GPE", aliases=["Kharkov"])
    mentions = [mark_mention(workspace, a000, "Kharkiv", "GPE", i) for i in range(2)]
    for mention in mentions:
        workspace.entities.link_mention(mention.id, kharkiv.id)
    claim = mark_claim(workspace, a002, "Ukrainian troops reached the Russian border")
    claim.claimant.entity_id, claim.claimant.name = kharkiv.id, "Kharkiv officials"
    workspace.annotations.update_claim(claim, a002.text)

    snapshot = workspace.entities.delete(kharkiv.id)

    # The foreign keys (ON DELETE SET NULL, enforced with foreign_keys=ON) unlinked them.
    assert workspace.entities.all() == []
    assert [entity_of(workspace, m) for m in mentions] == [None, None]
    stored = workspace.annotations.open_article(a002.id)
    assert stored is not None
    assert (stored.claims[0].claimant.entity_id, stored.claims[0].claimant.name) == (
        None,
        "Kharkiv officials",
    )
    assert len(workspace.annotations.open_article(a000.id).mentions) == 2  # type: ignore[union-attr]

    workspace.entities.restore(snapshot)  # the window's undo
    assert [entity_of(workspace, m) for m in mentions] == [kharkiv.id, kharkiv.id]
    stored = workspace.annotations.open_article(a002.id)
    assert stored is not None and stored.claims[0].claimant.entity_id == kharkiv.id


def test_the_entities_view_lists_every_mention_to_jump_to(workspace: Workspace) -> None:
    a000, a001, a002 = (seed_article(workspace, n) for n in ("000", "001", "002"))
    kharkiv = workspace.entities.create("Kharkiv", "GPE", aliases=["Kharkov"])
    unused = workspace.entities.create("Norway", "GPE")
    for article, spelling in ((a002, "Kharkiv"), (a000, "Kharkiv"), (a001, "Kharkov")):
        mention = mark_mention(workspace, article, spelling, "GPE")
        assert workspace.entities.link_mention(mention.id, kharkiv.id) is None

    jumps = workspace.entities.mentions_of(kharkiv.id)
    assert [(j.article_id, j.mention.quote) for j in jumps] == [
        (a000.id, "Kharkiv"),
        (a001.id, "Kharkov"),
        (a002.id, "Kharkiv"),
    ]
    article_id, title, mention, sentence = jumps[1]  # a plain tuple too, for the jump list
    assert (article_id, title) == (a001.id, a001.title)
    assert a001.text[mention.start : mention.end] == "Kharkov"
    # Each mention comes with its sentence, so the list tells them apart.
    assert "Kharkov" in sentence and len(sentence) > len("Kharkov") and "\n" not in sentence

    rows = {row.entity.name: row for row in workspace.entities.overview()}
    assert rows["Kharkiv"].mention_count == 3 and len(rows["Kharkiv"].articles) == 3
    assert (rows["Norway"].mention_count, rows["Norway"].articles) == (0, [])
    assert rows["Norway"].entity == unused


def test_linking_returns_the_previous_entity_for_undo(workspace: Workspace) -> None:
    mention = mark_mention(workspace, seed_article(workspace, "001"), "Kharkov", "GPE")
    first = workspace.entities.create("Kharkiv", "GPE")
    second = workspace.entities.create("Kharkiv Oblast", "GPE")
    assert workspace.entities.link_mention(mention.id, first.id) is None
    assert workspace.entities.link_mention(mention.id, second.id) == first.id
    assert workspace.entities.link_mention(mention.id, None) == second.id
    assert entity_of(workspace, mention) is None
    with pytest.raises(EditRefused):
        workspace.entities.link_mention(mention.id, "no-such-entity")
    with pytest.raises(EditRefused):
        workspace.entities.merge(first.id, first.id)


def test_the_export_lists_entities_in_the_same_order_on_every_engine(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Bytewise by name, as SQLite sorts: a team server's collation (en-US sorts "ark" before
    "Izium", "Ölena" beside "Olena") must not reorder the dataset."""
    names = ["ark", "Izium", "Ölena", "Olena", "_hidden", "kharkiv", "Kharkiv"]
    for name in names:
        workspace.entities.create(name, "GPE")
    listed = [e["name"] for e in exported(workspace, tmp_path)["entities"]]
    assert set(names) <= set(listed) and listed == sorted(listed)
    assert [e.name for e in workspace.entities.all()] == listed
