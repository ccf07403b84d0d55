"""Matching against known fact-checks, measured on CheckThat! 2020 task 2 (verified claims).

    .venv/bin/python benchmarks/bench_known_matching.py [--data DIR] [--tune] [--postgresql]

The 10,373 verified claims of /work/shared/data/claim-retrieval (the lab's Snopes fact-checks:
each claim as Snopes states it and the fact-check's headline) are stored as known fact-checks
through the program's own library (services/known), in a temporary SQLite file; then each
tweet of a split asks for its five best matches, and MAP@5 is computed as the lab's scorer
does (the precision at each relevant hit in the top five, over the tweet's relevant count).

Printed, for the training and the development tweets, in this one run:

- **BM25, plain words**: FTS5's bm25() over the claims' and headlines' words as they are
  (unicode61, no stemming, no stop words dropped), the tweet's words OR-ed: the baseline;
- **BM25, the library's index**: the library's own shortlist in the engine's order (the same
  bm25 over the normalised words and name keys the library indexes);
- **the library**: the shortlist re-ranked as the program ranks it (services/known/ranking.py);
- the share of tweets whose relevant fact-check is in the shortlist at all.

``--tune`` searches the ranking's weights on the training tweets only (coordinate ascent
over a grid) and prints them; the development tweets are never used to choose anything.
``--postgresql`` repeats the library's rows on a throwaway PostgreSQL cluster (ts_rank).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.domain.sources.known_checks import KnownFactCheck  # noqa: E402
from annotator.services.known.known_library import SHORTLIST, KnownLibrary  # noqa: E402
from annotator.services.known.ranking import (  # noqa: E402
    FEATURES,
    LONG_TEXT_WEIGHTS,
    WEIGHTS,
    QueryScorer,
    Weights,
    combined,
)
from annotator.services.known.search_text import query_terms  # noqa: E402
from annotator.storage.database import open_database  # noqa: E402
from annotator.storage.repositories.known_check_repository import (  # noqa: E402
    KnownCheckRepository,
)

DATA = Path("/work/shared/data/claim-retrieval")
URL = "https://checkthat.example/vclaim/{}"
K = 5
GRID = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)

csv.field_size_limit(1 << 24)


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t"))
    return rows[1:]


def read_split(folder: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    tweets = {row[0]: row[1] for row in read_tsv(folder / "tweets.queries.tsv")}
    gold: dict[str, set[str]] = {}
    for line in (folder / "tweet-vclaim-pairs.qrels").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] == "1":
            gold.setdefault(parts[0], set()).add(parts[2])
    return tweets, gold


def average_precision(ranked: list[str], relevant: set[str]) -> float:
    hits, total = 0, 0.0
    for index, item in enumerate(ranked[:K]):
        if item in relevant:
            hits += 1
            total += hits / (index + 1)
    return total / len(relevant) if relevant else 0.0


def mean_ap(rankings: dict[str, list[str]], gold: dict[str, set[str]]) -> float:
    return sum(average_precision(rankings.get(q, []), gold[q]) for q in gold) / len(gold)


# --- the baseline: bm25 over the plain words -------------------------------------------------

_WORD = re.compile(r"\w+")


def plain_bm25(claims: dict[str, tuple[str, str]]) -> Callable[[str], list[str]]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE plain USING fts5(vclaim_id UNINDEXED, body)")
    connection.executemany(
        "INSERT INTO plain VALUES (?, ?)",
        ((key, f"{claim} {title}") for key, (claim, title) in claims.items()),
    )

    def search(text: str) -> list[str]:
        words = dict.fromkeys(w.lower() for w in _WORD.findall(text))
        if not words:
            return []
        query = " OR ".join(f'"{w}"' for w in words)
        rows = connection.execute(
            f"SELECT vclaim_id FROM plain WHERE plain MATCH ? ORDER BY rank LIMIT {K}", (query,)
        )
        return [row[0] for row in rows]

    return search


# --- the library -----------------------------------------------------------------------------


def load_library(target: Path | str, claims: dict[str, tuple[str, str]]) -> tuple[object, float]:
    database = open_database(target)
    began = time.perf_counter()
    checks = [
        KnownFactCheck(
            url=URL.format(key), claim_reviewed=claim, title=title or None, publisher="Snopes"
        )
        for key, (claim, title) in claims.items()
    ]
    KnownLibrary(database).store(checks, "2026-12-08T00:00:00Z")
    return database, time.perf_counter() - began


Candidates = list[tuple[str, tuple[float, ...]]]
# The tweets long enough to be ranked as a long text is (ranking.LONG_TEXT_WEIGHTS), as the
# program would; the tuning leaves those weights alone.
LONG: set[str] = set()


def candidates(database, tweets: dict[str, str], shortlist: int) -> dict[str, Candidates]:  # type: ignore[no-untyped-def]
    """Per tweet: the shortlist in the engine's order, each with its ranking features."""
    found: dict[str, Candidates] = {}
    library = KnownLibrary(database)
    with database.reading() as session:
        repository = KnownCheckRepository(session)
        rarity = library.rarity(repository)
        for tweet_id, text in tweets.items():
            ranked = repository.ranked(rarity.worth_asking(query_terms(text)), shortlist)
            checks = repository.get_many(i for i, _ in ranked)
            best = ranked[0][1] if ranked and ranked[0][1] > 0 else 1.0
            scorer = QueryScorer(text, rarity)
            if scorer.long:
                LONG.add(tweet_id)
            found[tweet_id] = [
                (
                    checks[i].url.rsplit("/", 1)[-1],
                    scorer.features(checks[i], max(score, 0.0) / best),
                )
                for i, score in ranked
                if i in checks
            ]
    return found


