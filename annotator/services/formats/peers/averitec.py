"""AVeriTeC claims JSON: claim, speaker, date, label, justification, Q&A evidence.

AVeriTeC claims JSON (Schlichtkrull et al. 2023): a list of claim records with speaker,
date, label, justification and question–answer evidence.

Import makes one short article per claim (its text is the claim). The four labels become
statuses (Supported → true, Refuted → false, Not Enough Evidence → unproven, Conflicting
Evidence/Cherrypicking → misleading) and the original label is kept as a tag
``averitec:<label>``, so an export writes it back unchanged. Answers become evidence (the
question as title, the answer as excerpt); AVeriTeC gives no stance per answer: neutral.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Evidence
from annotator.services.formats.peers.foreign_dataset import (
    ForeignDataset,
    stable_id,
    whole_text_claim,
)

LABELS = {
    "Supported": "true",
    "Refuted": "false",
    "Not Enough Evidence": "unproven",
    "Conflicting Evidence/Cherrypicking": "misleading",
}
STATUS_LABELS = {
    "true": "Supported",
    "mostly_true": "Supported",
    "false": "Refuted",
    "mostly_false": "Refuted",
    "mixed": "Conflicting Evidence/Cherrypicking",
    "misleading": "Conflicting Evidence/Cherrypicking",
    "unproven": "Not Enough Evidence",
}
TAG = "averitec:"


def _date_in(value: Any, where: str) -> str | None:
    """AVeriTeC writes D-M-YYYY (not zero-padded: 9-10-2020)."""
    if not value:
        return None
    try:
        day, month, year = (int(part) for part in str(value).split("-"))
        return f"{year:04d}-{month:02d}-{day:02d}"
    except ValueError:
        raise InputRefused(
            said("{where}: claim_date {value!r} is not D-M-YYYY", where=where, value=value)
        ) from None


def _date_out(value: str | None) -> str | None:
    if not value:
        return None
    year, month, day = value[:10].split("-")
    return f"{int(day)}-{int(month)}-{year}"


def detect(name: str, text: str) -> bool:
    start = text.lstrip()[:4000]
    return (
        start.startswith("[")
        and '"claim"' in start
        and ('"questions"' in start or '"speaker"' in start or '"justification"' in start)
    )


def read(text: str, options: dict) -> tuple[dict[str, Any], list[str]]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputRefused(
            said("not valid JSON ({msg} at line {lineno})", msg=error.msg, lineno=error.lineno)
        ) from None
    if not isinstance(records, list):
        raise InputRefused(said("not an AVeriTeC file (expected a JSON list of claims)"))
    built = ForeignDataset()
    unknown: set[str] = set()
    for index, record in enumerate(records):
        where = said("claim {number}", number=index + 1)
        if not isinstance(record, dict) or not isinstance(record.get("claim"), str):
            raise InputRefused(said("{where}: no claim text", where=where))
        label = record.get("label")
        status = LABELS.get(label) if label else None
        if label and status is None:
            unknown.add(str(label))
        evidence = []
        for q_index, question in enumerate(record.get("questions") or []):
            for a_index, answer in enumerate(question.get("answers") or []):
                excerpt = str(answer.get("answer") or "")
                if answer.get("boolean_explanation"):
                    excerpt += f" ({answer['boolean_explanation']})"
                evidence.append(
                    Evidence(
                        id=stable_id("averitec", record["claim"], q_index, a_index),
                        url=str(answer.get("source_url") or ""),
                        archive_url=answer.get("cached_source_url") or None,
                        title=str(question.get("question") or ""),
                        excerpt=excerpt,
                    )
                )
        tags = [TAG + label] if label else []
        tags += ["claim_type:" + t for t in record.get("claim_types") or []]
        tags += ["strategy:" + t for t in record.get("fact_checking_strategies") or []]
        if record.get("location_ISO_code"):
            tags.append("location:" + record["location_ISO_code"])
        whole_text_claim(
            built,
            record["claim"],
            where,
            options.get("source", ""),
            {
                "status": status,
                "claimant": record.get("speaker"),
                "claim_date": _date_in(record.get("claim_date"), where),
                "justification": record.get("justification"),
                "evidence": evidence,
                "review_url": record.get("fact_checking_article"),
                "tags": tags,
            },
            url=record.get("original_claim_url"),
            publisher=record.get("reporting_source"),
        )
    if unknown:
        built.notes.append(f"unknown label(s) {sorted(unknown)} read as unverified")
    built.notes.append(
        "answers carry no stance: evidence stored as neutral; "
        "answer_type and source_medium not kept"
    )
    return built.document(), built.notes


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    notes: list[str] = []
    records = []
    for article in articles:
        for claim in article["claims"]:
            kept = [t for t in claim["tags"] if t.startswith(TAG)]
            label = kept[0][len(TAG) :] if kept else STATUS_LABELS.get(claim["status"])
            if label is None:
                notes.append(
                    f"claim {claim['id']}: status {claim['status']!r} has no label; left out"
                )
                continue
            questions: dict[str, list[dict[str, Any]]] = {}
            for item in claim["evidence"]:
                questions.setdefault(item["title"], []).append(
                    {
                        "answer": item["excerpt"],
                        "answer_type": "Extractive",
                        "source_url": item["url"],
                        "source_medium": "Web text",
                        "cached_source_url": item["archive_url"],
                    }
                )
            tags = claim["tags"]
            records.append(
                {
                    "claim": claim["claim_reviewed"] or claim["quote"],
                    "required_reannotation": False,
                    "label": label,
                    "justification": claim["justification"],
                    "claim_date": _date_out(claim["claim_date"]),
                    "speaker": claim["claimant"]["name"],
                    "original_claim_url": article["url"],
                    "fact_checking_article": claim["review"]["url"],
                    "reporting_source": article["publisher"],
                    "location_ISO_code": next(
                        (t.split(":", 1)[1] for t in tags if t.startswith("location:")), None
                    ),
                    "claim_types": [
                        t.split(":", 1)[1] for t in tags if t.startswith("claim_type:")
                    ],
                    "fact_checking_strategies": [
                        t.split(":", 1)[1] for t in tags if t.startswith("strategy:")
                    ],
                    "questions": [{"question": q, "answers": a} for q, a in questions.items()],
                }
            )
    stream.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    return notes
