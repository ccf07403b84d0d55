"""AVeriTeC claims JSON: claim, speaker, date, label, justification, Q&A evidence.

AVeriTeC claims JSON (Schlichtkrull et al. 2023): a list of claim records with speaker,
date, label, justification and question–answer evidence.

Import makes one short article per claim text (its text is the claim); a claim text given
again is another claim of the same article. A record's position in the file (AVeriTeC's
claim id) is the claim's source id. The four labels become statuses (Supported → true,
Refuted → false, Not Enough Evidence → unproven, Conflicting Evidence/Cherrypicking →
misleading), the original label kept as tag ``averitec:<label>``. Answers become evidence
(the question as title, the answer as excerpt; AVeriTeC gives no stance per answer:
neutral). What the program does not model (``answer_type``, ``source_medium``,
``boolean_explanation``, ``required_reannotation``, ``cached_original_claim_url``, questions
without answers, any other key) is the claim's extra data; the export writes every record
back with it, in the order of the source ids.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Evidence
from annotator.services.formats.peers import foreign_values as values
from annotator.services.formats.peers.foreign_dataset import (
    ForeignDataset,
    stable_id,
    whole_text_claim,
)
from annotator.services.formats.peers.foreign_export import span_extra, writable

NAME = "averitec"
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
TAGGED = (("claim_types", "claim_type:"), ("fact_checking_strategies", "strategy:"))
# Read into the claim, its article and its evidence; the rest is kept as extra data.
MODELLED = frozenset(
    {"claim", "label", "justification", "claim_date", "speaker", "fact_checking_article"}
    | {"location_ISO_code", "claim_types", "fact_checking_strategies", "questions"}
)
ANSWER_MODELLED = frozenset({"answer", "source_url", "cached_source_url"})


def _date_in(value: Any, where: str) -> str | None:
    """AVeriTeC writes D-M-YYYY (not zero-padded: 9-10-2020)."""
    if value is None or value == "":
        return None
    text = values.string(value, where)
    try:
        day, month, year = (int(part) for part in text.split("-"))
        return values.date(f"{year:04d}-{month:02d}-{day:02d}", where)
    except (ValueError, InputRefused):
        raise InputRefused(
            said("{where}: claim_date {value!r} is not D-M-YYYY", where=where, value=text[:40])
        ) from None


def _date_out(value: str | None) -> str | None:
    if not value:
        return None
    year, month, day = value[:10].split("-")
    return f"{int(day)}-{int(month)}-{year}"


def detect(name: str, text: str) -> bool:
    start = text.lstrip()[:4000]
    if not (start.startswith("[") and '"claim"' in start):
        return False
    if any(f'"{key}"' in start for key in ("questions", "speaker", "justification")):
        return True
    try:  # a first claim so long that its other keys come later
        first = next(iter(json.loads(text)), None)
    except (ValueError, TypeError, RecursionError):
        return False
    return isinstance(first, dict) and any(
        key in first for key in ("questions", "speaker", "justification")
    )


def _answers(record: dict[str, Any], key: str, where: str) -> tuple[list[Evidence], list[Any]]:
    """Evidence items of the record's answers, and its questions as they were, each answer
    named by its evidence item (what the program does not model of it kept beside)."""
    evidence: list[Evidence] = []
    questions: list[Any] = []
    for q_index, raw in enumerate(values.items(record.get("questions"), f"{where}: questions")):
        place = f"{where}: questions[{q_index}]"
        question = values.record(raw, place)
        title = values.optional_string(question.get("question"), f"{place}.question") or ""
        answers = []
        for a_index, item in enumerate(values.items(question.get("answers"), f"{place}.answers")):
            spot = f"{place}.answers[{a_index}]"
            answer = values.record(item, spot)
            text = values.optional_string(answer.get("answer"), f"{spot}.answer") or ""
            kept = values.kept(answer, ANSWER_MODELLED, spot)
            explanation = kept.get("boolean_explanation")
            if isinstance(explanation, str) and explanation:
                kept["answer"] = text  # the excerpt reads "No (explanation)"
                text = f"{text} ({explanation})"
            item_id = stable_id(NAME, key, q_index, a_index)
            kept["evidence_id"] = item_id
            answers.append(kept)
            archive = values.optional_string(answer.get("cached_source_url"), f"{spot}.archive")
            evidence.append(
                Evidence(
                    id=item_id,
                    url=values.optional_string(answer.get("source_url"), f"{spot}.source_url")
                    or "",
                    archive_url=archive or None,
                    title=title,
                    excerpt=text,
                )
            )
        questions.append({**values.kept(question, {"answers"}, place), "answers": answers})
    return evidence, questions


def read(text: str, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputRefused(
            said("not valid JSON ({msg} at line {lineno})", msg=error.msg, lineno=error.lineno)
        ) from None
    if not isinstance(records, list):
        raise InputRefused(said("not an AVeriTeC file (expected a JSON list of claims)"))
    built = ForeignDataset(NAME)
    unknown: set[str] = set()
    for index, raw in enumerate(records):
        where = said("claim {number}", number=index + 1)
        record = values.record(raw, where)
        claim = values.string(record.get("claim"), f"{where}: claim")
        label = values.optional_string(record.get("label"), f"{where}: label")
        status = LABELS.get(label) if label else None
        if label and status is None:
            unknown.add(label[:40])
        source_id = values.identifier(record.get("claim_id", index), f"{where}: claim_id")
        evidence, questions = _answers(record, source_id or str(index), where)
        tags = [TAG + label] if label else []
        for key, prefix in TAGGED:
            tags += [prefix + t for t in values.strings(record.get(key), f"{where}: {key}")]
        location = values.optional_string(record.get("location_ISO_code"), f"{where}: location")
        if location:
            tags.append("location:" + location)
        extra = values.kept(record, MODELLED, where)
        extra["questions"] = questions
        url = values.optional_string(record.get("original_claim_url"), f"{where}: url")
        publisher = values.optional_string(record.get("reporting_source"), f"{where}: source")
        whole_text_claim(
            built,
            claim,
            where,
            {
                "status": status,
                "claimant": values.optional_string(record.get("speaker"), f"{where}: speaker"),
                "claim_date": _date_in(record.get("claim_date"), f"{where}: claim_date"),
                "justification": values.optional_string(
                    record.get("justification"), f"{where}: justification"
                ),
                "evidence": evidence,
                "review_url": values.optional_string(
                    record.get("fact_checking_article"), f"{where}: fact_checking_article"
                ),
                "tags": tags,
            },
            source_id=source_id,
            extra=extra,
            url=url,
            publisher=publisher,
            source=options.get("source", ""),
        )
    if unknown:
        built.notes.append(f"unknown label(s) {sorted(unknown)} read as unverified")
    built.notes.append(
        "answers carry no stance: evidence stored as neutral; answer_type, source_medium and "
        "the other fields kept as the claims' extra data (written back by an AVeriTeC export)"
    )
    return built.document(), built.notes


# --- writing ------------------------------------------------------------------------------


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    notes: list[str] = []
    records: list[tuple[float, int, dict[str, Any]]] = []
    for article in (writable(a, notes) for a in articles):
        for claim in article["claims"]:
            record = _record(article, claim, notes)
            if record is not None:
                source_id = (claim.get("source_id") if span_extra(claim, NAME) else "") or ""
                order = int(source_id) if source_id.isdigit() else math.inf
                records.append((order, len(records), record))
    records.sort(key=lambda r: (r[0], r[1]))
    stream.write(json.dumps([r for _, _, r in records], ensure_ascii=False, indent=1) + "\n")
    return notes


def _record(
    article: dict[str, Any], claim: dict[str, Any], notes: list[str]
) -> dict[str, Any] | None:
    kept = dict(span_extra(claim, NAME))
    kept.pop("record", None)
    tags = claim["tags"]
    tagged = [t[len(TAG) :] for t in tags if t.startswith(TAG)]
    label = tagged[0] if tagged else None
    if label is None or LABELS.get(label, claim["status"]) != claim["status"]:
        label = STATUS_LABELS.get(claim["status"], label)
    if label is None:
        notes.append(f"claim {claim['id']}: status {claim['status']!r} has no label; left out")
        return None
    text = claim["claim_reviewed"] or claim["quote"]
    if not text.strip():
        notes.append(f"claim {claim['id']}: its text is blank; left out")
        return None
    record: dict[str, Any] = {
        "claim": text,
        "required_reannotation": kept.pop("required_reannotation", False),
        "label": label,
        "justification": claim["justification"],
        "claim_date": _date_out(claim["claim_date"]),
        "speaker": claim["claimant"]["name"],
        "original_claim_url": kept.pop("original_claim_url", article["url"]),
        "fact_checking_article": claim["review"]["url"],
        "reporting_source": kept.pop("reporting_source", article["publisher"]),
        "location_ISO_code": next(
            (t.split(":", 1)[1] for t in tags if t.startswith("location:")), None
        ),
    }
    for key, prefix in TAGGED:
        record[key] = [t[len(prefix) :] for t in tags if t.startswith(prefix)]
    record["questions"] = _questions(kept.pop("questions", None), claim["evidence"])
    record.update(kept)
    return record


def _questions(skeleton: Any, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claim's questions as they came, each answer from its evidence item (gone if the
    item was removed); evidence added here joins the question of its title."""
    by_id = {item["id"]: item for item in evidence}
    used: set[str] = set()
    questions: list[dict[str, Any]] = []
    for question in skeleton if isinstance(skeleton, list) else []:
        answers = []
        for answer in question.get("answers") or []:
            item = by_id.get(answer.get("evidence_id"))
            if item is not None:
                used.add(item["id"])
                answers.append(_answer(item, answer))
        questions.append({**question, "answers": answers})
    by_title = {q.get("question"): q for q in questions}
    for item in evidence:
        if item["id"] in used:
            continue
        if item["title"] not in by_title:
            by_title[item["title"]] = {"question": item["title"], "answers": []}
            questions.append(by_title[item["title"]])
        by_title[item["title"]]["answers"].append(_answer(item, {"answer_type": "Extractive"}))
    return questions


def _answer(item: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in kept.items() if k not in ("evidence_id", "answer")}
    explanation = fields.get("boolean_explanation")
    excerpt = item["excerpt"]
    if "answer" in kept and excerpt == f"{kept['answer']} ({explanation})":
        excerpt = kept["answer"]  # unchanged: the answer without its explanation
    answer = {"answer": excerpt, **fields, "source_url": item["url"]}
    if item["archive_url"] is not None:
        answer["cached_source_url"] = item["archive_url"]
    return answer
