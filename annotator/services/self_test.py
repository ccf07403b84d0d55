"""``annotator --self-test``: does this copy of the program work, here?

Run in a temporary folder that is removed afterwards: create a database (which runs every
migration), import the seeds, a saved web page and a dataset with emoji before its spans,
export JSON, validate it against the schema, check that every span still reads its quote,
import the export into a second database and export again. Each step exercises something a
packaged build can lose (the migrations' files, seeds/ and resources/, the HTML reader's data,
the date parser's locale tables), so a passing self-test in the frozen build means the bundle
is complete. No Qt here: the window is checked by starting it (see packaging/README.md).
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.domain.models import Annotator
from annotator.domain.schemes import Schemes
from annotator.domain.text import text_sha256
from annotator.paths import resolve_paths
from annotator.private_files import private_folder
from annotator.resources import resource_path, seeds_dir
from annotator.services.formats import dataset_v1
from annotator.services.formats.schema import SCHEMA_FILE, validate
from annotator.services.importing.import_report import ImportReport
from annotator.services.workspace import Workspace, open_workspace
from annotator.storage import migrate
from annotator.storage.sqlite_files import inspect_file

# A saved Ukrainian news page: reading it needs trafilatura, lxml, justext's stop lists and,
# for the date written in words, dateparser's locale tables.
SAMPLE_PAGE = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>Удар по Ізюму</title></head>
<body><nav>Головна · Новини</nav><article><h1>Удар по Ізюму</h1>
<p class="date">5 березня 2024</p>
<p>За словами російського посадовця, якого назвали лише Роговим, понад десять бійців
Нацгвардії нібито знищено поблизу Ізюма. Підтвердити це незалежно не вдалося.</p>
<p>Харківські посадовці це заперечили.</p></article>
<footer>Leave a Reply</footer></body></html>
"""
PAGE_SENTENCE = "Харківські посадовці це заперечили."
PAGE_TITLE = "Удар по Ізюму"
PAGE_DATE = "2024-03-05"

# Flags and a family (several code points each) before the spans: offsets count code points.
SAMPLE_TEXT = (
    "🇺🇦 👨‍👩‍👧 Rogov said that more than ten 😀 members of the National Guard were "
    "eliminated near Izium."
)
_STAMP = "2026-01-01T00:00:00Z"
_ANNOTATOR = Annotator(id="5e1f7e57-0000-4000-8000-000000000001", name="self-test")


