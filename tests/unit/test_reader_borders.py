"""Our readers refuse what no text column can store where the record is read, naming the file
and the place: a NUL (U+0000) or a lone surrogate in any string of a dataset, a NUL in an
article file (UTF-16 decodes one). Both engines give the same answer, and one bad article file
no longer takes the 499 others of its batch with it. A schema error is worded from the first
few errors: an array of a million bad items is refused naming its first, not walked whole."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import dataset_document, exported, new_workspace, write_json
from tests.unit.test_import_fuzz import fingerprint

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def _set(document: dict[str, Any], place: str, value: Any) -> None:
    article = document["articles"][0]
    claim = article["claims"][0]
    targets = {
        "articles[0].title": (article, "title"),
        "articles[0].publisher": (article, "publisher"),
        "articles[0].claims[0].justification": (claim, "justification"),
        "articles[0].claims[0].claimant.name": (claim["claimant"], "name"),
        "articles[0].claims[0].evidence[0].excerpt": (claim["evidence"][0], "excerpt"),
        "annotators[0].name": (document["annotators"][0], "name"),
    }
    target, key = targets[place]
    target[key] = value


@pytest.mark.parametrize(
    "place",
    [
        "articles[0].title",
        "articles[0].publisher",
        "articles[0].claims[0].justification",
        "articles[0].claims[0].claimant.name",
        "articles[0].claims[0].evidence[0].excerpt",
        "annotators[0].name",
    ],
)
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Rog\x00ov", "holds a NUL character (\\u0000), which is not text"),
        (
            "Rog\ud800ov",
            "holds a lone surrogate (an invalid \\u escape such as \\ud800), "
            "which is not a character",
        ),
    ],
    ids=["nul", "lone-surrogate"],
)
def test_a_nul_or_a_lone_surrogate_anywhere_in_a_dataset_is_refused_naming_the_place(
    run_cli, tmp_path: Path, place: str, suffix: str, value: str, reason: str
) -> None:
    db = tmp_path / "a.sqlite3"
    seeded = run_cli(
        "import", write_json(tmp_path / "seed.json", dataset_document(["Seed."])), "--db", db
    )
    assert seeded.code == 0
    document = dataset_document(["Rogov said Izium was taken on Monday."])
    _set(document, place, value)
    path = tmp_path / f"bad{suffix}"
    if suffix == ".json":  # escaped (\u0000, \ud800), as a hostile file would hold them
        path.write_text(json.dumps(document), encoding="ascii")
    else:
        articles = document.pop("articles")
        lines = [json.dumps(document), *(json.dumps(a) for a in articles)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        place = (
            f"line 2: {place.removeprefix('articles[0].')}"
            if "articles" in place
            else (f"line 1: {place}")
        )
    before = fingerprint(db)
    result = run_cli("import", path, "--db", db)
    assert result.code == 1
    (line,) = result.err.strip().splitlines()
    assert line == f"{path}: {place} {reason}"
    assert fingerprint(db) == before


def test_a_utf16_article_file_holding_a_nul_is_refused_alone(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "received"
    folder.mkdir()
    for number in range(3):
        (folder / f"good-{number}.txt").write_text(
            f"Article {number}: Kharkiv was shelled on Monday morning.\n", encoding="utf-8"
        )
    bad = folder / "bad.txt"
    bad.write_bytes("Rogov said\nthe bridge\x00 fell.\n".encode("utf-16"))
    db = tmp_path / "a.sqlite3"
    result = run_cli("import", folder, "--db", db)
    assert result.code == 1
    assert result.err.strip() == (
        f"{bad}: line 2, column 11: a NUL character (U+0000), which is not text"
    )
    assert "3 new article(s) from 4 file(s)" in result.out


def test_a_million_item_array_is_refused_naming_its_first_item(run_cli, tmp_path: Path) -> None:
    document = dataset_document(["Rogov said Izium was taken."])
    document["entities"] = [1] * 1_000_000
    path = write_json(tmp_path / "huge.json", document)
    result = run_cli("import", path, "--db", tmp_path / "a.sqlite3")
    assert result.code == 1
    assert result.err.strip() == f"{path}: entities[0]: 1 is not of type 'object'"


@pytest.mark.sqlite_only(reason="opens no database")
def test_the_wording_of_a_schema_error_reads_only_the_first_few_errors() -> None:
    from annotator.services.formats.schema import ERRORS_WORDED, _validator, first_error

    document = dataset_document(["Rogov said Izium was taken."])
    document["annotators"] = [{"id": "x", "name": 5}] * 1_000_000
    pulled = 0

    def counted(errors: Iterator[Any]) -> Iterator[Any]:
        nonlocal pulled
        for error in errors:
            pulled += 1
            yield error

    error = first_error(counted(_validator(None).iter_errors(document)))
    assert error is not None and list(error.absolute_path) == ["annotators", 0, "name"]
    assert pulled <= ERRORS_WORDED


def test_a_collection_whose_article_and_claim_share_an_id_exports_and_imports_back(
    run_cli, tmp_path: Path
) -> None:
    """Found by the export fuzz: the database keeps each kind in its own table, so two
    imports may bring an article and a claim of the same id; the file must then read back."""
    first = dataset_document(["Rogov said Izium fell."])
    second = dataset_document(["Kharkiv was shelled on Monday."])
    db = tmp_path / "a.sqlite3"
    for number, document in enumerate((first, second)):
        document["articles"][0]["id"] = document["articles"][0]["id"][:-1] + str(number)
        document["articles"][0]["mentions"][0]["id"] = f"mention-{number}"
        document["articles"][0]["claims"][0]["mention_ids"] = [f"mention-{number}"]
        document["articles"][0]["claims"][0]["evidence"][0]["id"] = f"evidence-{number}"
    second["articles"][0]["claims"][0]["id"] = first["articles"][0]["id"]
    for number, document in enumerate((first, second)):
        result = run_cli("import", write_json(tmp_path / f"{number}.json", document), "--db", db)
        assert result.code == 0, result.err
    for suffix in (".json", ".jsonl"):
        out = tmp_path / f"out{suffix}"
        assert run_cli("export", "-o", out, "--db", db).code == 0
        back = run_cli("import", out, "--db", tmp_path / f"back{suffix}.sqlite3")
        assert back.code == 0, back.err


# Private-use, unassigned and C1 control characters a text may hold (imported as any other),
# many enough that a file holding them raw reads as binary content to a reader of text.
RARE = "\ue000\x85\x9f\x7f\U000f0000\u0378\u2028" * 40


def _records(text: str, suffix: str) -> list[Any]:
    if suffix == ".json":
        records = [json.loads(text)]
    else:
        records = [json.loads(line) for line in text.split("\n") if line.strip()]
    records[0].pop("exported_at")
    return records


def test_a_text_rich_in_rare_characters_exports_imports_back_and_leaves_the_trash(
    run_cli, tmp_path: Path
) -> None:
    """Found by the export fuzz: our json and jsonl exports wrote these raw, and our own
    reader refused them as binary. They are written as escapes; the Trash keeps them so too."""
    document = dataset_document(["Rogov said Izium fell."])
    document["articles"][0]["title"] = f"Izium {RARE}"
    document["annotators"][0]["name"] = RARE[:140]  # a name is at most 200 characters
    source = tmp_path / "rare.json"
    source.write_text(json.dumps(document), encoding="ascii")
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", source, "--db", db).code == 0
    for suffix in (".json", ".jsonl"):
        out = tmp_path / f"out{suffix}"
        assert run_cli("export", "-o", out, "--db", db).code == 0
        written = out.read_text(encoding="utf-8")
        assert not set(RARE) & set(written), suffix
        if suffix == ".jsonl":  # a line a record, whichever line breaks a reader splits at
            assert len(written.splitlines()) == 2
        mirror = tmp_path / f"back{suffix}.sqlite3"
        back = run_cli("import", out, "--db", mirror)
        assert back.code == 0, back.err
        again = tmp_path / f"again{suffix}"
        assert run_cli("export", "-o", again, "--db", mirror).code == 0
        assert _records(again.read_text(encoding="utf-8"), suffix) == _records(written, suffix)

    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths([source])
        article_id = document["articles"][0]["id"]
        workspace.removal.remove([article_id])
        assert workspace.removal.restore([article_id]) == 1
        assert exported(workspace, tmp_path, "restored.json")["articles"][0]["title"] == (
            f"Izium {RARE}"
        )
    finally:
        workspace.close()
