"""Load test of team mode: several writers saving claims of the same articles.

    .venv/bin/python benchmarks/bench_team_server.py [--writers 8] [--articles 50]
                                                     [--seconds 60] [--url postgresql://…]

Figures printed, never asserted. For each engine (one PostgreSQL database, and for comparison
one SQLite file in WAL mode) it creates a collection of ``--articles`` articles, each with one
claim, then runs ``--writers`` processes for ``--seconds``. Each writer loops: pick a claim at
random, read it (with its version), set its justification to a token of its own, save through
``AnnotationService.update_claim`` (optimistic locking). A save refused by EditConflict is
counted as a conflict, and the writer reads the claim again and retries once, as a user
re-applying their input would.

Afterwards, for every claim: each acknowledged save added exactly one to its version, and the
stored justification is the token of the acknowledged save with the highest version. A claim
whose final version is short of ``1 + acknowledged saves``, or whose text is not the last
acknowledged token, counts as **lost writes** (must be 0).

Without ``--url`` a throwaway PostgreSQL cluster is started (tests/pg_cluster.py, as the tests
do) and removed afterwards; with ``--url`` the database must exist and be empty.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _open(target: str):  # type: ignore[no-untyped-def]
    from annotator.storage.database import open_database

    return open_database(target if target.startswith("postgresql") else Path(target))


def prepare(target: str, articles: int) -> list[tuple[str, str]]:
    """``articles`` articles with one claim each; returns (article id, claim id) pairs."""
    from annotator.domain.models import Article, Claim
    from annotator.domain.text import text_sha256
    from annotator.domain.timestamps import now_timestamp
    from annotator.storage.repositories.annotation_repository import AnnotationRepository
    from annotator.storage.repositories.article_repository import ArticleRepository
    from annotator.storage.repositories.catalog_repository import SchemeRepository

    database = _open(target)
    pairs = []
    stamp = now_timestamp()
    items = []
    for number in range(articles):
        text = f"Report {number}: a spokesman said the bridge at Izium was destroyed."
        article = Article(
            id=str(uuid.uuid4()),
            title=f"Report {number}",
            text=text,
            text_sha256=text_sha256(text),
            source=f"report-{number}.txt",
            imported_at=stamp,
        )
        claim = Claim(
            id=str(uuid.uuid4()),
            article_id=article.id,
            start=0,
            end=len(text),
            quote=text,
            created_at=stamp,
            updated_at=stamp,
        )
        items.append((article, claim))
        pairs.append((article.id, claim.id))
    with database.transaction() as session:
        SchemeRepository(session).ensure_defaults()
        ArticleRepository(session).add_many([a for a, _ in items])
        AnnotationRepository(session).add_claims([c for _, c in items])
    database.close()
    return pairs


def writer(target: str, pairs, seconds: float, number: int, results) -> None:  # type: ignore[no-untyped-def]
    from annotator.domain.errors import EditConflict, StorageFailed
    from annotator.services.annotating import AnnotationService

    database = _open(target)
    service = AnnotationService(database)
    rng = random.Random(number)
    acked: list[tuple[str, int, str]] = []  # (claim id, stored version, token)
    latencies: list[float] = []
    conflicts = failures = 0
    deadline = time.monotonic() + seconds
    sequence = 0
    while time.monotonic() < deadline:
        article_id, claim_id = rng.choice(pairs)
        for _attempt in range(2):
            document = service.open_article(article_id)
            claim = next(c for c in document.claims if c.id == claim_id)
            sequence += 1
            claim.justification = f"writer {number} save {sequence}"
            started = time.perf_counter()
            try:
                stored = service.update_claim(claim, document.article.text)
            except EditConflict:
                conflicts += 1
                continue
            except StorageFailed:
                failures += 1
                break
            latencies.append(time.perf_counter() - started)
            acked.append((claim_id, stored.version, claim.justification))
            break
    database.close()
    results.put((acked, latencies, conflicts, failures))


def lost_writes(target: str, acked: list[tuple[str, int, str]]) -> int:
    from annotator.storage.repositories.annotation_repository import AnnotationRepository

    by_claim: dict[str, list[tuple[int, str]]] = {}
    for claim_id, version, token in acked:
        by_claim.setdefault(claim_id, []).append((version, token))
    database = _open(target)
    lost = 0
    with database.reading() as session:
        stored = AnnotationRepository(session)
        for claim_id, saves in by_claim.items():
            claim = stored.get_claim(claim_id)
            assert claim is not None
            expected_version = 1 + len(saves)
            lost += max(0, expected_version - claim.version)
            if claim.justification != max(saves)[1]:
                lost += 1
    database.close()
    return lost


def run(engine: str, target: str, writers: int, articles: int, seconds: float) -> dict:
    pairs = prepare(target, articles)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [
        context.Process(target=writer, args=(target, pairs, seconds, n, results))
        for n in range(writers)
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=seconds + 120) for _ in processes]
    for process in processes:
        process.join()
    acked = [a for c in collected for a in c[0]]
    latencies = sorted(x for c in collected for x in c[1])
    quantiles = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else [0.0] * 19
    return {
        "engine": engine,
        "acknowledged": len(acked),
        "lost": lost_writes(target, acked),
        "conflicts": sum(c[2] for c in collected),
        "failed": sum(c[3] for c in collected),
        "p50_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
        "p95_ms": quantiles[18] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway one)")
    args = parser.parse_args()

    rows = []
    cluster = None
    with tempfile.TemporaryDirectory(prefix="bench-team-") as folder:
        url = args.url
        if url is None:
            from tests.pg_cluster import start_cluster

            cluster = start_cluster()
            cluster.admin('CREATE DATABASE "bench"')
            os.environ["PGPASSWORD"] = cluster.password
            url = cluster.url("bench")
        try:
            rows.append(run("PostgreSQL", url, args.writers, args.articles, args.seconds))
            sqlite_file = str(Path(folder) / "bench.sqlite3")
            rows.append(run("SQLite (WAL)", sqlite_file, args.writers, args.articles, args.seconds))
        finally:
            if cluster is not None:
                cluster.stop()
    print(
        f"{args.writers} writers, {args.articles} articles, {args.seconds:g} s, "
        f"{os.cpu_count()} CPU cores\n"
    )
    print("| engine | acknowledged saves | lost | conflicts | failed | p50 ms | p95 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['engine']} | {row['acknowledged']} | {row['lost']} | {row['conflicts']} | "
            f"{row['failed']} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
