"""Web archives: WARC (``.warc``, ``.warc.gz``) and WACZ (``.wacz``: a ZIP of WARCs with a list
of pages), read with warcio.

Each archived HTML page (a ``response`` with a 2xx status, or a ``resource``) becomes an
article through the same main-text extraction as a saved web page, with the address it was
captured at; its capture date is a passage (kind ``capture``) at the start of its text, as
the page's own publication date, when it gives one, stays the article's date. warcio decodes
the bodies: gzip members, chunked transfer encoding, gzip and deflate content encoding.

A ``revisit`` record says a page was captured again and found the same: it is resolved to the
capture it repeats (by record id, by address and date, or by payload digest), whose page is
then already read; one whose capture is not in the archive is counted. Every other record
(requests, metadata, warcinfo, images, scripts, redirects) is skipped and counted.

A WACZ is read within bounds (its WARCs streamed out of the ZIP, whose declared sizes are
checked first: zip_files.py); its ``pages/pages.jsonl`` gives the pages' titles.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Passage
from annotator.domain.titles import is_unusable_title
from annotator.services.importing.article_files import ArticleDraft, read_html_article
from annotator.services.importing.material.reading import (
    MaterialRead,
    ReadOptions,
    Source,
    one_line_label,
)
from annotator.services.importing.material.zip_files import (
    MIB,
    check_inflated,
    open_zip,
    read_member,
)

MAX_BYTES = 512 * MIB
MAX_PAGE = 20 * MIB  # an HTML page's body, decoded
MAX_DECLARED = 8 * 1024 * MIB  # the records' declared lengths, inflated: a gzip bomb's
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head)\b", re.I | re.S)


def recognises(name: str, head: bytes) -> bool:
    """A .warc, .warc.gz or .wacz file is taken as a web archive; one that is not is refused
    with the reason."""
    return True


def read(source: Source, options: ReadOptions) -> MaterialRead:
    pages = _Pages()
    if source.name.lower().endswith(".wacz"):
        _wacz(source.data, pages)
    else:
        _warc(io.BytesIO(source.data), None, pages)
    return pages.result()


@dataclass(slots=True)
class _Pages:
    """What the records of an archive held: its pages, and the rest counted."""

    pages: list[ArticleDraft] = field(default_factory=list)
    # A record of a page read (or of anything else: None), by how a revisit may name it.
    by_id: dict[str, int | None] = field(default_factory=dict)
    by_capture: dict[tuple[str, str], int | None] = field(default_factory=dict)
    by_digest: dict[str, int | None] = field(default_factory=dict)
    revisits: list[tuple[str, tuple[str, str], str]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    titles: dict[str, str] = field(default_factory=dict)  # a WACZ's pages: url → title
    declared: int = 0

    def _revisited(
        self, record_id: str, capture: tuple[str, str], digest: str
    ) -> tuple[bool, int | None]:
        """Whether the archive holds the capture a revisit names (by its record id, by
        address and date, or by payload digest), and the page read from it, if any."""
        if record_id in self.by_id:
            return True, self.by_id[record_id]
        if capture in self.by_capture:
            return True, self.by_capture[capture]
        if digest in self.by_digest:
            return True, self.by_digest[digest]
        return False, None

    def result(self) -> MaterialRead:
        repeated = missing = 0
        for record_id, capture, digest in self.revisits:
            found, page = self._revisited(record_id, capture, digest)
            if not found:
                missing += 1
            elif page is None:  # the capture it repeats is no page: an image, a script …
                self.skipped["other"] += 1
            else:
                repeated += 1
        notes: list[str] = [said("{count} page(s)", count=len(self.pages))]
        if repeated:
            notes.append(
                said(
                    "{count} revisit record(s) of a page read already (the same page)",
                    count=repeated,
                )
            )
        if missing:
            notes.append(
                said("{count} revisit record(s) whose capture is not in the archive", count=missing)
            )
        if self.skipped["empty"]:
            notes.append(said("{count} page(s) without readable text", count=self.skipped["empty"]))
        if self.skipped["undecodable"]:
            notes.append(
                said(
                    "{count} page(s) whose body cannot be decoded (brotli?)",
                    count=self.skipped["undecodable"],
                )
            )
        if self.skipped["large"]:
            notes.append(
                said(
                    "{count} page(s) over {size} MiB left out",
                    count=self.skipped["large"],
                    size=MAX_PAGE // MIB,
                )
            )
        others = self.skipped["other"]
        if others:
            notes.append(
                said(
                    "{count} other record(s) skipped (requests, metadata, images, scripts, "
                    "redirects …)",
                    count=others,
                )
            )
        for draft in self.pages:
            draft.title = self.titles.get(draft.url or "") or draft.title
        return MaterialRead(self.pages, notes)


def _warc(stream: IO[bytes], member: str | None, pages: _Pages) -> None:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1  # the record a refusal names
            if record.format != "warc":  # warcio reads old ARC lines too: any five words
                raise _refused(
                    ValueError(said("no WARC/1.0 or WARC/1.1 line begins it")),
                    member,
                    number,
                    first=number == 1,
                )
            pages.declared += max(0, int(record.length or 0))
            if pages.declared > MAX_DECLARED:
                raise InputRefused(
                    said(
                        "its records inflate to more than {size} GiB (a gzip bomb?)",
                        size=MAX_DECLARED // (1024 * MIB),
                    )
                )
            _record(record, pages)
    except InputRefused:
        raise
    except ArchiveLoadFailed as error:
        raise _refused(error, member, number + 1, first=number == 0) from None
    except Exception as error:  # a hostile file: warcio raises what its parser met
        raise _refused(error, member, max(number, 1), first=False) from None
    if number == 0:
        raise InputRefused(said("not a web archive: it holds no WARC record"))


def _refused(error: BaseException, member: str | None, number: int, first: bool) -> InputRefused:
    reason = one_line_label(str(error) or type(error).__name__, 160)
    if first and member is None:
        return InputRefused(said("not a web archive (WARC): {reason}", reason=reason))
    where = said("record {number}", number=number)
    if member is not None:
        where = said("{member}, record {number}", member=member, number=number)
    return InputRefused(said("{where} cannot be read: {reason}", where=where, reason=reason))


def _record(record: Any, pages: _Pages) -> None:
    headers = record.rec_headers
    kind = record.rec_type
    uri = (headers.get_header("WARC-Target-URI") or "").strip()
    date = (headers.get_header("WARC-Date") or "").strip()
    record_id = (headers.get_header("WARC-Record-ID") or "").strip()
    digest = (headers.get_header("WARC-Payload-Digest") or "").strip()
    if kind == "revisit":
        pages.revisits.append(
            (
                (headers.get_header("WARC-Refers-To") or "").strip(),
                (
                    (headers.get_header("WARC-Refers-To-Target-URI") or "").strip(),
                    (headers.get_header("WARC-Refers-To-Date") or "").strip(),
                ),
                digest,
            )
        )
        return
    if kind not in ("response", "resource"):
        pages.skipped["other"] += 1
        return
    page = _page(record, uri, date)
    if isinstance(page, str):  # why the record is no page read
        pages.skipped[page] += 1
        _remember(pages, record_id, (uri, date), digest, None)
        return
    _remember(pages, record_id, (uri, date), digest, len(pages.pages))
    pages.pages.append(page)


def _remember(
    pages: _Pages, record_id: str, capture: tuple[str, str], digest: str, index: int | None
) -> None:
    if record_id:
        pages.by_id.setdefault(record_id, index)
    if all(capture):
        pages.by_capture.setdefault(capture, index)
    # The first page read with this payload stands for it: a later one is the same page.
    if digest and pages.by_digest.get(digest) is None:
        pages.by_digest[digest] = index


def _page(record: Any, uri: str, captured: str) -> ArticleDraft | str:
    """The record's page, or why it is none: "other" (no HTML page, or not a 2xx answer),
    "empty", "large", "undecodable"."""
    http = record.http_headers
    if record.rec_type == "response":
        if http is None:
            return "other"
        status = str(http.get_statuscode() or "")
        if not status.startswith("2"):
            return "other"
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    try:
        body = record.content_stream().read(MAX_PAGE + 1)
    except Exception:  # an encoding warcio cannot undo (brotli without its library)
        return "undecodable"
    mime = content_type.split(";")[0].strip().lower()
    if not (mime in _HTML_TYPES or (not mime and _HTML_START.match(body[:4096]))):
        return "other"
    if len(body) > MAX_PAGE:
        return "large"
    name = Path(uri.split("?")[0].rstrip("/")).name or "page.html"
    try:
        draft = read_html_article(Path(name), body, _charset(content_type))
    except InputRefused:
        try:
            draft = read_html_article(Path(name), body, None)  # a charset the page lies about
        except InputRefused:
            return "empty"
    draft.url = uri or draft.url
    draft.warning = ""  # "little text" per page would drown the report; empty pages are counted
    if not draft.title.strip() or is_unusable_title(draft.title):
        draft.title = uri or name
    shown = _shown_capture(captured)
    if shown:
        draft.passages = [Passage(0, "capture", shown)]
    return draft


def _charset(content_type: str) -> str | None:
    found = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type)
    if not found:
        return None
    try:
        return codecs.lookup(found.group(1)).name
    except LookupError:
        return None


def _shown_capture(value: str) -> str:
    """``2017-03-06T04:02:06Z`` as ``2017-03-06 04:02:06 UTC``; "" when it is no date."""
    match = re.match(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?Z$", value)
    return f"{match.group(1)} {match.group(2)} UTC" if match else ""


def _wacz(data: bytes, pages: _Pages) -> None:
    archive = open_zip(data, said("a WACZ web archive"))
    names = archive.namelist()
    warcs = sorted(
        n for n in names if n.startswith("archive/") and n.lower().endswith((".warc", ".warc.gz"))
    )
    if not warcs:
        raise InputRefused(said("not a WACZ web archive: it has no archive/*.warc.gz"))
    check_inflated(archive, warcs, MAX_BYTES * 4)
    pages.titles = _titles(read_member(archive, "pages/pages.jsonl", 64 * MIB))
    for name in warcs:
        try:
            with archive.open(name) as member:
                _warc(member, name, pages)
        except InputRefused:
            raise
        except Exception as error:  # the ZIP member itself is damaged
            raise _refused(error, name, 1, first=False) from None


def _titles(data: bytes | None) -> dict[str, str]:
    """pages.jsonl: a header line, then one page a line with its url and title."""
    titles: dict[str, str] = {}
    for line in (data or b"").splitlines():
        try:
            page = json.loads(line)
        except (ValueError, UnicodeDecodeError, RecursionError):
            continue
        if not isinstance(page, dict):
            continue
        url, title = page.get("url"), page.get("title")
        if isinstance(url, str) and isinstance(title, str) and title.strip():
            shown = one_line_label(title, 200)
            if not is_unusable_title(shown):
                titles.setdefault(url, shown)
    return titles
