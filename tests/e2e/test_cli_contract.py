"""The command line as scripts use it (docs/design/command-line.md)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from annotator.domain.text import canonicalize
from annotator.services.formats.schema import validate
from tests.conftest import SEEDS, CliResult, run_annotator_process
from tests.helpers import dataset_document, without_export_time, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def test_importing_the_seeds_twice_gives_five_articles_equal_to_their_files(
    tmp_path: Path,
) -> None:
    db = tmp_path / "seeds.sqlite3"
    first = run_annotator_process("import", SEEDS, "--db", db)
    assert first.code == 0, first.err
    again = run_annotator_process("--db", db, "import", SEEDS)
    assert again.code == 0, again.err
    assert "5 already present" in again.out

    stats = run_annotator_process("stats", "--json", "--db", db)
    assert json.loads(stats.out)["articles"] == 5

    out = tmp_path / "seeds.json"
    exported = run_annotator_process("export", "-o", out, "--db", db)
    assert exported.code == 0, exported.err
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document)
    by_source = {a["source"]: a["text"] for a in document["articles"]}
    assert sorted(by_source) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for path in SEEDS.glob("*.txt"):
        assert by_source[path.name] == canonicalize(path.read_text(encoding="utf-8"))


EXOTIC = [
    "Flags 🇺🇦🇰🇵 and a family 👨‍👩‍👧‍👦 before the name Rogov",
    "中文新闻：基辅遭到袭击，伊久姆 Izium",
    "نقلا عن المتحدث\u200f باسم الجيش: Rogov",
    "Line\u2028separator, NBSP\u00a0here, narrow\u202fNBSP, then Rogov",
    "Combining: Zoe\u0308 and Ǫ̌ and 𝐌𝐚𝐭𝐡 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 alphanumerics: Rogov",
    "Mixed 😀 emoji 🏳️‍🌈 at the very end 😀",
]


def test_an_exotic_dataset_survives_export_import_export(tmp_path: Path) -> None:
    source = write_json(tmp_path / "exotic.json", dataset_document(EXOTIC))
    first_db, second_db = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"

    assert run_annotator_process("import", source, "--db", first_db).code == 0
    first_out = tmp_path / "first.json"
    assert run_annotator_process("export", "-o", first_out, "--db", first_db).code == 0
    first = json.loads(first_out.read_text(encoding="utf-8"))
    validate(first)

    assert run_annotator_process("import", first_out, "--db", second_db).code == 0
    second_out = tmp_path / "second.json"
    assert run_annotator_process("export", "-o", second_out, "--db", second_db).code == 0
    second = json.loads(second_out.read_text(encoding="utf-8"))
    assert without_export_time(second) == without_export_time(first)

    # Every span still reads its quote, after both trips, in every article.
    for article in second["articles"]:
        for item in article["mentions"] + article["claims"]:
            assert article["text"][item["start"] : item["end"]] == item["quote"]
    assert [a["text"] for a in second["articles"]] == [canonicalize(t) for t in EXOTIC]

    # Importing the same file again changes nothing.
    again = run_annotator_process("import", first_out, "--db", second_db)
    assert again.code == 0 and "already" in again.out + again.err
    third_out = tmp_path / "third.json"
    assert run_annotator_process("export", "-o", third_out, "--db", second_db).code == 0
    third = json.loads(third_out.read_text(encoding="utf-8"))
    assert without_export_time(third) == without_export_time(second)


def _bad_folder(folder: Path) -> dict[str, str]:
    """Good and bad files side by side; returns bad file name → a word its reason must hold."""
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Izium was retaken\nThe town of Izium was retaken.\n", encoding="utf-8"
    )
    (folder / "nested").mkdir()
    (folder / "nested" / "good.html").write_text(
        "<html><head><title>Kursk</title></head><body><article><p>Fighting continues in the "
        "Kursk region, officials said on Monday, with heavy losses on both sides.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    write_json(folder / "good.json", dataset_document(["A good dataset about Rogov"]))
    bad = {}
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    bad["binary.txt"] = "not a text file"
    (folder / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "empty"
    (folder / "blank.md").write_text(" \n\t\r\n   \n", encoding="utf-8")
    bad["blank.md"] = "whitespace"
    good_text = json.dumps(dataset_document(["Truncated dataset text"]))
    (folder / "truncated.json").write_text(good_text[: len(good_text) // 2], encoding="utf-8")
    bad["truncated.json"] = "JSON ends too early"
    write_json(
        folder / "wrong-shape.json",
        {"format": "factcheck-annotator/dataset", "format_version": 1, "articles": "none"},
    )
    # Missing header keys take defaults (datasets of other programs); a wrong
    # shape is still refused, naming the key.
    bad["wrong-shape.json"] = "articles: 'none' is not of type 'array'"
    mismatch = dataset_document(["Quote mismatch: Rogov"])
    mismatch["articles"][0]["mentions"][0]["quote"] = "Rogow"
    write_json(folder / "quote-mismatch.json", mismatch)
    bad["quote-mismatch.json"] = "its quote is 'Rogow'"
    past_end = dataset_document(["Past the end: Rogov"])
    past_end["articles"][0]["claims"][0]["end"] = 500
    write_json(folder / "past-end.json", past_end)
    bad["past-end.json"] = "outside the text"
    return bad


def _integrity(db: Path) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def test_a_folder_of_good_and_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    bad = _bad_folder(folder)
    db = tmp_path / "mixed.sqlite3"
    result = run_annotator_process("import", folder, "--db", db)
    assert result.code == 1, result.err
    refused = [line for line in result.err.splitlines() if line.strip()]
    assert len(refused) == len(bad), result.err
    for name, reason in bad.items():
        (line,) = [line for line in refused if line.startswith(str(folder / name) + ": ")]
        assert reason in line, line
    assert "Traceback" not in result.err
    stats = json.loads(run_annotator_process("stats", "--json", "--db", db).out)
    assert stats["articles"] == 3  # good.txt, nested/good.html, good.json
    assert stats["claims"] == 1 and stats["mentions"] == 1
    assert _integrity(db) == ["ok"]


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()


def _newer_revision(path: Path) -> None:
    assert run_annotator_process("import", SEEDS, "--db", path).code == 0
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p.write_bytes(os.urandom(4096)), "not an SQLite file"),
        (_foreign_sqlite, "another application"),
        (_newer_revision, "newer version"),
    ],
    ids=["random-bytes", "foreign-sqlite", "unknown-revision"],
)
@pytest.mark.parametrize("command", [["stats"], ["import", str(SEEDS)]], ids=["stats", "import"])
@pytest.mark.sqlite_only(
    reason="damaged and foreign SQLite files (the server's: test_team_server.py)"
)
def test_an_unusable_database_is_refused_and_left_untouched(
    tmp_path: Path,
    make,
    expected: str,
    command: list[str],  # type: ignore[no-untyped-def]
) -> None:
    db = tmp_path / "target.sqlite3"
    make(db)
    before = db.read_bytes()
    result: CliResult = run_annotator_process(*command, "--db", db)
    assert result.code == 2, (result.out, result.err)
    assert expected in result.err
    assert "Traceback" not in result.err
    # What to do about it is said too.
    assert any(hint in result.err for hint in ("Point --db", "Install the newer version"))
    assert db.read_bytes() == before


def test_usage_errors_exit_2_and_version_prints(tmp_path: Path) -> None:
    assert run_annotator_process("export", "--db", tmp_path / "x.sqlite3").code == 2
    assert run_annotator_process("frobnicate").code == 2
    version = run_annotator_process("--version")
    assert version.code == 0 and version.out.startswith("annotator 0.")
