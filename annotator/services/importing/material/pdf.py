"""PDF with a text layer, read with pypdf: the text of each page in the order its content
stream draws it, pages separated by a blank line, each page's start a passage (kind
``page``, label its number in the file: 1, 2, 3 …), so a span is cited as "p. 7".

Title, author and creation date come from the document's information dictionary, or from
its XMP metadata when that is all it has. A file encrypted with an empty user password
(which only restricts printing or copying) opens as it is; one that needs a password is
refused saying so, or opened with the password the user gives (``ReadOptions.password``).

A page without text is counted and left out; a document with no text at all is a scan (or
drawings) and is refused with the advice to run OCR first. A malformed file is refused
with pypdf's reason and the page it stopped at.

Why pypdf and not pdfminer.six (both permissive): on the samples pypdf keeps Arabic in
logical order where pdfminer.six gives it reversed, reads the 15-page Federal Register
7 times faster, and adds about 1 MiB to the bundle where pdfminer.six would add 22 MiB
(its CMaps, and cryptography, which it requires). pdfminer.six orders two-column pages
better (footnotes after the column that cites them); pypdf follows the content stream.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.domain.timestamps import format_timestamp
from annotator.domain.titles import is_unusable_title
from annotator.services.importing.article_files import ArticleDraft
from annotator.services.importing.material.reading import (
    MaterialRead,
    PasswordNeeded,
    ReadOptions,
    Source,
    TextBuilder,
    one_line_label,
    without_controls,
)

MAX_BYTES = 200 * 1024 * 1024
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def signature(head: bytes) -> bool:
    """A PDF begins with ``%PDF-`` within its first 1024 bytes."""
    return b"%PDF-" in head[:1024]


def recognises(name: str, head: bytes) -> bool:
    """A .pdf file is taken as a PDF; one that is not is refused with the reason."""
    return True


def read(source: Source, options: ReadOptions) -> MaterialRead:
    if not signature(source.data[:1024]):
        raise InputRefused(said("not a PDF file (it does not begin with %PDF-)"))
    with _quiet():
        reader = _open(source.data, options.password)
        pages, empty = _pages(reader)
        title, authors, published = _metadata(reader)
    if not pages:
        reason = said("it has no text layer (a scanned document?)")
        raise InputRefused(
            said("{reason}: {advice}", reason=reason, advice=_ocr_advice())
            if empty
            else said("it has no pages")
        )
    builder = TextBuilder("\n\n")
    for number, text in pages:
        builder.add(text, "page", str(number))
    notes: list[str] = [said("{count} page(s)", count=len(pages) + len(empty))]
    if empty:
        notes.append(
            said(
                "{count} page(s) without text left out ({pages}): if they are scanned, {advice}",
                count=len(empty),
                pages=_ranges(empty),
                advice=_ocr_advice(),
            )
        )
    draft = ArticleDraft(
        title=title or Path(source.name).stem or source.name,
        text=builder.text,
        source=source.name,
        authors=authors,
        published_at=published,
        passages=builder.passages,
    )
    return MaterialRead([draft], notes)


def _ocr_advice() -> str:
    return said("run OCR on it first (for example: ocrmypdf in.pdf out.pdf) and import the result")


def _open(data: bytes, password: str | None) -> Any:
    from pypdf import PasswordType, PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if not reader.is_encrypted:
            return reader
        opened = reader.decrypt(password or "")
    except Exception as error:  # a hostile file: pypdf raises what its parser met
        raise _malformed(error, None) from None
    if opened == PasswordType.NOT_DECRYPTED:
        if password:
            raise PasswordNeeded(said("encrypted, and the password given does not open it"))
        raise PasswordNeeded(
            said("encrypted with a password: give it with --password (the window asks for it)")
        )
    return reader


def _pages(reader: Any) -> tuple[list[tuple[int, str]], list[int]]:
    """Each page's text with its number, and the numbers of the pages without text."""
    pages: list[tuple[int, str]] = []
    empty: list[int] = []
    try:
        count = len(reader.pages)
    except Exception as error:  # a hostile file: pypdf raises what its parser met
        raise _malformed(error, None) from None
    for number in range(1, count + 1):
        try:
            text = reader.pages[number - 1].extract_text() or ""
        except Exception as error:  # a hostile file: pypdf raises what its parser met
            raise _malformed(error, number) from None
        text = _TRAILING_SPACE.sub("", without_controls(text))
        if text.strip():
            pages.append((number, text))
        else:
            empty.append(number)
    return pages, empty


def _metadata(reader: Any) -> tuple[str, list[str], str | None]:
    """Title, authors and creation date; whatever cannot be read is left empty."""
    title = author = ""
    created: datetime | None = None
    try:
        info = reader.metadata
        if info is not None:
            title, author = _field(info.title), _field(info.author)
            created = _created(info)
        if not (title and author and created):
            xmp = reader.xmp_metadata
            if xmp is not None:
                title = title or _field(_first(xmp.dc_title))
                author = author or "; ".join(_field(a) for a in xmp.dc_creator or [] if _field(a))
                created = created or xmp.xmp_create_date
    except Exception:  # metadata is a nicety: a broken dictionary leaves it out
        pass
    if is_unusable_title(title):
        title = ""
    authors = [a.strip() for a in re.split(r";|\n", author) if a.strip()]
    return one_line_label(title, 200) if title else "", authors, _date(created)


def _field(value: object) -> str:
    return " ".join(without_controls(value).split()) if isinstance(value, str) else ""


def _first(value: object) -> object:
    if isinstance(value, dict):
        return next(iter(value.values()), None)
    return value


def _created(info: Any) -> datetime | None:
    try:
        created = info.creation_date
    except Exception:  # a date pypdf cannot parse ("D:2024" with junk)
        return None
    return created if isinstance(created, datetime) else None


def _date(moment: datetime | None) -> str | None:
    """A timestamp in UTC when the PDF says its zone; the day alone when it does not."""
    if moment is None or not 1 <= moment.year <= 9999:
        return None
    try:
        if moment.tzinfo is None or moment.utcoffset() is None:
            return moment.date().isoformat()
        return format_timestamp(moment)
    except (ValueError, OverflowError):
        return None


def _malformed(error: BaseException, page: int | None) -> InputRefused:
    reason = one_line_label(str(error) or type(error).__name__, 160)
    if page is None:
        return InputRefused(said("not a readable PDF: {reason}", reason=reason))
    return InputRefused(said("page {page} cannot be read: {reason}", page=page, reason=reason))


def _ranges(numbers: list[int]) -> str:
    """Page numbers as people write them: "3, 5–9"."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    shown = [str(a) if a == b else f"{a}–{b}" for a, b in spans[:10]]
    return ", ".join(shown) + (" …" if len(spans) > 10 else "")


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf warns (through warnings and its logger) about every oddity it repairs: the
    import's report says what matters, so these are silenced while it reads."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
