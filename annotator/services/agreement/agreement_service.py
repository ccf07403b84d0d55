"""Agreement between annotators on the same articles (CLI `agreement`, the window's
View › Several annotators › Agreement).

Each annotator's *layer* is what they made themselves: mentions and claims whose ``created_by``
is their id, the adjudicated layer left out. A pair is compared on the articles both of them
annotated (at least one mention or claim each): an article one of them has not opened yet is
not a disagreement. The keys of ``AgreementReport.as_dict`` are printed by ``agreement --json``,
a contract: add keys, never rename.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.domain.errors import AnnotatorError, said
from annotator.domain.models import Annotator, Claim, Mention, Origin
from annotator.services.agreement.coefficients import (
    Kappa,
    Span,
    cohen_kappa,
    exact_matches,
    f1,
    krippendorff_alpha_nominal,
    overlap_matches,
)
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.catalog_repository import AnnotatorRepository


class UnknownAnnotator(AnnotatorError):
    """A name or id that names no annotator; the message lists the known ones."""


class TooFewAnnotators(AnnotatorError):
    """Agreement needs at least two annotators with annotations."""


@dataclass(slots=True)
class Layer:
    """One annotator's own annotations, per article."""

    annotator: Annotator
    mentions: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))
    claims: dict[str, list[Claim]] = field(default_factory=lambda: defaultdict(list))

    @property
    def articles(self) -> set[str]:
        return {a for a, items in self.mentions.items() if items} | {
            a for a, items in self.claims.items() if items
        }


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One place where two annotators differ, for the window's list and the JSON output."""

    article_id: str
    kind: str  # "mention" | "claim"
    start: int
    end: int
    a: str  # annotator id
    b: str
    a_value: str | None  # the type or status A gave (None: A has nothing at these offsets)
    b_value: str | None
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "a": self.a,
            "b": self.b,
            "a_value": self.a_value,
            "b_value": self.b_value,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class TypeMatch:
    """How two annotators' mentions of one entity type match: F1 over exact offsets, and how
    many each made."""

    exact_f1: float | None
    n_a: int
    n_b: int

    def as_dict(self) -> dict[str, Any]:
        return {"exact_f1": self.exact_f1, "n_a": self.n_a, "n_b": self.n_b}


@dataclass(frozen=True, slots=True)
class SpanMatch:
    """How two annotators' spans of one kind match: F1 over exact offsets (and type) and over
    overlapping ones, how many each made; for mentions, the same per entity type."""

    exact_f1: float | None
    overlap_f1: float | None
    n_a: int
    n_b: int
    by_type: dict[str, TypeMatch] | None = None  # mentions only

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "exact_f1": self.exact_f1,
            "overlap_f1": self.overlap_f1,
            "n_a": self.n_a,
            "n_b": self.n_b,
        }
        if self.by_type is not None:
            found["by_type"] = {name: match.as_dict() for name, match in self.by_type.items()}
        return found


@dataclass(slots=True)
class PairAgreement:
    a: str
    b: str
    articles: int
    mentions: SpanMatch
    claims: SpanMatch
    claim_status: Kappa
    mention_type: Kappa
    disagreements: list[Disagreement]

    def as_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "articles": self.articles,
            "mentions": self.mentions.as_dict(),
            "claims": self.claims.as_dict(),
            "claim_status": self.claim_status.as_dict(),
            "mention_type": self.mention_type.as_dict(),
            "disagreements": len(self.disagreements),
        }


@dataclass(slots=True)
class AgreementReport:
    annotators: list[Annotator]
    articles: int
    pairs: list[PairAgreement]
    alpha_claim_status: float | None
    alpha_mention_type: float | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "annotators": [{"id": a.id, "name": a.name} for a in self.annotators],
            "articles": self.articles,
            "pairs": [pair.as_dict() for pair in self.pairs],
            "krippendorff_alpha": {
                "claim_status": self.alpha_claim_status,
                "mention_type": self.alpha_mention_type,
            },
        }

    def disagreements(self) -> list[Disagreement]:
        return [d for pair in self.pairs for d in pair.disagreements]


