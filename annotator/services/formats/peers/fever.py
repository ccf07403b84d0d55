"""FEVER claims JSONL (Thorne et al. 2018): a claim, a label and sets of Wikipedia sentences.

Import only. One short article per claim (its text is the claim); SUPPORTS → true,
REFUTES → false, NOT ENOUGH INFO → unproven, the original label kept as tag ``fever:<label>``.
Evidence sets are flattened: each distinct (page, sentence) becomes one evidence item linking
the Wikipedia page; which sentences had to be read together, and the sentence texts (not in
the file), are lost, and the import report says so.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Evidence, Stance
from annotator.services.formats.peers.foreign_dataset import (
    ForeignDataset,
    stable_id,
    whole_text_claim,
)

LABELS = {"SUPPORTS": "true", "REFUTES": "false", "NOT ENOUGH INFO": "unproven"}
STANCES = {"SUPPORTS": Stance.SUPPORTS, "REFUTES": Stance.REFUTES}


def detect(name: str, text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        value = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(value, dict) and "claim" in value and value.get("label") in LABELS


def read(text: str, options: dict) -> tuple[dict[str, Any], list[str]]:
    built = ForeignDataset()
    sets = flattened = 0
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
        if not isinstance(record, dict) or not isinstance(record.get("claim"), str):
            raise InputRefused(said("{where}: no claim", where=where))
        label = record.get("label")
        evidence: dict[tuple[str, int], Evidence] = {}
        for group in record.get("evidence") or []:
            sets += 1
            for _annotation, _evidence, page, sentence in group:
                if page is None:
                    continue
                flattened += 1
                evidence.setdefault(
                    (page, sentence),
                    Evidence(
                        id=stable_id("fever", record.get("id"), page, sentence),
                        url="https://en.wikipedia.org/wiki/" + quote(str(page)),
                        title=f"{str(page).replace('_', ' ')}, sentence {sentence}",
                        stance=STANCES.get(str(label), Stance.NEUTRAL),
                    ),
                )
        whole_text_claim(
            built,
            record["claim"],
            where,
            options.get("source", ""),
            {
                "status": LABELS.get(str(label)),
                "evidence": list(evidence.values()),
                "tags": [f"fever:{label}"] if label else [],
            },
            title=f"FEVER {record.get('id', number)}",
        )
    built.notes.append(
        f"{sets} evidence set(s) flattened into single Wikipedia sentences "
        f"({flattened} references); which sentences belong together and the sentence texts "
        "are not kept"
    )
    return built.document(), built.notes
