"""Every line of held-out debates ranked by check-worthiness: old and new shipped models, and
models learned the old way (replacing the shipped one) and the new way (starting from it).

    .venv/bin/python benchmarks/eval_checkworthiness.py [--data DIR] [--sample TSV]

(--sample: a CheckThat! 2020 task 5 debate TSV, ranked by the shipped models; shared/ holds
only 5 lines of one, with one check-worthy line, which every model ranks second.)

CheckThat! 2019 task 1 (Atanasova et al., CLEF 2019) ranks the lines of a debate by
check-worthiness; its measures, per debate, then averaged over debates: average precision
(MAP is its mean), R-precision (precision among the first R lines, R = the debate's
check-worthy lines) and precision at 5, 10 and 20. Every line is ranked; no threshold.

- **Shipped models** (ClaimBuster only) are evaluated on the 16 debates ClaimBuster does not
  hold (the 2016 presidential debates are in it; the new trainer chose its settings on them).
  The old one is read from the commit that shipped it (git), so the two meet in one run.
- **Learned models** are evaluated leaving debates out: the 19 debates are split into 4
  groups; each group is ranked by a model learned from the other three the way ``annotator
  learn`` does it (the debates imported into a fresh database as articles, one ``SPEAKER:
  line`` per line, marked done, check-worthy lines as claims; examples read back), once
  without the shipped model (old way) and once starting from it (new way). No model ranks a
  debate it saw.

The lines are scored as the suggestions score a transcript: each in its context (the lines
around it, its speaker). Nothing is tuned here: the settings were fixed before these figures
were printed.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from checkworthiness_data import (  # noqa: E402
    CHECKTHAT,
    DATA,
    IN_CLAIMBUSTER,
    Passage,
    debate_tsv,
    debates,
)

from annotator.domain.checkworthiness import (  # noqa: E402
    LinearModel,
    assess,
    assess_in_context,
    assess_with_model,
)
from annotator.domain.checkworthiness.learning import Example, train  # noqa: E402
from annotator.domain.schemes import Schemes  # noqa: E402
from annotator.domain.text import canonicalize, text_sha256  # noqa: E402
from annotator.paths import resolve_paths  # noqa: E402
from annotator.services.formats.dataset_v1 import header  # noqa: E402
from annotator.services.suggestions.claim_model import ClaimModels, shipped_model  # noqa: E402
from annotator.services.workspace import open_workspace  # noqa: E402

OLD_MODEL_COMMIT = "2be5d8d4823b496743eef7b57ca56cf2fab269a8"
MODEL_PATH = "resources/models/checkworthiness-claimbuster.json"
SAMPLE = Path("/work/shared/data/formats/checkthat2020_task5_debate_sample.tsv")
PUBLISHED_BEST_MAP = 0.166
GROUPS = 4
Scorer = Callable[[Passage], list[float]]
STAMP = "2026-12-01T00:00:00Z"


def old_shipped_model() -> LinearModel | None:
    """The shipped model before context (words alone), from git; None outside a checkout."""
    try:
        shown = subprocess.run(
            ["git", "show", f"{OLD_MODEL_COMMIT}:{MODEL_PATH}"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return LinearModel.from_json(shown.stdout)


def desk_examples(training: dict[str, Passage]) -> list[Example]:
    """What ``annotator learn`` reads from these debates annotated as a desk would: each
    debate an article marked done, ``SPEAKER: line`` per line, check-worthy lines claims."""
    articles = []
    for number, (name, passage) in enumerate(sorted(training.items())):
        lines, claims, offset = [], [], 0
        for k, (sentence, speaker, label) in enumerate(
            zip(passage.sentences, passage.speakers, passage.labels, strict=True)
        ):
            spoken = " ".join(canonicalize(sentence).split())
            prefix = f"{speaker}: " if speaker else ""
            if label and spoken:
                claims.append(claim_record(f"{number:04d}{k:08d}", offset + len(prefix), spoken))
            lines.append(prefix + spoken)
            offset += len(prefix + spoken) + 1
        text = "\n".join(lines)
        articles.append(
            {
                **dict.fromkeys(("url", "publisher", "published_at"), None),
                "id": str(uuid.UUID(int=number + 1)),
                "title": name,
                "text": text,
                "text_sha256": text_sha256(text),
                "source": name,
                "authors": [],
                "language": "en",
                "imported_at": STAMP,
                "status": "done",
                "mentions": [],
                "claims": claims,
            }
        )
    document = {**header(Schemes.defaults(), [], [], exported_at=STAMP), "articles": articles}
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
            return ClaimModels(workspace.database).examples()
        finally:
            workspace.close()


def claim_record(number: str, start: int, quote: str) -> dict[str, object]:
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
        "created_at": STAMP,
        "updated_at": STAMP,
    }


KS = (5, 10, 20)


def measures(scores: list[float], labels: list[int]) -> tuple[float, ...]:
    """Average precision, R-precision and P@5, P@10, P@20 of one debate (ties: line order)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    relevant = sum(labels)
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    r_precision = sum(labels[i] for i in order[:relevant]) / relevant if relevant else 0.0
    at_k = tuple(sum(labels[i] for i in order[:k]) / k for k in KS)
    return (total / relevant if relevant else 0.0, r_precision, *at_k)


