"""A dataset's text fields that the database keeps in columns of bounded length are bounded
where the file is read: a value one character too long is refused with its place named, on
SQLite (which would store it) as on PostgreSQL (which would fail the save with "could not be
saved"), and a value of exactly the column's length is stored whole on both."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.storage.rows import (
    AnnotatorRow,
    ArticleRow,
    EntityTypeRow,
    EvidenceRow,
    StatusRow,
)
from tests.helpers import dataset_document, new_workspace, write_json

pytestmark = pytest.mark.both_engines


def _length(row_class: Any, column: str) -> int:
    length = row_class.__table__.c[column].type.length
    assert isinstance(length, int)
    return length


def _file(document: dict[str, Any]) -> dict[str, Any]:
    evidence = document["articles"][0]["claims"][0]["evidence"][0]
    evidence["file"] = evidence.get("file") or {
        "sha256": "a" * 64,
        "name": "footage.png",
        "media_type": "image/png",
        "size": 10,
        "attached_at": "2026-11-02T08:00:00Z",
        "attached_by": None,
    }
    return evidence["file"]


def _set_annotator(document: dict[str, Any], value: str) -> None:
    document["annotators"][0]["name"] = value


def _set_type_label(document: dict[str, Any], value: str) -> None:
    document["schemes"]["entity_types"][0]["label"] = value


def _set_status_label(document: dict[str, Any], value: str) -> None:
    document["schemes"]["statuses"][0]["label"] = value


def _set_language(document: dict[str, Any], value: str) -> None:
    document["articles"][0]["language"] = value


def _set_encoding(document: dict[str, Any], value: str) -> None:
    document["articles"][0]["encoding"] = value


def _set_media_type(document: dict[str, Any], value: str) -> None:
    _file(document)["media_type"] = value


def _set_attached_by(document: dict[str, Any], value: str) -> None:
    _file(document)["attached_by"] = value


def _set_attached_at(document: dict[str, Any], value: str) -> None:
    _file(document)["attached_at"] = value


def _language_of(length: int) -> str:
    """A well-formed language tag (subtags of 1–8 letters) of exactly ``length`` characters."""
    tag, rest = "en", length - 2
    while rest > 9:
        tag, rest = tag + "-abcdefgh", rest - 9
    if rest == 1:
        return "eng" + tag[2:]
    return tag + ("-" + "x" * (rest - 1) if rest else "")


def _text_of(length: int) -> str:
    return ("Olena Petrenko, desk " * (length // 20 + 1))[:length]


def _media_type_of(length: int) -> str:
    return ("application/" + "x" * length)[:length]


# (what is set, the column that keeps it, a value of a given length, words of its place)
FIELDS: list[tuple[str, Callable[[dict[str, Any], str], None], int, Callable[[int], str], str]] = [
    ("annotator name", _set_annotator, _length(AnnotatorRow, "name"), _text_of, "annotators"),
    (
        "entity type label",
        _set_type_label,
        _length(EntityTypeRow, "label"),
        _text_of,
        "entity_types",
    ),
    ("status label", _set_status_label, _length(StatusRow, "label"), _text_of, "statuses"),
    ("language", _set_language, _length(ArticleRow, "language"), _language_of, "language"),
    ("encoding", _set_encoding, _length(ArticleRow, "encoding"), _text_of, "encoding"),
    (
        "file media type",
        _set_media_type,
        _length(EvidenceRow, "file_media_type"),
        _media_type_of,
        "media_type",
    ),
    (
        "file attached at",
        _set_attached_at,
        _length(EvidenceRow, "file_attached_at"),
        _text_of,
        "attached_at",
    ),
    (
        "file attached by",
        _set_attached_by,
        _length(EvidenceRow, "file_attached_by"),
        _text_of,
        "attached_by",
    ),
]


def _dataset_with(
    tmp_path: Path, setter: Callable[[dict[str, Any], str], None], value: str
) -> Path:
    """A one-article dataset file with ``value`` put in by ``setter``."""
    document = dataset_document(["Rogov said the brigade lost 40 vehicles near Izium on Monday."])
    document["annotators"] = [{"id": "00000000-0000-0000-0000-0000000000aa", "name": "Olena"}]
    setter(document, value)
    return write_json(tmp_path / "long.json", document)


@pytest.mark.parametrize(("name", "setter", "limit", "value_of", "place"), FIELDS)
def test_a_value_longer_than_its_column_is_refused_where_the_file_is_read(
    tmp_path: Path,
    name: str,
    setter: Callable[[dict[str, Any], str], None],
    limit: int,
    value_of: Callable[[int], str],
    place: str,
) -> None:
    too_long = value_of(limit + 1)
    assert len(too_long) == limit + 1
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([_dataset_with(tmp_path, setter, too_long)])
    count = workspace.article_count()
    workspace.close()
    assert len(report.refused) == 1, name
    reason = report.refused[0].reason
    assert place in reason and "could not be saved" not in reason, reason
    assert f"{limit + 1} characters, more than the {limit} it may hold" in reason
    assert too_long not in reason  # the length said, not the whole value
    assert count == 0


@pytest.mark.parametrize(("name", "setter", "limit", "value_of", "place"), FIELDS)
def test_a_value_as_long_as_its_column_is_stored_whole(
    tmp_path: Path,
    name: str,
    setter: Callable[[dict[str, Any], str], None],
    limit: int,
    value_of: Callable[[int], str],
    place: str,
) -> None:
    longest = value_of(limit)
    assert len(longest) == limit
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([_dataset_with(tmp_path, setter, longest)])
    assert [r.line() for r in report.refused] == [], name
    out = tmp_path / "out.json"
    workspace.export(out)
    workspace.close()
    assert longest in json.dumps(json.loads(out.read_text(encoding="utf-8")), ensure_ascii=False)


def test_a_name_longer_than_the_column_given_for_the_window_is_kept_cut_to_it(
    tmp_path: Path,
) -> None:
    # ``--annotator``, ANNOTATOR_NAME or the first start's dialog: the name is recorded on
    # every annotation, and a team's server would refuse one longer than its column.
    limit = _length(AnnotatorRow, "name")
    given = "  Olena   Petrenko, " + "desk " * 100
    workspace = new_workspace(tmp_path / "app")
    annotator = workspace.annotations.annotator(None, given)
    again = workspace.annotations.annotator(None, given)  # found again by the same words
    workspace.close()
    assert len(annotator.name) <= limit
    assert annotator.name.startswith("Olena Petrenko, desk desk")
    assert again.id == annotator.id
