"""How long suggesting takes over a big collection: the cue rules alone against the model.

    .venv/bin/python benchmarks/bench_suggestions.py [--articles 10000] [--entities 2000]

Builds a temporary database of ``--articles`` articles of about 3 KB (lines of the CheckThat!
2019 debates when /work/shared/data is there, else generated sentences), with ``--entities``
entities, then times ``SuggestionService.for_all()`` with the cue rules alone and with the
shipped model and the cues (what suggestions use). Printed, never asserted; CPU time
per article, since the wall clock of a shared machine says more about the neighbours.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.domain.models import Entity  # noqa: E402
from annotator.paths import resolve_paths  # noqa: E402
from annotator.services.suggestions.suggestion_service import SuggestionService  # noqa: E402
from annotator.services.workspace import open_workspace  # noqa: E402
from annotator.storage.repositories.catalog_repository import EntityRepository  # noqa: E402
from tests.helpers import dataset_document  # noqa: E402

# Each twice, interleaved, so that a busy machine weighs on both alike.
ORDER = (
    ("cue rules alone", False),
    ("shipped model and cues", True),
    ("shipped model and cues", True),
    ("cue rules alone", False),
)
DEBATES = Path("/work/shared/data/checkworthiness/checkthat2019_task1_train.csv")


def lines() -> list[str]:
    if DEBATES.is_file():
        with DEBATES.open(encoding="utf-8", newline="") as handle:
            return [row["text"] for row in csv.DictReader(handle)]
    rng = random.Random(1)
    words = ("the", "army", "said", "that", "3,000", "troops", "were", "killed", "near", "Izium")
    return [" ".join(rng.choice(words) for _ in range(14)).capitalize() + "." for _ in range(5000)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--entities", type=int, default=2_000)
    args = parser.parse_args()
    rng = random.Random(13)
    pool = lines()
    texts = []
    for number in range(args.articles):
        chosen: list[str] = []
        while sum(len(c) + 1 for c in chosen) < 3000:
            chosen.append(rng.choice(pool))
        texts.append(f"Article {number}\n" + "\n".join(chosen))
    document = dataset_document(texts, annotate=False)
    with tempfile.TemporaryDirectory(prefix="bench-suggestions-") as folder:
        head = {k: v for k, v in document.items() if k != "articles"}
        files = []
        for first in range(0, args.articles, 2000):  # files under the 50 MB import limit
            jsonl = Path(folder) / f"articles-{first}.jsonl"
            with jsonl.open("w", encoding="utf-8") as out:
                out.write(json.dumps(head) + "\n")
                for article in document["articles"][first : first + 2000]:
                    article["imported_at"] = "2026-11-20T10:00:00Z"
                    out.write(json.dumps(article, ensure_ascii=False) + "\n")
            files.append(jsonl)
        paths = resolve_paths(data_dir=Path(folder) / "data")
        paths.ensure()
        workspace = open_workspace(paths)
        try:
            began = time.perf_counter()
            report = workspace.import_paths(files)
            if report.articles_added != args.articles:
                raise SystemExit(report.summary())
            print(f"imported {args.articles:,} articles in {time.perf_counter() - began:.1f} s")
            with workspace.database.transaction() as session:
                EntityRepository(session).add_many(
                    Entity(f"entity-{i}", f"Name{i} Surname{i}", "PERSON", [f"N{i} S{i}"])
                    for i in range(args.entities)
                )
            for name, use_model in ORDER:
                service = SuggestionService(workspace.database, use_model=use_model)
                began, cpu = time.perf_counter(), time.process_time()
                found = sum(1 for s in service.for_all() if s.kind == "claim")
                seconds = time.perf_counter() - began
                cpu = time.process_time() - cpu
                print(
                    f"for_all(), {name}: {seconds:.1f} s ({cpu:.1f} s of CPU), "
                    f"{1000 * cpu / args.articles:.2f} ms of CPU per article, {found:,} claims"
                )
        finally:
            workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
