"""The library of known fact-checks at 50,000 reviews: importing a feed, and matching a claim.

    .venv/bin/python benchmarks/bench_known_speed.py [--reviews 50000] [--queries 200]
    bash tests/pg_server.sh .venv/bin/python benchmarks/bench_known_speed.py   # and PostgreSQL

Writes a DataCommons ClaimReview feed (``dataFeedElement``) of ``--reviews`` reviews to a
temporary folder and imports it the way ``annotator import`` does (the importer: reading,
recognising, parsing, storing, one transaction), into a SQLite file and, when a server is
given (ANNOTATOR_TEST_PG_URL, as tests/pg_server.sh sets it), into a PostgreSQL database.
Then each of ``--queries`` claims is matched against the library (``KnownLibrary.match_text``,
what ``annotator match`` and the window ask for each claim text).

The reviews: the 10,375 verified claims of CheckThat! 2020 task 2 when
/work/shared/data/claim-retrieval is there, and as many more as asked made from their words
(drawn at random from all the claims' words, so common words stay common and rare ones rare);
without the data, from the seed articles' words. The queries: the task's dev tweets, else
sentences of the seed articles.

Printed per engine: the import (seconds, reviews per second), the first match (it counts the
words' rarity once, kept until the library changes), and the median and 95th percentile of the
others, in milliseconds. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.domain.sentences import sentence_spans  # noqa: E402
from annotator.services.importing.importer import Importer  # noqa: E402
from annotator.storage.database import open_database  # noqa: E402

DATA = Path("/work/shared/data/claim-retrieval")
SEEDS = REPO / "seeds"
PUBLISHERS = ["Example Fact Desk", "Перевірка фактів (приклад)", "Desk Three", "Faktencheck B"]
RATINGS = [("False", 1), ("Mostly false", 2), ("Mixed", 3), ("Mostly true", 4), ("True", 5)]

csv.field_size_limit(1 << 24)


def source_claims() -> tuple[list[str], list[str]]:
    """(claims to start from, query texts)."""
    if (DATA / "verified_claims.docs.tsv").exists():
        with (DATA / "verified_claims.docs.tsv").open(encoding="utf-8", newline="") as stream:
            claims = [row[1] for row in list(csv.reader(stream, delimiter="\t"))[1:]]
        with (DATA / "dev" / "tweets.queries.tsv").open(encoding="utf-8", newline="") as stream:
            queries = [row[1] for row in list(csv.reader(stream, delimiter="\t"))[1:]]
        return claims, queries
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [text[s:e] for s, e in sentence_spans(text) if len(text[s:e]) > 40]
    return sentences, sentences


def feed(claims: list[str], count: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    words = [w for claim in claims for w in re.findall(r"\w+", claim)]
    texts = list(claims[:count])
    while len(texts) < count:
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(8, 22))).capitalize())
    elements = []
    for index, text in enumerate(texts):
        name, value = rng.choice(RATINGS)
        review = {
            "@type": "ClaimReview",
            "url": f"https://factcheck.example/{index}/{uuid.UUID(int=rng.getrandbits(128))}",
            "claimReviewed": text,
            "datePublished": f"20{rng.randint(16, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "author": {"@type": "Organization", "name": rng.choice(PUBLISHERS)},
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Someone"}},
        }
        if rng.random() < 0.7:  # many feeds give no rating at all
            review["reviewRating"] = {
                "@type": "Rating",
                "alternateName": name,
                "ratingValue": value,
                "bestRating": 5,
                "worstRating": 1,
            }
        elements.append({"@type": "DataFeedItem", "item": [review]})
    return {"@context": "http://schema.org", "@type": "DataFeed", "dataFeedElement": elements}


def measure(name: str, target: Path | str, feed_file: Path, queries: list[str]) -> None:
    database = open_database(target)
    try:
        began = time.perf_counter()
        report = Importer(database).import_paths([feed_file])
        spent = time.perf_counter() - began
        (result,) = report.results
        assert result.known, result.line()
        print(
            f"{name}: imported {result.known:,} reviews in {spent:.1f} s "
            f"({result.known / spent:,.0f} a second)"
        )
        from annotator.services.known.known_library import KnownLibrary

        library = KnownLibrary(database)
        began = time.perf_counter()
        library.match_text(queries[0])
        first = (time.perf_counter() - began) * 1000
        times = []
        for text in queries[1:]:
            began = time.perf_counter()
            library.match_text(text)
            times.append((time.perf_counter() - began) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(
            f"  matching one claim against {library.count():,}: first {first:.0f} ms (counts the "
            f"words' rarity), then median {statistics.median(times):.1f} ms, "
            f"95th percentile {p95:.1f} ms over {len(times)} claims"
        )
        suggestions(database, library)
    finally:
        database.close()


def suggestions(database, library) -> None:  # type: ignore[no-untyped-def]
    """An article's suggestions when the library is full: each check-worthy sentence is looked
    up ("checked before: …"), in the window's thread."""
    from annotator.services.suggestions.suggestion_service import SuggestionService
    from annotator.storage.repositories.article_repository import ArticleRepository

    Importer(database).import_paths([SEEDS])
    with database.reading() as session:
        ids = [a.id for batch in ArticleRepository(session).iter_in_export_order() for a in batch]
    times, looked_up = [], 0
    for article_id in ids:
        service = SuggestionService(database)
        service.known = library
        began = time.perf_counter()
        found = service.for_article(article_id)
        times.append((time.perf_counter() - began) * 1000)
        looked_up += sum(1 for s in found if s.kind == "claim" and s.score >= 0.5)
    print(
        f"  an article's suggestions with its {looked_up / len(ids):.0f} check-worthy sentences "
        f"looked up: median {statistics.median(times):.0f} ms over the {len(ids)} seed articles"
    )


def postgresql_target() -> str | None:
    given = os.environ.get("ANNOTATOR_TEST_PG_URL")
    if not given:
        return None
    import psycopg

    name = f"bench_known_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(given, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return given.rsplit("/", 1)[0] + f"/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviews", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=30)
    args = parser.parse_args()
    claims, queries = source_claims()
    queries = queries[: args.queries]
    folder = Path(tempfile.mkdtemp(prefix="bench-known-speed-"))
    feed_file = folder / "feed.json"
    feed_file.write_text(json.dumps(feed(claims, args.reviews, args.seed)), encoding="utf-8")
    print(
        f"a DataCommons feed of {args.reviews:,} reviews "
        f"({feed_file.stat().st_size / 1e6:.0f} MB); {len(queries)} claims to match; "
        f"{os.cpu_count()} processors, load average {os.getloadavg()[0]:.1f} (a busy machine "
        "slows every figure)"
    )
    measure("SQLite", folder / "known.sqlite3", feed_file, queries)
    url = postgresql_target()
    if url is None:
        print("PostgreSQL: not measured (run under tests/pg_server.sh)")
    else:
        measure("PostgreSQL", url, feed_file, queries)


if __name__ == "__main__":
    main()
