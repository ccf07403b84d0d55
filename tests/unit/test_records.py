"""One description per record: the row and JSON mappings follow the dataclasses.

A field added to a record reaches both the table row and the JSON file without a second list;
every record survives both shapes; each table has exactly the columns its record writes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import inspect

from annotator.domain.models import (
    Annotator,
    Article,
    ArticleStatus,
    Claim,
    Claimant,
    ClaimRelation,
    Entity,
    Evidence,
    Mention,
    Origin,
    Relation,
    Review,
    Stance,
)
from annotator.domain.records import (
    field_names,
    flat_columns,
    flat_reader,
    flat_writer,
    plain_reader,
    plain_writer,
)
from annotator.domain.schemes import EntityType, Status
from annotator.services.formats import dataset_v1
from annotator.storage import row_mapping
from annotator.storage.rows import (
    AnnotatorRow,
    ArticleRow,
    ClaimRow,
    EntityRow,
    EntityTypeRow,
    EvidenceRow,
    MentionRow,
    StatusRow,
)


class Verdict(enum.StrEnum):
    TRUE = "true"
    FALSE = "false"


@dataclass
class Source:
    name: str | None = None
    rank: int = 0


@dataclass
class Note:
    id: str
    text: str = ""


@dataclass
class Finding:
    """A record of the kind a later issue adds: every kind of field the converters know."""

    id: str
    verdict: Verdict = Verdict.TRUE
    maybe: Verdict | None = None
    final: bool = False
    tags: list[str] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    notes: list[Note] = field(default_factory=list)


FINDING = Finding(
    "f1", Verdict.FALSE, Verdict.TRUE, True, ["a"], Source("Rogov", 2), [Note("n1", "seen")]
)


def test_a_new_record_reaches_the_json_shape_with_nested_values_converted() -> None:
    plain = plain_writer(Finding)(FINDING)
    assert plain == {
        "id": "f1",
        "verdict": "false",
        "maybe": "true",
        "final": True,
        "tags": ["a"],
        "source": {"name": "Rogov", "rank": 2},
        "notes": [{"id": "n1", "text": "seen"}],
    }
    assert list(plain) == list(field_names(Finding))
    assert plain_reader(Finding)(plain) == FINDING


def test_a_new_record_reaches_the_row_shape_with_nested_records_as_columns() -> None:
    row = flat_writer(Finding)(FINDING)
    assert row == {
        "id": "f1",
        "verdict": "false",
        "maybe": "true",
        "final": True,
        "tags": ["a"],
        "source_name": "Rogov",
        "source_rank": 2,
    }
    assert tuple(row) == flat_columns(Finding)
    # Lists of records live in tables of their own: the caller reads and passes them.
    assert flat_reader(Finding, given=("notes",))(row, [Note("n1", "seen")]) == FINDING


def test_a_copy_is_written_so_that_the_record_and_its_dict_do_not_share_lists() -> None:
    plain = plain_writer(Finding)(FINDING)
    plain["tags"].append("b")
    assert FINDING.tags == ["a"]
    read = plain_reader(Finding)(plain)
    plain["tags"].append("c")
    assert read.tags == ["a", "b"]


def test_missing_keys_take_the_defaults_and_a_missing_required_key_is_an_error() -> None:
    assert plain_reader(Finding)({"id": "f2", "maybe": None, "source": None}) == Finding("f2")
    with pytest.raises(KeyError):
        plain_reader(Finding)({"verdict": "true"})


@pytest.mark.parametrize("value", ["maybe", "", 1, ["true"], {"true": 1}, True])
def test_a_value_that_names_no_member_is_refused_by_the_enum_itself(value: object) -> None:
    """Whatever a file holds (a list is no dict key): the enum's own ValueError."""
    read = plain_reader(Finding)
    assert read({"id": "f", "verdict": "false", "maybe": "true"}).maybe is Verdict.TRUE
    assert read({"id": "f", "verdict": Verdict.FALSE}).verdict is Verdict.FALSE
    for key in ("verdict", "maybe"):
        with pytest.raises(ValueError, match="is not a valid Verdict"):
            read({"id": "f", key: value})


def test_a_stored_integer_flag_is_read_as_a_bool() -> None:
    assert flat_reader(Status)({"id": "x", "label": "X", "final": 1, "rating_value": None}) == (
        Status("x", "X", True)
    )
    assert (
        flat_reader(Status)({"id": "x", "label": "X", "final": 1, "rating_value": None}).final
        is True
    )


def test_a_given_field_that_the_record_lacks_is_refused() -> None:
    with pytest.raises(TypeError, match="no field article"):
        plain_reader(Mention, given=("article",))


