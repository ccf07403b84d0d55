"""Label Studio tasks: a JSON list (or one task), annotations and predictions of ``labels``.

Import reads a task list, one task, the 0.x layout (``completions``) and data keys at the top
level. Offsets are code points (label-studio-sdk's converters slice ``text[start:end]``); a
result whose ``text`` does not match its offsets is refused rather than shifted.

Annotations become spans of their annotator, predictions suggestions of their
``model_version``. The task's id is the article's source id; every other field of the task,
of its annotations and predictions, and every result that is not a labelled span (choices,
ratings) are kept as extra data: an export writes the task back as it came. A labelling
config (``.xml``) goes beside the tasks. Claims are ``CLAIM`` results; their status and
claimant travel in ``data.claims``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO
from xml.sax.saxutils import quoteattr

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Origin
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

NAME = "labelstudio"
FROM_NAME, TO_NAME = "label", "text"
GROUPS = (("annotations", Origin.IMPORT), ("predictions", Origin.SUGGESTION))
OLD_GROUP = "completions"  # Label Studio 0.x
_OURS = ("article_id", "title", "claims")  # data keys our export adds


# --- reading ------------------------------------------------------------------------------


def detect(name: str, text: str) -> bool:
    head = text.lstrip()[:1]
    if head not in "[{" or not head:
        return False
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    first = value[0] if isinstance(value, list) and value else value
    return isinstance(first, dict) and (
        isinstance(first.get("data"), dict)
        or any(
            isinstance(first.get(key), list) for key in ("annotations", "predictions", OLD_GROUP)
        )
    )


def _author(value: Any, where: str) -> str | None:
    if isinstance(value, dict):
        value = value.get("email") or value.get("id")
    return values.optional_string(value, where) or None


def _text_of(task: dict[str, Any], data: dict[str, Any], where: str) -> tuple[str, str]:
    """The data key holding the text, and the text: ``text``, the key the results name
    (``$key``), else the one string in data that is no address."""
    if isinstance(data.get("text"), str):
        return "text", data["text"]
    named = {
        r["source"][1:]
        for r in _all_results(task)
        if isinstance(r, dict) and isinstance(r.get("source"), str)
    }
    texts = [k for k, v in data.items() if isinstance(v, str) and not _address(v)]
    found = [k for k in texts if k in named] or (texts if len(texts) == 1 else [])
    if not found:
        raise InputRefused(
            said(
                "{where}: a Label Studio task without a text (data holds {keys}): an image, "
                "audio or other task; nothing to annotate",
                where=where,
                keys=", ".join(sorted(map(str, data))) or "nothing",
            )
        )
    return found[0], data[found[0]]


def _address(value: str) -> bool:
    return value.startswith(("http://", "https://", "s3://", "gs://", "/data/", "data:"))


def _all_results(task: dict[str, Any]) -> Iterator[Any]:
    """Every result of the task's annotations and predictions, as they are."""
    for group in (*(k for k, _ in GROUPS), OLD_GROUP):
        entries = task.get(group)
        for entry in entries if isinstance(entries, list) else []:
            results = entry.get("result") if isinstance(entry, dict) else None
            yield from results if isinstance(results, list) else []


def _labelled(task: Any) -> list[tuple[str, int, int, str]]:
    """(text, start, end, quote) of the task's labelled results that say their quote."""
    if not isinstance(task, dict):
        return []
    try:
        _, body = _text_of(task, task["data"] if isinstance(task.get("data"), dict) else task, "")
    except InputRefused:
        return []
    found = []
    for result in _all_results(task):
        value = result.get("value") if isinstance(result, dict) else None
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            start, end = value.get("start"), value.get("end")
            if type(start) is int and type(end) is int:
                found.append((body, start, end, value["text"]))
    return found


def inclusive_ends(tasks: list[Any]) -> bool:
    """Whether the file's ``end`` offsets include their last character (Label Studio 0.x
    wrote them so): every result's quote is ``text[start:end + 1]`` and some are not
    ``text[start:end]``. Decided once for the whole file, never span by span."""
    found = [item for task in tasks for item in _labelled(task)]
    return (
        bool(found)
        and all(body[start : end + 1] == quote for body, start, end, quote in found)
        and any(body[start:end] != quote for body, start, end, quote in found)
    )


