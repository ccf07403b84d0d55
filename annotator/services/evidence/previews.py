"""What the window shows of a file that is no picture: the first lines of a text, the text of
a PDF's first page (pypdf reads it; nothing in the PDF runs), the pages of a web capture.

Previews read a bounded part of the stored file, never the whole of a large one.
"""

from __future__ import annotations

import logging
import struct
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from annotator.domain.errors import InputRefused, said
from annotator.services.importing.decoding import decode_bytes

log = logging.getLogger(__name__)

TEXT_HEAD_BYTES = 64 * 1024
TEXT_LINES = 60
PDF_TEXT_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Preview:
    """The first part of a file as text, and how much of the file it is."""

    text: str
    note: str = ""  # "page 1 of 12", "first 60 lines"


def text_preview(head: bytes, size: int) -> Preview:
    """The first lines of a text file whose first bytes are ``head``."""
    if not head:
        return Preview("", said("the file is empty"))
    cut = head[:TEXT_HEAD_BYTES]
    if len(cut) < size:
        # Never end inside a UTF-8 sequence or a line: up to the last full line read.
        newline = cut.rfind(b"\n")
        cut = cut[: newline + 1] if newline > 0 else cut
    decoded = decode_bytes(cut)
    lines = decoded.text.splitlines()
    shown = "\n".join(lines[:TEXT_LINES])
    more = len(lines) > TEXT_LINES or len(cut) < size
    return Preview(shown, said("the first {count} lines", count=TEXT_LINES) if more else "")


# What pypdf raises on a damaged or hostile file: its own errors, and the parsing errors of
# the standard library it lets through.
_PDF_FAILURES = (
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    RecursionError,
    struct.error,
    zlib.error,
)


def pdf_preview(stream: BinaryIO) -> Preview:
    """The text of a PDF's first page (a scanned page has none: said so)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(stream)
        if reader.is_encrypted and not reader.decrypt(""):
            return Preview("", said("the PDF is encrypted; open it with the system's viewer"))
        pages = len(reader.pages)
        text = reader.pages[0].extract_text()[:PDF_TEXT_CHARS] if pages else ""
    except (PyPdfError, *_PDF_FAILURES) as error:
        log.info("PDF preview refused: %r", error)
        raise InputRefused(said("the PDF cannot be read: {reason}", reason=error)) from None
    note = said("page 1 of {pages}", pages=pages)
    if not text.strip():
        return Preview("", said("{note}: no text on it (a scan?)", note=note))
    return Preview(text.strip(), note)
