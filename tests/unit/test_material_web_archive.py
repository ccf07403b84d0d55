"""Web archives (WARC, WACZ): each archived HTML page an article with its captured address and
capture date, revisits resolved, the other records counted, broken archives refused."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.sources.passages import cited
from annotator.domain.text import canonicalize
from annotator.services.importing.material import registry, web_archive
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from tests import material_mail_and_web as mail_web


def read(path: Path) -> MaterialRead:
    return web_archive.read(Source(path.name, path.read_bytes(), path), ReadOptions())


def test_a_warc_gz_gives_each_html_page_with_its_address_and_capture(tmp_path: Path) -> None:
    result = read(mail_web.warc(tmp_path / "crawl.warc.gz"))
    bread, statement, cp1251 = result.drafts
    assert bread.url == "https://news.example/bread"
    assert bread.title == "Ціни на хліб"
    # The body was gzip-compressed and chunked: decoded, then the main text extracted.
    assert "Перша новина: ціни зросли." in bread.text and "Головна" not in bread.text
    assert [(p.start, p.kind, p.label) for p in bread.passages] == [
        (0, "capture", "2024-03-01 08:15:30 UTC")
    ]
    assert cited(bread.passages[0]) == "captured 2024-03-01 08:15:30 UTC"
    assert statement.url == "https://news.example/statement"  # a resource record
    assert "Мер заявив, що ніхто не постраждав." in statement.text
    assert "Текст у кодуванні windows-1251." in cp1251.text
    assert bread.language == statement.language == "uk"
    assert result.notes == [
        "3 page(s)",
        "1 revisit record(s) of a page read already (the same page)",
        # warcinfo, request, image, 404 page, redirect
        "5 other record(s) skipped (requests, metadata, images, scripts, redirects …)",
    ]
    for draft in result.drafts:
        assert canonicalize(draft.text) == draft.text


def test_an_uncompressed_warc_reads_the_same(tmp_path: Path) -> None:
    packed = read(mail_web.warc(tmp_path / "a.warc.gz"))
    plain = read(mail_web.warc(tmp_path / "a.warc", gzip_records=False))
    assert [d.text for d in plain.drafts] == [d.text for d in packed.drafts]


def test_warcios_own_sample_resolves_its_revisit(tmp_path: Path) -> None:
    result = read(mail_web.EXAMPLE_WARC)
    (page,) = result.drafts
    assert page.url == "http://example.com/"
    assert page.title == "Example Domain"
    assert page.text.startswith("This domain is established to be used for illustrative")
    assert page.passages[0].label == "2017-03-06 04:02:06 UTC"
    assert "1 revisit record(s) of a page read already (the same page)" in result.notes


def test_a_revisit_whose_capture_is_elsewhere_is_counted(tmp_path: Path) -> None:
    whole = mail_web.warc(tmp_path / "a.warc", gzip_records=False).read_bytes()
    # The records from the revisit on: its capture is in the part left behind.
    at = whole.index(b"WARC-Type: revisit")
    part = whole[whole.rindex(b"WARC/1.", 0, at) :]
    result = web_archive.read(Source("b.warc", part), ReadOptions())
    assert "1 revisit record(s) whose capture is not in the archive" in result.notes


def test_a_wacz_reads_its_warcs_and_takes_its_page_titles(tmp_path: Path) -> None:
    crawl = mail_web.warc(tmp_path / "data.warc.gz")
    archive = mail_web.wacz(
        tmp_path / "collection.wacz", crawl, {"https://news.example/bread": "Хліб дорожчає"}
    )
    result = read(archive)
    assert [d.title for d in result.drafts] == ["Хліб дорожчає", "Заява мера", "Друга новина"]
    assert result.drafts[0].url == "https://news.example/bread"


def test_py_waczs_sample_is_read(tmp_path: Path) -> None:
    (page,) = read(mail_web.EXAMPLE_WACZ).drafts
    assert page.url == "http://www.example.com/"
    assert page.title == "Example Domain"  # from pages.jsonl
    assert page.passages[0].label == "2020-10-07 21:22:36 UTC"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.warc", b"This is not an archive\r\n\r\n", "not a web archive (WARC): "),
        (
            "a.warc.gz",
            gzip.compress(b"GET / HTTP/1.1\r\n\r\n", mtime=0),
            "not a web archive (WARC): ",
        ),
        ("a.warc", b"", "not a web archive: it holds no WARC record"),
        ("a.wacz", b"not a zip", "not a WACZ web archive: it is not a ZIP archive"),
    ],
)
def test_an_invalid_archive_is_refused_with_its_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused) as refused:
        web_archive.read(Source(name, data), ReadOptions())
    assert str(refused.value).startswith(reason), str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_broken_record_is_refused_naming_it(tmp_path: Path) -> None:
    whole = mail_web.warc(tmp_path / "a.warc", gzip_records=False).read_bytes()
    broken = whole + b"HTTP/1.1 200 OK\r\nthis is no WARC record\r\n\r\n"
    with pytest.raises(InputRefused) as refused:
        web_archive.read(Source("a.warc", broken), ReadOptions())
    # Nine records were read; the tenth is none.
    assert str(refused.value).startswith("record 10 cannot be read: ")


def test_a_wacz_without_warcs_or_with_a_bomb_is_refused(tmp_path: Path) -> None:
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("pages/pages.jsonl", "{}\n")
    with pytest.raises(InputRefused) as refused:
        web_archive.read(Source("a.wacz", empty.getvalue()), ReadOptions())
    assert "it has no archive/*.warc.gz" in str(refused.value)


def test_web_archives_are_recognised_by_their_double_extension(tmp_path: Path) -> None:
    crawl = mail_web.warc(tmp_path / "Crawl.WARC.GZ")
    assert registry.suffix_of(crawl.name) == ".warc.gz"
    assert registry.kind_of(crawl) is registry.BY_NAME["web-archive"]
    other = tmp_path / "backup.tar.gz"
    other.write_bytes(gzip.compress(b"x"))
    assert registry.kind_of(other) is None
