"""Conversions between ``…Row`` records and domain objects, in one place.

Bulk paths (import, export) go through plain dicts and Core statements, not ORM instances:
the ORM's unit of work costs several times the raw insert on 10,000 articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotator.domain.models import (
    Annotator,
    Article,
    ArticleStatus,
    Claim,
    Claimant,
    Entity,
    Evidence,
    Mention,
    Origin,
    Review,
    Stance,
)
from annotator.domain.schemes import EntityType, Status


def article_values(article: Article) -> dict[str, Any]:
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
    }


def article_from(row: Mapping[str, Any]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        text_sha256=row["text_sha256"],
        source=row["source"],
        url=row["url"],
        publisher=row["publisher"],
        authors=list(row["authors"] or []),
        published_at=row["published_at"],
        language=row["language"],
        imported_at=row["imported_at"],
        status=ArticleStatus(row["status"]),
    )


def mention_values(mention: Mention) -> dict[str, Any]:
    return {
        "id": mention.id,
        "article_id": mention.article_id,
        "start": mention.start,
        "end": mention.end,
        "quote": mention.quote,
        "type": mention.type,
        "entity_id": mention.entity_id,
        "origin": str(mention.origin),
        "created_by": mention.created_by,
        "created_at": mention.created_at,
    }


def mention_from(row: Mapping[str, Any]) -> Mention:
    return Mention(
        id=row["id"],
        article_id=row["article_id"],
        start=row["start"],
        end=row["end"],
        quote=row["quote"],
        type=row["type"],
        entity_id=row["entity_id"],
        origin=Origin(row["origin"]),
        created_by=row["created_by"],
        created_at=row["created_at"],
    )


def claim_values(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "claim_reviewed": claim.claim_reviewed,
        "claimant_name": claim.claimant.name,
        "claimant_entity_id": claim.claimant.entity_id,
        "claim_date": claim.claim_date,
        "status": claim.status,
        "justification": claim.justification,
        "checkworthy": claim.checkworthy,
        "tags": list(claim.tags),
        "review_url": claim.review.url,
        "review_published_at": claim.review.published_at,
        "origin": str(claim.origin),
        "created_by": claim.created_by,
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
    }


def claim_from(row: Mapping[str, Any], mention_ids: list[str], evidence: list[Evidence]) -> Claim:
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        start=row["start"],
        end=row["end"],
        quote=row["quote"],
        status=row["status"],
        claim_reviewed=row["claim_reviewed"],
        claimant=Claimant(row["claimant_name"], row["claimant_entity_id"]),
        claim_date=row["claim_date"],
        justification=row["justification"],
        checkworthy=row["checkworthy"],
        tags=list(row["tags"] or []),
        mention_ids=mention_ids,
        evidence=evidence,
        review=Review(row["review_url"], row["review_published_at"]),
        origin=Origin(row["origin"]),
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def evidence_values(claim_id: str, position: int, evidence: Evidence) -> dict[str, Any]:
    return {
        "id": evidence.id,
        "claim_id": claim_id,
        "position": position,
        "url": evidence.url,
        "archive_url": evidence.archive_url,
        "title": evidence.title,
        "stance": str(evidence.stance),
        "excerpt": evidence.excerpt,
        "accessed_at": evidence.accessed_at,
    }


def evidence_from(row: Mapping[str, Any]) -> Evidence:
    return Evidence(
        id=row["id"],
        url=row["url"],
        archive_url=row["archive_url"],
        title=row["title"],
        stance=Stance(row["stance"]),
        excerpt=row["excerpt"],
        accessed_at=row["accessed_at"],
    )


def entity_values(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "note": entity.note,
    }


def entity_from(row: Mapping[str, Any]) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        aliases=list(row["aliases"] or []),
        note=row["note"],
    )


def annotator_from(row: Mapping[str, Any]) -> Annotator:
    return Annotator(id=row["id"], name=row["name"])


def entity_type_values(entity_type: EntityType, position: int) -> dict[str, Any]:
    return {
        "id": entity_type.id,
        "label": entity_type.label,
        "color": entity_type.color,
        "shortcut": entity_type.shortcut,
        "position": position,
    }


def entity_type_from(row: Mapping[str, Any]) -> EntityType:
    return EntityType(
        id=row["id"], label=row["label"], color=row["color"], shortcut=row["shortcut"]
    )


def status_values(status: Status, position: int) -> dict[str, Any]:
    return {
        "id": status.id,
        "label": status.label,
        "final": status.final,
        "rating_value": status.rating_value,
        "position": position,
    }


def status_from(row: Mapping[str, Any]) -> Status:
    return Status(
        id=row["id"], label=row["label"], final=bool(row["final"]), rating_value=row["rating_value"]
    )