@dataclass(slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass(slots=True)
class SelfTestReport:
    checks: list[Check] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    def lines(self) -> list[str]:
        build = "frozen build" if getattr(sys, "frozen", False) else "from source"
        lines = [
            f"Fact-Check Annotator {__version__} self-test ({build}, Python "
            f"{platform.python_version()}, {platform.system()} {platform.machine()})"
        ]
        width = max((len(check.name) for check in self.checks), default=0)
        for check in self.checks:
            mark = "ok  " if check.ok else "FAIL"
            lines.append(f"  {mark} {check.name:<{width}}  {check.detail}  ({check.seconds:.2f} s)")
        verdict = "passed" if self.ok else "FAILED"
        lines.append(f"self-test {verdict}: {len(self.checks)} checks in {self.seconds:.2f} s")
        return lines


class SelfTestFailure(Exception):
    """A check found something wrong; its message says what."""


def run_self_test(keep: Path | None = None) -> SelfTestReport:
    """Run every check in order, stopping at the first failure (later ones build on it).

    ``keep``: work in this folder and leave it behind (for looking at a failure); by default
    a temporary folder is used and removed.
    """
    report = SelfTestReport()
    started = time.perf_counter()
    folder = keep or Path(tempfile.mkdtemp(prefix="annotator-self-test-"))  # 0700
    private_folder(folder)
    try:
        _SelfTest(folder, report).run()
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
        report.seconds = time.perf_counter() - started
    return report


class _SelfTest:
    def __init__(self, folder: Path, report: SelfTestReport) -> None:
        self.folder = folder
        self.report = report
        self.workspace: Workspace | None = None
        self.exported: dict[str, Any] = {}
        self.seed_count = 0

    def run(self) -> None:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("database", self.create_database),
            ("seeds", self.import_seeds),
            ("html", self.import_page),
            ("dataset", self.import_dataset),
            ("export", self.export),
            ("schema", self.validate_export),
            ("offsets", self.check_offsets),
            ("round trip", self.round_trip),
            ("integrity", self.check_integrity),
        ]
        try:
            for name, step in steps:
                started = time.perf_counter()
                try:
                    detail, ok = step(), True
                except SelfTestFailure as failure:
                    detail, ok = str(failure), False
                except Exception as error:  # reported as a failed check, never a traceback
                    detail, ok = f"{error.__class__.__name__}: {error}", False
                self.report.checks.append(Check(name, ok, detail, time.perf_counter() - started))
                if not ok:
                    return
        finally:
            if self.workspace is not None:
                self.workspace.close()

    # --- the checks ----------------------------------------------------------------------

    def create_database(self) -> str:
        paths = resolve_paths(data_dir=self.folder / "data")
        paths.ensure()
        self.workspace = open_workspace(paths)
        revision = inspect_file(paths.db).revision
        head = migrate.head_revision()
        _require(revision == head, f"database at revision {revision}, expected {head}")
        count = len(migrate.known_revisions())
        return f"new database migrated to revision {revision} ({count} migrations)"

    def import_seeds(self) -> str:
        folder = seeds_dir()
        self.seed_count = len(list(folder.glob("*.txt")))
        _require(self.seed_count > 0, f"no seed articles in {folder}")
        report = self._workspace.import_paths([folder])
        _require_clean(report)
        _require(
            report.articles_added == self.seed_count,
            f"{report.articles_added} of {self.seed_count} seed articles imported",
        )
        return f"{self.seed_count} articles from {folder}"

    def import_page(self) -> str:
        page = self.folder / "page.html"
        page.write_text(SAMPLE_PAGE, encoding="utf-8")
        report = self._workspace.import_paths([page])
        _require_clean(report)
        _require(report.articles_added == 1, "the page gave no article")
        return "1 article (title, text, language and date read)"

    def import_dataset(self) -> str:
        path = self.folder / "dataset.json"
        path.write_text(json.dumps(_sample_dataset(), ensure_ascii=False), encoding="utf-8")
        report = self._workspace.import_paths([path])
        _require_clean(report)
        (result,) = report.results
        _require(
            (result.articles, result.mentions, result.claims) == (1, 2, 1),
            f"dataset gave {result.line()}",
        )
        return "1 article, 2 mentions, 1 claim after emoji"

    def export(self) -> str:
        target = self.folder / "export.json"
        summary = self._workspace.export(target)
        self.exported = json.loads(target.read_text(encoding="utf-8"))
        expected = self.seed_count + 2
        _require(summary.articles == expected, f"{summary.articles} articles, not {expected}")
        kib = target.stat().st_size / 1024
        return (
            f"{summary.articles} articles, {summary.mentions} mentions, "
            f"{summary.claims} claim(s), {kib:.0f} KiB"
        )

    def validate_export(self) -> str:
        validate(self.exported)
        return f"valid against {SCHEMA_FILE}"

    def check_offsets(self) -> str:
        articles = self.exported["articles"]
        spans = 0
        for article in articles:
            for span in article["mentions"] + article["claims"]:
                text = article["text"][span["start"] : span["end"]]
                _require(text == span["quote"], f"span {span['id']} reads {text!r}")
                spans += 1
        (page,) = [a for a in articles if a["source"] == "page.html"]
        _require(page["title"] == PAGE_TITLE, f"page title read as {page['title']!r}")
        _require(PAGE_SENTENCE in page["text"], "the page's last paragraph is missing")
        _require("Leave a Reply" not in page["text"], "the page's footer was kept")
        _require(page["language"] == "uk", f"page language read as {page['language']!r}")
        _require(page["published_at"] == PAGE_DATE, f"page date read as {page['published_at']}")
        sample = next(a for a in articles if a["text"] == SAMPLE_TEXT)
        (original,) = _sample_dataset()["articles"]
        expected = {m["id"]: (m["start"], m["end"]) for m in original["mentions"]}
        found = {m["id"]: (m["start"], m["end"]) for m in sample["mentions"]}
        _require(found == expected, f"mention offsets moved: {found} instead of {expected}")
        return f"{spans} spans read their quotes; code point offsets kept after emoji"

    def round_trip(self) -> str:
        paths = resolve_paths(data_dir=self.folder / "second")
        paths.ensure()
        second = open_workspace(paths)
        try:
            _require_clean(second.import_paths([self.folder / "export.json"]))
            again = self.folder / "export-again.json"
            second.export(again)
        finally:
            second.close()
        document = json.loads(again.read_text(encoding="utf-8"))
        for doc in (document, self.exported):
            doc.pop("exported_at")
        _require(document == self.exported, "export → import → export changed the data")
        return "export → import → export gives the same data"

    def check_integrity(self) -> str:
        result = self._workspace.database.integrity_check()
        _require(result == ["ok"], f"integrity check: {result[:3]}")
        _require(resource_path(SCHEMA_FILE).is_file(), "the JSON Schema is missing")
        return "SQLite integrity_check ok"

    @property
    def _workspace(self) -> Workspace:
        assert self.workspace is not None, "the database step runs first"
        return self.workspace


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _require_clean(report: ImportReport) -> None:
    if report.refused:
        raise SelfTestFailure("; ".join(result.line() for result in report.refused))


