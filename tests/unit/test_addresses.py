"""Only links are stored as links: web addresses (http, https) everywhere, and for evidence a
file the user attached (``file:``). ``javascript:``, ``data:`` and other addresses are refused
at import with the field named, and an old database that holds one never writes it out: not
to ClaimReview (``itemReviewed.appearance.url``), not to our own files, which then import
back. One rule (domain/urls.py) for readers, forms, preferences and exports."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.urls import (
    checked_address,
    evidence_address,
    is_file_url,
    is_web_url,
    web_address,
    with_scheme,
)
from tests.helpers import dataset_document, write_json

HOSTILE = [
    "javascript:alert(document.cookie)",
    " JavaScript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "ftp://files.example.org/a.pdf",
    "https://exa mple.org/a",
    "https://example.org/\x00",
    "https://example.org:99999/",
    "javascript:1",
]


@pytest.mark.sqlite_only(reason="opens no database")
def test_the_one_rule_of_addresses() -> None:
    for value in HOSTILE:
        assert web_address(value) is None, value
        assert evidence_address(value) is None, value
    assert web_address("factcheck.example.org") == "https://factcheck.example.org"
    wayback = "web.archive.org/web/2024/https://mod.gov.ua/news"
    assert web_address(wayback) == "https://" + wayback
    assert with_scheme("example.org:8080/page") == "https://example.org:8080/page"
    assert web_address("HTTP://Example.org/A") == "HTTP://Example.org/A"
    assert web_address("file:///home/me/a.png") is None
    assert evidence_address("file:///home/me/a.png") == "file:///home/me/a.png"
    assert evidence_address("file://server/share/a.png") is None  # another machine's
    assert checked_address("  ", "url") is None
    with pytest.raises(InputRefused, match=r"^url: 'javascript:alert\(1\)' is not a web address"):
        checked_address("javascript:alert(1)", "url")


def _document_with(where: str, value: str) -> dict[str, Any]:
    document = dataset_document(["Rogov said Izium was taken on Monday."])
    article = document["articles"][0]
    claim = article["claims"][0]
    if where == "url":
        article["url"] = value
    elif where == "review.url":
        claim["review"]["url"] = value
    elif where == "evidence[0].url":
        claim["evidence"][0]["url"] = value
    else:
        claim["evidence"][0]["archive_url"] = value
    return document


def test_no_link_holds_white_space_of_any_script_nor_a_control_character() -> None:
    """Inside an address (its ends are trimmed): every character Python calls a space (the
    Unicode ones too: no-break, ideographic, line separator) and every control character
    makes it no link; any other character leaves it one."""
    for code in [*range(0x3100), *range(0xFE00, 0xFF10), 0x1F600]:
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        space, control = char.isspace(), code < 32 or code == 127
        web = is_web_url(f"https://example.org/a{char}b")
        assert web is not (space or control), hex(code)
        assert is_file_url(f"file:///tmp/a{char}b") is not control, hex(code)


@pytest.mark.both_engines
@pytest.mark.parametrize(
    "where", ["url", "review.url", "evidence[0].url", "evidence[0].archive_url"]
)
@pytest.mark.parametrize("value", ["javascript:alert(1)", "data:text/html,<b>x</b>"])
def test_a_dataset_with_a_script_address_is_refused_naming_the_field(
    run_cli, tmp_path: Path, where: str, value: str
) -> None:
    path = write_json(tmp_path / "hostile.json", _document_with(where, value))
    db = tmp_path / "a.sqlite3"
    result = run_cli("import", path, "--db", db)
    assert result.code == 1
    (line,) = result.err.strip().splitlines()
    assert line.startswith(f"{path}: article 1 ")
    assert f"{where}: {value!r} is not a web address" in line


@pytest.mark.both_engines
def test_addresses_typed_without_scheme_and_attached_files_are_imported(
    run_cli, tmp_path: Path
) -> None:
    document = _document_with("url", "kyivindependent.com/izium")
    evidence = document["articles"][0]["claims"][0]["evidence"][0]
    evidence["url"] = "file:///home/checker/izium-footage.mp4"
    evidence["archive_url"] = "web.archive.org/web/2024/https://example.org/a"
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", write_json(tmp_path / "ok.json", document), "--db", db).code == 0
    out = tmp_path / "out.json"
    assert run_cli("export", "-o", out, "--db", db).code == 0
    article = json.loads(out.read_text(encoding="utf-8"))["articles"][0]
    assert article["url"] == "https://kyivindependent.com/izium"
    exported = article["claims"][0]["evidence"][0]
    assert exported["url"] == "file:///home/checker/izium-footage.mp4"
    assert exported["archive_url"] == "https://web.archive.org/web/2024/https://example.org/a"


def test_a_web_page_whose_canonical_address_is_a_script_keeps_no_address(
    run_cli, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:url" content="javascript:alert(1)"><title>Izium</title></head>'
        "<body><article><p>"
        + "Rogov said more than ten members of the National Guard were eliminated. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", page, "--db", db).code == 0
    out = tmp_path / "out.json"
    assert run_cli("export", "-o", out, "--db", db).code == 0
    assert "javascript" not in out.read_text(encoding="utf-8")


@pytest.fixture
def old_database(run_cli, tmp_path: Path) -> Path:
    """A database from before addresses were checked: script addresses in every field."""
    document = dataset_document(["Rogov said Izium was taken on Monday."])
    document["articles"][0]["url"] = "https://example.org/ok"
    db = tmp_path / "old.sqlite3"
    assert run_cli("import", write_json(tmp_path / "d.json", document), "--db", db).code == 0
    connection = sqlite3.connect(db)
    with connection:
        for table, column in (
            ("articles", "url"),
            ("claims", "review_url"),
            ("evidence", "url"),
            ("evidence", "archive_url"),
        ):
            connection.execute(f"UPDATE {table} SET {column} = 'javascript:alert(1)'")
    connection.close()
    return db


def _columns(db: Path) -> set[str]:
    connection = sqlite3.connect(db)
    try:
        return {
            f"{table}.{row[1]}"
            for table in ("articles", "claims", "evidence")
            for row in connection.execute(f"PRAGMA table_info({table})")
        }
    finally:
        connection.close()


@pytest.mark.sqlite_only(reason="writes an old database's rows with sqlite3")
def test_an_old_database_never_writes_a_script_address_out(
    run_cli, tmp_path: Path, old_database: Path
) -> None:
    assert {"articles.url", "claims.review_url", "evidence.url"} <= _columns(old_database)
    connection = sqlite3.connect(old_database)
    with connection:  # the claim is final and has its review address, so it is published
        connection.execute("UPDATE claims SET review_url = 'https://factcheck.example/1'")
    connection.close()
    reviews = tmp_path / "reviews.jsonld"
    result = run_cli(
        "export", "-o", reviews, "--org-name", "Desk", "--org-url", "desk.example.org",
        "--db", old_database,
    )  # fmt: skip
    assert result.code == 0, result.err
    (item,) = json.loads(reviews.read_text(encoding="utf-8"))["@graph"]
    assert "appearance" not in item["itemReviewed"]
    assert item["author"]["url"] == "https://desk.example.org"
    assert "javascript" not in reviews.read_text(encoding="utf-8")

    table = tmp_path / "claims.csv"
    assert run_cli("export", "-o", table, "--db", old_database).code == 0
    with table.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert "javascript" not in json.dumps(row)


@pytest.mark.sqlite_only(reason="writes an old database's rows with sqlite3")
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_our_export_of_an_old_database_leaves_script_addresses_out_and_imports_back(
    run_cli, tmp_path: Path, old_database: Path, suffix: str
) -> None:
    out = tmp_path / f"out{suffix}"
    result = run_cli("export", "-o", out, "--db", old_database)
    assert result.code == 0, result.err
    assert "javascript" not in out.read_text(encoding="utf-8")
    notes = [line for line in result.err.splitlines() if "left out (not a link)" in line]
    assert len(notes) == 4 and all(line.startswith(f"{out}: article ") for line in notes)
    again = run_cli("import", out, "--db", tmp_path / "again.sqlite3")
    assert again.code == 0, again.err


@pytest.mark.both_engines
def test_the_command_line_stores_an_organisation_address_as_the_forms_do(
    run_cli, tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    stored = run_cli("config", "organization.url", "factcheck.example.org", "--db", db)
    assert stored.code == 0, stored.err
    assert stored.out.strip() == "organization.url = https://factcheck.example.org"
    refused = run_cli("config", "organization.url", "javascript:alert(1)", "--db", db)
    assert refused.code == 2 and "organization.url" in refused.err
    assert run_cli("config", "organization.url", "--db", db).out.strip() == (
        "https://factcheck.example.org"
    )


@pytest.mark.both_engines
def test_an_archived_copy_may_name_a_page_of_a_web_capture_and_travels_as_it_is(
    run_cli, tmp_path: Path
) -> None:
    capture = "capture:" + "ab" * 32 + "/20201007212236/http://www.example.com/"
    document = _document_with("evidence[0].archive_url", capture)
    db = tmp_path / "a.sqlite3"
    result = run_cli("import", write_json(tmp_path / "ok.json", document), "--db", db)
    assert result.code == 0, result.err
    out = tmp_path / "out.json"
    exported = run_cli("export", "-o", out, "--db", db)
    assert exported.code == 0 and "left out" not in exported.err
    article = json.loads(out.read_text(encoding="utf-8"))["articles"][0]
    assert article["claims"][0]["evidence"][0]["archive_url"] == capture
    hostile = capture.replace("http://www.example.com/", "javascript:alert(1)")
    path = write_json(tmp_path / "bad.json", _document_with("evidence[0].archive_url", hostile))
    refused = run_cli("import", path, "--db", db)
    assert refused.code == 1 and "evidence[0].archive_url" in refused.err
