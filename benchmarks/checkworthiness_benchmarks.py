"""Claim suggestions on real benchmarks: ClaimBuster test F1 and the CheckThat! 2019 debates.

Used by eval_suggestions.py. CheckThat! 2019 task 1 (Atanasova et al., CLEF 2019) ranks the
lines of a debate by check-worthiness; its measures, per debate, then averaged over debates:
average precision (mean of the precisions at the rank of each check-worthy line; MAP is its
mean), R-precision (precision among the first R lines, R = the debate's check-worthy lines)
and P@10. The best system of the 2019 lab reached MAP 0.166 on the lab's test debates; the
debates here are the lab's training debates, so figures are comparable in kind, not equal.

The shipped model is trained on ClaimBuster, whose sentences include three of these debates
(the 2016 presidential debates): it is evaluated on the other 16, never on lines it saw.
A model that ``annotator learn`` makes is evaluated leaving debates out: the debates are split
into 4 groups; each group is ranked by a model learned from the other three, imported as
articles into a database (check-worthy lines as claims, debates marked done). Nothing is tuned
here: the settings were fixed before these figures were first printed.
"""

from __future__ import annotations

import csv
import json
import random
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from annotator.domain.checkworthiness import (
    MODEL_THRESHOLD,
    THRESHOLD,
    LinearModel,
    assess,
    assess_with_model,
    claim_candidates,
)
from annotator.domain.schemes import Schemes
from annotator.domain.text import canonicalize, text_sha256
from annotator.paths import resolve_paths
from annotator.services.formats.dataset_v1 import header
from annotator.services.suggestions.claim_model import ClaimModels, shipped_model, train
from annotator.services.workspace import open_workspace

IN_CLAIMBUSTER = {"20160926_1pres.tsv", "20161010_2pres.tsv", "20161019_3pres.tsv"}
PUBLISHED_BEST_MAP = 0.166
GROUPS = 4
Scorer = Callable[[str], float]
Debate = list[tuple[str, int]]


def debates(path: Path) -> dict[str, Debate]:
    found: dict[str, Debate] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found[row["file_name"]].append((row["text"], int(row["label"])))
    return dict(found)


def learned_through_a_database(training: dict[str, Debate]) -> LinearModel:
    """What ``annotator learn`` makes of these debates annotated as a desk would: each debate
    an article marked done, one line per line, its check-worthy lines claims. Imported into a
    fresh database, examples read back by ClaimModels, trained by the same learner (the
    5-fold cross-validation of ``learn`` is left out: it changes nothing in the model)."""
    articles = []
    for number, (name, lines) in enumerate(sorted(training.items())):
        texts = [" ".join(canonicalize(text).split()) for text, _ in lines]
        text = "\n".join(texts)
        claims, offset = [], 0
        for k, ((_, label), line) in enumerate(zip(lines, texts, strict=True)):
            if label and line:
                claims.append(claim_record(f"{number:04d}{k:08d}", offset, line))
            offset += len(line) + 1
        articles.append(
            {
                "id": str(uuid.UUID(int=number + 1)),
                "title": name,
                "text": text,
                "text_sha256": text_sha256(text),
                "source": name,
                "url": None,
                "publisher": None,
                "authors": [],
                "published_at": None,
                "language": "en",
                "imported_at": "2026-12-01T00:00:00Z",
                "status": "done",
                "mentions": [],
                "claims": claims,
            }
        )
    document = {**header(Schemes.defaults(), [], [], exported_at="2026-12-01T00:00:00Z")}
    document["articles"] = articles
    with tempfile.TemporaryDirectory(prefix="learn-debates-") as folder:
        dataset = Path(folder) / "debates.json"
        dataset.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        paths = resolve_paths(data_dir=Path(folder) / "data")
        paths.ensure()
        workspace = open_workspace(paths)
        try:
            report = workspace.import_paths([dataset])
            if report.articles_added != len(articles):
                raise SystemExit(f"debates refused: {[r.line() for r in report.results]}")
            examples = ClaimModels(workspace.database).examples()
        finally:
            workspace.close()
    return train(examples)


def claim_record(number: str, start: int, quote: str) -> dict:
    stamp = "2026-12-01T00:00:00Z"
    return {
        "id": f"00000000-0000-0000-0000-{number}",
        "start": start,
        "end": start + len(quote),
        "quote": quote,
        "claim_reviewed": None,
        "claimant": {"name": None, "entity_id": None},
        "claim_date": None,
        "status": "unverified",
        "justification": "",
        "checkworthy": None,
        "tags": [],
        "mention_ids": [],
        "evidence": [],
        "review": {"url": None, "published_at": None},
        "created_by": None,
        "created_at": stamp,
        "updated_at": stamp,
    }


