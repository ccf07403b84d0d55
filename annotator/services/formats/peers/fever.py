"""FEVER claims JSONL (Thorne et al. 2018): a claim, a label and sets of Wikipedia sentences.

One short article per claim text (its text is the claim); a claim asked again in the file
(the published dev set holds hundreds) is another claim of the same article. SUPPORTS →
true, REFUTES → false, NOT ENOUGH INFO → unproven, the original label kept as tag
``fever:<label>``. The record's ``id`` is the claim's source id, and its other fields
(``verifiable``, ``label``, the ``evidence`` sets as they are) its extra data. Each distinct
Wikipedia sentence also becomes an evidence item linking the page, to be seen in the window.
Export writes one line per claim, back as it came.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO
from urllib.parse import quote, unquote

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Evidence, Stance
from annotator.services.formats.peers import foreign_values as values
from annotator.services.formats.peers.foreign_dataset import (
    ForeignDataset,
    stable_id,
    whole_text_claim,
)
from annotator.services.formats.peers.foreign_export import span_extra, writable

NAME = "fever"
LABELS = {"SUPPORTS": "true", "REFUTES": "false", "NOT ENOUGH INFO": "unproven"}
STATUS_LABELS = {"true": "SUPPORTS", "false": "REFUTES", "unproven": "NOT ENOUGH INFO"}
STANCES = {"SUPPORTS": Stance.SUPPORTS, "REFUTES": Stance.REFUTES}
TAG = "fever:"
WIKIPEDIA = "https://en.wikipedia.org/wiki/"


def detect(name: str, text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        value = json.loads(first)
    except json.JSONDecodeError:
        return False
    label = value.get("label") if isinstance(value, dict) else None
    return isinstance(label, str) and label in LABELS and "claim" in value


def _evidence(record: dict[str, Any], key: str, where: str) -> tuple[list[Evidence], int, int]:
    """The evidence items of a record (one per Wikipedia sentence), the sets, the sentences."""
    found: dict[tuple[str, Any], Evidence] = {}
    sets = references = 0
    stance = STANCES.get(str(record.get("label")), Stance.NEUTRAL)
    for number, group in enumerate(values.items(record.get("evidence"), f"{where}: evidence")):
        sets += 1
        for index, item in enumerate(values.items(group, f"{where}: evidence[{number}]")):
            place = f"{where}: evidence[{number}][{index}]"
            if not isinstance(item, list) or len(item) != 4:
                raise values.refuse(place, said("is not [annotation, evidence, page, sentence]"))
            page, sentence = item[2], item[3]
            if page is None:
                continue  # NOT ENOUGH INFO: annotated, no sentence
            page = values.string(page, f"{place}[2]")
            if sentence is not None:
                sentence = values.offset(sentence, f"{place}[3]")
            references += 1
            found.setdefault(
                (page, sentence),
                Evidence(
                    id=stable_id(NAME, key, page, sentence),
                    url=WIKIPEDIA + quote(page),
                    title=f"{page.replace('_', ' ')}, sentence {sentence}",
                    stance=stance,
                ),
            )
    return list(found.values()), sets, references


def read(text: str, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    built = ForeignDataset(NAME)
    sets = references = 0
    seen: dict[str, str] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = said("line {number}", number=number)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputRefused(
                said("{where}: not valid JSON ({msg})", where=where, msg=error.msg)
            ) from None
        record = values.record(record, where)
        claim = values.string(record.get("claim"), f"{where}: claim")
        source_id = values.identifier(record.get("id"), f"{where}: id")
        if source_id is not None and source_id in seen:
            raise InputRefused(
                said(
                    "{where}: id {id} is used twice (first on {first})",
                    where=where,
                    id=source_id,
                    first=seen[source_id],
                )
            )
        seen[source_id or where] = where
        label = values.optional_string(record.get("label"), f"{where}: label")
        if label is not None and label not in LABELS:
            built.notes.append(f"{where}: unknown label {label[:40]!r} read as unverified")
        evidence, found_sets, found_references = _evidence(record, source_id or where, where)
        sets, references = sets + found_sets, references + found_references
        whole_text_claim(
            built,
            claim,
            where,
            {
                "status": LABELS.get(label or ""),
                "evidence": evidence,
                "tags": [TAG + label] if label else [],
            },
            source_id=source_id,
            extra=values.kept(record, {"claim", "id"}, where),
            title=f"FEVER {source_id if source_id is not None else number}",
            source=options.get("source", ""),
        )
    built.notes.append(
        f"{sets} evidence set(s) kept as they are in the claims' extra data (written back by "
        f"a FEVER export); their {references} Wikipedia sentence(s) are also evidence items "
        "linking the page (the sentence texts are not in the file)"
    )
    return built.document(), built.notes


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    notes: list[str] = []
    for article in (writable(a, notes) for a in articles):
        for claim in article["claims"]:
            kept = dict(span_extra(claim, NAME))
            kept.pop("record", None)
            label = _label(claim, kept)
            if label is None:
                notes.append(
                    f"claim {claim['id']}: status {claim['status']!r} has no FEVER label; left out"
                )
                continue
            source_id = claim.get("source_id") if span_extra(claim, NAME) else None
            if source_id is None:
                number: Any = claim["id"]
            else:
                number = int(source_id) if source_id.isdigit() else source_id
            line: dict[str, Any] = {"id": number, **kept, "label": label}
            line["claim"] = claim["claim_reviewed"] or claim["quote"]
            if not line["claim"].strip():
                notes.append(f"claim {claim['id']}: its text is blank; left out")
                continue
            if "evidence" not in kept:
                line["evidence"] = _evidence_sets(claim["evidence"])
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    return notes


def _label(claim: dict[str, Any], kept: dict[str, Any]) -> str | None:
    """The file's label while the status is still the one it gave; else the status's."""
    tagged = [t[len(TAG) :] for t in claim["tags"] if t.startswith(TAG)]
    original = kept.get("label") or (tagged[0] if tagged else None)
    if original is not None and LABELS.get(original, claim["status"]) == claim["status"]:
        return str(original)
    return STATUS_LABELS.get(claim["status"], original)


def _evidence_sets(evidence: list[dict[str, Any]]) -> list[list[list[Any]]]:
    """Evidence items linking Wikipedia pages as FEVER sets of one sentence each."""
    sets = []
    for item in evidence:
        if item["url"].startswith(WIKIPEDIA):
            page = unquote(item["url"][len(WIKIPEDIA) :])
            sentence = item["title"].rsplit("sentence ", 1)[-1]
            number = int(sentence) if sentence.isdigit() else None
            sets.append([[None, None, page, number]])
    return sets or [[[None, None, None, None]]]
