"""Import and export benchmarks, printed, never asserted (docs/design/tests.md).

    .venv/bin/python benchmarks/bench_import_export.py [--articles N] [--spans N]

1. Generates N news-like articles of about 3 KB (English with Ukrainian/Russian passages,
   accents, emoji; a fixed seed) as .txt files in a temporary folder.
2. Import: ``Importer(database).import_paths([folder])`` on a fresh database, against a raw
   ``sqlite3`` baseline measured in the same run: read the same files, decode, SHA-256 and
   ``executemany`` INSERT the same rows in one transaction, into a fresh database created by
   our own migrations (same tables, indexes and FTS5 triggers, which fire in both) with the
   same pragmas (WAL, synchronous=FULL, foreign keys).
3. Adds the spans (mentions and claims, valid offsets, claims with linked mentions and some
   evidence) through AnnotationRepository, in a few transactions (timed, for information).
4. Export: ``export_dataset(database, out, "json")`` against a raw baseline that SELECTs the
   same rows with ``sqlite3`` (one read transaction), builds the same dicts and writes
   ``json.dumps`` of each article to the file (both fsync it). Each export runs in a fresh
   child process so its peak RSS is its own; a separate child run under tracemalloc gives the
   Python-heap peak.
5. Checks that the export is valid JSON with the expected counts and valid offsets, and that
   the baseline wrote the same articles (so the two did the same work).
6. Dataset import: ``Importer.import_paths([our export])`` into a fresh database, against the
   floor of ``json.loads`` of the whole file and one ``sqlite3`` ``executemany`` per table of
   the same rows in one transaction (no checks, no merging); both must store the same rows.
   Each also runs once in a child process under tracemalloc for its memory peak.

Aims: import <= 2x raw, export <= 1.5x raw, dataset import <= 1.5x the floor. The ratios are
printed, not asserted; the exit status is 1 only when a check of the work
done fails.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

IMPORT_AIM = 2.0
EXPORT_AIM = 1.5
DATASET_AIM = 1.5  # importing a dataset against json.loads + executemany
SPAN_BATCH_ARTICLES = 1000  # articles per transaction when adding spans

# --- generating articles ---------------------------------------------------------------------

PLACES = [
    "Izium",
    "Izyum",
    "Izum",
    "Kharkiv",
    "Kharkov",
    "Kupiansk",
    "Bakhmut",
    "Avdiivka",
    "Kherson",
    "Zaporizhzhia",
    "Kursk",
    "Belgorod",
    "Odesa",
    "Dnipro",
    "Pokrovsk",
]
UNITS = [
    "the 3rd Separate Storm Brigade",
    "the 47th Mechanized Brigade",
    "the National Guard",
    "the 92nd Assault Brigade",
    "the Azov regiment",
    "the 155th Marine Brigade",
    "the Territorial Defence Forces",
    "the border guard service",
]
PEOPLE = [
    "a Russian military official, identified only as Rogov",
    "the regional governor Oleh Syniehubov",
    "a spokesperson for the General Staff",
    "President Volodymyr Zelensky",
    "the Kremlin spokesman Dmitry Peskov",
    "an unnamed Western intelligence source",
    "the mayor, Ihor Terekhov",
    "a NATO official speaking on condition of anonymity",
]
VERBS = [
    "said",
    "claimed",
    "told reporters",
    "wrote on Telegram",
    "stated",
    "alleged",
    "confirmed",
    "denied",
]
EVENTS = [
    "a drone strike on a command post",
    "a missile strike on a training range",
    "the capture of two North Korean soldiers",
    "shelling of residential areas",
    "an attack on energy infrastructure",
    "a prisoner exchange",
    "the destruction of a HIMARS launcher",
    "a counter-offensive near the river",
]
FIGURES = [
    "more than ten",
    "at least 30",
    "about 120",
    "three",
    "eleven",
    "dozens of",
    "nearly 2,000",
    "up to 15",
]
CYRILLIC = [
    "За словами речника, ситуація залишається складною, але контрольованою.",
    "Інформацію про загиблих наразі не підтверджено незалежними джерелами.",
    "По данным Минобороны, удар был нанесён по пункту временной дислокации.",
    "Місцеві жителі повідомляють про вибухи в районі залізничного вокзалу.",
    "Эти сведения пока не удалось проверить из независимых источников.",
]
OTHER = [
    "Le ministère a qualifié ces affirmations de « propagande ».",
    "Die Angaben ließen sich zunächst nicht unabhängig überprüfen.",
    "Según fuentes locales, la evacuación continúa en la región.",
    "Władze obwodu poinformowały o częściowym przywróceniu zasilania.",
]
EMOJI = ["🇺🇦", "⚠️", "🔥", "📢", "💥", "🛰️", "😢", "✅"]
BOILERPLATE = ["Leave a Reply", "Source link", "Read more: ", "Share this article:"]


def _sentence(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.12:
        return rng.choice(CYRILLIC)
    if pick < 0.18:
        return rng.choice(OTHER)
    person, verb, place = rng.choice(PEOPLE), rng.choice(VERBS), rng.choice(PLACES)
    templates = [
        f"According to {person}, {rng.choice(EVENTS)} near {place} left {rng.choice(FIGURES)} "
        f"members of {rng.choice(UNITS)} dead or wounded.",
        f"{person[0].upper()}{person[1:]} {verb} that {rng.choice(UNITS)} had withdrawn from "
        f"positions east of {place} on {rng.choice(['June', 'July', 'August'])} "
        f"{rng.randint(1, 28)}.",
        f"These claims remain unverified, as neither the military nor independent observers "
        f"have confirmed {rng.choice(EVENTS)} in the {place} area.",
        f"Satellite images published on {rng.randint(1, 28)} May appear to show damage at "
        f"{rng.choice(['an airfield', 'a depot', 'a bridge', 'a school'])} in {place}.",
        f"{rng.choice(FIGURES).capitalize()} civilians were evacuated from {place}, "
        f"{rng.choice(PEOPLE)} {verb}.",
    ]
    sentence = rng.choice(templates)
    if rng.random() < 0.08:
        sentence += " " + rng.choice(EMOJI)
    return sentence


def make_article(number: int, rng: random.Random, size: int = 3000) -> str:
    title = (
        f"{rng.choice(EVENTS).capitalize()} reported near {rng.choice(PLACES)} (report {number})"
    )
    paragraphs: list[str] = []
    length = len(title)
    while length < size:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        length += len(paragraph.encode()) + 1
    paragraphs.append(rng.choice(BOILERPLATE))
    return title + "\n" + "\n".join(paragraphs) + "\n"


def generate_articles(folder: Path, count: int, seed: int) -> int:
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    total = 0
    for number in range(count):
        data = make_article(number, rng).encode("utf-8")
        (folder / f"{number:06d}.txt").write_bytes(data)
        total += len(data)
    return total


# --- measuring -------------------------------------------------------------------------------


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


def reset_peak_rss() -> bool:
    """Reset this process's RSS high-water mark (Linux: ``echo 5 > /proc/self/clear_refs``),
    so the peak read afterwards belongs to what runs next, not to start-up."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def current_rss_bytes() -> int | None:
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return None