# --- the real records -------------------------------------------------------------------------

_text = st.text(max_size=12)
_maybe = st.none() | _text
_evidence = st.builds(
    Evidence, id=_text, url=_text, archive_url=_maybe, title=_text,
    stance=st.sampled_from(Stance), excerpt=_text, accessed_at=_maybe,
)  # fmt: skip
_claims = st.builds(
    Claim, id=_text, article_id=_text, start=st.integers(0, 99), end=st.integers(0, 99),
    quote=_text, claim_reviewed=_maybe, claimant=st.builds(Claimant, _maybe, _maybe),
    claim_date=_maybe, status=_text, justification=_text,
    checkworthy=st.none() | st.booleans(), tags=st.lists(_text, max_size=3),
    mention_ids=st.lists(_text, max_size=3), evidence=st.lists(_evidence, max_size=2),
    review=st.builds(Review, _maybe, _maybe), origin=st.sampled_from(Origin),
    created_by=_maybe, created_at=_text, updated_at=_text,
)  # fmt: skip
_mentions = st.builds(
    Mention, id=_text, article_id=_text, start=st.integers(0, 99), end=st.integers(0, 99),
    quote=_text, type=_text, entity_id=_maybe, origin=st.sampled_from(Origin),
    created_by=_maybe, created_at=_text,
)  # fmt: skip
_articles = st.builds(
    Article, id=_text, title=_text, text=_text, text_sha256=_text, source=_text, url=_maybe,
    publisher=_maybe, authors=st.lists(_text, max_size=2), published_at=_maybe,
    language=_text, imported_at=_text.filter(bool), status=st.sampled_from(ArticleStatus),
)  # fmt: skip


@given(_claims)
def test_every_claim_survives_the_table_and_the_file(claim: Claim) -> None:
    row = row_mapping.claim_values(claim)
    assert row_mapping.claim_from(row, claim.mention_ids, claim.evidence) == claim
    stored = [row_mapping.evidence_values(e, claim.id, i) for i, e in enumerate(claim.evidence)]
    assert [row_mapping.evidence_from(r) for r in stored] == claim.evidence
    assert dataset_v1.claim_from(dataset_v1.claim_dict(claim), claim.article_id) == claim


@given(_mentions, _articles)
def test_every_mention_and_article_survives_the_table_and_the_file(
    mention: Mention, article: Article
) -> None:
    assert row_mapping.mention_from(row_mapping.mention_values(mention)) == mention
    in_file = dataset_v1.mention_from(dataset_v1.mention_dict(mention), mention.article_id)
    assert in_file == mention
    assert row_mapping.article_from(flat_writer(Article)(article)) == article
    assert dataset_v1.article_from(dataset_v1.article_dict(article, [], []), "later") == article


def test_a_claim_in_a_file_without_its_origin_came_from_an_import() -> None:
    values = dataset_v1.claim_dict(Claim("c", "a", 0, 1, "x"))
    del values["origin"]
    assert dataset_v1.claim_from(values, "a").origin is Origin.IMPORT


def test_the_other_records_survive_the_file() -> None:
    entity = Entity("e", "Izium", "LOC", ["Izyum"], "city")
    relation = ClaimRelation("c1", "c2", Relation.SAME, None, "2024-01-01T00:00:00Z")
    assert dataset_v1.entity_from(plain_writer(Entity)(entity)) == entity
    assert dataset_v1.claim_relation_from(dataset_v1.claim_relation_dict(relation)) == relation
    assert dataset_v1.annotator_from({"id": "a", "name": "Olena"}) == Annotator("a", "Olena")


@pytest.mark.parametrize(
    ("row", "record", "exclude", "extra"),
    [
        (ArticleRow, Article, (), ()),
        # Who saved a span last, and when: the base of the team's conflict check, kept in the
        # row only (docs/design/storage.md, "Saves on a shared database").
        (MentionRow, Mention, (), ("saved_by", "saved_at")),
        (ClaimRow, Claim, ("mention_ids",), ("saved_by", "saved_at")),
        (EvidenceRow, Evidence, (), ("claim_id", "position")),
        (EntityRow, Entity, (), ()),
        (AnnotatorRow, Annotator, (), ()),
        (EntityTypeRow, EntityType, (), ("position",)),
        (StatusRow, Status, (), ("position",)),
    ],
)
def test_each_table_has_exactly_the_columns_its_record_writes(
    row: type, record: type, exclude: tuple[str, ...], extra: tuple[str, ...]
) -> None:
    # The mapped attribute names: a column may have another name in SQL (start_offset).
    columns = set(inspect(row).column_attrs.keys())
    assert columns == set(flat_columns(record, exclude)) | set(extra)
