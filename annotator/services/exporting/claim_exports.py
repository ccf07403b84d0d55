"""Exports of the claims alone: ClaimReview JSON-LD for publishing, CSV for spreadsheets.

Called by ``exporting.export_dataset`` inside its read transaction (one snapshot); articles
and their claims are read in batches, so memory does not grow with the collection. Writing
is the caller's atomic stream.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from sqlalchemy.orm import Session

from annotator.domain.errors import AnnotatorError
from annotator.domain.language.folding import fold
from annotator.domain.models import Article, Claim, Entity
from annotator.services.formats import claimreview, claims_csv
from annotator.services.formats.claimreview import Organization, SkippedClaim
from annotator.services.preferences import ORGANIZATION_NAME, organization_from
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import (
    AnnotatorRepository,
    EntityRepository,
    SchemeRepository,
)
from annotator.storage.repositories.preference_repository import PreferenceRepository

CLAIM_FORMATS = ("claimreview", "csv")
BATCH_SIZE = 200

# step(done, total): report progress, raise ExportCancelled when the user cancelled.
Step = Callable[[int, int], None]


class OrganizationMissing(AnnotatorError):
    def __init__(self) -> None:
        super().__init__(
            "a ClaimReview export names the fact-checking organisation as its author, and "
            f"none is set. Set it once with: annotator config {ORGANIZATION_NAME} "
            '"Your organisation" (and organization.url "https://…"), '
            "or give --org-name for one export. Nothing was written."
        )


def stream_options(format: str) -> dict[str, Any]:
    """How the atomic writer must open the file for ``format``."""
    if format == "csv":
        return {"encoding": claims_csv.ENCODING, "newline": ""}
    return {}


def resolve_organization(session: Session, organization: Organization | None) -> Organization:
    """The given organisation, else the stored one; OrganizationMissing when neither."""
    found = organization or organization_from(PreferenceRepository(session).all())
    if found is None:
        raise OrganizationMissing()
    return found


def _claims_by_article(session: Session) -> Iterator[tuple[Article, list[Claim]]]:
    articles, annotations = ArticleRepository(session), AnnotationRepository(session)
    for batch in articles.iter_in_export_order(BATCH_SIZE):
        claims = annotations.claims_of([a.id for a in batch])
        for article in batch:
            yield article, claims.get(article.id, [])


def write_claimreview(
    session: Session, stream: TextIO, organization: Organization, step: Step
) -> tuple[int, int, int, list[SkippedClaim], list[SkippedClaim]]:
    """Write the JSON-LD document; returns (articles, claims, items, skipped claims, notes on
    exported claims)."""
    statuses = {s.id: s for s in SchemeRepository(session).load().statuses}
    entities = {e.id: e for e in EntityRepository(session).all()}
    by_name = _entities_by_name(entities.values())
    total = ArticleRepository(session).count()
    seen_articles = seen_claims = items = 0
    skipped: list[SkippedClaim] = []
    notes: list[SkippedClaim] = []  # exported, but short of Google's recommendations
    stream.write(claimreview.opening())
    for article, claims in _claims_by_article(session):
        seen_articles += 1
        step(seen_articles, total)
        for claim in claims:
            seen_claims += 1
            status = statuses.get(claim.status)
            reason = claimreview.skip_reason(claim, status)
            if reason is not None:
                skipped.append(
                    SkippedClaim(claim.id, article.title, reason, article.id, claim.quote)
                )
                continue
            assert status is not None  # skip_reason refuses a status outside the scheme
            entity = entities.get(claim.claimant.entity_id or "") or by_name.get(
                fold(claim.claimant.name or "")
            )
            item = claimreview.claim_review(claim, article, status, organization, entity)
            notes.extend(
                SkippedClaim(claim.id, article.title, warning, article.id, claim.quote)
                for warning in claimreview.claim_warnings(claim, item)
            )
            text = claimreview.script_safe(json.dumps(item, ensure_ascii=False, indent=2))
            text = text.replace("\n", "\n    ")
            stream.write(("\n    " if items == 0 else ",\n    ") + text)
            items += 1
    stream.write(claimreview.closing(items))
    return seen_articles, seen_claims, items, skipped, notes


def _entities_by_name(entities: Iterable[Entity]) -> dict[str, Entity]:
    """A claimant typed by name ("Ministry of Defence") is that entity when one name or
    alias matches, so a typed organisation is published as an Organization."""
    found: dict[str, Entity] = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            found.setdefault(fold(name), entity)
    found.pop("", None)
    return found


def write_claims_csv(
    session: Session, stream: TextIO, step: Step, raw: bool = False
) -> tuple[int, int]:
    """Write one row per claim; returns (articles, claims). ``raw``: formulas not
    neutralised (see ``claims_csv``)."""
    statuses = {s.id: s for s in SchemeRepository(session).load().statuses}
    names = {a.id: a.name for a in AnnotatorRepository(session).all()}
    total = ArticleRepository(session).count()
    writer = claims_csv.claims_writer(stream)
    seen_articles = seen_claims = 0
    for article, claims in _claims_by_article(session):
        seen_articles += 1
        step(seen_articles, total)
        for claim in claims:
            writer.writerow(
                claims_csv.claim_row(article, claim, statuses.get(claim.status), names, raw)
            )
            seen_claims += 1
    return seen_articles, seen_claims
