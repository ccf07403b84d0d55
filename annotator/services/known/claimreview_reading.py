"""Reading ClaimReview as it is published: a border (docs/design/bad-input.md).

Every layout the field publishes is one JSON tree to walk: a JSON-LD file holding one
ClaimReview, a list, an ``@graph``, a ClaimReview nested in a page's other nodes, the
DataCommons feed (``dataFeedElement[].item[]``), our own ClaimReview export; and Google Fact
Check Tools API responses (``claims[].claimReview[]``, no JSON-LD types), one or a list of
pages; and JSON Lines of any of these (the DataCommons research dataset: a review a line).
Each review found becomes a ``KnownFactCheck`` (json_ld_values reads its fields).

What refuses the file (one line naming the place): JSON that does not parse, nesting beyond
``MAX_DEPTH``, and a review whose fields hold what no text can be (an object for the claim,
a NUL character or a lone surrogate, a claim longer than ``MAX_CLAIM_CHARS``). What is left
out with a note, the rest imported: a review without a claim or without a web address to
find it again by (a review URL is the library's key and the link the window opens).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.domain.sources.known_checks import KnownFactCheck
from annotator.domain.urls import is_web_url
from annotator.services.known.json_ld_values import (
    BadValue,
    dated,
    language_of,
    named,
    nodes_by_id,
    number,
    text_of,
    web_urls,
)

MAX_DEPTH = 64
MAX_CLAIM_CHARS = 10_000
# What a ClaimReview file says in its first kilobytes: a JSON-LD type (any of the ways
# JSON-LD writes it) or the Fact Check Tools API's key; not our own dataset format.
_MARKERS = re.compile(r'"(?:(?:schema:|https?://schema\.org/)?ClaimReview|claimReview)"')
_OUR_DATASET = '"factcheck-annotator/dataset"'


def looks_like_claimreview(head: str) -> bool:
    """Whether a file's beginning says it holds ClaimReview (the full read decides)."""
    return _OUR_DATASET not in head and _MARKERS.search(head) is not None


@dataclass(slots=True)
class ReadReviews:
    """What a ClaimReview file held: the reviews, and those left out with the first place."""

    checks: list[KnownFactCheck] = field(default_factory=list)
    left_out: int = 0
    first_left_out: str = ""  # "dataFeedElement[17].item[0]: no review URL"

    def note_left_out(self, place: str, reason: str) -> None:
        self.left_out += 1
        if not self.first_left_out:
            self.first_left_out = (
                said("{place}: {reason}", place=place, reason=reason) if place else reason
            )


def parse_json(text: str, where: str = "") -> Any:
    """The JSON value of ``text``; refused with the line and column where it breaks.
    Control characters inside strings are accepted (pages write raw line breaks there). A
    text of one JSON value per line (the DataCommons research dataset: one ClaimReview a
    line) is read as the list of its lines' values."""
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and "\n" in text.strip():
            return _json_lines(text, where)
        raise _refusal(error, where) from None
    except RecursionError:
        raise InputRefused(said("{where}JSON nested too deeply", where=where)) from None


class JsonLines(list[Any]):
    """The values of a JSON Lines text, with the line each came from."""

    numbers: list[int]


def _json_lines(text: str, where: str) -> JsonLines:
    values = JsonLines()
    values.numbers = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            values.append(json.loads(line, strict=False))
            values.numbers.append(line_number)
        except json.JSONDecodeError as error:
            raise InputRefused(
                said(
                    "{where}line {line}: not valid JSON ({msg} at column {column})",
                    where=where,
                    line=line_number,
                    msg=error.msg,
                    column=error.colno,
                )
            ) from None
        except RecursionError:
            raise InputRefused(said("{where}JSON nested too deeply", where=where)) from None
    return values


def _refusal(error: json.JSONDecodeError, where: str) -> InputRefused:
    return InputRefused(
        said(
            "{where}not valid JSON ({msg} at line {line}, column {column})",
            where=where,
            msg=error.msg,
            line=error.lineno,
            column=error.colno,
        )
    )


def read_claimreview(text: str, source: str = "", language: str | None = None) -> ReadReviews:
    """Every ClaimReview in a JSON text; ``language`` is the page's, for reviews without one."""
    found = ReadReviews()
    value = parse_json(text)
    if isinstance(value, JsonLines):
        for number, item in zip(value.numbers, value, strict=True):
            collect_reviews(item, found, source, language, f"line {number}")
    else:
        collect_reviews(value, found, source, language)
    return found


def collect_reviews(
    value: Any, found: ReadReviews, source: str, language: str | None = None, place: str = ""
) -> None:
    """Add the reviews of one parsed JSON value to ``found`` (a page may hold several)."""
    graph = nodes_by_id(value)
    for where, node, kind in _walk(value, place, 0):
        try:
            if kind == "google":
                _google_claim(node, where, found, source, language)
            else:
                _claim_review(node, where, found, source, language, graph)
        except BadValue as error:
            raise InputRefused(
                said("{place}: {reason}", place=where or "the review", reason=error.reason)
            ) from None
        except RecursionError:
            raise InputRefused(
                said("{place}: nested too deeply", place=where or "the review")
            ) from None