def peak_rss_bytes() -> int:
    """Peak resident set size: VmHWM on Linux, else ru_maxrss (KiB on Linux, B on macOS)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def now_stamp() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def open_raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the pragmas our engine sets on every connection."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA busy_timeout=5000")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


# --- import: ours and raw --------------------------------------------------------------------


def import_ours(folder: Path, data_dir: Path) -> tuple[float, int]:
    from annotator.paths import resolve_paths
    from annotator.services.importing.importer import Importer
    from annotator.services.workspace import open_workspace

    workspace = open_workspace(resolve_paths(data_dir=data_dir))  # migrations: not timed
    try:
        seconds, report = timed(lambda: Importer(workspace.database).import_paths([folder]))
    finally:
        workspace.close()
    if report.refused:
        raise SystemExit(f"our import refused files: {report.refused[:3]}")
    return seconds, report.articles_added


def create_schema(path: Path) -> None:
    """A fresh database with exactly our schema (our migrations), then closed."""
    from annotator.storage.database import open_database

    open_database(path).close()


def import_raw(folder: Path, db: Path) -> tuple[float, int]:
    create_schema(db)
    connection = open_raw(db)

    def run() -> int:
        rows = []
        for file in sorted(folder.iterdir()):
            text = file.read_bytes().decode("utf-8")
            title = text.split("\n", 1)[0].strip()
            rows.append(
                (
                    str(uuid.uuid4()),
                    title,
                    text,
                    hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    file.name,
                    None,
                    None,
                    "[]",
                    None,
                    "und",
                    now_stamp(),
                    "todo",
                )
            )
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO articles (id, title, text, text_sha256, source, url, publisher, "
            "authors, published_at, language, imported_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.execute("COMMIT")
        return len(rows)

    try:
        return timed(run)
    finally:
        connection.close()


# --- spans -----------------------------------------------------------------------------------

WORD = re.compile(r"\w{3,}")
SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*[.!?]")
STATUSES = [
    "unverified",
    "in_progress",
    "true",
    "mostly_true",
    "mixed",
    "mostly_false",
    "false",
    "misleading",
    "unproven",
]
TYPES = [
    "PERSON",
    "ORG",
    "MIL_UNIT",
    "NORP",
    "GPE",
    "LOC",
    "FAC",
    "EVENT",
    "DATE",
    "QUANTITY",
    "WEAPON",
]


def add_spans(db: Path, total: int, seed: int) -> tuple[float, int, int]:
    """Spread ``total`` spans over the articles: 70 % mentions, 30 % claims, each claim linked
    to a mention of its article, every other claim with one piece of evidence."""
    from annotator.domain.models import (
        Annotator,
        Claim,
        Claimant,
        ClaimRelation,
        Evidence,
        FinishedMark,
        Mention,
        Stance,
    )
    from annotator.storage.database import open_database
    from annotator.storage.repositories.annotation_repository import AnnotationRepository
    from annotator.storage.repositories.article_repository import ArticleRepository
    from annotator.storage.repositories.catalog_repository import AnnotatorRepository
    from annotator.storage.repositories.progress_repository import ProgressRepository
    from annotator.storage.repositories.relation_repository import RelationRepository

    rng = random.Random(seed)
    database = open_database(db)
    with database.reading() as session:
        articles = [
            (a.id, a.text)
            for batch in ArticleRepository(session).iter_in_export_order()
            for a in batch
        ]
    annotator_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    per_article, extra = divmod(total, len(articles))
    mentions_made = claims_made = 0
    batches: list[tuple[list[Mention], list[Claim]]] = []
    mentions: list[Mention] = []
    claims: list[Claim] = []
    stamp = now_stamp()
    for index, (article_id, text) in enumerate(articles):
        count = per_article + (1 if index < extra else 0)
        claim_count = round(count * 0.3)
        words = list(WORD.finditer(text))
        sentences = list(SENTENCE.finditer(text))
        mine: list[Mention] = []
        for _ in range(count - claim_count):
            match = rng.choice(words)
            mine.append(
                Mention(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    article_id=article_id,
                    start=match.start(),
                    end=match.end(),
                    quote=match.group(),
                    type=rng.choice(TYPES),
                    created_by=annotator_id,
                    created_at=stamp,
                )
            )
        mentions.extend(mine)
        for number in range(claim_count):
            match = rng.choice(sentences)
            evidence = (
                []
                if number % 2
                else [
                    Evidence(
                        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        url=f"https://example.org/check/{index}/{number}",
                        title="Fact-check",
                        stance=rng.choice(list(Stance)),
                        excerpt=match.group()[:80],
                        accessed_at=stamp,
                    )
                ]
            )
            claims.append(
                Claim(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    article_id=article_id,
                    start=match.start(),
                    end=match.end(),
                    quote=match.group(),
                    status=rng.choice(STATUSES),
                    claimant=Claimant(name=rng.choice(PEOPLE)),
                    checkworthy=rng.choice([True, False, None]),
                    tags=rng.sample(["casualties", "military", "civilians", "energy"], 2),
                    mention_ids=[mine[number % len(mine)].id] if mine else [],
                    evidence=evidence,
                    created_by=annotator_id,
                    created_at=stamp,
                    updated_at=stamp,
                )
            )
        mentions_made += count - claim_count
        claims_made += claim_count
        if (index + 1) % SPAN_BATCH_ARTICLES == 0 or index + 1 == len(articles):
            batches.append((mentions, claims))
            mentions, claims = [], []

    # A claim relation per 100 claims (pairs of different articles) and a finished mark on
    # every tenth article: both travel through the export and the dataset import.
    claim_ids = [c.id for _, batch_claims in batches for c in batch_claims]
    relations = [
        ClaimRelation(first, second, "same" if n % 2 else "different", annotator_id, stamp)
        for n, (first, second) in enumerate(
            zip(claim_ids[::200], claim_ids[100::200], strict=False)
        )
    ]
    marks = [FinishedMark(article_id, annotator_id, stamp) for article_id, _ in articles[::10]]

    def store() -> None:
        with database.transaction() as session:
            AnnotatorRepository(session).add_many([Annotator(annotator_id, "Bench Marker")])
        for batch_mentions, batch_claims in batches:
            with database.transaction() as session:
                repository = AnnotationRepository(session)
                repository.add_mentions(batch_mentions)
                repository.add_claims(batch_claims)
        with database.transaction() as session:
            RelationRepository(session).add_many(relations)
            ProgressRepository(session).merge(marks)

    try:
        seconds, _ = timed(store)
    finally:
        database.close()
    return seconds, mentions_made, claims_made


# --- export: ours and raw (each in a child process) -------------------------------------------


def export_ours(db: Path, out: Path) -> float:
    from annotator.services.exporting.exporter import export_dataset
    from annotator.storage.database import open_database

    database = open_database(db, create=False)  # quick_check: not timed
    try:
        seconds, _ = timed(lambda: export_dataset(database, out, "json"))
    finally:
        database.close()
    return seconds


def _raw_document(connection: sqlite3.Connection) -> dict[str, Any]:
    """The same document export_dataset writes, from plain SELECTs."""

    def grouped(sql: str) -> dict[str, list[tuple[Any, ...]]]:
        groups: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for row in connection.execute(sql):
            groups[row[0]].append(row)
        return groups

    def flag(value: Any) -> bool | None:
        return None if value is None else bool(value)

    links = grouped("SELECT claim_id, mention_id FROM claim_mentions ORDER BY claim_id, position")
    finished = grouped(
        "SELECT article_id, annotator_id, finished_at FROM article_finished "
        "ORDER BY article_id, finished_at, annotator_id"
    )
    evidence = grouped(
        "SELECT claim_id, id, url, archive_url, title, stance, excerpt, accessed_at "
        "FROM evidence ORDER BY claim_id, position"
    )
    mentions = grouped(
        "SELECT article_id, id, start_offset, end_offset, quote, type, entity_id, origin, "
        "created_by, created_at FROM mentions "
        "ORDER BY article_id, start_offset, end_offset, id"
    )
    claims = grouped(
        "SELECT article_id, id, start_offset, end_offset, quote, claim_reviewed, claimant_name, "
        "claimant_entity_id, claim_date, status, justification, checkworthy, tags, review_url, "
        "review_published_at, origin, created_by, created_at, updated_at FROM claims "
        "ORDER BY article_id, start_offset, end_offset, id"
    )
    articles = []
    for a in connection.execute(
        "SELECT id, title, text, text_sha256, source, url, publisher, authors, "
        "published_at, language, imported_at, status, encoding FROM articles "
        "ORDER BY imported_at, id"
    ):
        marks = [{"annotator_id": f[1], "finished_at": f[2]} for f in finished.get(a[0], ())]
        articles.append(
            {
                "id": a[0],
                "title": a[1],
                "text": a[2],
                "text_sha256": a[3],
                "source": a[4],
                "url": a[5],
                "publisher": a[6],
                "authors": json.loads(a[7]),
                "published_at": a[8],
                "language": a[9],
                "imported_at": a[10],
                "status": a[11],
                "encoding": a[12],
                **({"finished_by": marks} if marks else {}),
                "mentions": [
                    {
                        "id": m[1],
                        "start": m[2],
                        "end": m[3],
                        "quote": m[4],
                        "type": m[5],
                        "entity_id": m[6],
                        "origin": m[7],
                        "created_by": m[8],
                        "created_at": m[9],
                    }
                    for m in mentions.get(a[0], ())
                ],
                "claims": [
                    {
                        "id": c[1],
                        "start": c[2],
                        "end": c[3],
                        "quote": c[4],
                        "claim_reviewed": c[5],
                        "claimant": {"name": c[6], "entity_id": c[7]},
                        "claim_date": c[8],
                        "status": c[9],
                        "justification": c[10],
                        "checkworthy": flag(c[11]),
                        "tags": json.loads(c[12]),
                        "mention_ids": [link[1] for link in links.get(c[1], ())],
                        "evidence": [
                            {
                                "id": e[1],
                                "url": e[2],
                                "archive_url": e[3],
                                "title": e[4],
                                "stance": e[5],
                                "excerpt": e[6],
                                "accessed_at": e[7],
                            }
                            for e in evidence.get(c[1], ())
                        ],
                        "review": {"url": c[13], "published_at": c[14]},
                        "origin": c[15],
                        "created_by": c[16],
                        "created_at": c[17],
                        "updated_at": c[18],
                    }
                    for c in claims.get(a[0], ())
                ],
            }
        )
    return {
        "format": "factcheck-annotator/dataset",
        "format_version": 1,
        "offset_unit": "codepoint",
        "exported_at": now_stamp(),
        "schemes": {
            "entity_types": [
                {"id": r[0], "label": r[1], "color": r[2], "shortcut": r[3]}
                for r in connection.execute(
                    "SELECT id, label, color, shortcut FROM entity_types ORDER BY position"
                )
            ],
            "statuses": [
                {"id": r[0], "label": r[1], "final": bool(r[2]), "rating_value": r[3]}
                for r in connection.execute(
                    "SELECT id, label, final, rating_value FROM statuses ORDER BY position"
                )
            ],
        },
        "annotators": [
            {"id": r[0], "name": r[1]}
            for r in connection.execute("SELECT id, name FROM annotators ORDER BY name, id")
        ],
        "entities": [
            {"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3]), "note": r[4]}
            for r in connection.execute(
                "SELECT id, name, type, aliases, note FROM entities ORDER BY name, id"
            )
        ],
        "claim_relations": [
            {
                "claim_id": r[0],
                "other_claim_id": r[1],
                "relation": r[2],
                "created_by": r[3],
                "created_at": r[4],
            }
            for r in connection.execute(
                "SELECT claim_id, other_claim_id, relation, created_by, created_at "
                "FROM claim_relations ORDER BY claim_id, other_claim_id"
            )
        ],
        "articles": articles,
    }


def export_raw(db: Path, out: Path) -> float:
    connection = open_raw(db)

    def run() -> None:
        connection.execute("BEGIN")  # one snapshot, as export_dataset reads
        document = _raw_document(connection)
        connection.execute("COMMIT")
        articles = document.pop("articles")
        # One json.dumps per article: faster than one json.dumps of the whole document
        # (measured: about 1.0 s against 1.6-2.0 s for 10,000 articles, and a third of
        # the memory), so the stricter baseline.
        with out.open("w", encoding="utf-8") as stream:
            stream.write(json.dumps(document, ensure_ascii=False)[:-1] + ', "articles": [')
            for number, article in enumerate(articles):
                stream.write((",\n" if number else "\n") + json.dumps(article, ensure_ascii=False))
            stream.write("\n]}\n")
            stream.flush()
            os.fsync(stream.fileno())

    try:
        seconds, _ = timed(run)
    finally:
        connection.close()
    return seconds


# --- dataset import: ours and the floor -------------------------------------------------------


def dataset_import_ours(file: Path, data_dir: Path) -> tuple[float, int]:
    """``Importer.import_paths([file])`` of our own export into a fresh database."""
    from annotator.paths import resolve_paths
    from annotator.services.importing.importer import Importer
    from annotator.services.workspace import open_workspace

    workspace = open_workspace(resolve_paths(data_dir=data_dir))  # migrations: not timed
    try:
        seconds, report = timed(lambda: Importer(workspace.database).import_paths([file]))
    finally:
        workspace.close()
    if report.refused:
        raise SystemExit(f"our dataset import refused the file: {report.refused[0].line()}")
    return seconds, report.articles_added


def dataset_import_raw(file: Path, db: Path) -> tuple[float, int]:
    """The floor: ``json.loads`` of the whole file and one ``executemany`` per table of the
    same rows, in one transaction, into a fresh database made by our migrations. No checks,
    no merging: what any import must at least do."""
    create_schema(db)
    connection = open_raw(db)

    def run() -> int:
        document = json.loads(file.read_text(encoding="utf-8"))
        articles, mentions, claims, links, evidence, finished = [], [], [], [], [], []
        for a in document["articles"]:
            articles.append(
                (a["id"], a["title"], a["text"], a["text_sha256"], a["source"], a["url"],
                 a["publisher"], json.dumps(a["authors"]), a["published_at"], a["language"],
                 a["imported_at"], a["status"], a.get("encoding"))
            )  # fmt: skip
            finished.extend(
                (a["id"], f["annotator_id"], f["finished_at"]) for f in a.get("finished_by", ())
            )
            for m in a["mentions"]:
                mentions.append(
                    (m["id"], a["id"], m["start"], m["end"], m["quote"], m["type"],
                     m["entity_id"], m["origin"], m["created_by"], m["created_at"])
                )  # fmt: skip
            for c in a["claims"]:
                claims.append(
                    (c["id"], a["id"], c["start"], c["end"], c["quote"], c["claim_reviewed"],
                     c["claimant"]["name"], c["claimant"]["entity_id"], c["claim_date"],
                     c["status"], c["justification"], c["checkworthy"], json.dumps(c["tags"]),
                     c["review"]["url"], c["review"]["published_at"], c["origin"],
                     c["created_by"], c["created_at"], c["updated_at"])
                )  # fmt: skip
                links.extend((c["id"], m, i) for i, m in enumerate(c["mention_ids"]))
                evidence.extend(
                    (e["id"], c["id"], i, e["url"], e["archive_url"], e["title"], e["stance"],
                     e["excerpt"], e["accessed_at"])
                    for i, e in enumerate(c["evidence"])
                )  # fmt: skip
        relations = [
            (r["claim_id"], r["other_claim_id"], r["relation"], r["created_by"], r["created_at"])
            for r in document.get("claim_relations", ())
        ]
        schemes = document["schemes"]
        statements = [
            (
                "INSERT OR IGNORE INTO entity_types (id, label, color, shortcut, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (t["id"], t["label"], t["color"], t["shortcut"], n)
                    for n, t in enumerate(schemes["entity_types"])
                ],
            ),
            (
                "INSERT OR IGNORE INTO statuses (id, label, final, rating_value, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (t["id"], t["label"], t["final"], t["rating_value"], n)
                    for n, t in enumerate(schemes["statuses"])
                ],
            ),
            ("INSERT OR IGNORE INTO annotators (id, name) VALUES (?, ?)",
             [(a["id"], a["name"]) for a in document["annotators"]]),
            ("INSERT OR IGNORE INTO entities (id, name, type, aliases, note) "
             "VALUES (?, ?, ?, ?, ?)",
             [(e["id"], e["name"], e["type"], json.dumps(e["aliases"]), e["note"])
              for e in document["entities"]]),
            ("INSERT INTO articles (id, title, text, text_sha256, source, url, publisher, "
             "authors, published_at, language, imported_at, status, encoding) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", articles),
            ("INSERT INTO mentions (id, article_id, start_offset, end_offset, quote, type, "
             "entity_id, origin, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             mentions),
            ("INSERT INTO claims (id, article_id, start_offset, end_offset, quote, "
             "claim_reviewed, claimant_name, claimant_entity_id, claim_date, status, "
             "justification, checkworthy, tags, review_url, review_published_at, origin, "
             "created_by, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims),
            ("INSERT INTO claim_mentions (claim_id, mention_id, position) VALUES (?, ?, ?)",
             links),
            ("INSERT INTO evidence (id, claim_id, position, url, archive_url, title, stance, "
             "excerpt, accessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", evidence),
            ("INSERT INTO claim_relations (claim_id, other_claim_id, relation, created_by, "
             "created_at) VALUES (?, ?, ?, ?, ?)", relations),
            ("INSERT INTO article_finished (article_id, annotator_id, finished_at) "
             "VALUES (?, ?, ?)", finished),
        ]  # fmt: skip
        connection.execute("BEGIN IMMEDIATE")
        for sql, rows in statements:
            connection.executemany(sql, rows)
        connection.execute("COMMIT")
        return len(articles)

    try:
        return timed(run)
    finally:
        connection.close()


STORED_TABLES = (
    "articles",
    "mentions",
    "claims",
    "claim_mentions",
    "evidence",
    "claim_relations",
    "article_finished",
)


def stored_counts(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in STORED_TABLES
        }
    finally:
        connection.close()


def dataset_import_child(file: Path, where: Path) -> float:
    if where.suffix == ".sqlite3":
        return dataset_import_raw(file, where)[0]
    return dataset_import_ours(file, where)[0]


CHILD_STEPS: dict[str, Callable[[Path, Path], float]] = {
    "export-ours": export_ours,
    "export-raw": export_raw,
    "dataset-import": dataset_import_child,
}


def child_main(step: str, db: Path, out: Path, trace: bool) -> None:
    """Run one export in this (fresh) process and print its figures as JSON."""
    # Import everything the step uses first, so the RSS before is the idle process.
    for module in (
        "annotator.services.exporting.exporter",
        "annotator.services.importing.importer",
        "annotator.services.workspace",
        "annotator.storage.database",
    ):
        importlib.import_module(module)

    reset_peak_rss()
    before = current_rss_bytes() or peak_rss_bytes()
    if trace:
        tracemalloc.start()
    seconds = CHILD_STEPS[step](db, out)
    traced_peak = tracemalloc.get_traced_memory()[1] if trace else None
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rss_before": before,
                "rss_peak": peak_rss_bytes(),
                "traced_peak": traced_peak,
            }
        )
    )


def run_child(step: str, db: Path, out: Path, *, trace: bool = False) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", step, str(db), str(out)]
    if trace:
        command.append("--trace")
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"{step} failed:\n{completed.stderr}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


# --- checking the export ---------------------------------------------------------------------


def check_export(ours: Path, raw: Path, articles: int, mentions: int, claims: int) -> list[str]:
    """Validate our export (JSON, counts, offsets) and compare the baseline's articles."""
    problems = []
    with ours.open(encoding="utf-8") as stream:
        document = json.load(stream)
    if (document.get("format"), document.get("format_version"), document.get("offset_unit")) != (
        "factcheck-annotator/dataset",
        1,
        "codepoint",
    ):
        problems.append("wrong header")
    found = document["articles"]
    counts = (
        len(found),
        sum(len(a["mentions"]) for a in found),
        sum(len(a["claims"]) for a in found),
    )
    if counts != (articles, mentions, claims):
        problems.append(f"counts {counts} != expected {(articles, mentions, claims)}")
    bad = sum(
        1
        for a in found
        for span in [*a["mentions"], *a["claims"]]
        if a["text"][span["start"] : span["end"]] != span["quote"]
    )
    if bad:
        problems.append(f"{bad} spans whose offsets do not match their quote")
    with raw.open(encoding="utf-8") as stream:
        baseline = json.load(stream)
    if baseline["articles"] != found:
        problems.append("the raw baseline wrote different articles (not the same work)")
    theirs = {k: v for k, v in baseline.items() if k not in ("articles", "exported_at")}
    mine = {k: v for k, v in document.items() if k not in ("articles", "exported_at", "generator")}
    if theirs != mine:
        problems.append("the raw baseline wrote a different header")
    return problems


