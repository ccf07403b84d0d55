"""PDF, Word, OpenDocument, e-mail and web archives imported as a fact-checker does it: a
folder of received files, the command line with its password, the provenance stored and
exported, every article canonical with its passages in place; a refused file changes nothing
and the rest goes on; importing again adds nothing."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.sources.passages import check_passages, cited_span
from annotator.domain.text import canonicalize, text_sha256
from annotator.services.importing.import_report import Outcome
from annotator.services.workspace import Workspace
from tests import material_files as files
from tests import material_mail_and_web as mail_web
from tests.helpers import exported, new_workspace, without_export_time

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

SECRET = "секрет 42"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path / "data")
    yield ws
    ws.close()


def received(folder: Path) -> Path:
    """A folder as a fact-checker's downloads look after a day: one file of each kind."""
    folder.mkdir(parents=True)
    (folder / "statement.pdf").write_bytes(files.encrypted(files.statement_pdf(), ""))
    files.docx_statement(folder / "report.docx")
    files.odt_statement(folder / "report.odt")
    note = "Примітка: перевірити цифри в заяві міністерства.".encode("cp1251")
    (folder / "letter.eml").write_bytes(
        mail_web.koi8_mail(
            [
                ("заява.pdf", "application/pdf", files.pdf(["Attached statement", "Page two"])),
                ("note.txt", "text/plain", note),
                ("photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 a photo"),
            ]
        )
    )
    mail_web.mbox(folder / "inbox.mbox", [mail_web.forwarding_mail()])
    crawl = mail_web.warc(folder / "crawl.warc.gz")
    mail_web.wacz(
        folder / "collection.wacz", crawl, {"https://news.example/bread": "Хліб дорожчає"}
    )
    (folder / "thumbs.db").write_bytes(b"\x00\x01")
    return folder


def test_a_folder_of_received_files_is_imported_with_its_provenance(
    workspace: Workspace, tmp_path: Path
) -> None:
    report = workspace.import_paths([received(tmp_path / "received")])
    results = {r.path.name: r for r in report.results}
    assert not report.refused, [r.line() for r in report.refused]
    assert {p.name for p in report.skipped} == {"thumbs.db"}
    assert results["letter.eml"].articles == 3
    assert "attachment photo.jpg not imported" in results["letter.eml"].reason
    # The WARC holds the WACZ's pages (read first, in name order): not added twice.
    assert results["collection.wacz"].articles == 3
    assert results["crawl.warc.gz"].outcome is Outcome.DUPLICATE
    document = exported(workspace, tmp_path)  # valid against the schema
    by_source = {a["source"]: a for a in document["articles"]}
    assert set(by_source) >= {
        "statement.pdf",
        "report.docx",
        "letter.eml",
        "letter.eml › заява.pdf",
        "letter.eml › note.txt",
        "inbox.mbox › message 1",
        "collection.wacz",
    }
    statement = by_source["statement.pdf"]
    assert statement["title"] == "Заява про ціни"
    assert statement["authors"] == ["Прес-служба МЗС", "Олена Коваль"]
    assert statement["published_at"] == "2024-03-01T08:15:30Z"
    assert statement["language"] == "uk"
    start = statement["text"].index("Цитата.")
    passages = _passages(statement)
    assert cited_span(passages, start, start + len("Цитата.")) == "p. 7"
    assert by_source["report.docx"]["text"] == files.DOCX_TEXT
    pages = [a for a in document["articles"] if a["source"] == "collection.wacz"]
    assert {a["url"] for a in pages} == {
        "https://news.example/bread",
        "https://news.example/statement",
        "https://news.example/cp1251",
    }
    for article in document["articles"]:
        text = article["text"]
        assert canonicalize(text) == text and article["text_sha256"] == text_sha256(text)
        check_passages(_passages(article), len(text))


def _passages(article: dict) -> list:  # type: ignore[type-arg]
    from annotator.domain.models import Passage

    return [Passage(p["start"], p["kind"], p["label"]) for p in article.get("passages", [])]


def test_importing_the_same_files_again_adds_nothing(workspace: Workspace, tmp_path: Path) -> None:
    folder = received(tmp_path / "received")
    first = workspace.import_paths([folder])
    assert first.articles_added == 10  # 1 + 1 + 1 + a letter and 2 attachments + 1 + 3 pages
    again = workspace.import_paths([folder])
    assert again.articles_added == 0
    assert {r.outcome for r in again.results} == {Outcome.DUPLICATE}


def test_passages_of_documents_survive_export_and_import_into_an_empty_database(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.import_paths([received(tmp_path / "received")])
    first = exported(workspace, tmp_path, "first.json")
    other = new_workspace(tmp_path / "other")
    try:
        (result,) = other.import_paths([tmp_path / "first.json"]).results
        assert result.outcome is Outcome.IMPORTED, result.line()
        second = exported(other, tmp_path, "second.json")
    finally:
        other.close()
    assert without_export_time(second) == without_export_time(first)


def test_a_password_pdf_is_refused_then_opened_with_the_password(
    workspace: Workspace, tmp_path: Path
) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(files.encrypted(files.statement_pdf(), SECRET, "AES-256"))
    before = exported(workspace, tmp_path, "before.json")["articles"]
    (refused,) = workspace.import_paths([locked]).results
    assert refused.outcome is Outcome.REFUSED and refused.needs_password
    assert exported(workspace, tmp_path, "after.json")["articles"] == before
    (wrong,) = workspace.import_paths([locked], password="wrong").results
    assert wrong.needs_password and "does not open it" in wrong.reason
    (opened,) = workspace.import_paths([locked], password=SECRET).results
    assert opened.outcome is Outcome.IMPORTED and opened.articles == 1


def test_the_command_line_refuses_in_one_line_each_and_never_exits_3(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "a.sqlite3"
    good = tmp_path / "statement.pdf"
    good.write_bytes(files.statement_pdf())
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(files.encrypted(files.statement_pdf(), SECRET))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(files.pdf(["x"], scanned={1}))
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 cut short")
    archive = tmp_path / "bad.warc"
    archive.write_bytes(b"not a web archive\r\n")
    result = run_cli("import", good, locked, scan, broken, archive, "--db", db)
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 4
    assert lines[0].endswith(
        "locked.pdf: encrypted with a password: give it with --password (the window asks for it)"
    )
    assert "scan.pdf: it has no text layer (a scanned document?): run OCR" in lines[1]
    assert "broken.docx: not a Word document (.docx): a damaged ZIP archive" in lines[2]
    assert "bad.warc: not a web archive (WARC): " in lines[3]
    assert result.out.startswith("1 new article(s) from 5 file(s)")
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    opened = run_cli("import", locked, "--db", db, "--password", "-")
    assert opened.code == 0, opened.err
    out = tmp_path / "out.json"
    assert run_cli("export", "-o", out, "--db", db).code == 0
    articles = json.loads(out.read_text(encoding="utf-8"))["articles"]
    # Both PDFs hold the same text: the second is the first, already imported.
    assert [a["source"] for a in articles] == ["statement.pdf"]
