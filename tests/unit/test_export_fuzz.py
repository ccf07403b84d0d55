"""Fuzzing our own exports: datasets full of hostile but acceptable content (any character a
text may hold but NUL and lone surrogates, formulas, markup, direction overrides, long
strings, addresses good and bad) are imported, then written as json, jsonl, csv and
ClaimReview. Every export exits 0 and is what its readers expect: json and jsonl import back
and export again unchanged, csv parses into one row per claim, ClaimReview is JSON whose
every address is a web address and that no web page would run. An input refused on import
is refused by name (exit 1), never exit 3.

A few dozen datasets run in the suite; ``ANNOTATOR_FUZZ_CASES=20000`` runs more (see
tests/README.md).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain.schemes import Schemes
from annotator.domain.text import canonicalize, text_sha256
from annotator.domain.urls import evidence_address, web_address
from annotator.services.formats.claims_csv import COLUMNS, EVIDENCE_SEPARATOR, neutralized
from annotator.services.formats.dataset_v1 import header
from tests.helpers import dataset_document
from tests.unit.test_import_fuzz import no_hang

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

# A dataset holds up to a few articles of several spans: a tenth of the mutation cases.
EXAMPLES = max(int(os.environ.get("ANNOTATOR_FUZZ_CASES", "240")) // 10, 12)
SECONDS_PER_CASE = 120

ANNOTATOR = "00000000-0000-0000-0000-0000000000aa"
STAMP = "2026-11-20T10:00:00Z"
STATUSES = [(s.id, s.final) for s in Schemes.defaults().statuses]
TYPES = [t.id for t in Schemes.defaults().entity_types]

# Any character but the two no text column can store (NUL, lone surrogates), weighted toward
# those that break writers: controls, separators, direction overrides, quotes, markup.
NASTY = "\t\n\r\x01\x0b\x0c\x1b\x7f\x85\u2028\u2029\u202e\u2066\ufeff\ufffe'\"<>&=+-@,;\\"
characters = st.one_of(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
    st.sampled_from(NASTY),
    st.sampled_from("😀👩‍👩‍👧🇺🇦é̃ЇїÅ한中"),
)
words = st.text(characters, max_size=30)
ADDRESSES = [
    None,
    "https://factcheck.example.org/r/1",
    "http://[::1]/x",
    "factcheck.example.org/r/2",
    "web.archive.org/web/2024/https://mod.gov.ua/news",
    "https://факт.укр/перевірка?q=1#x",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///home/checker/izium.png",
    "ftp://files.example.org/a",
    "https://example.org/</script>",
]
addresses = st.one_of(st.sampled_from(ADDRESSES), words)


@st.composite
def spans(draw: st.DrawFn, text: str) -> tuple[int, int]:
    start = draw(st.integers(0, len(text) - 1))
    return start, draw(st.integers(start + 1, len(text)))


@st.composite
def articles(draw: st.DrawFn, number: int) -> dict[str, Any]:
    text = canonicalize(draw(st.text(characters, min_size=1, max_size=300)))
    if not text:
        text = "x"
    mentions, claims = [], []
    for _ in range(draw(st.integers(0, 3))):
        start, end = draw(spans(text))
        mentions.append(
            {
                "id": str(draw(st.uuids())),
                "start": start,
                "end": end,
                "quote": text[start:end],
                "type": draw(st.sampled_from(TYPES)),
                "entity_id": None,
                "origin": "manual",
                "created_by": ANNOTATOR,
                "created_at": STAMP,
            }
        )
    for _ in range(draw(st.integers(0, 3))):
        start, end = draw(spans(text))
        evidence = [
            {
                "id": str(draw(st.uuids())),
                "url": draw(addresses) or "",
                "archive_url": draw(addresses),
                "title": draw(words),
                "stance": draw(st.sampled_from(["supports", "refutes", "neutral"])),
                "excerpt": draw(words),
                "accessed_at": STAMP,
            }
            for _ in range(draw(st.integers(0, 2)))
        ]
        claims.append(
            {
                "id": str(draw(st.uuids())),
                "start": start,
                "end": end,
                "quote": text[start:end],
                "claim_reviewed": draw(words),
                "claimant": {"name": draw(words), "entity_id": None},
                "claim_date": None,
                "status": draw(st.sampled_from(STATUSES))[0],
                "justification": draw(words),
                "checkworthy": draw(st.sampled_from([None, True, False])),
                "tags": draw(st.lists(words, max_size=3)),
                "mention_ids": [],
                "evidence": evidence,
                "review": {"url": draw(addresses), "published_at": None},
                "origin": "manual",
                "created_by": ANNOTATOR,
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        )
    return {
        "id": str(draw(st.uuids())),
        "title": draw(words),
        "text": text,
        "text_sha256": text_sha256(text),
        "source": draw(words),
        "url": draw(addresses),
        "publisher": draw(st.one_of(st.none(), words)),
        "authors": draw(st.lists(words, max_size=2)),
        "published_at": None,
        "language": "und",
        "imported_at": f"2026-11-20T10:00:{number:02d}Z",
        "status": "in_progress",
        "mentions": mentions,
        "claims": claims,
    }


@st.composite
def datasets(draw: st.DrawFn) -> dict[str, Any]:
    head = header(Schemes.defaults(), [], [], exported_at=STAMP)
    head["annotators"] = [{"id": ANNOTATOR, "name": draw(words)}]
    head["entities"] = [
        {
            "id": str(draw(st.uuids())),
            "name": draw(words),
            "type": "PERSON",
            "aliases": [draw(words)],
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    return {**head, "articles": [draw(articles(n)) for n in range(draw(st.integers(1, 3)))]}


def _addresses_in(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "url" and isinstance(item, str):
                yield item
            yield from _addresses_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _addresses_in(item)


def _without_export_time(text: str, fmt: str) -> Any:
    if fmt == "jsonl":  # a header line, then an article a line
        lines = [json.loads(line) for line in text.split("\n") if line]
        lines[0].pop("exported_at")
        return lines
    document = json.loads(text)
    document.pop("exported_at")
    return document


@pytest.fixture
def exporting(run_cli, tmp_path: Path) -> Callable[[dict[str, Any]], None]:  # type: ignore[no-untyped-def]
    db, mirror = tmp_path / "fuzz.sqlite3", tmp_path / "mirror.sqlite3"
    cases = tmp_path / "cases"
    cases.mkdir()
    seed = cases / "seed.json"
    seed.write_text(json.dumps(dataset_document(["Rogov said Izium fell."])), encoding="utf-8")
    assert run_cli("import", seed, "--db", db).code == 0

    def check(document: dict[str, Any]) -> None:
        source = cases / "case.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        with no_hang(SECONDS_PER_CASE):
            imported = run_cli("import", source, "--db", db)
            assert imported.code in (0, 1), f"import: exit {imported.code}: {imported.err}"
            if imported.code == 1:  # an address that is no link, a span that is no word…
                (line,) = imported.err.strip().splitlines()
                assert line.startswith(f"{source}: "), line
            written = {}
            for fmt, suffix in (
                ("json", ".json"),
                ("jsonl", ".jsonl"),
                ("csv", ".csv"),
                ("claimreview", ".jsonld"),
            ):
                out = cases / f"out{suffix}"
                result = run_cli(
                    "export", "-o", out, "--format", fmt, "--org-name", "Desk <&>", "--db", db
                )
                assert result.code == 0, f"export {fmt}: exit {result.code}: {result.err}"
                # The CSV starts with a byte-order mark, for spreadsheets to see UTF-8.
                written[fmt] = out.read_text(encoding="utf-8-sig")
            for fmt in ("json", "jsonl"):
                back = run_cli("import", cases / f"out.{fmt}", "--db", mirror)
                assert back.code == 0, f"{fmt} does not import back: {back.err}"
                again = cases / f"again.{fmt}"
                assert run_cli("export", "-o", again, "--db", mirror).code == 0
                assert _without_export_time(again.read_text(encoding="utf-8"), fmt) == (
                    _without_export_time(written[fmt], fmt)
                ), f"{fmt}: what came back differs"
            _check_csv(written["csv"], json.loads(written["json"]))
            _check_claimreview(written["claimreview"])

    return check


def _check_csv(text: str, document: dict[str, Any]) -> None:
    # Rows end at CR/LF only, as in a file opened with newline="": str.splitlines would also
    # cut at U+001D, U+0085 or U+2028, which a text may hold unquoted.
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMNS
    claims = [(a, c) for a in document["articles"] for c in a["claims"]]
    assert len(rows) - 1 == len(claims)
    quotes = sorted(row[COLUMNS.index("quote")] for row in rows[1:])
    assert quotes == sorted(neutralized(claim["quote"]) for _, claim in claims)
    for row in rows[1:]:
        for column in ("article_url", "review_url"):
            cell = row[COLUMNS.index(column)]
            assert not cell or web_address(cell) == cell, (column, cell)
        for cell in filter(None, row[COLUMNS.index("evidence_urls")].split(EVIDENCE_SEPARATOR)):
            assert evidence_address(cell) is not None, cell


def _check_claimreview(text: str) -> None:
    assert "<" not in text and ">" not in text and "&" not in text  # safe inside <script>
    document = json.loads(text)
    assert document["@context"] == "https://schema.org"
    for address in _addresses_in(document):
        assert address.startswith(("https://", "http://")) and web_address(address), address


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(document=datasets())
def test_every_export_of_hostile_content_is_written_and_reads_back(  # type: ignore[no-untyped-def]
    exporting, document: dict[str, Any]
) -> None:
    exporting(document)
