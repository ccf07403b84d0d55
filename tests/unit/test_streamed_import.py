"""A dataset file is read article by article: any size imports in bounded memory,
a bad article late in the file leaves the database as it was, and the streamed, compiled
checks refuse exactly what the whole-document jsonschema check refused."""

from __future__ import annotations

import copy
import json
import random
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from annotator.domain.errors import InputRefused
from annotator.services.formats.schema import dataset_schema, describe
from annotator.services.importing import (
    dataset_reading,
    dataset_storing,
    decoding,
    importer,
    json_stream,
)
from annotator.services.importing.dataset_reading import parse_dataset_file
from annotator.services.importing.import_report import Outcome
from tests.helpers import dataset_document, new_workspace, write_json

ARTICLE_LIMIT = 20_000  # bytes: the article-file limit, lowered so the test stays small


def texts(count: int, size: int = 600) -> list[str]:
    line = "Rogov said the brigade lost {n} vehicles near Izium on Monday. "
    return [(line.format(n=n) * (size // len(line) + 1))[:size] + f" end{n}" for n in range(count)]


def many(count: int, size: int = 600) -> dict[str, Any]:
    """A dataset of ``count`` annotated articles (the helper counts up to 59 of them)."""
    document = dataset_document(texts(count, size))
    for number, article in enumerate(document["articles"]):
        article["id"] = str(uuid.UUID(int=10**9 + number))  # the helper's ids meet at 100
        article["imported_at"] = (
            f"2026-11-20T{10 + number // 3600:02d}:{number // 60 % 60:02d}:{number % 60:02d}Z"
        )
    return document


def workspace_on(target: str, folder: Path) -> Any:  # a Workspace
    from tests.unit.test_team_server import workspace_on as open_on

    return open_on(target, folder)


@pytest.fixture
def small_article_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", ARTICLE_LIMIT)
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", ARTICLE_LIMIT)


@pytest.mark.usefixtures("small_article_limit")
def test_a_dataset_far_larger_than_the_article_limit_imports_once(
    db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 25)  # several batches
    document = many(120)
    document["articles"][7]["finished_by"] = [
        {
            "annotator_id": "00000000-0000-0000-0000-0000000000aa",
            "finished_at": "2026-11-21T09:00:00Z",
        }
    ]
    first, second = document["articles"][0]["claims"][0], document["articles"][90]["claims"][0]
    document["claim_relations"] = [
        {
            "claim_id": first["id"],
            "other_claim_id": second["id"],
            "relation": "same",
            "created_by": "00000000-0000-0000-0000-0000000000bb",  # not listed: kept by id
            "created_at": "2026-11-22T10:00:00Z",
        }
    ]
    big = write_json(tmp_path / "big.json", document)
    assert big.stat().st_size > 5 * ARTICLE_LIMIT

    workspace = workspace_on(db_target, tmp_path / "app")
    report = workspace.import_paths([big])
    assert [r.line() for r in report.refused] == []
    assert (report.articles_added, report.results[0].mentions, report.results[0].claims) == (
        120,
        120,
        120,
    )
    again = workspace.import_paths([big])  # idempotent: the same file adds nothing
    assert again.results[0].outcome is Outcome.DUPLICATE
    workspace.close()

    back = workspace_on(db_target, tmp_path / "app")
    out = tmp_path / "out.json"
    back.export(out)
    back.close()
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {a["id"] for a in document["articles"]} <= {a["id"] for a in exported["articles"]}
    assert [r["relation"] for r in exported["claim_relations"]] == ["same"]
    assert "00000000-0000-0000-0000-0000000000bb" in {a["id"] for a in exported["annotators"]}
    finished = [a for a in exported["articles"] if a.get("finished_by")]
    assert [a["id"] for a in finished] == [document["articles"][7]["id"]]


def test_a_bad_article_late_in_the_file_leaves_the_database_as_it_was(
    db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 10)  # the good ones are written first
    workspace = workspace_on(db_target, tmp_path / "app")
    (tmp_path / "kept.txt").write_text("Kept, imported before.", encoding="utf-8")
    workspace.import_paths([tmp_path / "kept.txt"])
    before = tmp_path / "before-export.json"
    workspace.export(before)

    document = many(100)
    document["articles"][95]["mentions"][0]["start"] += 1  # no longer the quote's place
    report = workspace.import_paths([write_json(tmp_path / "bad.json", document)])
    assert len(report.refused) == 1
    assert report.refused[0].reason.startswith("article 96 (")
    assert "mentions[0]" in report.refused[0].reason
    after = tmp_path / "after-export.json"
    workspace.export(after)
    workspace.close()
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
    assert strip(json.loads(after.read_text())) == strip(json.loads(before.read_text()))


def test_memory_stays_far_below_the_file_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows and batches made small, as a file of gigabytes makes the real ones small
    monkeypatch.setattr(json_stream, "READ_CHARS", 128 * 1024)
    monkeypatch.setattr(dataset_storing, "BATCH_CHARS", 500_000)
    document = many(600, size=20_000)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    size = big.stat().st_size
    del document
    workspace = new_workspace(tmp_path / "app")
    # First a small file: what is made once per process (the compiled validators) is made
    workspace.import_paths(
        [write_json(tmp_path / "small.json", dataset_document(["Warm."], annotate=False))]
    )
    tracemalloc.start()
    try:
        report = workspace.import_paths([big])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    workspace.close()
    assert report.articles_added == 600
    # json.load of the whole file alone takes more than the file's size
    assert peak < size / 4, f"peak {peak:,} B for a file of {size:,} B"


def test_articles_before_the_header_are_read_once_the_header_is_known(tmp_path: Path) -> None:
    document = dataset_document(texts(3))
    reordered = {"articles": document.pop("articles"), **document}
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([write_json(tmp_path / "reordered.json", reordered)])
    workspace.close()
    assert [r.line() for r in report.refused] == []
    assert report.articles_added == 3


# --- the streamed checks refuse what the whole-document check refused -------------------


def whole_document_verdict(data: bytes, stamp: str) -> str | None:
    """Today's path before the compiled validator: json.loads, then jsonschema over the whole
    document."""
    text = decoding.decode_bytes(data).text
    try:
        document = dataset_reading._load_json(text, "")
        dataset_reading._check_is_dataset(document)
        dataset_reading._check_strings(document, "")
        dataset_reading._fill_defaults(document, document.get("articles"), stamp)
        error = best_match(Draft202012Validator(dataset_schema()).iter_errors(document))
        if error is not None:
            raise InputRefused(describe(error))
        dataset_reading._dataset_of(document, document["articles"], stamp)
    except InputRefused as refusal:
        return str(refusal)
    return None


def streamed_verdict(data: bytes, stamp: str) -> str | None:
    try:
        parse_dataset_file(data, False, stamp)
    except InputRefused as refusal:
        return str(refusal)
    return None


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


REPLACEMENTS: list[Any] = [
    None, True, False, 0, -1, 1.0, 2.5, "", "x", "2026-13-45", "not a url", [], {}, ["x"],
    {"x": 1}, 10**20, "PERSON", "same", "manual", float("nan"), float("inf"),
    # where the two regex engines could differ: "$" before a final newline, Unicode digits
    "2026-11-20T10:00:00Z\n", "2026-11-20\n", "\u0662\u0660\u0662\u0666-11-20", "#ABCDEF\n",
]  # fmt: skip


def mutated(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    copied = copy.deepcopy(document)
    path = rng.choice(_places(copied)[1:])
    parent = copied
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if isinstance(parent, dict) and rng.random() < 0.25:
        del parent[last]
    elif isinstance(parent, list) and rng.random() < 0.15:
        parent.append(copy.deepcopy(parent[last]))  # a duplicate: ids used twice
    else:
        parent[last] = rng.choice(REPLACEMENTS)
    return copied


def test_a_few_hundred_mutated_datasets_get_the_same_verdict_both_ways() -> None:
    stamp = "2026-12-01T00:00:00Z"
    document = dataset_document(texts(3, size=80))
    document["claim_relations"] = []
    rng = random.Random(17)
    refused = 0
    for number in range(600):
        data = json.dumps(mutated(document, rng), ensure_ascii=False).encode("utf-8")
        whole, streamed = whole_document_verdict(data, stamp), streamed_verdict(data, stamp)
        assert (whole is None) == (streamed is None), (number, whole, streamed)
        if whole is not None:
            refused += 1
            assert streamed == whole, number
    assert refused > 200  # most mutations break the file: the comparison is about refusals


def test_one_text_twice_in_a_file_is_one_article_whichever_batch_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 2)
    document = many(5)
    for later in (1, 4):  # the same batch as article 0, and a later batch
        twin = copy.deepcopy(document["articles"][0])
        twin["id"] = document["articles"][later]["id"]
        for n, item in enumerate([*twin["mentions"], *twin["claims"]]):
            item["id"] = str(uuid.UUID(int=10**10 + later * 10 + n))
        twin["claims"][0]["mention_ids"] = [twin["mentions"][0]["id"]]
        twin["claims"][0]["evidence"][0]["id"] = str(uuid.UUID(int=10**11 + later))
        document["articles"][later] = twin
    workspace = new_workspace(tmp_path / "app")
    report = workspace.import_paths([write_json(tmp_path / "twins.json", document)])
    workspace.close()
    assert [r.line() for r in report.refused] == []
    result = report.results[0]
    assert (result.articles, result.mentions, result.claims) == (3, 5, 5)
    assert result.reason.count("merged into existing article") == 2
