"""W3C Web Annotation JSON-LD: quote and position selectors on every annotation.

W3C Web Annotation JSON-LD: an AnnotationCollection whose annotations select their span
with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points).

The article is the annotation's ``source`` (``urn:uuid:<article id>``, or its web address);
its text travels in the collection's ``dcterms:hasPart`` list so the file can be read back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Origin
from annotator.services.formats.peers.foreign_dataset import CLAIM_LABEL, ForeignDataset

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_PAGE = 32  # characters of prefix and suffix


def _annotation(
    article: dict[str, Any], item: dict[str, Any], label: str, names: dict[str, str]
) -> dict[str, Any]:
    text, start, end = article["text"], item["start"], item["end"]
    body: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": label}]
    if label == CLAIM_LABEL:
        body.append({"type": "TextualBody", "purpose": "assessing", "value": item["status"]})
        if item["claimant"]["name"]:
            body.append(
                {"type": "TextualBody", "purpose": "identifying", "value": item["claimant"]["name"]}
            )
    value: dict[str, Any] = {
        "id": f"urn:uuid:{item['id']}",
        "type": "Annotation",
        "motivation": "assessing" if label == CLAIM_LABEL else "tagging",
        "created": item["created_at"],
        "body": body,
        "target": {
            "source": article["url"] or f"urn:uuid:{article['id']}",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - CONTEXT_PAGE) : start],
                    "suffix": text[end : end + CONTEXT_PAGE],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }
    if item.get("created_by"):
        value["creator"] = {"type": "Person", "name": names.get(item["created_by"], "")}
    return value


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    names = {a["id"]: a["name"] for a in head["annotators"]}
    items, sources = [], []
    for article in articles:
        sources.append(
            {
                "id": article["url"] or f"urn:uuid:{article['id']}",
                "type": "Text",
                "title": article["title"],
                "value": article["text"],
            }
        )
        for m in article["mentions"]:
            items.append(_annotation(article, m, m["type"], names))
        for c in article["claims"]:
            items.append(_annotation(article, c, CLAIM_LABEL, names))
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Fact-Check Annotator export",
        "offset_unit": "codepoint",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
        "dcterms:hasPart": sources,
    }
    stream.write(json.dumps(collection, ensure_ascii=False, indent=1) + "\n")
    return []


def detect(name: str, text: str) -> bool:
    return CONTEXT in text[:2048] and '"AnnotationCollection"' in text[:4096]


def read(text: str, options: dict) -> tuple[dict[str, Any], list[str]]:
    try:
        collection = json.loads(text)
        items = collection["first"]["items"]
        sources = {s["id"]: s for s in collection.get("dcterms:hasPart", [])}
    except (json.JSONDecodeError, KeyError, TypeError):
        raise InputRefused(said("not a W3C AnnotationCollection with its texts")) from None
    built = ForeignDataset()
    spans: dict[str, list] = {source: [] for source in sources}
    details: dict[str, dict] = {source: {} for source in sources}
    for index, item in enumerate(items):
        where = said("annotation {number}", number=index + 1)
        source = item.get("target", {}).get("source")
        if source not in sources:
            built.notes.append(f"{where}: its text is not in the file; dropped")
            continue
        selectors = {s.get("type"): s for s in item["target"].get("selector", [])}
        position = selectors.get("TextPositionSelector")
        quote = selectors.get("TextQuoteSelector")
        body = sources[source]["value"]
        if position is None and quote is not None:
            found = body.find(quote["prefix"] + quote["exact"] + quote.get("suffix", ""))
            if found < 0:
                raise InputRefused(said("{where}: its quote is not in the text", where=where))
            start = found + len(quote.get("prefix", ""))
            position = {"start": start, "end": start + len(quote["exact"])}
        if position is None:
            built.notes.append(f"{where}: no text selector; dropped")
            continue
        start, end = position["start"], position["end"]
        if quote is not None and body[start:end] != quote["exact"]:
            raise InputRefused(
                said(
                    "{where}: position {start}–{end} does not hold its exact quote",
                    where=where,
                    start=start,
                    end=end,
                )
            )
        purposes = {b.get("purpose"): b.get("value") for b in item.get("body", [])}
        label = purposes.get("tagging") or CLAIM_LABEL
        creator = (item.get("creator") or {}).get("name")
        spans[source].append((start, end, label, creator, Origin.IMPORT))
        if label == CLAIM_LABEL:
            details[source][(start, end)] = {
                "status": purposes.get("assessing"),
                "claimant": purposes.get("identifying"),
            }
    for source, part in sources.items():
        built.add_article(
            part["value"],
            part.get("title", ""),
            options.get("source", ""),
            source,
            spans[source],
            details[source],
        )
    return built.document(), built.notes
