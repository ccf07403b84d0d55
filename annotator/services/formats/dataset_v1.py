"""JSON dataset format version 1 (DESIGN §8): domain objects ⇄ plain dicts.

The keys here are a contract with tests and scripts outside this repository: add keys freely,
never rename or drop one without a new format_version.
"""

from __future__ import annotations

from typing import Any

from annotator import __version__
from annotator.domain.models import (
    Annotator,
    Article,
    ArticleStatus,
    Claim,
    Claimant,
    ClaimRelation,
    Entity,
    Evidence,
    Mention,
    Origin,
    Relation,
    Review,
    Stance,
)
from annotator.domain.schemes import EntityType, Schemes, Status
from annotator.domain.timestamps import now_timestamp

FORMAT = "factcheck-annotator/dataset"
FORMAT_VERSION = 1
OFFSET_UNIT = "codepoint"
GENERATOR = {"name": "factcheck-annotator", "version": __version__}


def header(
    schemes: Schemes,
    annotators: list[Annotator],
    entities: list[Entity],
    exported_at: str | None = None,
    claim_relations: list[ClaimRelation] | None = None,
) -> dict[str, Any]:
    """The dataset header. ``claim_relations`` (added within v1, optional for readers) is
    written when given: exports always give it, so related claims survive a round trip."""
    head: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "offset_unit": OFFSET_UNIT,
        "exported_at": exported_at or now_timestamp(),
        "generator": dict(GENERATOR),
        "schemes": {
            "entity_types": [
                {"id": t.id, "label": t.label, "color": t.color, "shortcut": t.shortcut}
                for t in schemes.entity_types
            ],
            "statuses": [
                {"id": s.id, "label": s.label, "final": s.final, "rating_value": s.rating_value}
                for s in schemes.statuses
            ],
        },
        "annotators": [{"id": a.id, "name": a.name} for a in annotators],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "note": e.note}
            for e in entities
        ],
    }
    if claim_relations is not None:
        head["claim_relations"] = [claim_relation_dict(r) for r in claim_relations]
    return head


def article_dict(article: Article, mentions: list[Mention], claims: list[Claim]) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "text_sha256": article.text_sha256,
        "source": article.source,
        "url": article.url,
        "publisher": article.publisher,
        "authors": list(article.authors),
        "published_at": article.published_at,
        "language": article.language,
        "imported_at": article.imported_at,
        "status": str(article.status),
        "mentions": [mention_dict(m) for m in mentions],
        "claims": [claim_dict(c) for c in claims],
    }


def mention_dict(m: Mention) -> dict[str, Any]:
    return {
        "id": m.id,
        "start": m.start,
        "end": m.end,
        "quote": m.quote,
        "type": m.type,
        "entity_id": m.entity_id,
        "origin": str(m.origin),
        "created_by": m.created_by,
        "created_at": m.created_at,
    }


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "start": c.start,
        "end": c.end,
        "quote": c.quote,
        "claim_reviewed": c.claim_reviewed,
        "claimant": {"name": c.claimant.name, "entity_id": c.claimant.entity_id},
        "claim_date": c.claim_date,
        "status": c.status,
        "justification": c.justification,
        "checkworthy": c.checkworthy,
        "tags": list(c.tags),
        "mention_ids": list(c.mention_ids),
        "evidence": [evidence_dict(e) for e in c.evidence],
        "review": {"url": c.review.url, "published_at": c.review.published_at},
        "origin": str(c.origin),
        "created_by": c.created_by,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
    }


def claim_relation_dict(r: ClaimRelation) -> dict[str, Any]:
    return {
        "claim_id": r.claim_id,
        "other_claim_id": r.other_claim_id,
        "relation": str(r.relation),
        "created_by": r.created_by,
        "created_at": r.created_at,
    }


def evidence_dict(e: Evidence) -> dict[str, Any]:
    return {
        "id": e.id,
        "url": e.url,
        "archive_url": e.archive_url,
        "title": e.title,
        "stance": str(e.stance),
        "excerpt": e.excerpt,
        "accessed_at": e.accessed_at,
    }


# --- reading: dicts already checked against the JSON Schema -------------------------------


def schemes_from(data: dict[str, Any]) -> Schemes:
    return Schemes(
        entity_types=[
            EntityType(t["id"], t["label"], t["color"], t["shortcut"]) for t in data["entity_types"]
        ],
        statuses=[
            Status(s["id"], s["label"], s["final"], s["rating_value"]) for s in data["statuses"]
        ],
    )


def annotator_from(data: dict[str, Any]) -> Annotator:
    return Annotator(id=data["id"], name=data["name"])


def entity_from(data: dict[str, Any]) -> Entity:
    return Entity(
        id=data["id"],
        name=data["name"],
        type=data["type"],
        aliases=list(data["aliases"]),
        note=data.get("note", ""),
    )


def article_from(data: dict[str, Any], imported_at: str) -> Article:
    return Article(
        id=data["id"],
        title=data["title"],
        text=data["text"],
        text_sha256=data["text_sha256"],
        source=data["source"],
        url=data["url"],
        publisher=data["publisher"],
        authors=list(data["authors"]),
        published_at=data["published_at"],
        language=data["language"],
        imported_at=data.get("imported_at") or imported_at,
        status=ArticleStatus(data["status"]),
    )


def mention_from(data: dict[str, Any], article_id: str) -> Mention:
    return Mention(
        id=data["id"],
        article_id=article_id,
        start=data["start"],
        end=data["end"],
        quote=data["quote"],
        type=data["type"],
        entity_id=data["entity_id"],
        origin=Origin(data["origin"]),
        created_by=data["created_by"],
        created_at=data["created_at"],
    )


def claim_from(data: dict[str, Any], article_id: str) -> Claim:
    return Claim(
        id=data["id"],
        article_id=article_id,
        start=data["start"],
        end=data["end"],
        quote=data["quote"],
        status=data["status"],
        claim_reviewed=data["claim_reviewed"],
        claimant=Claimant(data["claimant"]["name"], data["claimant"]["entity_id"]),
        claim_date=data["claim_date"],
        justification=data["justification"],
        checkworthy=data["checkworthy"],
        tags=list(data["tags"]),
        mention_ids=list(data["mention_ids"]),
        evidence=[evidence_from(e) for e in data["evidence"]],
        review=Review(data["review"]["url"], data["review"]["published_at"]),
        origin=Origin(data.get("origin", "import")),
        created_by=data["created_by"],
        created_at=data["created_at"],
        updated_at=data["updated_at"],
    )


def evidence_from(data: dict[str, Any]) -> Evidence:
    return Evidence(
        id=data["id"],
        url=data["url"],
        archive_url=data["archive_url"],
        title=data["title"],
        stance=Stance(data["stance"]),
        excerpt=data["excerpt"],
        accessed_at=data["accessed_at"],
    )


def claim_relation_from(data: dict[str, Any]) -> ClaimRelation:
    return ClaimRelation(
        claim_id=data["claim_id"],
        other_claim_id=data["other_claim_id"],
        relation=Relation(data["relation"]),
        created_by=data.get("created_by"),
        created_at=data["created_at"],
    )
