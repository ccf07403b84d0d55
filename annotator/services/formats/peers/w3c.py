"""W3C Web Annotation JSON-LD: quote and position selectors on every annotation.

W3C Web Annotation JSON-LD: an AnnotationCollection whose annotations select their span
with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points).

The article is the annotation's ``source`` (``urn:uuid:<article id>``, or its web address);
its text travels in the collection's ``dcterms:hasPart`` list so the file can be read back.
Import also takes an AnnotationPage, a list of annotations or a single one; annotations
whose target is not one of the file's texts (an image, a web page the file does not hold)
are left out and counted, and a file without any text is refused as such: most published
annotation files (Recogito's, W3C's own examples) point at their text without holding it.
An annotation's id is its span's source id; its other fields (motivation, creator,
bodies other than ours) are kept as extra data and written back by a W3C export.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import InputRefused, said
from annotator.services.formats.peers import foreign_values as values
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    ForeignDataset,
    ForeignSpan,
)
from annotator.services.formats.peers.foreign_export import records_of, span_extra, writable

NAME = "w3c"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_PAGE = 32  # characters of prefix and suffix
PARTS = "dcterms:hasPart"
OURS = ("tagging", "assessing", "identifying")  # the body purposes this program writes
# A collection's keys an export writes again (its label is ours); any other is named as lost.
COLLECTION_KEYS = {"@context", "type", "label", "total", "first", "offset_unit", PARTS}


# --- writing ------------------------------------------------------------------------------


def _source(article: dict[str, Any]) -> str:
    """The address of the article's text: its own from a W3C file, else its web address."""
    own = article.get("source_id") if (article.get("extra") or {}).get(NAME) else None
    return own or article["url"] or f"urn:uuid:{article['id']}"


