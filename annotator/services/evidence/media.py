"""What kind of file a piece of evidence keeps: its media type, from its name and confirmed by
its first bytes for the kinds the program shows (images, PDFs, text, web captures).

The first bytes decide where they are sure (a PNG named .txt is an image); the name decides
the rest; anything unknown is application/octet-stream and is only opened with the system's
viewer or saved.
"""

from __future__ import annotations

import mimetypes
import zipfile
from enum import StrEnum
from pathlib import PurePath
from typing import BinaryIO

OCTET_STREAM = "application/octet-stream"
WARC = "application/warc"
WACZ = "application/wacz"
HEAD_BYTES = 4096


class Kind(StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"
    CAPTURE = "capture"  # a web archive: WARC or WACZ
    OTHER = "other"


# Raster images the window draws; SVG is shown as its text (a drawing program, not a picture).
IMAGE_TYPES = {
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/bmp",
    "image/tiff",
}
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"%PDF-", "application/pdf"),
    (b"WARC/", WARC),
)
_BY_SUFFIX = {
    ".warc": WARC,
    ".wacz": WACZ,
    ".webp": "image/webp",
    ".md": "text/markdown",
    ".jsonl": "application/jsonl",
    ".eml": "message/rfc822",
}
_TEXT_TYPES = {"application/json", "application/jsonl", "application/xml", "message/rfc822"}


def media_type(name: str, head: bytes) -> str:
    """The media type of a file called ``name`` whose first bytes are ``head``."""
    for signature, found in _SIGNATURES:
        if head.startswith(signature):
            return found
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    if suffixes[-2:] == [".warc", ".gz"] and head.startswith(b"\x1f\x8b"):
        return WARC  # records gzipped one by one, as wget and warcio write them
    suffix = suffixes[-1] if suffixes else ""
    guessed = _BY_SUFFIX.get(suffix) or mimetypes.guess_type(f"x{suffix}", strict=False)[0]
    if guessed in IMAGE_TYPES or guessed == "application/pdf":
        return OCTET_STREAM  # said to be an image or a PDF, but its bytes are not one
    return guessed or OCTET_STREAM


def kind_of(media: str) -> Kind:
    if media in IMAGE_TYPES:
        return Kind.IMAGE
    if media == "application/pdf":
        return Kind.PDF
    if media in (WARC, WACZ):
        return Kind.CAPTURE
    if media.startswith("text/") or media in _TEXT_TYPES or media.endswith(("+xml", "+json")):
        return Kind.TEXT
    return Kind.OTHER


def is_wacz(stream: BinaryIO) -> bool:
    """A zip holding a WACZ's datapackage.json (a .wacz may be named anything)."""
    try:
        with zipfile.ZipFile(stream) as archive:
            return "datapackage.json" in archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False