def measures(scores: list[float], labels: list[int]) -> tuple[float, float, float]:
    """Average precision, R-precision and P@10 of one debate (ties: reading order)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    relevant = sum(labels)
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    r_precision = sum(labels[i] for i in order[:relevant]) / relevant if relevant else 0.0
    return (
        total / relevant if relevant else 0.0,
        r_precision,
        sum(labels[i] for i in order[:10]) / 10,
    )


def mean_measures(per_debate: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    n = len(per_debate)
    return tuple(sum(m[k] for m in per_debate) / n for k in range(3))  # type: ignore[return-value]


def evaluate(scorers: dict[str, Callable[[str], Scorer]], chosen: dict[str, Debate]) -> dict:
    """Per scorer (made per debate: a learned model differs per held-out group) the means."""
    results = {}
    for name, make in scorers.items():
        per_debate = []
        for debate, lines in chosen.items():
            scorer = make(debate)
            per_debate.append(
                measures([scorer(t) for t, _ in lines], [label for _, label in lines])
            )
        results[name] = mean_measures(per_debate)
    return results


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
    test = json.loads((data / "claimbuster_test.json").read_text(encoding="utf-8"))
    texts, labels = [r["text"] for r in test], [int(r["label"]) for r in test]
    print(f"ClaimBuster test split ({len(texts)} sentences, {sum(labels)} check-worthy)")
    print(f"{'scoring':<34}{'F1':>6}{'precision':>11}{'recall':>8}")
    rows = {
        "shipped model alone (≥ 0.5)": [model.score(t) >= 0.5 for t in texts],
        f"model and cues (≥ {MODEL_THRESHOLD})": [
            assess_with_model(t, model).score >= MODEL_THRESHOLD for t in texts
        ],
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

    path = data / "checkthat2019_task1_train.csv"
    if not path.is_file():
        print(f"(CheckThat! skipped: no {path.name} in {data})\n")
        return
    every = debates(path)
    unseen = {name: lines for name, lines in every.items() if name not in IN_CLAIMBUSTER}
    names = sorted(every)
    group_of = {name: i % GROUPS for i, name in enumerate(names)}
    began = time.perf_counter()
    learned = {}
    for group in range(GROUPS):
        learned[group] = learned_through_a_database(
            {name: every[name] for name in names if group_of[name] != group}
        )
    learn_seconds = time.perf_counter() - began

    def constant(scorer: Scorer) -> Callable[[str], Scorer]:
        return lambda _debate: scorer

    def random_scorer(debate: str) -> Scorer:
        rng = random.Random(debate)
        return lambda _text: rng.random()

    scorers: dict[str, Callable[[str], Scorer]] = {
        "random": random_scorer,
        "length only": constant(len),
        "cue rules alone": constant(lambda t: assess(t).score),
        "shipped model alone": constant(model.score),
        "shipped model and cues (default)": constant(lambda t: assess_with_model(t, model).score),
        "learned, debates left out": lambda d: learned[group_of[d]].score,
        "learned, and cues": lambda d: lambda t: assess_with_model(t, learned[group_of[d]]).score,
    }
    for title, chosen in (
        (f"the {len(unseen)} debates not in ClaimBuster", unseen),
        (f"all {len(every)} debates (the shipped model saw 3 of them)", every),
    ):
        lines = sum(len(v) for v in chosen.values())
        print(f"CheckThat! 2019 task 1, {title} ({lines} lines), per debate then averaged")
        print(f"{'ranking':<36}{'MAP':>7}{'R-prec':>8}{'P@10':>7}")
        for name, (map_, r_precision, p10) in evaluate(scorers, chosen).items():
            print(f"{name:<36}{map_:>7.3f}{r_precision:>8.3f}{p10:>7.3f}")
        print(f"{'best published (lab test debates)':<36}{PUBLISHED_BEST_MAP:>7.3f}")
        print()
    print(
        f"learning: {GROUPS} models on ~{sum(len(v) for v in every.values()) * 3 // 4} lines "
        f"each, {learn_seconds / GROUPS:.1f} s per model (import, examples, training)"
    )
    print("aims: shipped model MAP ≥ 0.12 on held-out debates; after learn MAP ≥ 0.15\n")

    # speed: claim candidates per article, rules alone and with the model
    articles = [
        " ".join(t for t, _ in lines[i : i + 30])
        for lines in every.values()
        for i in range(0, len(lines), 30)
    ]
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