def _sample_dataset() -> dict[str, Any]:
    """One article whose spans come after flags, a family and a smiley (format v1)."""
    text = SAMPLE_TEXT
    mentions = []
    for number, quote in enumerate(("Rogov", "Izium"), start=1):
        start = text.index(quote)
        mentions.append(
            {
                "id": f"5e1f7e57-0000-4000-8000-00000000010{number}",
                "start": start,
                "end": start + len(quote),
                "quote": quote,
                "type": "PERSON" if quote == "Rogov" else "GPE",
                "entity_id": None,
                "origin": "manual",
                "created_by": _ANNOTATOR.id,
                "created_at": _STAMP,
            }
        )
    claim_quote = "more than ten 😀 members of the National Guard were eliminated near Izium"
    claim_start = text.index(claim_quote)
    claim = {
        "id": "5e1f7e57-0000-4000-8000-000000000201",
        "start": claim_start,
        "end": claim_start + len(claim_quote),
        "quote": claim_quote,
        "claim_reviewed": "More than ten National Guard members were killed near Izium.",
        "claimant": {"name": "Rogov", "entity_id": None},
        "claim_date": "2026-01-01",
        "status": "unverified",
        "justification": "",
        "checkworthy": True,
        "tags": ["casualties"],
        "mention_ids": [m["id"] for m in mentions],
        "evidence": [],
        "review": {"url": None, "published_at": None},
        "created_by": _ANNOTATOR.id,
        "created_at": _STAMP,
        "updated_at": _STAMP,
    }
    article = {
        "id": "5e1f7e57-0000-4000-8000-000000000301",
        "title": "Self-test",
        "text": text,
        "text_sha256": text_sha256(text),
        "source": "self-test.json",
        "url": None,
        "publisher": None,
        "authors": [],
        "published_at": None,
        "language": "en",
        "imported_at": _STAMP,
        "status": "in_progress",
        "mentions": mentions,
        "claims": [claim],
    }
    head = dataset_v1.header(Schemes.defaults(), [_ANNOTATOR], [], exported_at=_STAMP)
    return {**head, "articles": [article]}