# --- main ------------------------------------------------------------------------------------


def fmt_bytes(value: float) -> str:
    return f"{value / 2**20:,.1f} MiB"


def best(values: list[float]) -> float:
    return min(values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=100_000)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each import and export; the best time counts (default 3)",
    )
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", nargs=3, metavar=("STEP", "DB", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args.child[0], Path(args.child[1]), Path(args.child[2]), args.trace)
        return 0

    work = Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    try:
        return run_benchmark(args, work)
    finally:
        if args.keep:
            print(f"\nkept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def run_benchmark(args: argparse.Namespace, work: Path) -> int:
    import sqlalchemy

    import annotator

    folder = work / "articles"
    print(
        f"Fact-Check Annotator {annotator.__version__} · Python {sys.version.split()[0]} · "
        f"SQLite {sqlite3.sqlite_version} · SQLAlchemy {sqlalchemy.__version__} · "
        f"{os.cpu_count()} CPUs"
    )
    seconds, size = timed(lambda: generate_articles(folder, args.articles, args.seed))
    print(
        f"generated {args.articles:,} articles, {fmt_bytes(size)} "
        f"({size / args.articles:,.0f} B each on average) in {seconds:.1f} s\n"
    )

    ours_import, raw_import = [], []
    for attempt in range(args.repeat):  # alternate, so neither always runs on a warmer cache
        data_dir = work / f"ours-{attempt}"
        raw_db = work / f"raw-{attempt}.sqlite3"
        steps = [
            ("ours", lambda d=data_dir: import_ours(folder, d)),
            ("raw", lambda r=raw_db: import_raw(folder, r)),
        ]
        for name, step in steps if attempt % 2 == 0 else steps[::-1]:
            seconds, added = step()
            if added != args.articles:
                raise SystemExit(f"{name} import stored {added} articles, not {args.articles}")
            (ours_import if name == "ours" else raw_import).append(seconds)
            print(f"  import {name:<4} run {attempt + 1}: {seconds:6.2f} s")
        if attempt:  # keep the first databases only
            shutil.rmtree(data_dir)
            raw_db.unlink()
    db = work / "ours-0" / "annotator.sqlite3"

    span_seconds, mentions, claims = add_spans(db, args.spans, args.seed)
    print(f"  spans: {mentions:,} mentions + {claims:,} claims added in {span_seconds:.2f} s")

    ours_out, raw_out = work / "export-ours.json", work / "export-raw.json"
    ours_export, raw_export = [], []
    for attempt in range(args.repeat):
        order = [("ours", "export-ours", ours_out), ("raw", "export-raw", raw_out)]
        for name, step, out in order if attempt % 2 == 0 else order[::-1]:
            figures = run_child(step, db, out)
            (ours_export if name == "ours" else raw_export).append(figures)
            print(
                f"  export {name:<4} run {attempt + 1}: {figures['seconds']:6.2f} s, "
                f"peak RSS {fmt_bytes(figures['rss_peak'])} "
                f"(+{fmt_bytes(figures['rss_peak'] - figures['rss_before'])} "
                "over the process before)"
            )
    traced_ours = run_child("export-ours", db, ours_out, trace=True)
    traced_raw = run_child("export-raw", db, raw_out, trace=True)

    problems = check_export(ours_out, raw_out, args.articles, mentions, claims)
    out_size = ours_out.stat().st_size

    # Dataset import: our own export into a fresh database, ours against the floor.
    ours_dataset, raw_dataset = [], []
    for attempt in range(args.repeat):
        data_dir = work / f"dataset-ours-{attempt}"
        raw_db = work / f"dataset-raw-{attempt}.sqlite3"
        steps = [
            ("ours", lambda d=data_dir: dataset_import_ours(ours_out, d)),
            ("raw", lambda r=raw_db: dataset_import_raw(ours_out, r)),
        ]
        for name, step in steps if attempt % 2 == 0 else steps[::-1]:
            seconds, added = step()
            if added != args.articles:
                problems.append(f"{name} dataset import stored {added} articles")
            (ours_dataset if name == "ours" else raw_dataset).append(seconds)
            print(f"  dataset import {name:<4} run {attempt + 1}: {seconds:6.2f} s")
        if attempt == 0:
            mine = stored_counts(data_dir / "annotator.sqlite3")
            floor = stored_counts(raw_db)
            if mine != floor or mine != stored_counts(db):
                problems.append(
                    f"dataset imports stored different rows: ours {mine}, floor {floor}"
                )
        shutil.rmtree(data_dir)
        raw_db.unlink()
    traced_dataset_ours = run_child("dataset-import", ours_out, work / "dataset-traced", trace=True)
    traced_dataset_raw = run_child(
        "dataset-import", ours_out, work / "dataset-traced.sqlite3", trace=True
    )

    t_ours_import, t_raw_import = best(ours_import), best(raw_import)
    t_ours_export = best([f["seconds"] for f in ours_export])
    t_raw_export = best([f["seconds"] for f in raw_export])
    peak = max(f["rss_peak"] for f in ours_export)
    peak_delta = max(f["rss_peak"] - f["rss_before"] for f in ours_export)
    raw_peak = max(f["rss_peak"] for f in raw_export)
    raw_delta = max(f["rss_peak"] - f["rss_before"] for f in raw_export)

    def ratio_line(step: str, ours: float, raw: float, aim: float) -> str:
        ratio = ours / raw
        verdict = "ok" if ratio <= aim else "ABOVE AIM"
        return f"{step:<26} {ours:>8.2f} s {raw:>8.2f} s {ratio:>6.2f}x   <= {aim:.1f}x  {verdict}"

    print(
        f"\n{args.articles:,} articles, {mentions + claims:,} spans; best of {args.repeat} "
        "runs each. Baselines use the same schema, made by our migrations (FTS5 triggers "
        "fire in both), and the same pragmas (WAL, synchronous=FULL, foreign_keys=ON).\n"
    )
    print(f"{'step':<26} {'ours':>10} {'raw':>10} {'ratio':>7}   aim")
    print("-" * 72)
    print(ratio_line("import (.txt folder)", t_ours_import, t_raw_import, IMPORT_AIM))
    print(ratio_line("export (JSON)", t_ours_export, t_raw_export, EXPORT_AIM))
    t_ours_dataset, t_raw_dataset = best(ours_dataset), best(raw_dataset)
    print(ratio_line("import (JSON dataset)", t_ours_dataset, t_raw_dataset, DATASET_AIM))
    print(
        f"{'  dataset import / export':<26} {t_ours_dataset / t_ours_export:>8.2f} x "
        "(information: our import of the file against our export that wrote it)"
    )
    print(
        f"{'add spans (repositories)':<26} {span_seconds:>8.2f} s {'':>10} {'':>7}   "
        f"(information; {len(range(0, args.articles, SPAN_BATCH_ARTICLES))} transactions)"
    )
    print("\nexport peak memory (each export in a fresh child process):")
    print(
        f"  ours: peak RSS {fmt_bytes(peak)}, +{fmt_bytes(peak_delta)} over the idle process;"
        f" tracemalloc peak {fmt_bytes(traced_ours['traced_peak'])}"
    )
    print(
        f"  raw:  peak RSS {fmt_bytes(raw_peak)}, +{fmt_bytes(raw_delta)} over the idle "
        f"process; tracemalloc peak {fmt_bytes(traced_raw['traced_peak'])} "
        "(holds every row and dict in memory at once)"
    )
    print(f"  export file: {fmt_bytes(out_size)}")
    print("\ndataset import peak memory (tracemalloc, each in a fresh child process):")
    print(
        f"  ours: {fmt_bytes(traced_dataset_ours['traced_peak'])} "
        f"({traced_dataset_ours['traced_peak'] / out_size:.2f}x the file); "
        f"floor: {fmt_bytes(traced_dataset_raw['traced_peak'])} "
        f"({traced_dataset_raw['traced_peak'] / out_size:.2f}x the file, json.loads of it whole)"
    )
    print(
        "\nexport check: "
        + (
            "valid JSON, counts and offsets right, same articles as the raw baseline"
            if not problems
            else "; ".join(problems)
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
