"""Related claims at scale: the full-text shortlist against scoring every claim.

    .venv/bin/python benchmarks/bench_related_claims.py [--claims 50000] [--queries 40]
                                                        [--old 5] [--seed N] [--keep]
                                                        [--min-score S] [--postgresql]

Builds a collection of ``--claims`` claims (five to an article) in a temporary SQLite file
(``--postgresql``: in a database of a throwaway PostgreSQL cluster, tests/pg_cluster.py),
then asks for the related claims (top 10, the default minimum score unless ``--min-score``)
of ``--queries`` claims picked at random, three ways, all in this one run:

- **old**: what every request did before: read every claim's brief through SQLAlchemy and
  score them all (the service with the index and the cache switched off); timed on the first
  ``--old`` queries only, it takes seconds each;
- **exhaustive, cached briefs**: the same ranking with the briefs kept between requests: the
  reference the agreement is measured against;
- **new**: the service as it ships: the index's shortlist re-ranked by the same scorer.

The floor is one plain ``sqlite3`` (or ``psycopg``) SELECT of every claim's brief columns (what
the old path reads on each request). Printed: ms per request (median), the ratio to the floor,
and the top-10 agreement of new with exhaustive (shared claims / exhaustive's count, averaged;
and how many top-10 lists are identical). Figures are printed, never asserted.

The claims are news reports of events of war: one event is reported by one to eight articles,
each in its own words (templates, synonyms such as "wounded"/"injured", numbers as digits or
words, spellings such as "Kharkiv"/"Kharkov"), among claims built from the sentences of the
seed and gold articles with words swapped (real vocabulary, unrelated to each other).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.domain.models import Article, Claim  # noqa: E402
from annotator.domain.text import text_sha256  # noqa: E402
from annotator.services.related.related_claims import (  # noqa: E402
    DEFAULT_MIN_SCORE,
    RelatedClaimsService,
)
from annotator.storage.database import open_database  # noqa: E402
from annotator.storage.repositories.annotation_repository import (  # noqa: E402
    AnnotationRepository,
)
from annotator.storage.repositories.article_repository import ArticleRepository  # noqa: E402
from annotator.storage.repositories.catalog_repository import SchemeRepository  # noqa: E402

CLAIMS_PER_ARTICLE = 5
# Word lists as text: one item per line would fill pages.
ACTORS = (  # noqa: SIM905
    "Ukraine|Ukrainian forces|the Ukrainian army|Russia|Russian troops|the Russian army|"
    "North Korean troops|Belarus|the Wagner group|Chechen units|the Azov regiment|"
    "the National Guard|Kyiv|Moscow|the Kremlin|Russian marines|Ukrainian drones|"
    "Ukrainian special forces|Russian paratroopers|the 47th brigade"
).split("|")
SOURCES = (  # noqa: SIM905
    "the General Staff|Reuters|a Telegram channel|the governor|local officials|the Pentagon|"
    "the Defence Ministry|Zelensky|Shoigu|the mayor|the BBC|Ukrainska Pravda|TASS|RIA Novosti|"
    "the Institute for the Study of War|a military blogger|the regional administration|"
    "British intelligence|the UN monitoring mission|the Red Cross"
).split("|")
ACTIONS = [
    ("killed", "left dead", "eliminated"),
    ("wounded", "injured", "hurt"),
    ("captured", "took prisoner", "seized"),
    ("destroyed", "hit", "knocked out", "struck"),
    ("shot down", "downed", "intercepted"),
    ("launched", "fired"),
    ("evacuated", "moved out", "rescued"),
    ("deployed", "sent", "moved"),
]
OBJECTS = (  # noqa: SIM905
    "soldiers|tanks|infantry fighting vehicles|armoured personnel carriers|drones|Shahed drones|"
    "cruise missiles|ballistic missiles|aircraft|helicopters|artillery systems|HIMARS launchers|"
    "ammunition depots|bridges|trains|power stations|oil refineries|command posts|radar stations|"
    "warships|civilians|prisoners|mercenaries|air defence systems|fuel depots|supply trucks|"
    "howitzers|multiple rocket launchers|naval drones|patrol boats"
).split("|")
PLACES = [
    ("Kharkiv", "Kharkov"),
    ("Izium", "Izyum"),
    ("Kyiv", "Kiev"),
    ("Bakhmut", "Artemivsk"),
    ("Odesa", "Odessa"),
    ("Kherson",),
    ("Zaporizhzhia", "Zaporozhye"),
    ("Donetsk",),
    ("Luhansk", "Lugansk"),
    ("Mariupol",),
    ("Kursk",),
    ("Belgorod",),
    ("Avdiivka", "Avdeyevka"),
    ("Pokrovsk",),
    ("Sumy",),
    ("Chernihiv", "Chernigov"),
    ("Mykolaiv", "Nikolaev"),
    ("Dnipro", "Dnepr"),
    ("Crimea",),
    ("Sevastopol",),
    ("Melitopol",),
    ("Kramatorsk",),
    ("Sloviansk", "Slavyansk"),
    ("Lyman",),
    ("Kupiansk", "Kupyansk"),
    ("Vuhledar", "Ugledar"),
    ("Toretsk",),
    ("Chasiv Yar",),
    ("Robotyne", "Rabotino"),
    ("Enerhodar", "Energodar"),
    ("Bryansk",),
    ("Novorossiysk",),
    ("Kerch",),
    ("Huliaipole", "Gulyaipole"),
    ("Vovchansk", "Volchansk"),
    ("Siversk",),
    ("Marinka", "Maryinka"),
    ("Soledar",),
    ("Lysychansk", "Lisichansk"),
    ("Severodonetsk", "Sievierodonetsk"),
]
TIMES = (  # noqa: SIM905
    "last week|on Monday|on Tuesday|overnight|in the past 24 hours|since the start of the "
    "counteroffensive|in March|this morning|over the weekend|earlier this month|yesterday|"
    "during the night|in recent days|on Friday"
).split("|")
TEMPLATES = [
    "{actor} {verb} {num} {object} near {place} {time}.",
    "{num} {object} were {verb} by {actor} in the {place} region {time}.",
    "According to {source}, {actor} {verb} {num} {object} in {place}.",
    "{source} said {actor} had {verb} {num} {object} around {place} {time}.",
    "{actor} reportedly {verb} {num} {object} during fighting near {place}.",
    "In {place}, {num} {object} were {verb} {time}, {source} reported.",
]
NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905


def number_as_written(value: int, rng: random.Random) -> str:
    choice = rng.random()
    if value < len(NUMBER_WORDS) and choice < 0.5:
        return NUMBER_WORDS[value]
    if value >= 1000 and choice < 0.6:
        return f"{value:,}"
    if choice > 0.85:
        return f"more than {value}" if value >= 1000 else f"at least {value}"
    return str(value)


def event_reports(rng: random.Random) -> list[str]:
    """One event of the war, as one to eight articles would report it."""
    actor, source = rng.choice(ACTORS), rng.choice(SOURCES)
    verbs, obj, spellings = rng.choice(ACTIONS), rng.choice(OBJECTS), rng.choice(PLACES)
    value = rng.choice((rng.randint(2, 12), rng.randint(13, 400), rng.randint(1000, 9000)))
    time_ = rng.choice(TIMES)
    reports = []
    for _ in range(rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8))):
        text = rng.choice(TEMPLATES).format(
            actor=actor if rng.random() < 0.8 else rng.choice(ACTORS),
            source=source if rng.random() < 0.5 else rng.choice(SOURCES),
            verb=rng.choice(verbs),
            num=number_as_written(value, rng),
            object=obj,
            place=rng.choice(spellings),
            time=time_ if rng.random() < 0.6 else rng.choice(TIMES),
        )
        reports.append(text[0].upper() + text[1:])
    return reports


def real_sentences() -> list[str]:
    """Sentences of the seed and gold articles: real vocabulary for the unrelated claims."""
    found = []
    for path in [*REPO.glob("seeds/*.txt"), *REPO.glob("benchmarks/gold/articles/*")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(s) <= 240]
    return found


def background_claim(sentences: list[str], vocabulary: list[str], rng: random.Random) -> str:
    """A real sentence with a few words swapped: a claim related to nothing in particular."""
    words = rng.choice(sentences).split()
    for _ in range(max(1, len(words) // 5)):
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
    return " ".join(words)


def generate(total: int, seed: int) -> list[list[str]]:
    """``total`` claim texts in articles of five; every text distinct."""
    rng = random.Random(seed)
    sentences = real_sentences()
    vocabulary = sorted({w for s in sentences for w in s.split() if w.isalpha()})
    claims: list[str] = []
    seen: set[str] = set()
    while len(claims) < total:
        batch = (
            event_reports(rng)
            if rng.random() < 0.7
            else [background_claim(sentences, vocabulary, rng)]
        )
        for text in batch:
            if text not in seen:
                seen.add(text)
                claims.append(text)
    claims = claims[:total]
    # Reports of one event land in different articles: deal the claims out, not in runs.
    rng.shuffle(claims)
    return [claims[i : i + CLAIMS_PER_ARTICLE] for i in range(0, total, CLAIMS_PER_ARTICLE)]


def build(target: Path | str, total: int, seed: int) -> list[str]:
    """The collection in a new database; returns every claim id."""
    database = open_database(target)
    stamp = "2026-12-04T00:00:00Z"
    claim_ids: list[str] = []
    articles = generate(total, seed)
    with database.transaction() as session:
        SchemeRepository(session).ensure_defaults()
    for first in range(0, len(articles), 1000):
        rows: list[Article] = []
        claims: list[Claim] = []
        for number, texts in enumerate(articles[first : first + 1000], start=first):
            text = "\n".join(texts)
            article = Article(
                id=str(uuid.uuid4()),
                title=f"Report {number}",
                text=text,
                text_sha256=text_sha256(text),
                source=f"report-{number}.txt",
                imported_at=stamp,
            )
            rows.append(article)
            start = 0
            for quote in texts:
                claim_id = str(uuid.uuid4())
                claims.append(
                    Claim(
                        id=claim_id,
                        article_id=article.id,
                        start=start,
                        end=start + len(quote),
                        quote=quote,
                        created_at=stamp,
                        updated_at=stamp,
                    )
                )
                claim_ids.append(claim_id)
                start += len(quote) + 1
        with database.transaction() as session:
            ArticleRepository(session).add_many(rows)
            AnnotationRepository(session).add_claims(claims)
    database.close()
    return claim_ids


def floor_ms(target: Path | str) -> float:
    """One plain sqlite3 (psycopg) read of every claim's brief columns, best of five."""
    best = float("inf")
    for _ in range(5):
        began = time.perf_counter()
        if isinstance(target, str):
            import psycopg

            connection = psycopg.connect(target)
        else:
            connection = sqlite3.connect(target)
        connection.execute(
            "SELECT c.id, c.article_id, a.title, c.quote, c.status, c.claim_reviewed, "
            "c.claimant_entity_id FROM claims c JOIN articles a ON a.id = c.article_id"
        ).fetchall()
        connection.close()
        best = min(best, time.perf_counter() - began)
    return best * 1000


