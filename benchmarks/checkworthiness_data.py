"""The data of the claim model's trainer and benchmarks: ClaimBuster and CheckThat! debates.

ClaimBuster (Arslan et al., ICWSM 2020, doi 10.5281/zenodo.3609356, CC BY 4.0) gives
sentences of US presidential debates with a label (1: check-worthy factual claim) and a
``sentence_id``; consecutive ids are consecutive sentences of a debate, so the sentences of a
split fall into **runs**, each sentence with the neighbours the split holds (57% of the
sentences have one). They carry no speaker.

The CheckThat! 2019 task 1 debates (Atanasova et al., CLEF 2019) give every line of 19
debates, speeches and interviews with its speaker and a label (1: a fact-checker checked it).
Three of them, the 2016 presidential debates, are also in ClaimBuster.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

DATA = Path("/work/shared/data/checkworthiness")
CHECKTHAT = "checkthat2019_task1_train.csv"
IN_CLAIMBUSTER = frozenset({"20160926_1pres.tsv", "20161010_2pres.tsv", "20161019_3pres.tsv"})


@dataclass(frozen=True, slots=True)
class Passage:
    """Consecutive sentences, with their speakers (None when unknown) and labels."""

    name: str
    sentences: list[str]
    speakers: list[str | None]
    labels: list[int]


def claimbuster(path: Path) -> list[Passage]:
    """The sentences of a ClaimBuster split in runs of consecutive ids, in id order."""
    rows = sorted(
        json.loads(path.read_text(encoding="utf-8")), key=lambda row: int(row["sentence_id"])
    )
    runs: list[list[dict]] = []
    for row in rows:
        if runs and int(runs[-1][-1]["sentence_id"]) + 1 == int(row["sentence_id"]):
            runs[-1].append(row)
        else:
            runs.append([row])
    return [
        Passage(
            f"claimbuster {run[0]['sentence_id']}",
            [row["text"] for row in run],
            [None] * len(run),
            [int(row["label"]) for row in run],
        )
        for run in runs
    ]


def debates(path: Path) -> dict[str, Passage]:
    """Each debate of a CheckThat! 2019 task 1 CSV (line_number, speaker, text, label,
    file_name) as one passage, lines in order."""
    lines: dict[str, list[tuple[int, str, str, int]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lines[row["file_name"]].append(
                (int(row["line_number"]), row["speaker"].strip(), row["text"], int(row["label"]))
            )
    return {
        name: Passage(
            name,
            [text for _, _, text, _ in sorted(rows)],
            [speaker or None for _, speaker, _, _ in sorted(rows)],
            [label for *_, label in sorted(rows)],
        )
        for name, rows in lines.items()
    }


def debate_tsv(path: Path) -> Passage:
    """A CheckThat! debate TSV without a header (line_number, speaker, text, label), as the
    2020 task 5 files are."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and fields[0].strip().isdigit():
            rows.append((int(fields[0]), fields[1].strip(), fields[2], int(fields[3].strip())))
    rows.sort()
    return Passage(
        path.name,
        [text for _, _, text, _ in rows],
        [speaker or None for _, speaker, _, _ in rows],
        [label for *_, label in rows],
    )


def normalised(sentence: str) -> str:
    return " ".join(sentence.lower().split())