def reranked(found: dict[str, Candidates], weights: Weights) -> dict[str, list[str]]:
    """Each tweet's shortlist in the program's order (ties keep the engine's order)."""
    ranked = {}
    for tweet, items in found.items():
        chosen = LONG_TEXT_WEIGHTS if tweet in LONG else weights
        ranked[tweet] = [key for key, _ in sorted(items, key=lambda i: -combined(i[1], chosen))]
    return ranked


def tune(found: dict[str, Candidates], gold: dict[str, set[str]]) -> tuple[Weights, float]:
    """Coordinate ascent over GRID on these (training) tweets only, from several starts (every
    signal alike; the rare words' share with each weight of the engine's rank): the best."""
    starts = [[1.0] * len(FEATURES)]
    for engine in GRID:
        start = [0.0] * len(FEATURES)
        start[FEATURES.index("engine")] = engine
        start[FEATURES.index("rare_dice")] = 1.0
        starts.append(start)
    results = [_ascend(found, gold, start) for start in starts]
    best, best_map = max(results, key=lambda result: result[1])
    return Weights(*best), best_map


def _ascend(
    found: dict[str, Candidates], gold: dict[str, set[str]], start: list[float]
) -> tuple[list[float], float]:
    best = list(start)
    best_map = mean_ap(reranked(found, Weights(*best)), gold)
    improved = True
    while improved:
        improved = False
        for index in range(len(best)):
            for value in GRID:
                trial = list(best)
                trial[index] = value
                if not any(trial):
                    continue
                score = mean_ap(reranked(found, Weights(*trial)), gold)
                if score > best_map + 1e-9:
                    best, best_map, improved = trial, score, True
    return best, best_map


def report(name: str, found: dict[str, Candidates], gold, tweets, baseline, weights) -> None:  # type: ignore[no-untyped-def]
    engine = {t: [key for key, _ in items] for t, items in found.items()}
    in_shortlist = sum(1 for t in gold if set(engine.get(t, [])) & gold[t]) / len(gold)
    print(
        f"  {name:<5} {len(gold):>4} tweets  MAP@5: BM25 plain words "
        f"{mean_ap(baseline, gold):.3f} · BM25 library index {mean_ap(engine, gold):.3f} · "
        f"library re-ranked {mean_ap(reranked(found, weights), gold):.3f}  "
        f"(relevant in the shortlist: {in_shortlist:.1%})"
    )


