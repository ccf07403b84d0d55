"""Label Studio tasks: a JSON list, one annotation per annotator, ``labels`` results.

Offsets are code points (Python's ``text[start:end]``, which label-studio-sdk's converters
slice with); each result also carries its ``text``, and an import refuses a result whose text
does not match its offsets rather than shifting it. A labelling config (``.xml``) goes beside.
Claims are ``CLAIM`` results; their status and claimant travel in ``data.claims``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO
from xml.sax.saxutils import quoteattr

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Origin
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    ForeignDataset,
    claim_details,
)

FROM_NAME, TO_NAME = "label", "text"


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    names = {a["id"]: a["name"] for a in head["annotators"]}
    stream.write("[")
    for number, article in enumerate(articles, start=1):
        by_annotator: dict[str | None, list[dict[str, Any]]] = {}
        spans = [(m, m["type"]) for m in article["mentions"]]
        spans += [(c, CLAIM_LABEL) for c in article["claims"]]
        for item, label in sorted(spans, key=lambda s: (s[0]["start"], s[0]["end"], s[1])):
            by_annotator.setdefault(item["created_by"], []).append(
                {
                    "id": item["id"],
                    "from_name": FROM_NAME,
                    "to_name": TO_NAME,
                    "type": "labels",
                    "origin": "manual",
                    "value": {
                        "start": item["start"],
                        "end": item["end"],
                        "text": item["quote"],
                        "labels": [label],
                    },
                }
            )
        task = {
            "id": number,
            "data": {
                "text": article["text"],
                "article_id": article["id"],
                "title": article["title"],
                "claims": claim_details(article),
            },
            "annotations": [
                {"completed_by": names.get(by or "", by or "unknown"), "result": result}
                for by, result in by_annotator.items()
            ],
        }
        stream.write(("\n" if number == 1 else ",\n") + json.dumps(task, ensure_ascii=False))
    stream.write("\n]\n")
    return []


def companion(head: dict[str, Any]) -> tuple[str, str]:
    """The labelling config for these labels, written beside the tasks as ``.xml``."""
    labels = [t["id"] for t in head["schemes"]["entity_types"]] + [CLAIM_LABEL]
    inner = "\n".join(f"    <Label value={quoteattr(label)}/>" for label in labels)
    return ".xml", (
        "<View>\n"
        f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{inner}\n  </Labels>\n'
        f'  <Text name="{TO_NAME}" value="$text"/>\n'
        "</View>\n"
    )


def detect(name: str, text: str) -> bool:
    head = text.lstrip()[:1]
    if head != "[":
        return False
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return False
    return (
        isinstance(value, list)
        and bool(value)
        and isinstance(value[0], dict)
        and isinstance(value[0].get("data"), dict)
        and ("annotations" in value[0] or "predictions" in value[0])
    )


def _author(value: Any) -> str | None:
    if isinstance(value, dict):
        return str(value.get("email") or value.get("id") or "") or None
    return None if value is None else str(value)


def read(text: str, options: dict) -> tuple[dict[str, Any], list[str]]:
    try:
        tasks = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputRefused(
            said("not valid JSON ({msg} at line {lineno})", msg=error.msg, lineno=error.lineno)
        ) from None
    if not isinstance(tasks, list):
        raise InputRefused(said("not a Label Studio export (expected a JSON list of tasks)"))
    built = ForeignDataset()
    dropped: dict[str, int] = {}
    for index, task in enumerate(tasks):
        number = task.get("id", index + 1) if isinstance(task, dict) else index + 1
        where = said("task {number}", number=number)
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise InputRefused(said("{where}: not a task with data", where=where))
        data = task["data"]
        body = data.get("text")
        if not isinstance(body, str):
            body = next((v for v in data.values() if isinstance(v, str) and v.strip()), None)
        spans = []
        groups = [(a, Origin.IMPORT) for a in task.get("annotations", []) or []]
        groups += [(p, Origin.SUGGESTION) for p in task.get("predictions", []) or []]
        for group, origin in groups:
            if not isinstance(group, dict) or group.get("was_cancelled"):
                continue
            by = _author(group.get("completed_by") or group.get("model_version"))
            for result in group.get("result", []) or []:
                value = result.get("value", {}) if isinstance(result, dict) else {}
                labels = value.get("labels")
                if result.get("type") != "labels" or "start" not in value or not labels:
                    kind = str(result.get("type", "unknown"))
                    dropped[kind] = dropped.get(kind, 0) + 1
                    continue
                start, end = value["start"], value["end"]
                if isinstance(body, str) and "text" in value and body[start:end] != value["text"]:
                    raise InputRefused(
                        said(
                            "{where}: result {result} says {quote!r} but {start}–{end} holds "
                            "{held!r}; nothing was shifted",
                            where=where,
                            result=result.get("id"),
                            quote=value["text"],
                            start=start,
                            end=end,
                            held=body[start:end],
                        )
                    )
                for label in labels:
                    spans.append((start, end, str(label), by, origin))
        details = {(c["start"], c["end"]): c for c in data.get("claims", []) or []}
        built.add_article(
            body, str(data.get("title") or ""), options.get("source", ""), where, spans, details
        )
    built.notes.extend(
        f"{count} result(s) of type {kind!r} dropped (only labelled spans are read)"
        for kind, count in sorted(dropped.items())
    )
    return built.document(), built.notes
