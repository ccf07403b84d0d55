"""Web captures kept as evidence: the pages a WARC or WACZ file holds (address and capture
time), and a page's main text read offline through the same extraction as imported web pages
(importing.article_files, trafilatura).

warcio reads the WARC records; a WACZ is a zip whose ``pages/pages.jsonl`` lists its pages
and whose ``archive/`` folder holds the WARC files. Nothing is fetched and no script runs:
only the stored bytes are read, from a stream over the stored chunks.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from annotator.domain.errors import InputRefused, said
from annotator.domain.sources.captures import capture_stamp
from annotator.domain.timestamps import normalize_timestamp
from annotator.services.evidence import media

MAX_PAGES = 10_000  # listed of one capture; a crawl of a whole site is cut there
MAX_PAGE_BYTES = 20 * 1024 * 1024  # one page's HTML read for its text
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Capture:
    """One captured page: its address, when it was captured (ISO 8601, UTC), its title when
    the capture says it."""

    url: str
    captured_at: str
    title: str = ""

    @property
    def stamp(self) -> str:
        """The capture time as a WARC's 14 digits (20201007212236)."""
        return capture_stamp(self.captured_at)


@dataclass(frozen=True, slots=True)
class CapturedText:
    title: str
    text: str


def _refused(error: Exception) -> InputRefused:
    return InputRefused(said("the web capture cannot be read: {reason}", reason=error))


def list_captures(stream: BinaryIO, media_type: str) -> list[Capture]:
    """The pages of a WARC or WACZ, in the order captured (at most MAX_PAGES)."""
    try:
        if media_type == media.WACZ:
            return _wacz_pages(stream)
        return _warc_pages(stream)
    except (zipfile.BadZipFile, ValueError, KeyError, EOFError, OSError) as error:
        raise _refused(error) from None


def captured_text(stream: BinaryIO, media_type: str, capture: Capture) -> CapturedText:
    """The main text of one captured page (its newest record at or before its capture time
    when captured more than once)."""
    try:
        markup = _page_markup(stream, media_type, capture)
    except (zipfile.BadZipFile, ValueError, KeyError, EOFError, OSError) as error:
        raise _refused(error) from None
    if markup is None:
        raise InputRefused(
            said(
                "the capture holds no page for {url} at {when}",
                url=capture.url,
                when=capture.captured_at,
            )
        )
    from annotator.services.importing.article_files import read_html_article

    draft = read_html_article(Path("page.html"), markup)
    return CapturedText(draft.title, draft.text)


# --- WARC ------------------------------------------------------------------------------------


def _records(stream: IO[bytes]) -> Iterator[Any]:  # warcio's records are untyped
    from warcio.archiveiterator import ArchiveIterator

    yield from ArchiveIterator(stream)


def _is_page(record: Any) -> bool:
    if getattr(record, "rec_type", "") != "response":
        return False
    http = getattr(record, "http_headers", None)
    kind = (http.get_header("Content-Type") or "") if http is not None else ""
    return kind.split(";")[0].strip().lower() in _PAGE_TYPES


def _when(value: str | None) -> str:
    try:
        return normalize_timestamp(value or "", "captured_at")
    except InputRefused:
        return value or ""


def _warc_pages(stream: IO[bytes]) -> list[Capture]:
    pages: list[Capture] = []
    for record in _records(stream):
        if _is_page(record):
            headers = record.rec_headers
            url = headers.get_header("WARC-Target-URI") or ""
            pages.append(Capture(url, _when(headers.get_header("WARC-Date"))))
            if len(pages) >= MAX_PAGES:
                break
    return pages


def _warc_markup(stream: IO[bytes], capture: Capture) -> bytes | None:
    found: bytes | None = None
    for record in _records(stream):
        if not _is_page(record):
            continue
        headers = record.rec_headers
        if headers.get_header("WARC-Target-URI") != capture.url:
            continue
        when = _when(headers.get_header("WARC-Date"))
        if capture.captured_at and when > capture.captured_at and found is not None:
            break
        data = record.content_stream().read(MAX_PAGE_BYTES + 1)
        if len(data) > MAX_PAGE_BYTES:
            raise InputRefused(said("the captured page is larger than 20 MB"))
        found = data
        if when == capture.captured_at:
            break
    return found


# --- WACZ ------------------------------------------------------------------------------------


def _warcs(archive: zipfile.ZipFile) -> list[str]:
    return [
        name
        for name in archive.namelist()
        if name.startswith("archive/") and name.lower().endswith((".warc", ".warc.gz"))
    ]


def _wacz_pages(stream: BinaryIO) -> list[Capture]:
    with zipfile.ZipFile(stream) as archive:
        listed = [
            n for n in ("pages/pages.jsonl", "pages/extraPages.jsonl") if n in archive.namelist()
        ]
        if not listed:  # an older or hand-made WACZ: its WARCs are the list
            pages: list[Capture] = []
            for name in _warcs(archive):
                with archive.open(name) as warc:
                    pages.extend(_warc_pages(warc))
            return pages[:MAX_PAGES]
        pages = []
        for name in listed:
            with archive.open(name) as lines:
                for number, line in enumerate(lines, start=1):
                    if number == 1 or not line.strip():
                        continue  # the header line says the file's format
                    item = json.loads(line)
                    if isinstance(item, dict) and isinstance(item.get("url"), str):
                        title = item.get("title")
                        pages.append(
                            Capture(
                                item["url"],
                                _when(str(item.get("ts") or "")),
                                title if isinstance(title, str) else "",
                            )
                        )
                    if len(pages) >= MAX_PAGES:
                        return pages
        return pages


def _page_markup(stream: BinaryIO, media_type: str, capture: Capture) -> bytes | None:
    if media_type != media.WACZ:
        return _warc_markup(stream, capture)
    with zipfile.ZipFile(stream) as archive:
        for name in _warcs(archive):
            with archive.open(name) as warc:
                found = _warc_markup(warc, capture)
            if found is not None:
                return found
    return None
