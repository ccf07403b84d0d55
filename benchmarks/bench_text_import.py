"""The import of a text-heavy dataset, end to end, against its floor; printed, never asserted.

    .venv/bin/python benchmarks/bench_text_import.py [--articles 4000] [--articles 16000]
                                                     [--repeat 5] [--profile]
                                                     [--before OTHER/.venv/bin/python]

For each ``--articles`` (default 4,000 and 16,000: about 26 and 106 MB) a format-v1 dataset of
news-like articles of about 450 words (the generator of ``bench_import_export.py``), each with
10 spans (7 mentions, 3 claims linked to a mention, one in three with a piece of evidence), is
written to a temporary folder. Then, alternating, each in a fresh process and timed from its
start to its exit, as a user meets them:

- **ours**: ``annotator import FILE --db NEW`` (the interpreter, our modules, a new database,
  reading and checking every article, storing it with its spans and full-text index);
- **the floor**: ``python floor.py FILE NEW``: ``json.load`` of the file, a new SQLite
  database (WAL, synchronous=FULL) with two tables, articles and spans, and an FTS5 index of
  the articles' titles and texts kept by a trigger, one ``executemany`` per table in one
  transaction. No checks, no hashes, no merging: the least any import of the file must do.

Both must store every article and span (checked; exit 1 otherwise). The best and the median of
``--repeat`` runs are printed with their ratio; the aim is ours ≤ 1.5× the floor. So is the CPU
time of each (user + system, of the process): on a shared machine the wall time is mostly the
wait for a core. ``--profile``
also prints where ours spends its time in one process (cProfile of ``import_paths``).
``--before PYTHON`` adds an earlier version as a third contender (the interpreter of a
checkout of it), run in the same rounds, so that a before/after is measured in one run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import_export import PLACES, make_article

AIM = 1.5
WORDS = 450
SPANS = 10  # per article: 7 mentions, 3 claims
ANNOTATOR = {"id": "3f1d1f0e-0000-4000-8000-000000000001", "name": "Olena Petrenko"}
STAMP = "2026-12-01T10:00:00Z"

FLOOR = r"""
import json, sqlite3, sys
file, db = sys.argv[1], sys.argv[2]
with open(file, encoding="utf-8") as handle:
    document = json.load(handle)