def evaluate(scorer: Callable[[str, Passage], list[float]], chosen: dict[str, Passage]) -> tuple:
    per_debate = [measures(scorer(name, p), p.labels) for name, p in chosen.items()]
    return tuple(sum(m[k] for m in per_debate) / len(per_debate) for k in range(2 + len(KS)))


def scorers(
    old: LinearModel | None, learned: dict[str, dict[str, LinearModel]]
) -> dict[str, Callable[[str, Passage], list[float]]]:
    new = shipped_model()

    def in_context(model: LinearModel) -> Callable[[Passage], list[float]]:
        return lambda p: model.score_sentences(p.sentences, p.speakers)

    def with_cues(model: LinearModel) -> Callable[[Passage], list[float]]:
        return lambda p: [a.score for a in assess_in_context(p.sentences, p.speakers, model)]

    def random_order(name: str, passage: Passage) -> list[float]:
        rng = random.Random(name)
        return [rng.random() for _ in passage.sentences]

    found: dict[str, Callable[[str, Passage], list[float]]] = {
        "random": random_order,
        "length only": lambda _, p: [float(len(s)) for s in p.sentences],
        "cue rules alone": lambda _, p: [assess(s).score for s in p.sentences],
    }
    if old is not None:
        found["old shipped model alone"] = lambda _, p: [old.score(s) for s in p.sentences]
        found["old shipped model and cues"] = lambda _, p: [
            assess_with_model(s, old).score for s in p.sentences
        ]
    found["new shipped model alone"] = lambda _, p: in_context(new)(p)
    found["new shipped model and cues (default)"] = lambda _, p: with_cues(new)(p)
    if learned:
        found["learned, old way (replacing)"] = lambda d, p: in_context(learned[d]["old"])(p)
        found["learned, new way (from shipped)"] = lambda d, p: in_context(learned[d]["new"])(p)
        found["learned, new way, and cues"] = lambda d, p: with_cues(learned[d]["new"])(p)
    return found


def table(title: str, chosen: dict[str, Passage], rows: dict) -> None:
    lines = sum(len(p.sentences) for p in chosen.values())
    print(f"{title} ({lines} lines), per debate then averaged")
    print(f"{'ranking':<40}{'MAP':>7}{'R-prec':>8}" + "".join(f"{f'P@{k}':>7}" for k in KS))
    for name, scorer in rows.items():
        values = evaluate(scorer, chosen)
        print(
            f"{name:<40}"
            + "".join(f"{v:>{w}.3f}" for v, w in zip(values, (7, 8, 7, 7, 7), strict=True))
        )
    print(f"{'best published (lab test debates)':<40}{PUBLISHED_BEST_MAP:>7.3f}\n")


def learned_models(every: dict[str, Passage]) -> tuple[dict[str, dict[str, LinearModel]], float]:
    names = sorted(every)
    group_of = {name: i % GROUPS for i, name in enumerate(names)}
    began = time.perf_counter()
    by_group = {}
    for group in range(GROUPS):
        examples = desk_examples({n: every[n] for n in names if group_of[n] != group})
        by_group[group] = {
            "old": train(examples, None),
            "new": train(examples, shipped_model()),
        }
    seconds = (time.perf_counter() - began) / GROUPS
    return {name: by_group[group_of[name]] for name in names}, seconds


def ranking_tables(data: Path, sample: Path | None) -> None:
    path = data / CHECKTHAT
    if not path.is_file():
        print(f"(CheckThat! skipped: no {path.name} in {data})\n")
        return
    every = debates(path)
    unseen = {name: p for name, p in every.items() if name not in IN_CLAIMBUSTER}
    learned, seconds = learned_models(every)
    rows = scorers(old_shipped_model(), learned)
    table(f"CheckThat! 2019 task 1, the {len(unseen)} debates not in ClaimBuster", unseen, rows)
    table(f"CheckThat! 2019 task 1, all {len(every)} debates (shipped saw 3)", every, rows)
    print(f"learning (database, examples, two models) per group of debates: {seconds:.1f} s\n")
    if sample is not None and sample.is_file():
        passage = debate_tsv(sample)
        shipped_rows = scorers(old_shipped_model(), {})
        table(f"CheckThat! 2020 task 5 sample {sample.name}", {sample.name: passage}, shipped_rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--sample", type=Path, help=f"also rank a CheckThat! 2020 debate TSV, as {SAMPLE}"
    )
    args = parser.parse_args()
    ranking_tables(args.data, args.sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
