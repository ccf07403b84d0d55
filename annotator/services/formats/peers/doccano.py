"""doccano JSONL: one record a line, spans with code-point offsets, in every layout doccano writes.

Import reads:
- ``label`` (or ``labels``) as ``[start, end, LABEL]`` lists (sequence labelling); strings in
  the same list are classes of the whole text (text classification), carried through;
- ``entities`` as ``[start, end, LABEL]`` lists (intent detection), or as objects with ``id``,
  ``start_offset``, ``end_offset`` and ``label`` (relation extraction), with ``relations``
  between them: the entities' ids and the relations are carried through;
- ``annotations`` of doccano 1.x: objects with the offsets, a ``label`` id (and
  ``label_name``) and the ``user`` who made each, who becomes its annotator.

The record's ``id`` is the article's source id; ``meta`` and every other field are kept as the
article's extra data, with the layout the spans came in. Export writes each record back as it
came (``label`` lists for articles made here); claims are ``CLAIM`` spans, their status and
claimant under the extra key ``claims`` (doccano keeps unknown keys as metadata).
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
from annotator.services.formats.peers.foreign_export import (
    claim_details,
    record_of,
    records_of,
    span_extra,
    writable,
)

NAME = "doccano"
SPAN_KEYS = ("label", "labels", "entities", "annotations")
LAYOUT = "@spans"  # where a record's spans were, and their shape: [key, "list"|"object"|"1.x"]
_OURS = frozenset({"text", "claims"})


# --- reading ------------------------------------------------------------------------------


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
        and (isinstance(value.get("text"), str) or isinstance(value.get("filename"), str))
        and any(key in value for key in SPAN_KEYS)
        and "format" not in value
    )


def _span(item: Any, where: str) -> tuple[ForeignSpan | None, str]:
    """A span of a record and its shape, or (None, "") for an item that is no span."""
    if isinstance(item, str):
        return None, ""  # a class of the whole text (text classification)
    if isinstance(item, list):
        if len(item) != 3:
            raise values.refuse(where, said("is not [start, end, LABEL]"))
        start = values.offset(item[0], f"{where}[0]")
        end = values.offset(item[1], f"{where}[1]")
        return ForeignSpan(start, end, values.string(item[2], f"{where}[2]")), "list"
    fields = values.record(item, where)
    start = values.offset(fields.get("start_offset"), f"{where}.start_offset")
    end = values.offset(fields.get("end_offset"), f"{where}.end_offset")
    rest = values.kept(fields, {"start_offset", "end_offset"}, where)
    if "user" in fields or "label_name" in fields:  # doccano 1.x: a label id, a user per span
        label = rest.get("label_name", rest.get("label"))
        user = rest.get("user_name", rest.get("user"))
        span = ForeignSpan(
            start,
            end,
            values.string(str(label) if isinstance(label, int) else label, f"{where}.label"),
            by=None if user is None else str(user),
            source_id=values.identifier(rest.get("id"), f"{where}.id"),
            extra=rest,
        )
        return span, "1.x"
    label = values.string(rest.pop("label", None), f"{where}.label")
    source_id = values.identifier(rest.get("id"), f"{where}.id")
    return ForeignSpan(start, end, label, source_id=source_id, extra=rest or None), "object"


def _spans(record: dict[str, Any], where: str) -> tuple[list[ForeignSpan], dict[str, Any]]:
    """The record's spans, and what its span keys hold besides spans (and their layout)."""
    spans: list[ForeignSpan] = []
    kept: dict[str, Any] = {}
    for key in SPAN_KEYS:
        if key not in record:
            continue
        others, shape = [], ""
        for index, item in enumerate(values.items(record[key], f"{where}: {key}")):
            span, found = _span(item, f"{where}: {key}[{index}]")
            if span is None:
                others.append(values.plain(item, f"{where}: {key}[{index}]"))
            else:
                spans.append(span)
                shape = shape or found
        if shape:
            kept.setdefault(LAYOUT, [key, shape])
            if others:
                kept[key] = others
        else:
            kept[key] = others
    return spans, kept


