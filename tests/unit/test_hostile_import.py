"""Hostile and broken input at import: each bad file is refused by name with a
reason, the call goes on with the next one, and the database is unchanged by every refusal."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
import uuid
from pathlib import Path

import pytest

from tests import engines
from tests.conftest import statements_run
from tests.helpers import dataset_document, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def dump(db: Path) -> list[str]:
    """Every row of the database, as SQL: equal dumps mean nothing changed."""
    if engines.on_postgresql():
        return engines.server_rows(db)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize(
    "where",
    ["tags", "authors", "title", "text", "justification", "aliases"],
)
def test_a_lone_surrogate_is_refused_by_name_and_exports_keep_working(
    run_cli, tmp_path: Path, where: str
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    good = write_json(tmp_path / "good.json", dataset_document(["A first calm text."]))
    assert run_cli("import", good, "--db", db).code == 0
    before = dump(db)

    def poison(document) -> None:  # type: ignore[no-untyped-def]
        article = document["articles"][0]
        claim = article["claims"][0]
        if where == "tags":
            claim["tags"] = ["ok", "bad\ud800"]
        elif where == "authors":
            article["authors"] = ["\udfff"]
        elif where == "title":
            article["title"] = "x\ud800y"
        elif where == "text":
            article["text"] += "\ud800"
        elif where == "justification":
            claim["justification"] = "\udc00"
        else:
            document["entities"] = [
                {"id": str(uuid.uuid4()), "name": "Izium", "type": "GPE", "aliases": ["\ud83d"]}
            ]

    # json.dumps writes the lone surrogate as the escape \\ud800, as a hostile file would.
    bad = tmp_path / "bad.json"
    document = dataset_document(["Rogov said Izium was taken."])
    poison(document)
    bad.write_text(json.dumps(document), encoding="ascii")
    result = run_cli("import", bad, "--db", db)
    assert result.code == 1, result.err
    assert f"{bad}:" in result.err and "lone surrogate" in result.err
    assert dump(db) == before
    for format_ in ("json", "jsonl", "csv"):
        assert run_cli("export", "-o", tmp_path / f"out.{format_}", "--db", db).code == 0


def test_many_entities_are_looked_up_in_batches_not_one_by_one(tmp_path: Path) -> None:
    document = dataset_document(["Rogov said Izium was taken."])
    document["entities"] = [
        {"id": str(uuid.UUID(int=50_000 + n)), "name": f"Place {n}", "type": "GPE", "aliases": []}
        for n in range(3000)
    ]
    path = write_json(tmp_path / "entities.json", document)
    workspace = new_workspace(tmp_path / "data")
    try:
        with statements_run(workspace.database.engine) as statements:
            report = workspace.import_paths([path])
        assert not report.refused
        entity_selects = [
            s for s in statements if s.lstrip().upper().startswith("SELECT") and "entities" in s
        ]
        # 3,000 entities in chunks: a handful of queries, never one per entity.
        assert 0 < len(entity_selects) < 20, len(entity_selects)
        assert workspace.entities.all().__len__() == 3000
    finally:
        workspace.close()


def test_a_fifo_named_on_the_command_line_is_refused_without_hanging(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX only")
    db = tmp_path / "a.sqlite3"
    good = tmp_path / "good.txt"
    good.write_text("Rogov said Izium was taken.", encoding="utf-8")
    pipes = []
    for name in ("x.txt", "x.json"):
        pipe = tmp_path / name
        os.mkfifo(pipe)
        pipes.append(pipe)
    outcome: dict[str, object] = {}
    worker = threading.Thread(
        target=lambda: outcome.update(result=run_cli("import", *pipes, good, "--db", db)),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():  # unblock the hung open so the test run can end
        for pipe in pipes:
            with pipe.open("wb"):
                pass
        pytest.fail("importing a named pipe hung")
    result = outcome["result"]
    assert result.code == 1  # type: ignore[attr-defined]
    for pipe in pipes:
        assert f"{pipe}: not a regular file (a named pipe)" in result.err  # type: ignore[attr-defined]
    assert "1 new article" in result.out  # type: ignore[attr-defined]


def test_a_link_to_an_endless_device_is_refused_not_read_until_memory_runs_out(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    db = tmp_path / "a.sqlite3"
    link = tmp_path / "z.txt"
    link.symlink_to("/dev/zero")
    result = run_cli("import", link, "--db", db)
    assert result.code == 1
    assert f"{link}: not a regular file (a device)" in result.err


@pytest.mark.sqlite_only(reason="opens no database")
def test_reading_stops_at_the_limit_whatever_the_file_size_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.services.importing import file_bytes

    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    read: list[int] = []
    real_read = os.read

    def counting_read(descriptor: int, size: int) -> bytes:
        data = real_read(descriptor, size)
        read.append(len(data))
        return data

    real_fstat = os.fstat

    def lying_fstat(descriptor: int) -> os.stat_result:
        # Like /proc files and some FUSE mounts: a regular file whose size says 0.
        found = list(real_fstat(descriptor))
        found[stat.ST_SIZE] = 0
        return os.stat_result(found)

    monkeypatch.setattr(file_bytes.os, "read", counting_read)
    monkeypatch.setattr(file_bytes.os, "fstat", lying_fstat)
    with pytest.raises(file_bytes.InputRefused, match="too large"):
        file_bytes.read_bytes(big, 100)
    assert sum(read) <= 101


def test_malformed_datasets_are_refused_by_name_and_the_call_goes_on(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert (
        run_cli(
            "import", write_json(tmp_path / "0.json", dataset_document(["Zero."])), "--db", db
        ).code
        == 0
    )
    before = dump(db)
    deep = tmp_path / "1-deep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    huge = tmp_path / "2-huge-int.json"
    huge.write_text('{"format": ' + "9" * 5000 + "}", encoding="utf-8")
    deep_lines = tmp_path / "3-deep.jsonl"
    deep_lines.write_text('{"a": ' * 50_000, encoding="utf-8")
    nested_ok_json = tmp_path / "4-nested.json"
    nested_ok_json.write_text("[" * 900 + "]" * 900, encoding="utf-8")
    last = tmp_path / "5-last.txt"
    last.write_text("The last file is still imported.", encoding="utf-8")
    result = run_cli("import", deep, huge, deep_lines, nested_ok_json, last, "--db", db)
    assert result.code == 1, result.err
    for path in (deep, huge, deep_lines, nested_ok_json):
        assert f"{path}: " in result.err
    assert "unexpected" not in result.err
    assert "1 new article(s)" in result.out
    assert run_cli("stats", "--json", "--db", db).out.count('"articles": 2') == 1
    assert before != dump(db)  # only the good text file was added


def test_a_file_name_that_is_not_utf8_is_imported_and_named_escaped(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    try:
        bad = Path(os.fsdecode(bytes(folder) + b"/bad\xff.txt"))
        bad.write_text("A text in a file with a broken name.", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (folder / "good.txt").write_text("A text with a plain name.", encoding="utf-8")
    db = tmp_path / "a.sqlite3"
    result = run_cli("import", "-v", folder, "--db", db)
    assert result.code == 0, result.err
    assert "2 new article(s)" in result.out
    assert "bad\\xff.txt: imported" in result.out
    export = run_cli("export", "-o", tmp_path / "out.json", "--db", db)
    assert export.code == 0
    sources = {a["source"] for a in json.loads((tmp_path / "out.json").read_text())["articles"]}
    assert sources == {"bad\\xff.txt", "good.txt"}


def test_newlines_and_direction_overrides_in_file_names_are_printed_escaped(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    evil = tmp_path / "a\nb\u202etxt.exe.txt"
    evil.write_bytes(b"\x00\x01\x02" * 100)  # binary: refused, so it is named on stderr
    result = run_cli("import", evil, "--db", tmp_path / "a.sqlite3")
    assert result.code == 1
    (line,) = result.err.strip().splitlines()
    assert "a\\nb\\u202etxt.exe.txt: " in line


@pytest.mark.sqlite_only(reason="opens no database")
def test_a_reason_quoting_the_files_own_values_stays_on_its_line() -> None:
    """Found by the fuzz test: an entity id holding a carriage return split the refusal."""
    from annotator.services.importing.import_report import FileResult, Outcome

    refused = FileResult(Path("case.json"), Outcome.REFUSED, "unknown entity '\r0\u202e'")
    assert refused.line() == "case.json: unknown entity '\\r0\\u202e'"
    emoji = "👨\u200d👩\u200d👧"  # the joiners of a quoted emoji stay as they are
    assert (
        FileResult(Path("a.json"), Outcome.REFUSED, f"quote “{emoji}”")
        .line()
        .endswith(f"“{emoji}”")
    )
