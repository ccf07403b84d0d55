"""Holds what a check-worthy sentence's suggestion says when the library of known fact-checks
holds a published verdict of it: "…; checked before: StopFake rated it Правда — https://…".

Only sentences scoring at least CHECKWORTHY are looked up (the suggestions a fact-checker
acts on; with every sentence listed, the rest would cost a lookup each for nothing), and only
a match the window would call "checked before" (ranking.CHECKED_BEFORE) is named.
"""

from __future__ import annotations

from dataclasses import replace

from annotator.domain.sources.known_checks import KnownMatch
from annotator.services.known.known_library import KnownLibrary
from annotator.services.known.ranking import CHECKED_BEFORE
from annotator.services.suggestions.suggestion import Found

CHECKWORTHY = 0.5


def checked_before(match: KnownMatch) -> str:
    """The words added to a suggestion's reason."""
    check = match.check
    verdict = check.rating or "no rating given"
    return f"checked before: {check.publisher or 'a fact-checker'} rated it {verdict} — {check.url}"


def with_known_checks(text: str, found: Found, library: KnownLibrary) -> Found:
    """``found`` with the reasons of its check-worthy claim sentences naming the published
    fact-check each matches, if any."""
    chosen = [i for i, claim in enumerate(found.claims) if claim.score >= CHECKWORTHY]
    if not chosen or library.is_empty():
        return found
    sentences = [text[found.claims[i].start : found.claims[i].end] for i in chosen]
    claims = list(found.claims)
    for index, match in zip(chosen, library.best_matches(sentences, CHECKED_BEFORE), strict=True):
        if match is not None:
            claim = claims[index]
            claims[index] = replace(claim, reason=f"{claim.reason}; {checked_before(match)}")
    return Found(found.names, claims)
