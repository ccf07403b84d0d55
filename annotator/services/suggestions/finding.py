"""Holds the rules that turn a text into suggestions, without a database (pure): names of
known entities and check-worthy claim sentences, and leaving out what the article already
annotates or the user rejected.

The same text gives the same suggestions in the same order (offset, then mentions before
claims); see suggestion_service for the two kinds.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from annotator.domain.checkworthiness import ClaimCandidate, LinearModel, assess, claim_candidates
from annotator.domain.language.name_matching import Form, NameMatch
from annotator.domain.sentences import sentence_spans
from annotator.services.suggestions.suggestion import (
    CLAIM,
    KINDS,
    MENTION,
    Annotated,
    EntityNames,
    Found,
    Suggestion,
)

_FORM_SCORE = {
    Form.NAME: 1.0,
    Form.ALIAS: 0.9,
    Form.CAPITALS: 0.8,
    Form.TRANSLITERATION: 0.75,
    Form.INFLECTION: 0.7,
}
_FORM_REASON = {Form.NAME: "name of", Form.ALIAS: "alias of", Form.CAPITALS: "in capitals:"}


def _reason(match: NameMatch) -> str:
    """Why a span is suggested: "name of “Izium”", "transliteration of “Izium”",
    "inflected form of “Ізюм”, transliteration of “Izium”"."""
    if match.form in _FORM_REASON:
        return f"{_FORM_REASON[match.form]} “{match.name}”"
    same_script = _is_cyrillic(match.nominative) == _is_cyrillic(match.via)
    if match.form == Form.TRANSLITERATION:
        kind = "spelling" if same_script else "transliteration"
        return f"{kind} of “{match.via}”"
    if same_script:
        return f"inflected form of “{match.via}”"
    return f"inflected form of “{match.nominative}”, transliteration of “{match.via}”"


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def find_in_text(
    text: str,
    names: EntityNames,
    threshold: float | None = None,
    model: LinearModel | None = None,
) -> Found:
    """Names and claim candidates; claims scored by ``model`` and the cues, or the cues alone.
    A threshold of 0 (or below) lists every sentence, those the scoring passes by at 0."""
    claims = claim_candidates(text, threshold, model)
    if threshold is not None and threshold <= 0:
        claims = every_sentence(text, claims)
    return Found(list(names.matcher.find(text)), claims)


def every_sentence(text: str, scored: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """Every sentence of ``text`` in reading order: the scored ones as they are, the others
    (site furniture, fragments, a sentence no cue or model gave any weight) at 0 with the
    cues' reason, so that a ranking of every sentence has them all."""
    by_span = {(c.start, c.end): c for c in scored}
    found = []
    for start, end in sentence_spans(text):
        candidate = by_span.pop((start, end), None)
        if candidate is None:
            candidate = ClaimCandidate(start, end, 0.0, assess(text[start:end]).reason)
        found.append(candidate)
    return sorted([*found, *by_span.values()], key=lambda c: (c.start, c.end))


def suggest_in_text(
    article_id: str,
    text: str,
    names: EntityNames,
    annotated: Annotated | None = None,
    threshold: float | None = None,
    found: Found | None = None,
    model: LinearModel | None = None,
) -> list[Suggestion]:
    """The suggestions for one article's text, sorted by offset. Pure: no database."""
    found = found or find_in_text(text, names, threshold, model)
    return still_open(every_suggestion(article_id, text, names, found), annotated or Annotated())


def every_suggestion(
    article_id: str, text: str, names: EntityNames, found: Found
) -> list[Suggestion]:
    """Everything ``found`` suggests, before what the article already holds is taken out;
    sorted by offset, mentions before claims at the same place."""
    suggestions = [
        Suggestion(
            article_id=article_id,
            kind=MENTION,
            start=match.start,
            end=match.end,
            quote=text[match.start : match.end],
            type=names.types[match.entity_id],
            entity_id=match.entity_id,
            score=_FORM_SCORE[match.form],
            reason=_reason(match),
            new_alias=match.nominative or None,
        )
        for match in found.names
    ]
    suggestions += [
        Suggestion(
            article_id=article_id,
            kind=CLAIM,
            start=candidate.start,
            end=candidate.end,
            quote=text[candidate.start : candidate.end],
            type=None,
            entity_id=None,
            score=candidate.score,
            reason=candidate.reason,
        )
        for candidate in found.claims
    ]
    order = {kind: i for i, kind in enumerate(KINDS)}
    suggestions.sort(key=lambda s: (s.start, s.end, order[s.kind]))
    return suggestions


def still_open(suggestions: list[Suggestion], annotated: Annotated) -> list[Suggestion]:
    """Those of ``suggestions`` (in their order) that are neither rejected nor overlap an
    annotation of their kind. Cheap: the window asks after every annotation it adds."""
    overlaps = {MENTION: _Overlaps(annotated.mentions), CLAIM: _Overlaps(annotated.claims)}
    rejected = annotated.rejected
    return [
        s
        for s in suggestions
        if (s.kind, s.start, s.end) not in rejected and not overlaps[s.kind].any(s.start, s.end)
    ]


class _Overlaps:
    """Does a span overlap any of these spans? O(log n) per question."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_end = list(accumulate((end for _, end in ordered), max))

    def any(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # spans starting before this one ends
        return before > 0 and self._max_end[before - 1] > start