connection = sqlite3.connect(db, isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA synchronous=FULL")
connection.executescript('''
    CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, text TEXT, text_sha256 TEXT UNIQUE,
        source TEXT, language TEXT, imported_at TEXT, status TEXT);
    CREATE TABLE spans (id TEXT PRIMARY KEY, article_id TEXT REFERENCES articles (id),
        kind TEXT, start INTEGER, end INTEGER, quote TEXT, label TEXT, created_by TEXT,
        created_at TEXT);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
''')
articles, spans = [], []
for a in document["articles"]:
    articles.append((a["id"], a["title"], a["text"], a["text_sha256"], a["source"],
                     a["language"], a["imported_at"], a["status"]))
    for m in a["mentions"]:
        spans.append((m["id"], a["id"], "mention", m["start"], m["end"], m["quote"], m["type"],
                      m["created_by"], m["created_at"]))
    for c in a["claims"]:
        spans.append((c["id"], a["id"], "claim", c["start"], c["end"], c["quote"], c["status"],
                      c["created_by"], c["created_at"]))
connection.execute("BEGIN IMMEDIATE")
connection.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", articles)
connection.executemany("INSERT INTO spans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", spans)
connection.execute("COMMIT")
connection.close()
"""


def _spans(text: str, rng: random.Random, number: int) -> tuple[list[dict[str, Any]], ...]:
    """Seven mentions of places and names, three claims of whole sentences."""
    mentions: list[dict[str, Any]] = []
    for place in rng.sample(PLACES, len(PLACES)):
        start = text.find(place)
        if start >= 0 and all(m["start"] != start for m in mentions):
            mentions.append(_mention(number, len(mentions), start, place, "GPE"))
        if len(mentions) == 7:
            break
    position = 0
    while len(mentions) < 7:  # words of the text, for the few articles short of places
        start = text.index(" ", position) + 1
        end = text.index(" ", start)
        mentions.append(_mention(number, len(mentions), start, text[start:end], "EVENT"))
        position = end
    claims: list[dict[str, Any]] = []
    sentences = [s for s in text.split(". ") if len(s) > 40]
    for index, sentence in enumerate(rng.sample(sentences, 3)):
        start = text.index(sentence)
        evidence = []
        if index == 0 and number % 3 == 0:
            evidence.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "url": f"https://example.org/reports/{number}",
                    "archive_url": None,
                    "title": "Report",
                    "stance": "refutes",
                    "excerpt": sentence[:60],
                    "accessed_at": STAMP,
                    "file": None,
                }
            )
        claims.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "start": start,
                "end": start + len(sentence),
                "quote": sentence,
                "claim_reviewed": None,
                "claimant": {"name": None, "entity_id": None},
                "claim_date": None,
                "status": "unverified",
                "justification": "",
                "checkworthy": True,
                "tags": [],
                "mention_ids": [mentions[index]["id"]],
                "evidence": evidence,
                "review": {"url": None, "published_at": None},
                "origin": "manual",
                "created_by": ANNOTATOR["id"],
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        )
    return mentions, claims


def _mention(number: int, index: int, start: int, quote: str, kind: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"m/{number}/{index}")),
        "start": start,
        "end": start + len(quote),
        "quote": quote,
        "type": kind,
        "entity_id": None,
        "origin": "manual",
        "created_by": ANNOTATOR["id"],
        "created_at": STAMP,
    }


def write_dataset(path: Path, count: int, seed: int) -> tuple[int, int]:
    """A format-v1 file of ``count`` articles; returns (spans, words on average)."""
    from annotator.domain.schemes import Schemes
    from annotator.services.formats import dataset_v1

    rng = random.Random(seed)
    header = dataset_v1.header(Schemes.defaults(), [], [], exported_at=STAMP, claim_relations=[])
    header["annotators"] = [ANNOTATOR]
    spans = words = 0
    with path.open("w", encoding="utf-8") as out:
        head = json.dumps(header, ensure_ascii=False)
        out.write(head[:-1] + ', "articles": [')
        for number in range(count):
            text = make_article(number, rng, size=WORDS * 6 + 100)
            mentions, claims = _spans(text, rng, number)
            article = {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "title": text.split("\n", 1)[0],
                "text": text,
                "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "source": f"report-{number:06d}.txt",
                "url": None,
                "publisher": None,
                "authors": [],
                "published_at": None,
                "language": "en",
                "imported_at": STAMP,
                "status": "todo",
                "encoding": "utf-8",
                "mentions": mentions,
                "claims": claims,
            }
            out.write(("" if number == 0 else ", ") + json.dumps(article, ensure_ascii=False))
            spans += len(mentions) + len(claims)
            words += len(text.split())
        out.write("]}\n")
    return spans, words // count


# Each run starts as the installed program does: with its modules' bytecode, written by pip
# at install or by a first start (the untimed run below). A shell with PYTHONDONTWRITEBYTECODE
# set would have every run compile the program's modules again: 0.1 s of CPU at 4,000
# articles that no user meets.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# The CPU time of each run too: on a machine shared with others the wall time is mostly
# waiting for a core, and its ratio says more about the neighbours than about the import.
CPU: dict[str, list[float]] = {}


def _run(args: list[str], who: str = "") -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # Run from outside any checkout: ``-m annotator`` would import the package of the current
    # folder before the one the interpreter has installed (--before's would be this one).
    done = subprocess.run(
        args, capture_output=True, text=True, check=False, env=CHILD_ENV, cwd=tempfile.gettempdir()
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])}… failed ({done.returncode}):\n{done.stderr}")
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    CPU.setdefault(who, []).append(cpu)
    return seconds


def ours(
    file: Path, db: Path, home: Path, python: str = sys.executable, who: str = "ours"
) -> float:
    return _run(
        [python, "-m", "annotator", "--data-dir", str(home), "import", str(file),
         "--db", str(db)],
        who,
    )  # fmt: skip


def floor(file: Path, db: Path, script: Path) -> float:
    return _run([sys.executable, str(script), str(file), str(db)], "floor")


def stored(db: Path, tables: tuple[str, ...]) -> int:
    connection = sqlite3.connect(db)
    try:
        return sum(connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        connection.close()


def profile(file: Path, work: Path) -> None:
    import cProfile
    import pstats

    from annotator.services.importing.importer import Importer
    from annotator.storage.database import open_database

    database = open_database(work / "profiled.sqlite3")
    try:
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        Importer(database).import_paths([file])
        profiler.disable()
        print(f"\nimport_paths in one process: {time.perf_counter() - started:.2f} s (profiled)")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    finally:
        database.close()


def split(file: Path, count: int, work: Path) -> None:
    """Reading and checking the articles against building their rows, in one process, each
    phase alone: the file read into checked records first (JSON, defaults, schema, records,
    spans against texts, hashes, unique ids), then stored into a new database (rows, their
    statements, indexes and full-text indexes, the commit). CPU time, the collector paused
    in both as in an import."""
    from annotator.domain.speed.collector import collection_paused
    from annotator.services.importing.dataset_reading import stream_dataset
    from annotator.services.importing.dataset_storing import store_dataset
    from annotator.services.importing.json_stream import Utf8File
    from annotator.storage.database import open_database

    database = open_database(work / f"split-{count}.sqlite3", alone=True)
    source: list[Utf8File] = []

    def opened() -> Utf8File:
        source.append(Utf8File(file))
        return source[-1]

    try:
        with collection_paused():
            started = time.process_time()
            dataset = stream_dataset(opened, STAMP)
            dataset.articles = list(dataset.articles)
            read = time.process_time() - started
            started = time.process_time()
            with database.transaction() as session:
                store_dataset(session, dataset)
            stored_in = time.process_time() - started
    finally:
        for text in source:
            text.close()
        database.close()
    print(
        f"  per article, one process: reading and checking {read / count * 1e6:.0f} µs, "
        f"building its rows {stored_in / count * 1e6:.0f} µs (stored, indexed, committed)"
    )


def measure(
    count: int, repeat: int, seed: int, work: Path, show_profile: bool, before: str | None = None
) -> float:
    file = work / f"dataset-{count}.json"
    spans, words = write_dataset(file, count, seed)
    size = file.stat().st_size
    print(f"\n{count:,} articles of {words} words on average, {spans:,} spans: {size / 1e6:.1f} MB")
    script = work / "floor.py"
    script.write_text(FLOOR, encoding="utf-8")
    contenders = ("ours", "floor", "before") if before else ("ours", "floor")
    times: dict[str, list[float]] = {who: [] for who in contenders}
    warm = work / "warm.sqlite3"  # untimed: bytecode written, the file in the page cache
    ours(file, warm, work / "home")
    floor(file, work / "warm-floor.sqlite3", script)
    if before:
        ours(file, work / "warm-before.sqlite3", work / "home-before", before, "before")
    CPU.clear()
    for leftover in work.glob("warm*.sqlite3*"):
        leftover.unlink()
    for round_ in range(repeat):
        order = contenders if round_ % 2 == 0 else contenders[::-1]
        for who in order:
            db = work / f"{who}-{count}-{round_}.sqlite3"
            if who == "ours":
                seconds = ours(file, db, work / "home")
                rows = stored(db, ("articles", "mentions", "claims"))
            elif who == "before" and before:
                seconds = ours(file, db, work / "home-before", before, "before")
                rows = stored(db, ("articles", "mentions", "claims"))
            else:
                seconds = floor(file, db, script)
                rows = stored(db, ("articles", "spans"))
            if rows != count + spans:
                raise SystemExit(f"{who} stored {rows} rows, not {count + spans}")
            times[who].append(seconds)
            for leftover in work.glob(f"{who}-{count}-{round_}.sqlite3*"):
                leftover.unlink()
    best = min(times["ours"]) / min(times["floor"])
    median = statistics.median(times["ours"]) / statistics.median(times["floor"])
    for who in contenders:
        shown = " ".join(f"{t:.2f}" for t in times[who])
        print(
            f"  {who:5}  best {min(times[who]):.2f} s  median "
            f"{statistics.median(times[who]):.2f} s  ({shown})"
        )
    verdict = "met" if best <= AIM else "above the aim"
    print(f"  ratio  best/best {best:.2f}×  median/median {median:.2f}×  (aim ≤ {AIM}×: {verdict})")
    if before:
        earlier = min(times["before"]) / min(times["floor"])
        print(f"  before: ratio best/best {earlier:.2f}×")
    cpu = {who: CPU.pop(who) for who in contenders}
    for who in contenders:
        print(
            f"  {who:6} CPU best {min(cpu[who]):.2f} s  median {statistics.median(cpu[who]):.2f} s"
        )
    cpu_best = min(cpu["ours"]) / min(cpu["floor"])
    print(f"  ratio of CPU time  best/best {cpu_best:.2f}×")
    if before:
        print(f"  before: ratio of CPU time {min(cpu['before']) / min(cpu['floor']):.2f}×")
    split(file, count, work)
    if show_profile:
        profile(file, work)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, action="append")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--before",
        metavar="PYTHON",
        help="an interpreter whose `-m annotator` is an earlier version (e.g. another "
        "checkout's .venv/bin/python): run alternating with the others, for a before/after",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-text-import-") as folder:
        for count in args.articles or [4000, 16000]:
            measure(count, args.repeat, args.seed, Path(folder), args.profile, args.before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
