"""doccano JSONL: one article a line, ``label`` as [start, end, LABEL] in code points.

Mentions carry their entity type id, claims the label ``CLAIM``; the claims' status and
claimant travel under the extra key ``claims`` (doccano keeps unknown keys as metadata).
Import reads ``label`` (sequence labelling) or ``entities`` (doccano's relation layout).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Origin
from annotator.services.formats.peers.foreign_dataset import (
    ForeignDataset,
    claim_details,
    spans_of,
)


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    for article in articles:
        line = {
            "id": article["id"],
            "text": article["text"],
            "label": [list(span) for span in spans_of(article)],
            "title": article["title"],
            "claims": claim_details(article),
        }
        stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    return []


def _lines(text: str) -> list[tuple[int, Any]]:
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            try:
                found.append((number, json.loads(line)))
            except json.JSONDecodeError as error:
                raise InputRefused(
                    said("line {number}: not valid JSON ({msg})", number=number, msg=error.msg)
                ) from None
    return found


def detect(name: str, text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        value = json.loads(first)
    except json.JSONDecodeError:
        return False
    return (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and ("label" in value or "entities" in value or "labels" in value)
        and "format" not in value
    )


def _spans(record: dict[str, Any], where: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    labels = record.get("label", record.get("labels", []))
    if isinstance(labels, list):
        for item in labels:
            if isinstance(item, list) and len(item) == 3:
                spans.append((item[0], item[1], str(item[2])))
            elif isinstance(item, str):
                continue  # a document-level class (text classification): no span
            else:
                raise InputRefused(
                    said(
                        "{where}: a label is not [start, end, LABEL]: {item!r}",
                        where=where,
                        item=item,
                    )
                )
    for item in record.get("entities", []) or []:
        try:
            spans.append((item["start_offset"], item["end_offset"], str(item["label"])))
        except (KeyError, TypeError):
            raise InputRefused(
                said("{where}: an entity lacks start_offset/end_offset/label", where=where)
            ) from None
    return spans


def read(text: str, options: dict) -> tuple[dict[str, Any], list[str]]:
    built = ForeignDataset()
    source = options.get("source", "")
    for number, record in _lines(text):
        where = said("line {number}", number=number)
        if not isinstance(record, dict):
            raise InputRefused(said("{where}: not a JSON object", where=where))
        details = {
            (c["start"], c["end"]): c
            for c in record.get("claims", []) or []
            if isinstance(c, dict) and "start" in c and "end" in c
        }
        spans = [(s, e, label, None, Origin.IMPORT) for s, e, label in _spans(record, where)]
        built.add_article(
            record.get("text"),
            str(record.get("title") or ""),
            source,
            where,
            spans,
            details,
        )
    return built.document(), built.notes