def read(text: str, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    built = ForeignDataset(NAME)
    source = options.get("source", "")
    relations = 0
    for number, raw in _lines(text):
        where = said("line {number}", number=number)
        record = values.record(raw, where)
        if not isinstance(record.get("text"), str) and isinstance(record.get("filename"), str):
            raise InputRefused(
                said(
                    "{where}: a doccano record of a file ({filename}), not of a text: an image "
                    "or audio project; nothing to annotate",
                    where=where,
                    filename=record["filename"][:60],
                )
            )
        spans, kept = _spans(record, where)
        details = values.claim_fields(record.get("claims"), f"{where}: claims")
        for span in spans:
            if span.label == CLAIM_LABEL:
                span.details = details.get((span.start, span.end), {})
        fields = values.kept(record, _OURS | set(SPAN_KEYS), where)
        relations += len(fields.get("relations") or [])
        title = record.get("title")
        built.add_article(
            record.get("text"),
            where,
            spans,
            title=title if isinstance(title, str) else "",
            source=source,
            record=_record(fields, kept),
            record_id=values.identifier(record.get("id"), f"{where}: id"),
        )
    if relations:
        built.notes.append(
            f"{relations} relation(s) between entities kept as the records' extra data "
            "(written back by a doccano export)"
        )
    return built.document(), built.notes


def _record(fields: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    """What an article keeps of a record: its fields, and its spans' layout unless it is the
    usual one (``label`` lists)."""
    found = {**fields, **kept}
    if found.get(LAYOUT) == ["label", "list"]:
        del found[LAYOUT]
    return found


# --- writing ------------------------------------------------------------------------------


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    notes: list[str] = []
    for article in (writable(a, notes) for a in articles):
        records = records_of(article, NAME)
        made_here = not (article.get("extra") or {}).get(NAME)
        for number, kept in enumerate(records):
            mentions = [
                m for m in article["mentions"] if record_of(m, NAME, len(records)) == number
            ]
            claims = [c for c in article["claims"] if record_of(c, NAME, len(records)) == number]
            line = _line(article, kept, mentions, claims, made_here, notes)
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    return notes


def _line(
    article: dict[str, Any],
    kept: dict[str, Any],
    mentions: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    made_here: bool,
    notes: list[str],
) -> dict[str, Any]:
    fields = dict(kept)
    key, shape = fields.pop(LAYOUT, None) or ["label", "list"]
    line: dict[str, Any] = {}
    if "id" in fields:
        line["id"] = fields.pop("id")
    elif made_here:
        line["id"] = article["id"]
    line["text"] = article["text"]
    spans = [(m, m["type"]) for m in mentions] + [(c, CLAIM_LABEL) for c in claims]
    spans.sort(key=lambda s: (s[0]["start"], s[0]["end"], s[1]))
    before = fields.pop(key, None) or []
    if shape == "list":
        line[key] = before + [[s["start"], s["end"], label] for s, label in spans]
    else:
        line[key] = before + _objects(spans, shape)
    if "relations" in fields and shape == "object":
        fields["relations"] = _relations(fields["relations"], line[key], article, notes)
    line.update(fields)
    if made_here:
        line["title"] = article["title"]
    if claims:
        line["claims"] = claim_details(claims)
    return line


def _objects(spans: list[tuple[dict[str, Any], str]], shape: str) -> list[dict[str, Any]]:
    """Entities (relation extraction) or doccano 1.x annotations, their ids kept; a span
    made here gets the next free id."""
    objects = []
    taken: list[int] = [
        e["id"] for s, _ in spans if isinstance((e := span_extra(s, NAME)).get("id"), int)
    ]
    fresh = max(taken, default=-1) + 1
    for span, label in spans:
        own = {k: v for k, v in span_extra(span, NAME).items() if k != "record"}
        if "id" not in own:
            own["id"], fresh = fresh, fresh + 1
        item = {"id": own.pop("id")}
        if shape == "1.x":
            if "label_name" in own or str(own.get("label")) != label:
                own["label_name"] = label
            item.update(own, start_offset=span["start"], end_offset=span["end"])
        else:
            item.update(start_offset=span["start"], end_offset=span["end"], label=label)
            item.update(own)
        objects.append(item)
    return objects


def _relations(
    relations: Any, entities: list[dict[str, Any]], article: dict[str, Any], notes: list[str]
) -> Any:
    """The record's relations whose two entities are still there."""
    if not isinstance(relations, list):
        return relations
    ids = {e["id"] for e in entities}
    kept = [
        r
        for r in relations
        if not isinstance(r, dict) or (r.get("from_id") in ids and r.get("to_id") in ids)
    ]
    if len(kept) < len(relations):
        notes.append(
            f"article {article['id']}: {len(relations) - len(kept)} relation(s) left out: "
            "an entity they join was removed"
        )
    return kept