def _results(
    group: dict[str, Any],
    body: str,
    where: str,
    spans: list[ForeignSpan],
    origin: Origin,
    inclusive: bool,
) -> list[Any]:
    """The group's labelled spans added to ``spans``; the other results, kept as they are."""
    others: list[Any] = []
    by = _author(group.get("completed_by") or group.get("model_version"), f"{where}.completed_by")
    for number, result in enumerate(values.items(group.get("result"), f"{where}.result")):
        place = f"{where}.result[{number}]"
        value = result.get("value") if isinstance(result, dict) else None
        if not (isinstance(value, dict) and "start" in value and value.get("labels")):
            others.append(values.plain(result, place))
            continue
        start = values.offset(value.get("start"), f"{place}.value.start")
        end = values.offset(value.get("end"), f"{place}.value.end") + inclusive
        labels = values.strings(value.get("labels"), f"{place}.value.labels")
        quote = value.get("text")
        if isinstance(quote, str) and body[start:end] != quote:
            raise InputRefused(
                said(
                    "{where}: result {result} says {quote!r} but {start}–{end} holds "
                    "{held!r}; nothing was shifted",
                    where=where,
                    result=result.get("id"),
                    quote=quote[:60],
                    start=start,
                    end=end,
                    held=body[start:end][:60],
                )
            )
        kept = values.kept(result, {"value"}, place)
        kept_value = values.kept(value, {"start", "end", "text", "labels"}, f"{place}.value")
        if kept_value:
            kept["value"] = kept_value
        source_id = values.identifier(result.get("id"), f"{place}.id")
        spans.extend(
            ForeignSpan(start, end, label, by, origin, source_id, dict(kept)) for label in labels
        )
    return others


def _task(
    task: Any, index: int, built: ForeignDataset, options: dict[str, Any], kinds: dict[str, int]
) -> int:
    """One task as an article; the spans of cancelled annotations it kept as extra data."""
    number = task.get("id", index + 1) if isinstance(task, dict) else index + 1
    where = said("task {number}", number=str(number)[:40])
    task = values.record(task, where)
    flat = not isinstance(task.get("data"), dict)
    data = values.record(task if flat else task["data"], f"{where}: data")
    key, body = _text_of(task, data, where)
    values.string(body, f"{where}: data.{key}")
    spans: list[ForeignSpan] = []
    record: dict[str, Any] = {}
    dropped = 0
    for group, origin in (*GROUPS, (OLD_GROUP, Origin.IMPORT)):
        skeletons = []
        for position, item in enumerate(values.items(task.get(group), f"{where}: {group}")):
            place = f"{where}: {group}[{position}]"
            entry = values.record(item, place)
            found: list[ForeignSpan] = []
            others = _results(entry, body, place, found, origin, options["inclusive"])
            if entry.get("was_cancelled"):
                dropped += len(found)
                others = values.items(entry.get("result"), place)
                found = []
            for span in found:
                span.extra = {**(span.extra or {}), "group": group, "index": position}
            spans.extend(found)
            skeletons.append({**values.kept(entry, {"result"}, place), "result": others})
            for result in others:
                kind = str(result.get("type", "?")) if isinstance(result, dict) else "?"
                kinds[kind] = kinds.get(kind, 0) + 1
        if group in task:
            record[group] = skeletons
    details = values.claim_fields(data.get("claims"), f"{where}: data.claims")
    for span in spans:
        if span.label == CLAIM_LABEL:
            span.details = details.get((span.start, span.end), {})
    rest = values.kept(data, {key, *_OURS}, f"{where}: data")
    if flat:
        record.update(rest)
    else:
        record.update(values.kept(task, {"data", *(k for k, _ in GROUPS), OLD_GROUP}, where))
        record.update({"data": rest} if rest else {})
    marks = {"@layout": flat and "flat", "@text": key != "text" and key,
             "@single": options.get("single"), "@inclusive": options["inclusive"]}  # fmt: skip
    record.update({mark: value for mark, value in marks.items() if value})
    title = data.get("title")
    built.add_article(
        body,
        where,
        spans,
        title=title if isinstance(title, str) else "",
        source=options.get("source", ""),
        record=record,
        record_id=values.identifier(task.get("id"), f"{where}: id"),
    )
    return dropped


