"""Fuzzing the import: mutated datasets and article files, from a seeded mutation
corpus and from hypothesis. The only allowed outcomes are exit 0 or a named refusal (exit 1,
``PATH: reason``); never exit 3, never a hang; and every refusal leaves the database as it was.

A few hundred cases run in the suite; ``ANNOTATOR_FUZZ_CASES=20000`` (mutation corpora) and
``ANNOTATOR_FUZZ_EXAMPLES=2000`` (hypothesis) run more (tests/README.md).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import random
import signal
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import engines
from tests.helpers import dataset_document

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

CASES = int(os.environ.get("ANNOTATOR_FUZZ_CASES", "240"))
EXAMPLES = int(os.environ.get("ANNOTATOR_FUZZ_EXAMPLES", "80"))
SECONDS_PER_CASE = 60

TEXTS = [
    "Rogov said more than ten members of the National Guard were eliminated near Izium.",
    "Two North Korean soldiers 😀 were captured in Kursk, Zelensky said. Kharkiv/Kharkov.",
]


def base_document() -> dict[str, Any]:
    document = dataset_document(TEXTS)
    document["entities"] = [
        {"id": str(uuid.UUID(int=7000)), "name": "Izium", "type": "GPE", "aliases": ["Izyum"]}
    ]
    document["articles"][0]["mentions"][0]["entity_id"] = str(uuid.UUID(int=7000))
    return document


def fingerprint(db: Path) -> str:
    """What a refusal must not change: every row of every table, hashed."""
    if engines.on_postgresql():
        return hashlib.sha256("\n".join(engines.server_rows(db)).encode()).hexdigest()
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'articles_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode("utf-8", "backslashreplace"))
        return digest.hexdigest()
    finally:
        connection.close()


@contextmanager
def no_hang(seconds: int) -> Iterator[None]:
    def hung(_signal: int, _frame: object) -> None:
        raise TimeoutError(f"the import ran longer than {seconds} s: a hang")

    if not hasattr(signal, "SIGALRM"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- the mutation corpus ----------------------------------------------------------------------


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        document = document[key]
    return document


ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    10**40,
    1e308,
    "",
    "\ud800",
    "x\udfffy",
    "</script>",
    '=HYPERLINK("http://evil.example")',
    [],
    {},
    [None],
    "javascript:alert(1)",
    "9999-99-99T99:99:99Z",
    "\u202e\n\x00",
    "a" * 5000,
    "\x00",
    "\x01\x1b[31m\x7f\x85",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "web.archive.org/web/2024/https://example.org/",
]


def mutate_structure(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    document = copy.deepcopy(document)
    paths = [p for p in _paths(document) if p]
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(paths)
        kind = rng.randrange(6)
        try:
            if kind == 0:  # a type swap or an odd value
                _set(document, path, rng.choice(ODD_VALUES))
            elif kind == 1:  # a key removed
                parent = _get(document, path[:-1])
                if isinstance(parent, dict):
                    parent.pop(path[-1], None)
            elif kind == 2:  # an id that collides with another
                ids = [p for p in paths if p and p[-1] in ("id", "entity_id", "created_by")]
                _set(document, rng.choice(ids), str(_get(document, rng.choice(ids))))
            elif kind == 3:  # a number nudged, a huge number
                value = _get(document, path)
                if isinstance(value, int) and not isinstance(value, bool):
                    _set(document, path, rng.choice([value + 1, value - 1, -value, 10**30]))
            elif kind == 4:  # a list item duplicated
                parent = _get(document, path[:-1])
                if isinstance(parent, list):
                    parent.append(copy.deepcopy(parent[path[-1]]))
            else:  # an unknown key
                target = _get(document, path[:-1])
                if isinstance(target, dict):
                    target[rng.choice(["extra", "__proto__", "\ud800"])] = rng.choice(ODD_VALUES)
        except (KeyError, IndexError, TypeError):
            continue
    return document


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:  # byte flips
        data = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        return bytes(data)
    if kind == 1:  # a truncation
        return data[: rng.randrange(len(data))]
    if kind == 2:  # deep nesting
        depth = rng.choice([500, 5_000, 100_000])
        return b"[" * depth + b"]" * rng.choice([0, depth])
    if kind == 3:  # a huge integer where a number goes
        return data.replace(b'"start": 0', b'"start": ' + b"9" * rng.choice([20, 5000]), 1)
    return rng.randbytes(rng.randint(0, 512))  # noise


def corpus(count: int, seed: int = 11) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    base = base_document()
    base_bytes = json.dumps(base, ensure_ascii=rng.random() < 0.5).encode("utf-8")
    for number in range(count):
        choice = rng.randrange(4)
        if choice < 2:
            data = json.dumps(mutate_structure(base, rng)).encode("utf-8")
            yield f"{number:05d}.json", data
        elif choice == 2:
            yield f"{number:05d}.json", mutate_bytes(base_bytes, rng)
        else:
            header, *articles = [
                json.dumps({k: v for k, v in base.items() if k != "articles"}),
                *(json.dumps(a) for a in base["articles"]),
            ]
            lines = [header, *articles]
            data = "\n".join(lines).encode("utf-8")
            name = f"{number:05d}.jsonl"
            yield (
                name,
                mutate_bytes(data, rng)
                if rng.random() < 0.5
                else json.dumps(mutate_structure(base, rng)).encode("utf-8"),
            )


# --- the check ----------------------------------------------------------------------------------


@pytest.fixture
def importing(run_cli, tmp_path: Path) -> Callable[[str, bytes], None]:  # type: ignore[no-untyped-def]
    db = tmp_path / "fuzz.sqlite3"
    seed = tmp_path / "base.json"
    seed.write_text(json.dumps(base_document()), encoding="utf-8")
    assert run_cli("import", seed, "--db", db).code == 0
    folder = tmp_path / "cases"
    folder.mkdir()

    def check(name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        before = fingerprint(db)
        with no_hang(SECONDS_PER_CASE):
            result = run_cli("import", path, "--db", db)
        assert result.code in (0, 1), f"{name}: exit {result.code}: {result.err}"
        if result.code == 1:
            (line,) = result.err.strip().splitlines()
            assert line.startswith(f"{path}: ") and len(line) > len(f"{path}: "), line
            assert fingerprint(db) == before, f"{name} was refused but changed the database"
        path.unlink()

    return check


def test_a_mutation_corpus_is_imported_or_refused_by_name(importing) -> None:  # type: ignore[no-untyped-def]
    for name, data in corpus(CASES):
        importing(name, data)


# --- article files: text, Markdown and web pages, mutated ---------------------------------------

ARTICLE_SEEDS: dict[str, str] = {
    ".txt": "Rogov said more than ten members of the National Guard were eliminated near "
    "Izium.\n\nHarkiv/Kharkov, 22.06.2024 — Два північнокорейські солдати 😀 потрапили в полон.\n",
    ".md": "# Izium\n\n*Rogov* said [ten](https://example.org) members were **eliminated**.\n\n"
    "> Quote with `code` and <b>markup</b>.\n",
    ".html": "<!doctype html><html lang=uk><head><meta charset=utf-8><title>Ізюм</title>"
    '<link rel="canonical" href="https://example.org/izium">'
    '<meta name="author" content="Olena"><meta property="article:published_time" '
    'content="2024-06-22"></head><body><article><h1>Ізюм</h1><p>Rogov said more than ten '
    "members of the National Guard were eliminated near Izium, and more words follow to make "
    "a paragraph of text.</p><script>alert(1)</script></article></body></html>",
}
INSERTS = [
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\r",
    b"\x1b[2J",
    "\u202e".encode(),
    b"<" * 300,
    b"<div>" * 3000,
    b"&#0;&#xD800;&#x110000;",
    b'<meta property="og:url" content="javascript:alert(1)">',
    b"<![CDATA[",
    b"\n" * 2000,
]


def mutate_article(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:  # something odd inserted somewhere
        at = rng.randrange(len(data) + 1)
        return data[:at] + rng.choice(INSERTS) + data[at:]
    if kind == 1:  # another encoding, maybe cut mid-character
        encoded = data.decode("utf-8", "replace").encode(
            rng.choice(["utf-16", "utf-16-le", "utf-32", "cp1251", "koi8-u"]), "replace"
        )
        return encoded[: rng.randrange(1, len(encoded) + 1)]
    return mutate_bytes(data, rng)


def article_corpus(count: int, seed: int = 13) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    for number in range(count):
        suffix = rng.choice(sorted(ARTICLE_SEEDS))
        data = ARTICLE_SEEDS[suffix].encode("utf-8")
        for _ in range(rng.randint(1, 3)):
            data = mutate_article(data, rng) or b"x"
        yield f"{number:05d}{suffix}", data


def test_mutated_article_files_are_imported_or_refused_by_name(importing) -> None:  # type: ignore[no-untyped-def]
    for name, data in article_corpus(CASES // 2):
        importing(name, data)


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    document = base_document()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from([p for p in _paths(document) if p]))
        value = draw(
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(),
                st.floats(allow_nan=False),
                st.text(max_size=20),
                st.sampled_from(ODD_VALUES),
                st.lists(st.text(max_size=5), max_size=3),
            )
        )
        _set(document, path, value)
    return json.dumps(document).encode("utf-8")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=mutated_documents())
def test_hypothesis_mutations_are_imported_or_refused_by_name(importing, data: bytes) -> None:  # type: ignore[no-untyped-def]
    importing("case.json", data)


@settings(
    max_examples=max(EXAMPLES // 2, 10),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_as_an_article_file_are_imported_or_refused_by_name(  # type: ignore[no-untyped-def]
    importing, data: bytes, suffix: str
) -> None:
    importing(f"case{suffix}", data)