def _walk(value: Any, place: str, depth: int) -> Iterator[tuple[str, dict[str, Any], str]]:
    """``(place, node, kind)`` of every ClaimReview node and every Fact Check Tools claim."""
    if depth > MAX_DEPTH:
        raise InputRefused(
            said("{place}: nested more than {depth} levels deep", place=place, depth=MAX_DEPTH)
        )
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{place}[{index}]", depth + 1)
        return
    if not isinstance(value, dict):
        return
    if _is_claim_review(value.get("@type")):
        yield place, value, "claimreview"
        return
    if isinstance(value.get("claimReview"), list) and "@type" not in value:
        yield place, value, "google"
        return
    for key, child in value.items():
        if isinstance(child, dict | list):
            yield from _walk(child, f"{place}.{key}" if place else str(key), depth + 1)


def _is_claim_review(kind: Any) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(
        isinstance(k, str) and k.rsplit("/", 1)[-1].removeprefix("schema:") == "ClaimReview"
        for k in kinds
    )


def _claim_review(
    node: dict[str, Any],
    place: str,
    found: ReadReviews,
    source: str,
    language: str | None,
    graph: dict[str, dict[str, Any]],
) -> None:
    item = node.get("itemReviewed")
    item = graph.get(item["@id"], item) if isinstance(item, dict) and "@id" in item else item
    item = item[0] if isinstance(item, list) and item and isinstance(item[0], dict) else item
    item = item if isinstance(item, dict) else {}
    claim = text_of(node.get("claimReviewed"), "claimReviewed")
    claim = claim or text_of(item.get("name"), "itemReviewed.name")
    url = _review_url(node)
    rating = node.get("reviewRating")
    rating = rating[0] if isinstance(rating, list) and rating else rating
    rating = graph.get(rating.get("@id", ""), rating) if isinstance(rating, dict) else rating
    rating = rating if isinstance(rating, dict) else {}
    publisher, publisher_url = named(node.get("author"), graph)
    if publisher is None:
        publisher, publisher_url = named(node.get("publisher"), graph)
    claimant, _ = named(item.get("author"), graph)
    appearances = web_urls(item.get("appearance")) + web_urls(item.get("firstAppearance"))
    if item.get("url") is not None:
        appearances += web_urls(item.get("url"))
    _keep(
        found,
        place,
        KnownFactCheck(
            url=url or "",
            claim_reviewed=claim or "",
            rating_name=text_of(rating.get("alternateName"), "reviewRating.alternateName")
            or text_of(rating.get("name"), "reviewRating.name"),
            rating_value=number(rating.get("ratingValue")),
            best_rating=number(rating.get("bestRating")),
            worst_rating=number(rating.get("worstRating")),
            publisher=publisher,
            publisher_url=publisher_url,
            published_at=dated(node.get("datePublished")),
            language=language_of(node.get("inLanguage")) or language,
            claimant=claimant,
            appearances=tuple(dict.fromkeys(appearances))[:20],
            title=text_of(node.get("name"), "name") or text_of(node.get("headline"), "headline"),
            source=source,
        ),
    )


def _review_url(node: dict[str, Any]) -> str | None:
    url = text_of(node.get("url"), "url")
    if url is None and isinstance(node.get("@id"), str) and is_web_url(node["@id"]):
        url = node["@id"]  # some pages name the review by its address only
    return url


def _google_claim(
    node: dict[str, Any], place: str, found: ReadReviews, source: str, language: str | None
) -> None:
    """A claim of the Fact Check Tools API (claims:search): its text and claimant, and the
    reviews of it (publisher {name, site}, url, title, reviewDate, textualRating,
    languageCode)."""
    claim = text_of(node.get("text"), "text")
    claimant = text_of(node.get("claimant"), "claimant")
    for index, review in enumerate(node["claimReview"]):
        where = f"{place}.claimReview[{index}]" if place else f"claimReview[{index}]"
        if not isinstance(review, dict):
            raise BadValue(said("a review is not an object"))
        publisher = review.get("publisher")
        publisher = publisher if isinstance(publisher, dict) else {}
        site = text_of(publisher.get("site"), "publisher.site")
        _keep(
            found,
            where,
            KnownFactCheck(
                url=text_of(review.get("url"), "url") or "",
                claim_reviewed=claim or "",
                rating_name=text_of(review.get("textualRating"), "textualRating"),
                publisher=text_of(publisher.get("name"), "publisher.name") or site,
                publisher_url=f"https://{site}" if site and is_web_url(f"https://{site}") else None,
                published_at=dated(review.get("reviewDate")),
                language=language_of(review.get("languageCode")) or language,
                claimant=claimant,
                title=text_of(review.get("title"), "title"),
                source=source,
            ),
        )


def _keep(found: ReadReviews, place: str, check: KnownFactCheck) -> None:
    if not check.claim_reviewed:
        found.note_left_out(place, said("no claim (claimReviewed)"))
    elif not check.url:
        found.note_left_out(place, said("no review URL"))
    elif not is_web_url(check.url):
        found.note_left_out(place, said("its review URL is not a web address"))
    elif len(check.claim_reviewed) > MAX_CLAIM_CHARS:
        raise BadValue(
            said("claimReviewed is longer than {limit} characters", limit=MAX_CLAIM_CHARS)
        )
    else:
        found.checks.append(check)