def read(text: str, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    try:
        tasks = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputRefused(
            said("not valid JSON ({msg} at line {lineno})", msg=error.msg, lineno=error.lineno)
        ) from None
    single = isinstance(tasks, dict)
    if single:
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise InputRefused(said("not a Label Studio export (expected a JSON list of tasks)"))
    built = ForeignDataset(NAME)
    kinds: dict[str, int] = {}
    inclusive = inclusive_ends(tasks)
    cancelled = sum(
        _task(task, index, built, {**options, "single": single, "inclusive": inclusive}, kinds)
        for index, task in enumerate(tasks)
    )
    document = built.document()
    if inclusive:
        built.notes.append(
            "every result's end includes its last character (as Label Studio 0.x wrote it): "
            "read so, and written so again by a Label Studio export"
        )
    if cancelled:
        built.notes.append(f"{cancelled} span(s) of cancelled annotations kept as extra data")
    built.notes.extend(
        f"{count} result(s) of type {kind!r} kept as extra data (not shown; written back by a "
        "Label Studio export)"
        for kind, count in sorted(kinds.items())
    )
    return document, built.notes


# --- writing ------------------------------------------------------------------------------


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    names = {a["id"]: a["name"] for a in head["annotators"]}
    notes: list[str] = []
    tasks: list[dict[str, Any]] = []
    number = 0
    for article in (writable(a, notes) for a in articles):
        records = records_of(article, NAME)
        made_here = not (article.get("extra") or {}).get(NAME)
        for position, kept in enumerate(records):
            number += 1
            spans = [
                (s, label)
                for s, label in [(m, m["type"]) for m in article["mentions"]]
                + [(c, CLAIM_LABEL) for c in article["claims"]]
                if record_of(s, NAME, len(records)) == position
            ]
            tasks.append(_task_out(article, kept, spans, names, number, made_here))
    if len(tasks) == 1 and tasks[0].pop("@single", False):
        stream.write(json.dumps(tasks[0], ensure_ascii=False, indent=1) + "\n")
        return notes
    stream.write("[")
    for index, task in enumerate(tasks):
        task.pop("@single", None)
        stream.write(("\n" if index == 0 else ",\n") + json.dumps(task, ensure_ascii=False))
    stream.write("\n]\n")
    return notes


def _task_out(
    article: dict[str, Any],
    kept: dict[str, Any],
    spans: list[tuple[dict[str, Any], str]],
    names: dict[str, str],
    number: int,
    made_here: bool,
) -> dict[str, Any]:
    fields = {k: v for k, v in kept.items() if not k.startswith("@")}
    groups = {
        group: [dict(entry, result=list(entry.get("result") or [])) for entry in fields.pop(group)]
        for group in (*(k for k, _ in GROUPS), OLD_GROUP)
        if isinstance(fields.get(group), list)
    }
    claims = [s for s, label in spans if label == CLAIM_LABEL]
    _place_results(
        groups,
        spans,
        names,
        OLD_GROUP if OLD_GROUP in groups else "annotations",
        bool(kept.get("@inclusive")),
    )
    key = kept.get("@text", "text")
    data = {key: article["text"], **(fields.pop("data", None) or {})}
    if made_here:
        data.update(article_id=article["id"], title=article["title"])
    if claims:
        data["claims"] = claim_details(claims)
    if kept.get("@layout") == "flat":
        task = {**data, **fields, **groups}
    else:
        task = {"id": fields.pop("id")} if "id" in fields else {"id": number} if made_here else {}
        task.update(data=data, **groups, **fields)
    if kept.get("@single"):
        task["@single"] = True
    return task


def _place_results(
    groups: dict[str, list[dict[str, Any]]],
    spans: list[tuple[dict[str, Any], str]],
    names: dict[str, str],
    annotations: str,
    inclusive: bool,
) -> None:
    """Each span as a ``labels`` result in the annotation or prediction it came from; spans
    made here in one annotation per annotator (suggestions in one prediction)."""
    merged: dict[tuple[str, int, str], dict[str, Any]] = {}
    made: dict[tuple[str, str | None], int] = {}
    for span, label in sorted(spans, key=lambda s: (s[0]["start"], s[0]["end"], s[1])):
        own = {k: v for k, v in span_extra(span, NAME).items() if k != "record"}
        group, index = own.pop("group", None), own.pop("index", None)
        came = group in groups and type(index) is int and 0 <= index < len(groups[group])
        if not came:
            group = "predictions" if span["origin"] == "suggestion" else annotations
            author = span.get("created_by")
            if (group, author) not in made:
                entry: dict[str, Any] = {"result": []}
                if group == "predictions":
                    entry["model_version"] = names.get(author or "", "factcheck-annotator")
                else:
                    entry["completed_by"] = names.get(author or "", author or "unknown")
                groups.setdefault(group, []).append(entry)
                made[(group, author)] = len(groups[group]) - 1
            index = made[(group, author)]
        result_id = (span.get("source_id") if came else None) or span["id"]
        key = (group, index, str(result_id))
        if key in merged and merged[key]["value"]["start"] == span["start"]:
            merged[key]["value"]["labels"].append(label)
            continue
        value = {**(own.pop("value", None) or {})}
        end = span["end"] - inclusive
        value.update(start=span["start"], end=end, text=span["quote"], labels=[label])
        result = {"id": result_id, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels"}
        if not came:  # made here: by hand, or a suggestion accepted here
            result["origin"] = "manual" if group != "predictions" else "prediction"
        result.update(own)
        result["value"] = value
        merged[key] = result
        groups[group][index]["result"].append(result)


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