def threshold_table(found: dict[str, Candidates], gold, weights: Weights) -> None:  # type: ignore[no-untyped-def]
    """How often the best match is a right one, by its score (training tweets): what the
    window's "checked before" threshold is chosen from."""
    tops = []
    for tweet, items in found.items():
        if items:
            chosen = LONG_TEXT_WEIGHTS if tweet in LONG else weights
            key, features = max(items, key=lambda item: combined(item[1], chosen))
            tops.append((combined(features, chosen), key in gold.get(tweet, set())))
    print("  train, best match by score:  score ≥   share of tweets   right")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        kept = [right for score, right in tops if score >= threshold]
        if kept:
            print(
                f"  {'':<29}{threshold:>4.1f}   {len(kept) / len(tops):>14.1%}   "
                f"{sum(kept) / len(kept):>5.1%}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--tune", action="store_true", help="choose the weights on train")
    parser.add_argument("--shortlist", type=int, default=None)
    parser.add_argument(
        "--weights", default=None, help="the weights, comma-separated, in the order of FEATURES"
    )
    parser.add_argument("--postgresql", action="store_true", help="also on a throwaway cluster")
    parser.add_argument("--common-share", type=float, default=None, help="try another")
    parser.add_argument("--max-terms", type=int, default=None, help="try another")
    args = parser.parse_args()
    from annotator.services.known import known_library

    if args.common_share is not None:
        known_library.COMMON_SHARE = args.common_share
    if args.max_terms is not None:
        known_library.MAX_TERMS = args.max_terms
    if not (args.data / "verified_claims.docs.tsv").exists():
        sys.exit(f"no CheckThat! claim-retrieval data in {args.data}")
    claims = {r[0]: (r[1], r[2]) for r in read_tsv(args.data / "verified_claims.docs.tsv")}
    splits = {name: read_split(args.data / name) for name in ("train", "dev")}
    plain = plain_bm25(claims)
    shortlist = args.shortlist or SHORTLIST
    folder = Path(tempfile.mkdtemp(prefix="bench-known-"))
    targets: list[tuple[str, Path | str]] = [("SQLite", folder / "known.sqlite3")]
    if args.postgresql:
        from tests.pg_cluster import start_cluster

        cluster = start_cluster()
        cluster.admin('CREATE DATABASE "bench_known"')
        os.environ["PGPASSWORD"] = cluster.password
        targets.append(("PostgreSQL", cluster.url("bench_known")))
    weights = WEIGHTS
    if args.weights:
        weights = Weights(*(float(v) for v in args.weights.split(",")))
    try:
        measure(targets, claims, splits, plain, shortlist, weights, args.tune)
    finally:
        if args.postgresql:
            cluster.stop()


def measure(targets, claims, splits, plain, shortlist, weights, tuning) -> None:  # type: ignore[no-untyped-def]
    for engine_name, target in targets:
        database, spent = load_library(target, claims)
        print(f"{engine_name}: {len(claims):,} verified claims stored in {spent:.1f} s")
        found = {n: candidates(database, tweets, shortlist) for n, (tweets, _) in splits.items()}
        if tuning and engine_name == "SQLite":
            weights, train_map = tune(found["train"], splits["train"][1])
            shown = ", ".join(
                f"{f}={w:g}" for f, w in zip(FEATURES, weights.as_tuple(), strict=True)
            )
            print(f"  tuned on train (MAP@5 {train_map:.3f}): {shown}")
        for name, (tweets, gold) in splits.items():
            baseline = {t: plain(text) for t, text in tweets.items()}
            report(name, found[name], gold, tweets, baseline, weights)
        threshold_table(found["train"], splits["train"][1], weights)
        database.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