class AgreementService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def annotators(self) -> list[Annotator]:
        with self.database.reading() as session:
            return AnnotatorRepository(session).all()

    def team(self) -> list[Annotator]:
        """The annotators who made annotations of their own (the adjudicated layer aside)."""
        with self.database.reading() as session:
            ids = AnnotationRepository(session).annotator_ids()
        return [a for a in self.annotators() if a.id in ids]

    def resolve(self, names_or_ids: Sequence[str]) -> list[Annotator]:
        """The annotators named (by id, or by name ignoring case), in the order given."""
        known = self.annotators()
        chosen: list[Annotator] = []
        for wanted in names_or_ids:
            found = next((a for a in known if a.id == wanted), None) or next(
                (a for a in known if a.name.casefold() == wanted.casefold()), None
            )
            if found is None:
                names = ", ".join(a.name for a in known) or "none yet"
                raise UnknownAnnotator(
                    said(
                        "no annotator named {wanted!r}; known annotators: {names}",
                        wanted=wanted,
                        names=names,
                    )
                )
            if found not in chosen:
                chosen.append(found)
        return chosen

    def layers(
        self, annotators: Sequence[Annotator] | None = None, article_ids: Sequence[str] = ()
    ) -> list[Layer]:
        """Each annotator's own layer (all annotators with annotations when none are given)."""
        with self.database.reading() as session:
            repository = AnnotationRepository(session)
            ids = list(article_ids) or repository.annotated_article_ids()
            mentions = repository.mentions_of(ids)
            claims = repository.claims_of(ids)
            known = annotators or AnnotatorRepository(session).all()
        layers = {a.id: Layer(a) for a in known}
        for per_article in mentions.values():
            for mention in per_article:
                layer = layers.get(mention.created_by or "")
                if layer is not None and mention.origin is not Origin.ADJUDICATED:
                    layer.mentions[mention.article_id].append(mention)
        for claims_of_article in claims.values():
            for claim in claims_of_article:
                layer = layers.get(claim.created_by or "")
                if layer is not None and claim.origin is not Origin.ADJUDICATED:
                    layer.claims[claim.article_id].append(claim)
        found = list(layers.values())
        return found if annotators else [layer for layer in found if layer.articles]

    def report(
        self, names_or_ids: Sequence[str] = (), article_ids: Sequence[str] = ()
    ) -> AgreementReport:
        """Agreement of the chosen annotators (default: everyone with annotations).

        Raises UnknownAnnotator for a name that is not known, TooFewAnnotators when fewer
        than two annotators take part.
        """
        chosen = self.resolve(names_or_ids) if names_or_ids else None
        if chosen is not None and len(chosen) < 2:
            raise TooFewAnnotators(
                said(
                    "agreement compares at least two annotators; name two or more with --annotator"
                )
            )
        layers = self.layers(chosen, article_ids)
        if len(layers) < 2:
            have = ", ".join(layer.annotator.name for layer in layers) or "nobody"
            raise TooFewAnnotators(
                said(
                    "agreement needs annotations by at least two annotators; annotations so far "
                    "by {have}. Import the other annotators' exports first (annotator import).",
                    have=have,
                )
            )
        return agreement_of(layers)


def agreement_of(layers: Sequence[Layer]) -> AgreementReport:
    """The figures for the layers given: every pair, and alpha over all of them."""
    seen: dict[str, int] = defaultdict(int)
    for layer in layers:
        for article in layer.articles:
            seen[article] += 1
    pairs = [pair_agreement(a, b) for a, b in combinations(layers, 2)]
    return AgreementReport(
        annotators=[layer.annotator for layer in layers],
        articles=sum(1 for count in seen.values() if count >= 2),
        pairs=pairs,
        alpha_claim_status=krippendorff_alpha_nominal(_units(layers, "claims")),
        alpha_mention_type=krippendorff_alpha_nominal(_units(layers, "mentions")),
    )


