"""Claim suggestions on real benchmarks: ClaimBuster test F1, the CheckThat! 2019 debates
ranked line by line (eval_checkworthiness.py), and the cost of finding claim candidates.

Used by eval_suggestions.py. The shipped model never saw a ClaimBuster test sentence; the
debates' figures and how they are measured are eval_checkworthiness.py's.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from eval_checkworthiness import ranking_tables

from annotator.domain.checkworthiness import (
    MODEL_THRESHOLD,
    THRESHOLD,
    assess,
    assess_in_context,
    claim_candidates,
)
from annotator.services.suggestions.claim_model import shipped_model


def f1(predicted: list[bool], labels: list[int]) -> tuple[float, float, float]:
    right = sum(1 for p, label in zip(predicted, labels, strict=True) if p and label)
    chosen, positives = sum(predicted), sum(labels)
    precision = right / chosen if chosen else 0.0
    recall = right / positives if positives else 0.0
    return (2 * precision * recall / (precision + recall) if right else 0.0, precision, recall)


def real_benchmarks(data: Path) -> None:
    if not (data / "claimbuster_test.json").is_file():
        print(f"(real benchmarks skipped: no ClaimBuster files in {data})\n")
        return
    model = shipped_model()
    test = sorted(
        json.loads((data / "claimbuster_test.json").read_text(encoding="utf-8")),
        key=lambda row: int(row["sentence_id"]),
    )
    texts, labels = [r["text"] for r in test], [int(r["label"]) for r in test]
    # each sentence with the neighbours the split holds (consecutive ids), as the trainer did
    runs: list[list[int]] = []
    for i, row in enumerate(test):
        if runs and int(test[runs[-1][-1]]["sentence_id"]) + 1 == int(row["sentence_id"]):
            runs[-1].append(i)
        else:
            runs.append([i])
    in_context = [0.0] * len(texts)
    combined = [0.0] * len(texts)
    for run in runs:
        sentences = [texts[i] for i in run]
        for i, p, a in zip(
            run,
            model.score_sentences(sentences),
            assess_in_context(sentences, None, model),
            strict=True,
        ):
            in_context[i], combined[i] = p, a.score
    print(f"ClaimBuster test split ({len(texts)} sentences, {sum(labels)} check-worthy)")
    print(f"{'scoring':<34}{'F1':>6}{'precision':>11}{'recall':>8}")
    rows = {
        "shipped model alone (≥ 0.5)": [p >= 0.5 for p in in_context],
        f"model and cues (≥ {MODEL_THRESHOLD})": [s >= MODEL_THRESHOLD for s in combined],
        f"cue rules alone (≥ {THRESHOLD})": [assess(t).score >= THRESHOLD for t in texts],
    }
    for name, predicted in rows.items():
        print(
            f"{name:<34}"
            + "".join(
                f"{v:>{w}.3f}" for v, w in zip(f1(predicted, labels), (6, 11, 8), strict=True)
            )
        )
    print()
    ranking_tables(data, None)

    # speed: claim candidates per article of 30 debate lines, rules alone and with the model
    lines = [r["text"] for r in test]
    articles = [" ".join(lines[i : i + 30]) for i in range(0, len(lines), 30)]
    articles = (articles * (1 + 2000 // len(articles)))[:2000]
    for name, chosen_model in (("cue rules alone", None), ("shipped model and cues", model)):
        began = time.process_time()
        for text in articles:
            claim_candidates(text, model=chosen_model)
        per = (time.process_time() - began) / len(articles) * 1000
        print(
            f"claim candidates, {name}: {per:.2f} ms of CPU per article of 30 lines "
            f"({len(articles)} articles)"
        )
    print()
