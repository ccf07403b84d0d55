"""schema.org ClaimReview as JSON-LD: the published verdicts, for search engines and aggregators.

One item per claim that is ready to publish: its status is final and the published fact-check's
address (``review.url``) is known. Google's ClaimReview documentation requires
``claimReviewed``, ``reviewRating.alternateName`` and ``url``; the claimant goes into
``itemReviewed.author``, the article the claim appeared in into ``itemReviewed.appearance``.

The file is one JSON-LD document ``{"@context": "https://schema.org", "@graph": [...]}``
rather than a bare array: a top-level array would need its own ``@context`` in every item
(JSON-LD 1.1 §4.9), whereas ``@graph`` states the vocabulary once and is what JSON-LD
processors (pyld, jsonld.js), schema.org's validator and Google's structured-data parser all
read; an object can also gain keys later without breaking readers. To publish one verdict on
a web page, take its item and add ``"@context": "https://schema.org"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from annotator.domain.errors import said
from annotator.domain.models import Article, Claim, Entity
from annotator.domain.schemes import Status
from annotator.domain.urls import web_address

CONTEXT = "https://schema.org"
BEST_RATING, WORST_RATING = 5, 1
# Google: "claimReviewed … should be short (less than 75 characters)".
MAX_CLAIM_REVIEWED_CHARS = 75


@dataclass(frozen=True, slots=True)
class Organization:
    """The fact-checking organisation that publishes the reviews (their ``author``)."""

    name: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SkippedClaim:
    """A claim left out of the export, and why, for the user to fix or ignore."""

    claim_id: str
    article_title: str
    reason: str
    # Where it is, for the window to name it by its words and go there (the command line
    # names it by its id).
    article_id: str = ""
    quote: str = ""

    def line(self) -> str:
        return said(
            'claim {claim_id} in "{title}": {reason}',
            claim_id=self.claim_id,
            title=self.article_title,
            reason=self.reason,
        )


def script_safe(json_text: str) -> str:
    """JSON text that can sit inside ``<script type="application/ld+json">`` on a web page:
    a literal ``</script>`` in a claim or a name would end the script and let the rest run as
    HTML. ``<``, ``>`` and ``&`` only occur inside strings, where ``\\u003c`` means the same."""
    return json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def opening() -> str:
    """The document up to the first item; items follow, joined by commas, then ``closing``."""
    return '{\n  "@context": "' + CONTEXT + '",\n  "@graph": ['


def closing(items: int) -> str:
    return ("\n  " if items else "") + "]\n}\n"


def skip_reason(claim: Claim, status: Status | None) -> str | None:
    """Why ``claim`` cannot be published as a ClaimReview; None when it can."""
    if status is None:
        return said('its status "{status}" is not in the scheme', status=claim.status)
    if not status.final:
        return said('its status "{status}" is not a final verdict', status=status.label)
    if not (claim.review.url or "").strip():
        return said("it has no review URL (the address of the published fact-check)")
    if web_address(claim.review.url) is None:
        return said("its review URL is not a web address (http or https); it is never published")
    return None


def claim_warnings(claim: Claim, item: dict[str, Any]) -> list[str]:
    """What Google recommends and this item lacks: exported all the same, named for a fix."""
    found: list[str] = []
    if "datePublished" not in item:
        found.append(said("no review date (datePublished): set the published review's date"))
    if len(item["claimReviewed"]) > MAX_CLAIM_REVIEWED_CHARS:
        found.append(
            said(
                "claimReviewed is {length} characters (Google recommends fewer than {limit}): "
                "write a shorter restatement",
                length=len(item["claimReviewed"]),
                limit=MAX_CLAIM_REVIEWED_CHARS,
            )
        )
    return found


def as_uri(url: str) -> str:
    """A web address as a valid URI: an IDNA host and percent-encoded non-ASCII path, query
    and fragment ("https://факт.укр/перевірка" → "https://xn--80ayy1b.xn--j1amh/%D0%BF…")."""
    url = url.strip()
    if url.isascii():
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        host = quote(host, safe="")
    netloc = host
    if parts.port is not None:
        netloc += f":{parts.port}"
    if parts.username:
        userinfo = quote(parts.username, safe="")
        if parts.password:
            userinfo += ":" + quote(parts.password, safe="")
        netloc = f"{userinfo}@{netloc}"
    safe = "/:@!$&'()*+,;=-._~%?"
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=safe),
            quote(parts.query, safe=safe),
            quote(parts.fragment, safe=safe),
        )
    )


def claim_review(
    claim: Claim,
    article: Article,
    status: Status,
    organization: Organization,
    claimant_entity: Entity | None = None,
) -> dict[str, Any]:
    """The ClaimReview item of one publishable claim (see ``skip_reason``).

    ``claimant_entity`` is the canonical entity the claimant is linked to, if any: it decides
    whether the claimant is a Person or an Organization.
    """
    rating: dict[str, Any] = {
        "@type": "Rating",
        "name": status.label,
        "alternateName": status.label,
    }
    if status.rating_value is not None:
        rating.update(
            ratingValue=status.rating_value, bestRating=BEST_RATING, worstRating=WORST_RATING
        )
    item: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": (claim.claim_reviewed or "").strip() or claim.quote,
        "reviewRating": rating,
        "url": as_uri(web_address(claim.review.url) or ""),
    }
    if claim.review.published_at:
        item["datePublished"] = claim.review.published_at
    item["author"] = _organization(organization)
    if article.language and article.language != "und":
        item["inLanguage"] = article.language
    item["itemReviewed"] = _claim(claim, article, claimant_entity)
    return item


def _organization(organization: Organization) -> dict[str, Any]:
    found: dict[str, Any] = {"@type": "Organization", "name": organization.name}
    address = web_address(organization.url)
    if address:
        found["url"] = as_uri(address)
    return found


def _claim(claim: Claim, article: Article, claimant_entity: Entity | None) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    name = (claim.claimant.name or "").strip() or (claimant_entity.name if claimant_entity else "")
    if name:
        # Google accepts a Person or an Organization here. Claimants are mostly people
        # ("an official identified only as Rogov"); one linked to a non-person entity (a
        # ministry, a brigade, a channel) is an Organization.
        kind = "Person"
        if claimant_entity is not None and claimant_entity.type != "PERSON":
            kind = "Organization"
        item["author"] = {"@type": kind, "name": name}
    if claim.claim_date:
        item["datePublished"] = claim.claim_date
    address = web_address(article.url)
    if address:  # a javascript: or data: address stored long ago is never published
        # The annotated article is where the claim was seen first (firstAppearance) and one
        # place it appears (appearance): Google reads either.
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": as_uri(address)}
        if article.title:
            appearance["headline"] = article.title
        if article.published_at:
            appearance["datePublished"] = article.published_at
        item["firstAppearance"] = appearance
        item["appearance"] = appearance
    return item