def _units(layers: Sequence[Layer], kind: str) -> list[list[str]]:
    """Per offsets (article, start, end): the value each annotator gave (one per annotator)."""
    units: dict[tuple[str, int, int], dict[str, str]] = defaultdict(dict)
    for layer in layers:
        per_article: dict[str, list[Any]] = getattr(layer, kind)
        for items in per_article.values():
            for item in items:
                value = item.status if kind == "claims" else item.type
                units[(item.article_id, item.start, item.end)].setdefault(layer.annotator.id, value)
    return [list(values.values()) for values in units.values()]


def pair_agreement(left: Layer, right: Layer) -> PairAgreement:
    common = sorted(left.articles & right.articles)
    mentions_a = [m for article in common for m in left.mentions.get(article, [])]
    mentions_b = [m for article in common for m in right.mentions.get(article, [])]
    claims_a = [c for article in common for c in left.claims.get(article, [])]
    claims_b = [c for article in common for c in right.claims.get(article, [])]

    typed_a = [_span(m, m.type) for m in mentions_a]
    typed_b = [_span(m, m.type) for m in mentions_b]
    by_type: dict[str, TypeMatch] = {}
    for entity_type in sorted({s[3] for s in typed_a} | {s[3] for s in typed_b}):
        only_a = [s for s in typed_a if s[3] == entity_type]
        only_b = [s for s in typed_b if s[3] == entity_type]
        exact = f1(exact_matches(only_a, only_b), len(only_a), len(only_b))
        by_type[entity_type] = TypeMatch(exact, len(only_a), len(only_b))
    mentions = _span_match(typed_a, typed_b, by_type)
    claims = _span_match([_span(c, "") for c in claims_a], [_span(c, "") for c in claims_b])
    status_a = _first_at_offsets(claims_a, "status")
    status_b = _first_at_offsets(claims_b, "status")
    type_a = _first_at_offsets(mentions_a, "type")
    type_b = _first_at_offsets(mentions_b, "type")
    return PairAgreement(
        a=left.annotator.id,
        b=right.annotator.id,
        articles=len(common),
        mentions=mentions,
        claims=claims,
        claim_status=cohen_kappa([(status_a[k], status_b[k]) for k in status_a if k in status_b]),
        mention_type=cohen_kappa([(type_a[k], type_b[k]) for k in type_a if k in type_b]),
        disagreements=_disagreements(
            left.annotator.id, right.annotator.id, mentions_a, mentions_b, claims_a, claims_b
        ),
    )


def _span_match(
    spans_a: list[Span], spans_b: list[Span], by_type: dict[str, TypeMatch] | None = None
) -> SpanMatch:
    n_a, n_b = len(spans_a), len(spans_b)
    return SpanMatch(
        f1(exact_matches(spans_a, spans_b), n_a, n_b),
        f1(overlap_matches(spans_a, spans_b), n_a, n_b),
        n_a,
        n_b,
        by_type,
    )


def _span(item: Mention | Claim, label: str) -> Span:
    return (item.article_id, item.start, item.end, label)


def _first_at_offsets(items: Sequence[Any], attribute: str) -> dict[tuple[str, int, int], str]:
    found: dict[tuple[str, int, int], str] = {}
    for item in items:
        found.setdefault((item.article_id, item.start, item.end), getattr(item, attribute))
    return found


def _disagreements(
    a: str,
    b: str,
    mentions_a: list[Mention],
    mentions_b: list[Mention],
    claims_a: list[Claim],
    claims_b: list[Claim],
) -> list[Disagreement]:
    """Every offsets where the two differ: only one has a span there, or their values differ."""
    found: list[Disagreement] = []
    for kind, left, right, attribute in (
        ("mention", mentions_a, mentions_b, "type"),
        ("claim", claims_a, claims_b, "status"),
    ):
        values_a = _first_at_offsets(left, attribute)
        values_b = _first_at_offsets(right, attribute)
        quotes = {(i.article_id, i.start, i.end): i.quote for i in [*left, *right]}
        for key in sorted(values_a.keys() | values_b.keys()):
            value_a, value_b = values_a.get(key), values_b.get(key)
            if value_a != value_b:
                article_id, start, end = key
                found.append(
                    Disagreement(article_id, kind, start, end, a, b, value_a, value_b, quotes[key])
                )
    found.sort(key=lambda d: (d.article_id, d.start, d.end, d.kind))
    return found