def timed(
    service: RelatedClaimsService, claim_id: str, cold: bool, min_score: float
) -> tuple[float, list[str]]:
    if cold:
        service._briefs = None  # the old path read every brief on every request
    began = time.perf_counter()
    found = service.candidates(claim_id, limit=10, min_score=min_score)
    return (time.perf_counter() - began) * 1000, [c.claim_id for c in found]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--old", type=int, default=5, help="queries timed the old way")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--min-score", type=float, default=DEFAULT_MIN_SCORE, help="0: rank every claim"
    )
    parser.add_argument("--postgresql", action="store_true", help="on a throwaway cluster")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-related-"))
    target: Path | str = folder / "related.sqlite3"
    cluster = None
    if args.postgresql:
        from tests.pg_cluster import start_cluster

        cluster = start_cluster()
        cluster.admin('CREATE DATABASE "bench"')
        os.environ["PGPASSWORD"] = cluster.password
        target = cluster.url("bench")
    began = time.perf_counter()
    database = None
    try:
        claim_ids = build(target, args.claims, args.seed)
        print(
            f"{len(claim_ids):,} claims in {len(claim_ids) // CLAIMS_PER_ARTICLE:,} articles, "
            f"built in {time.perf_counter() - began:.1f} s ({'PostgreSQL' if cluster else target})"
        )
        queries = random.Random(args.seed + 1).sample(claim_ids, min(args.queries, len(claim_ids)))
        database = open_database(target)
        floor = floor_ms(target)
        exhaustive = RelatedClaimsService(database)
        exhaustive.exhaustive_up_to = len(claim_ids) + 1
        new = RelatedClaimsService(database)

        first_new, _ = timed(new, queries[0], False, args.min_score)
        old_times = [timed(exhaustive, q, True, args.min_score)[0] for q in queries[: args.old]]
        exhaustive_times, new_times, agreement, identical = [], [], [], 0
        for claim_id in queries:
            spent, reference = timed(exhaustive, claim_id, False, args.min_score)
            exhaustive_times.append(spent)
            spent, found = timed(new, claim_id, False, args.min_score)
            new_times.append(spent)
            agreement.append(len(set(found) & set(reference)) / len(reference) if reference else 1)
            identical += found == reference
    finally:
        if database is not None:
            database.close()
        if cluster is not None:
            cluster.stop()
        if not args.keep:
            for item in sorted(folder.iterdir(), reverse=True):
                item.unlink()
            folder.rmdir()

    driver = "psycopg" if cluster else "sqlite3"
    print(f"\nfloor: one {driver} SELECT of every claim's brief: {floor:.1f} ms\n")
    print(f"{'related claims, top 10':<38}{'ms/request':>12}{'× floor':>10}")
    rows = [
        (f"old: read all + score all ({len(old_times)} q)", statistics.median(old_times)),
        ("exhaustive, cached briefs", statistics.median(exhaustive_times)),
        ("new: index shortlist + re-rank", statistics.median(new_times)),
        ("new, first request", first_new),
    ]
    for name, ms in rows:
        print(f"{name:<38}{ms:>12.1f}{ms / floor:>9.1f}×")
    print(
        f"\nnew p95: {sorted(new_times)[int(0.95 * (len(new_times) - 1))]:.1f} ms; "
        f"old / new: {statistics.median(old_times) / statistics.median(new_times):.1f}×"
    )
    print(
        f"top-10 agreement with the exhaustive ranking over {len(queries)} claims: "
        f"{100 * statistics.mean(agreement):.1f} % (identical lists: {identical}, "
        f"worst: {100 * min(agreement):.0f} %)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
