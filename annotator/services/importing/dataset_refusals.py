"""What refuses a checked dataset against this database, before any of a batch is written: a
type, status or entity that neither the file nor the database knows, an evidence or span id
that already means something else here, a claim relation whose claim is nowhere.
"""

from __future__ import annotations

from annotator.domain.errors import InputRefused, TranslatableMessage, said
from annotator.domain.models import Entity
from annotator.domain.schemes import Schemes
from annotator.services.importing.dataset_records import Dataset, DatasetArticle
from annotator.storage.repositories.annotation_repository import AnnotationRepository


def referenced_entities(batch: list[DatasetArticle]) -> set[str]:
    found = {m.entity_id for a in batch for m in a.mentions if m.entity_id}
    found |= {c.claimant.entity_id for a in batch for c in a.claims if c.claimant.entity_id}
    return found


def check_entity_type(entity: Entity, schemes: Schemes) -> None:
    if entity.type not in schemes.entity_type_ids():
        raise InputRefused(
            said(
                "entity {name!r} has the unknown type {type!r}", name=entity.name, type=entity.type
            )
        )


def check_references(
    batch: list[DatasetArticle], schemes: Schemes, known_entities: set[str]
) -> None:
    types, statuses = schemes.entity_type_ids(), schemes.status_ids()
    for entry in batch:
        for mention in entry.mentions:
            if mention.type not in types:
                raise InputRefused(
                    said(
                        "{where}: mention {id} has the unknown entity type {type!r} (not in the "
                        "dataset's schemes)",
                        where=_article(entry),
                        id=mention.id,
                        type=mention.type,
                    )
                )
            if mention.entity_id and mention.entity_id not in known_entities:
                raise InputRefused(
                    said(
                        "{where}: mention {id} links the unknown entity {entity_id}",
                        where=_article(entry),
                        id=mention.id,
                        entity_id=mention.entity_id,
                    )
                )
        for claim in entry.claims:
            if claim.status not in statuses:
                raise InputRefused(
                    said(
                        "{where}: claim {id} has the unknown status {status!r} (not in the "
                        "dataset's schemes)",
                        where=_article(entry),
                        id=claim.id,
                        status=claim.status,
                    )
                )
            if claim.claimant.entity_id and claim.claimant.entity_id not in known_entities:
                raise InputRefused(
                    said(
                        "{where}: claim {id} names the unknown entity {entity_id} as claimant",
                        where=_article(entry),
                        id=claim.id,
                        entity_id=claim.claimant.entity_id,
                    )
                )


def _article(entry: DatasetArticle) -> TranslatableMessage:
    """Where a refusal points (made only for a refusal: a check per article would cost more)."""
    return said("article {id}", id=entry.article.id)


def check_evidence_ids(
    annotations: AnnotationRepository, batch: list[DatasetArticle], existing_claims: set[str]
) -> None:
    new_evidence = [
        e.id for a in batch for c in a.claims if c.id not in existing_claims for e in c.evidence
    ]
    clash = annotations.existing_evidence_ids(new_evidence)
    if clash:
        raise InputRefused(
            said(
                "evidence id {evidence} already belongs to another claim", evidence=sorted(clash)[0]
            )
        )


def check_relation_claims(
    annotations: AnnotationRepository, dataset: Dataset, in_file: set[str]
) -> None:
    wanted = {i for r in dataset.claim_relations for i in (r.claim_id, r.other_claim_id)}
    known = in_file | annotations.existing_claim_ids(wanted - in_file)
    for relation in dataset.claim_relations:
        for claim_id in (relation.claim_id, relation.other_claim_id):
            if claim_id not in known:
                raise InputRefused(
                    said(
                        "claim relation {claim_id}–{other_claim_id}: claim {missing} is neither "
                        "in this file nor in the database",
                        claim_id=relation.claim_id,
                        other_claim_id=relation.other_claim_id,
                        missing=claim_id,
                    )
                )


def check_known_spans(
    annotations: AnnotationRepository,
    batch: list[DatasetArticle],
    by_hash: dict[str, str],
    existing_mentions: set[str],
    existing_claims: set[str],
) -> None:
    """A span id already stored must name the same span: same text, offsets and quote.

    Two datasets that give one id different content would otherwise merge silently, the
    second one's version lost; the file is refused by name instead.
    """
    for kind, existing in (("mention", existing_mentions), ("claim", existing_claims)):
        stored = annotations.span_places(kind, existing)
        for entry in batch:
            target = by_hash.get(entry.article.text_sha256)
            for item in entry.mentions if kind == "mention" else entry.claims:
                place = stored.get(item.id)
                if place is not None and place != (target, item.start, item.end, item.quote):
                    raise InputRefused(
                        said(
                            "article {article}: {kind} {span} is already stored with different "
                            "content ({quote!r} at {start}–{end}); refusing to mix two spans "
                            "under one id",
                            article=entry.article.id,
                            kind=kind,
                            span=item.id,
                            quote=place[3],
                            start=place[1],
                            end=place[2],
                        )
                    )