def _annotation(
    article: dict[str, Any], item: dict[str, Any], label: str, names: dict[str, str]
) -> dict[str, Any]:
    text, start, end = article["text"], item["start"], item["end"]
    kept = {k: v for k, v in span_extra(item, NAME).items() if k != "record"}
    body: list[Any] = [{"type": "TextualBody", "purpose": "tagging", "value": label}]
    if label == CLAIM_LABEL:
        body.append({"type": "TextualBody", "purpose": "assessing", "value": item["status"]})
        if item["claimant"]["name"]:
            body.append(
                {"type": "TextualBody", "purpose": "identifying", "value": item["claimant"]["name"]}
            )
    body += kept.pop("body", None) or []
    target = dict(kept.pop("target", None) or {})
    target.update(
        source=_source(article),
        selector=[
            {
                "type": "TextQuoteSelector",
                "exact": text[start:end],
                "prefix": text[max(0, start - CONTEXT_PAGE) : start],
                "suffix": text[end : end + CONTEXT_PAGE],
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    )
    value: dict[str, Any] = {
        "id": (item.get("source_id") if (article.get("extra") or {}).get(NAME) else None)
        or f"urn:uuid:{item['id']}",
        "type": "Annotation",
        "motivation": "assessing" if label == CLAIM_LABEL else "tagging",
        "created": item["created_at"],
        **kept,
        "body": body,
        "target": target,
    }
    if item.get("created_by") and "creator" not in kept:
        value["creator"] = {"type": "Person", "name": names.get(item["created_by"], "")}
    return value


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    names = {a["id"]: a["name"] for a in head["annotators"]}
    notes: list[str] = []
    items, sources = [], []
    for article in (writable(a, notes) for a in articles):
        part = {k: v for k, v in records_of(article, NAME)[0].items() if not k.startswith("@")}
        part.update(
            id=_source(article),
            type=part.get("type", "Text"),
            title=article["title"],
            value=article["text"],
        )
        sources.append(part)
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
        PARTS: sources,
    }
    stream.write(json.dumps(collection, ensure_ascii=False, indent=1) + "\n")
    return notes


# --- reading ------------------------------------------------------------------------------


def detect(name: str, text: str) -> bool:
    head = text[:4096]
    return CONTEXT in head[:2048] and any(
        f'"{kind}"' in head for kind in ("AnnotationCollection", "AnnotationPage", "Annotation")
    )


def _items(document: Any) -> list[Any]:
    """The annotations of a collection, a page, a list of them or a single one."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise InputRefused(said("not a W3C Web Annotation file (no annotation in it)"))
    kind = document.get("type")
    if kind == "Annotation" or (isinstance(kind, list) and "Annotation" in kind):
        return [document]
    page = document.get("first", document)
    if isinstance(page, dict) and isinstance(page.get("items"), list):
        return page["items"]
    if isinstance(document.get("items"), list):
        return document["items"]
    raise InputRefused(said("not a W3C Web Annotation file (no annotation in it)"))


def _texts(document: Any) -> dict[str, dict[str, Any]]:
    parts = document.get(PARTS) if isinstance(document, dict) else None
    found: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(values.items(parts, PARTS)):
        part = values.record(item, f"{PARTS}[{index}]")
        if isinstance(part.get("value"), str) and isinstance(part.get("id"), str):
            found[part["id"]] = part
    return found


def _selectors(target: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    raw = target.get("selector")
    listed = raw if isinstance(raw, list) else [raw] if raw is not None else []
    found: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(listed):
        selector = values.record(item, f"{where}: target.selector[{index}]")
        kind = selector.get("type")
        if isinstance(kind, str):
            found.setdefault(kind, selector)
    return found


def _position(
    body: str, selectors: dict[str, dict[str, Any]], where: str
) -> tuple[int, int] | None:
    """Where the annotation's selectors place it; None without a text selector."""
    position = selectors.get("TextPositionSelector")
    quote = selectors.get("TextQuoteSelector")
    if position is None and quote is None:
        return None
    if quote is not None:
        exact = values.string(quote.get("exact"), f"{where}: TextQuoteSelector.exact")
        prefix = values.optional_string(quote.get("prefix"), f"{where}: prefix") or ""
        suffix = values.optional_string(quote.get("suffix"), f"{where}: suffix") or ""
    if position is not None:
        start = values.offset(position.get("start"), f"{where}: TextPositionSelector.start")
        end = values.offset(position.get("end"), f"{where}: TextPositionSelector.end")
        if quote is not None and body[start:end] != exact:
            raise InputRefused(
                said(
                    "{where}: position {start}–{end} does not hold its exact quote",
                    where=where,
                    start=start,
                    end=end,
                )
            )
        return start, end
    found = body.find(prefix + exact + suffix)
    if not exact or found < 0:
        raise InputRefused(said("{where}: its quote is not in the text", where=where))
    return found + len(prefix), found + len(prefix) + len(exact)


def _bodies(item: dict[str, Any]) -> tuple[dict[str, Any], list[Any]]:
    """Our bodies by purpose, and the others as they are."""
    raw = item.get("body")
    listed = raw if isinstance(raw, list) else [raw] if raw is not None else []
    ours: dict[str, Any] = {}
    others = []
    for body in listed:
        purpose = body.get("purpose") if isinstance(body, dict) else None
        if purpose in OURS and purpose not in ours and isinstance(body.get("value"), str):
            ours[purpose] = body["value"]
        else:
            others.append(body)
    return ours, others


def read(text: str, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputRefused(
            said("not valid JSON ({msg} at line {lineno})", msg=error.msg, lineno=error.lineno)
        ) from None
    items, texts = _items(document), _texts(document)
    if not texts:
        raise InputRefused(
            said(
                "W3C annotations without their text: nothing to annotate (the file points at "
                "its texts, {count} annotation(s), but holds none of them)",
                count=len(items),
            )
        )
    built = ForeignDataset(NAME)
    spans: dict[str, list[ForeignSpan]] = {source: [] for source in texts}
    elsewhere = unselected = 0
    for index, raw in enumerate(items):
        where = said("annotation {number}", number=index + 1)
        item = values.record(raw, where)
        target = item.get("target")
        source = target.get("source") if isinstance(target, dict) else None
        if not isinstance(target, dict) or not isinstance(source, str) or source not in texts:
            elsewhere += 1
            continue
        span = _span(item, target, texts[source]["value"], where)
        if span is None:
            unselected += 1
        else:
            spans[source].append(span)
    for source, part in texts.items():
        title = part.get("title")
        built.add_article(
            part["value"],
            source,
            spans[source],
            title=title if isinstance(title, str) else "",
            source=options.get("source", ""),
            record=values.kept(part, {"id", "title", "value"}, source),
            record_id=values.string(source, PARTS),
        )
    notes = built.notes
    if elsewhere:
        notes.append(f"{elsewhere} annotation(s) left out: their target is not a text of the file")
    if unselected:
        notes.append(f"{unselected} annotation(s) left out: no text position or quote selector")
    own = set(document) - COLLECTION_KEYS if isinstance(document, dict) else set()
    if own:
        notes.append(f"the collection's own fields {sorted(own)} left out")
    return built.document(), notes


def _span(
    item: dict[str, Any], target: dict[str, Any], body: str, where: str
) -> ForeignSpan | None:
    placed = _position(body, _selectors(target, where), where)
    if placed is None:
        return None
    start, end = placed
    ours, others = _bodies(item)
    motivation = item.get("motivation")
    label = ours.get("tagging") or (
        CLAIM_LABEL if motivation == "assessing" else str(motivation or "annotation").upper()
    )
    creator = item.get("creator")
    by = creator.get("name") if isinstance(creator, dict) else None
    kept = values.kept(item, {"id", "type", "body", "target"}, where)
    if isinstance(creator, dict) and by is not None and set(creator) <= {"type", "name"}:
        kept.pop("creator", None)  # ours: the annotator is the span's author
    if kept.get("motivation") in ("tagging", "assessing"):
        del kept["motivation"]
    if others:
        kept["body"] = values.plain(others, f"{where}: body")
    target_rest = values.kept(target, {"source", "selector"}, f"{where}: target")
    if target_rest:
        kept["target"] = target_rest
    return ForeignSpan(
        start,
        end,
        label,
        by=values.optional_string(by, f"{where}: creator.name"),
        source_id=values.identifier(item.get("id"), f"{where}: id"),
        extra=kept or None,
        details={"status": ours.get("assessing"), "claimant": ours.get("identifying")},
    )
