"""Claims as CSV, one row per claim, for spreadsheets.

The file is UTF-8 with a byte-order mark: without it Excel reads UTF-8 as the local ANSI code
page and Cyrillic turns into mojibake; LibreOffice and Python's ``csv`` (with ``utf-8-sig``)
take it in their stride. Rows end in CRLF (RFC 4180, the csv module's default); line breaks
inside a field (a justification of several paragraphs) stay as they are, inside quotes. The
stream must be opened with ``newline=""`` so that they are not translated.

A spreadsheet runs a cell that starts with "=", "+", "-" or "@" as a formula, and a hostile
article can hold ``=HYPERLINK("http://evil…")``. So by default such a cell is written with a
leading apostrophe, as OWASP recommends ("CSV Injection"): spreadsheets show the text and run
nothing. ``raw`` writes every value exactly as stored, for programs that read the file.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from annotator.domain.models import Article, Claim
from annotator.domain.schemes import Status
from annotator.domain.urls import evidence_address, web_address

ENCODING = "utf-8-sig"
EVIDENCE_SEPARATOR = " | "
TAG_SEPARATOR = "; "
# OWASP: cells starting with these are formulas to Excel, LibreOffice and Google Sheets
# (tab and carriage return too: some spreadsheets strip them and read what follows).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralized(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


COLUMNS = (
    "article_id",
    "article_title",
    "article_url",
    "claim_id",
    "quote",
    "claim_reviewed",
    "claimant",
    "claim_date",
    "status",
    "status_label",
    "final",
    "rating_value",
    "justification",
    "evidence_urls",
    "review_url",
    "review_published_at",
    "tags",
    "created_by",
    "updated_at",
)


def claims_writer(stream: TextIO) -> Any:
    """A csv writer on ``stream`` that has already written the header row."""
    writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    return writer


def claim_row(
    article: Article,
    claim: Claim,
    status: Status | None,
    annotator_names: dict[str, str],
    raw: bool = False,
) -> list[str]:
    """The cells of one claim, in ``COLUMNS`` order; absent values are empty cells; unless
    ``raw``, a cell a spreadsheet would run as a formula starts with an apostrophe."""
    values: dict[str, Any] = {
        "article_id": article.id,
        "article_title": article.title,
        # Only links go out as links (domain/urls.py), whatever an old database holds.
        "article_url": web_address(article.url),
        "claim_id": claim.id,
        "quote": claim.quote,
        "claim_reviewed": claim.claim_reviewed,
        "claimant": claim.claimant.name,
        "claim_date": claim.claim_date,
        "status": claim.status,
        "status_label": status.label if status else None,
        "final": None if status is None else ("true" if status.final else "false"),
        "rating_value": status.rating_value if status else None,
        "justification": claim.justification,
        "evidence_urls": EVIDENCE_SEPARATOR.join(
            found for e in claim.evidence if (found := evidence_address(e.url))
        ),
        "review_url": web_address(claim.review.url),
        "review_published_at": claim.review.published_at,
        "tags": TAG_SEPARATOR.join(claim.tags),
        "created_by": annotator_names.get(claim.created_by or "", claim.created_by),
        "updated_at": claim.updated_at,
    }
    cells = ["" if values[c] is None else str(values[c]) for c in COLUMNS]
    return cells if raw else [neutralized(cell) for cell in cells]
