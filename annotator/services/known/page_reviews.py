"""ClaimReview embedded in a saved fact-check page: its ``<script type="application/ld+json">``
blocks, read with lxml (the page's markup only: nothing is fetched, no script runs).

A page is an article first: a block that is not JSON, or holds no ClaimReview, does not stop
its import. A block that names ClaimReview but cannot be read is a warning naming the block
and the place; the page's other reviews are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotator.domain.errors import InputRefused, message_of, said
from annotator.services.known.claimreview_reading import (
    ReadReviews,
    collect_reviews,
    looks_like_claimreview,
    parse_json,
)

_WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


@dataclass(slots=True)
class PageReviews:
    reviews: ReadReviews = field(default_factory=ReadReviews)
    problems: list[str] = field(default_factory=list)  # "JSON-LD block 2: not valid JSON (…)"


def reviews_in_page(markup: str, source: str = "") -> PageReviews:
    """The ClaimReviews of a web page's JSON-LD blocks (none: an empty result)."""
    page = PageReviews()
    if "ld+json" not in markup or not looks_like_claimreview(markup):
        return page  # the everyday page: no parse at all
    import lxml.etree  # with trafilatura, for pages only
    import lxml.html

    try:
        try:
            root = lxml.html.fromstring(markup)
        except ValueError:  # text that declares its encoding (<?xml … encoding=…?>)
            root = lxml.html.fromstring(markup.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return page
    language = _language(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    blocks = [
        script.text or ""
        for script in root.iter("script")
        if (script.get("type") or "").strip().lower() == "application/ld+json"
    ]
    for number, block in enumerate(blocks, start=1):
        if not looks_like_claimreview(block):
            continue
        where = said("JSON-LD block {number}: ", number=number)
        try:
            value = parse_json(_WRAPPERS.sub("", block), where)
            collect_reviews(value, page.reviews, source, language)
        except InputRefused as error:
            reason = message_of(error)
            page.problems.append(reason if reason.startswith(where) else f"{where}{reason}")
    return page


def _language(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if _LANGUAGE.fullmatch(value) and len(value) <= 35 else None
