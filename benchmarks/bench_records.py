"""The record converters generated from the dataclasses (domain/records.py) against the
hand-written dict literals they replaced, measured in the same run.

    .venv/bin/python benchmarks/bench_records.py [--number 100000] [--repeat 5]

Prints seconds per ``--number`` calls, best of ``--repeat``, and the ratio generated /
hand-written for each conversion the bulk import and export make (about 10 s).
"""

from __future__ import annotations

import argparse
import timeit
from typing import Any

from annotator.domain.models import (
    Claim,
    Claimant,
    Evidence,
    Mention,
    Origin,
    Review,
    Stance,
)
from annotator.services.formats import dataset_v1
from annotator.storage import row_mapping

# --- the hand-written baselines: what row_mapping.py and dataset_v1.py held before ------------


def mention_values(m: Mention) -> dict[str, Any]:
    return {
        "id": m.id, "article_id": m.article_id, "start": m.start, "end": m.end,
        "quote": m.quote, "type": m.type, "entity_id": m.entity_id, "origin": str(m.origin),
        "created_by": m.created_by, "created_at": m.created_at,
    }  # fmt: skip


def mention_from(row: dict[str, Any]) -> Mention:
    return Mention(
        id=row["id"], article_id=row["article_id"], start=row["start"], end=row["end"],
        quote=row["quote"], type=row["type"], entity_id=row["entity_id"],
        origin=Origin(row["origin"]), created_by=row["created_by"], created_at=row["created_at"],
    )  # fmt: skip


def claim_values(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id, "article_id": c.article_id, "start": c.start, "end": c.end,
        "quote": c.quote, "claim_reviewed": c.claim_reviewed,
        "claimant_name": c.claimant.name, "claimant_entity_id": c.claimant.entity_id,
        "claim_date": c.claim_date, "status": c.status, "justification": c.justification,
        "checkworthy": c.checkworthy, "tags": list(c.tags), "review_url": c.review.url,
        "review_published_at": c.review.published_at, "origin": str(c.origin),
        "created_by": c.created_by, "created_at": c.created_at, "updated_at": c.updated_at,
    }  # fmt: skip


def claim_from(row: dict[str, Any], mention_ids: list[str], evidence: list[Evidence]) -> Claim:
    return Claim(
        id=row["id"], article_id=row["article_id"], start=row["start"], end=row["end"],
        quote=row["quote"], status=row["status"], claim_reviewed=row["claim_reviewed"],
        claimant=Claimant(row["claimant_name"], row["claimant_entity_id"]),
        claim_date=row["claim_date"], justification=row["justification"],
        checkworthy=row["checkworthy"], tags=list(row["tags"] or []), mention_ids=mention_ids,
        evidence=evidence, review=Review(row["review_url"], row["review_published_at"]),
        origin=Origin(row["origin"]), created_by=row["created_by"],
        created_at=row["created_at"], updated_at=row["updated_at"],
    )  # fmt: skip


def evidence_dict(e: Evidence) -> dict[str, Any]:
    return {
        "id": e.id, "url": e.url, "archive_url": e.archive_url, "title": e.title,
        "stance": str(e.stance), "excerpt": e.excerpt, "accessed_at": e.accessed_at,
    }  # fmt: skip


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id, "start": c.start, "end": c.end, "quote": c.quote,
        "claim_reviewed": c.claim_reviewed,
        "claimant": {"name": c.claimant.name, "entity_id": c.claimant.entity_id},
        "claim_date": c.claim_date, "status": c.status, "justification": c.justification,
        "checkworthy": c.checkworthy, "tags": list(c.tags), "mention_ids": list(c.mention_ids),
        "evidence": [evidence_dict(e) for e in c.evidence],
        "review": {"url": c.review.url, "published_at": c.review.published_at},
        "origin": str(c.origin), "created_by": c.created_by, "created_at": c.created_at,
        "updated_at": c.updated_at,
    }  # fmt: skip


def evidence_from(data: dict[str, Any]) -> Evidence:
    return Evidence(
        id=data["id"], url=data["url"], archive_url=data["archive_url"], title=data["title"],
        stance=Stance(data["stance"]), excerpt=data["excerpt"], accessed_at=data["accessed_at"],
    )  # fmt: skip


def claim_from_json(data: dict[str, Any], article_id: str) -> Claim:
    return Claim(
        id=data["id"], article_id=article_id, start=data["start"], end=data["end"],
        quote=data["quote"], status=data["status"], claim_reviewed=data["claim_reviewed"],
        claimant=Claimant(data["claimant"]["name"], data["claimant"]["entity_id"]),
        claim_date=data["claim_date"], justification=data["justification"],
        checkworthy=data["checkworthy"], tags=list(data["tags"]),
        mention_ids=list(data["mention_ids"]),
        evidence=[evidence_from(e) for e in data["evidence"]],
        review=Review(data["review"]["url"], data["review"]["published_at"]),
        origin=Origin(data.get("origin", "import")), created_by=data["created_by"],
        created_at=data["created_at"], updated_at=data["updated_at"],
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    evidence = Evidence("e1", "https://example.org", None, "Report", Stance.REFUTES, "", None)
    mention = Mention("m1", "a1", 10, 24, "Maksym Strelnyk", "PERSON", "e7", Origin.MANUAL)
    claim = Claim(
        "c1", "a1", 0, 60, "The ministry said 40 units were moved", "moved 40 units",
        Claimant("Ministry", "e2"), "2024-03-01", "false", "Satellite images", True, ["army"],
        ["m1"], [evidence], Review("https://factcheck.example/1", None), Origin.MANUAL, "olena",
        "2024-03-02T10:00:00Z", "2024-03-02T10:00:00Z",
    )  # fmt: skip
    mention_row, claim_row = mention_values(mention), claim_values(claim)
    claim_json = claim_dict(claim)
    cases = [
        ("mention → row", lambda: row_mapping.mention_values(mention),
         lambda: mention_values(mention)),
        ("row → mention", lambda: row_mapping.mention_from(mention_row),
         lambda: mention_from(mention_row)),
        ("claim → row", lambda: row_mapping.claim_values(claim), lambda: claim_values(claim)),
        ("row → claim", lambda: row_mapping.claim_from(claim_row, ["m1"], [evidence]),
         lambda: claim_from(claim_row, ["m1"], [evidence])),
        ("claim → JSON", lambda: dataset_v1.claim_dict(claim), lambda: claim_dict(claim)),
        ("JSON → claim", lambda: dataset_v1.claim_from(claim_json, "a1"),
         lambda: claim_from_json(claim_json, "a1")),
    ]  # fmt: skip
    for name, generated, hand in cases:
        # Same values both ways, or the figures compare different work.
        assert generated() == hand(), name
    print(f"{'conversion':<16} {'generated':>10} {'by hand':>10} {'ratio':>7}")
    for name, generated, hand in cases:
        ours = min(timeit.repeat(generated, number=args.number, repeat=args.repeat))
        theirs = min(timeit.repeat(hand, number=args.number, repeat=args.repeat))
        print(f"{name:<16} {ours:>9.3f}s {theirs:>9.3f}s {ours / theirs:>6.2f}x")


if __name__ == "__main__":
    main()
