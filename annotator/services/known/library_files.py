"""Files into the library of known fact-checks, as the importer meets them: a ClaimReview file
(recognised by what it says, whatever its extension) and a fact-check page's embedded
ClaimReview. The importer reads and decodes the bytes (its border); this reads the reviews,
stores them (one transaction per file) and words what it did for the import report.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.domain.errors import said
from annotator.services.known.claimreview_reading import (
    ReadReviews,
    looks_like_claimreview,
    read_claimreview,
)
from annotator.services.known.page_reviews import PageReviews, reviews_in_page
from annotator.storage.database import Database

if TYPE_CHECKING:
    from annotator.services.known.known_library import KnownLibrary, StoredReviews

__all__ = [
    "PageReviews",
    "StoredFile",
    "page_reviews",
    "says_claimreview",
    "store_file",
    "store_page",
]

HEAD_BYTES = 65536  # what is read to tell a ClaimReview file from a dataset


@dataclass(slots=True)
class StoredFile:
    """What a file gave the library, for its line in the import report."""

    known: int  # known fact-checks written (new or changed records)
    note: str  # "read as ClaimReview: 3 new, 1 updated"
    warning: str = ""  # reviews left out, a JSON-LD block that could not be read


def says_claimreview(path: Path) -> bool:
    """Whether a regular file's first kilobytes hold ClaimReview (not read: a pipe, a device,
    a file that cannot be opened; the dataset reader then says what is wrong with it)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return False
        head = os.read(descriptor, HEAD_BYTES)
    except OSError:
        return False
    finally:
        os.close(descriptor)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    return looks_like_claimreview(text)


def store_file(database: Database, text: str, source: str, imported_at: str) -> StoredFile | None:
    """The reviews of a ClaimReview file, stored; None when it holds none after all (it
    only mentioned ClaimReview: the importer reads it as a dataset)."""
    read = read_claimreview(text, source)
    if not read.checks and not read.left_out:
        return None
    stored = _library(database).store(read.checks, imported_at)
    return StoredFile(stored.records, _note(stored), _left_out(read))


def page_reviews(markup: str, source: str) -> PageReviews | None:
    """A web page's ClaimReview and the problems of its JSON-LD; None when it has neither."""
    page = reviews_in_page(markup, source)
    if page.reviews.checks or page.reviews.left_out or page.problems:
        return page
    return None


def store_page(database: Database, page: PageReviews, imported_at: str) -> StoredFile:
    stored = _library(database).store(page.reviews.checks, imported_at)
    warnings = [*page.problems, _left_out(page.reviews)]
    note = _note(stored) if page.reviews.checks else ""
    return StoredFile(stored.records, note, "; ".join(w for w in warnings if w))


def _library(database: Database) -> KnownLibrary:
    """The library, loaded when a file holds reviews: its ranking (rapidfuzz, the claims'
    similarity) is most of what an import of articles or a dataset would load for nothing."""
    from annotator.services.known.known_library import KnownLibrary

    return KnownLibrary(database)


def _note(stored: StoredReviews) -> str:
    if not stored.added and not stored.updated:
        return said(
            "its {count} published fact-check(s) are in the library already",
            count=stored.unchanged,
        )
    return said(
        "ClaimReview: {added} new, {updated} updated", added=stored.added, updated=stored.updated
    )


def _left_out(read: ReadReviews) -> str:
    if not read.left_out:
        return ""
    return said(
        "{count} review(s) left out (first: {first})",
        count=read.left_out,
        first=read.first_left_out,
    )
