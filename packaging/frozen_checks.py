"""Check the frozen build against the source: the same CLI, the same data, the same exit codes.

    .venv/bin/python packaging/frozen_checks.py [dist/annotator/annotator]

Run with the project's own environment (.venv): the source program is ``python -m annotator``
from this checkout and the test helpers write the input. Every run of either program gets a
--db or --data-dir in a temporary folder, a HOME and XDG folders inside it, and
ANNOTATOR_FORBIDDEN_ROOT set to the real home, so nothing is ever written there.

1. ``--version`` of both agree.
2. ``--self-test`` passes in the frozen build, offscreen, and on the real display when there is
   one (``DISPLAY`` or ``WAYLAND_DISPLAY``).
3. Round trip: both import the same inputs (a dataset whose texts have emoji and other
   non-BMP characters before their spans, the seeds folder, a saved HTML page) and export them
   as JSON, JSONL and CSV; the exports must be the same, bar the export time and, for the
   articles read from .txt/.html files, their new ids and import times. The frozen JSON export
   is valid against the schema, and importing it into a new database and exporting again gives
   the same data.
4. Exit codes and messages of refused inputs and unusable databases are the same.
5. The window starts (offscreen, and under X11 when Xvfb or a display is there), shows the
   demo articles and leaves (ANNOTATOR_QUIT_AFTER_SHOW); with no display at all it says so
   and exits 2.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import frozen_material  # noqa: E402  (beside this script: packaging/frozen_material.py)

from annotator import __version__  # noqa: E402
from annotator.services.formats.schema import validate  # noqa: E402
from tests.helpers import dataset_document, write_json  # noqa: E402

TIMEOUT = 180
# Texts whose spans come after characters that are more than one UTF-16 unit or one code
# point: flags, a family (ZWJ sequence), mathematical letters, a smiley, CJK, RTL marks.
EMOJI_TEXTS = [
    "🇺🇦 Flags 🇺🇦🇰🇵 and a family 👨‍👩‍👧‍👦 before the name Rogov",
    "😀 A smiley first, then 𝐌𝐚𝐭𝐡 letters, then Izium",
    "中文新闻：基辅遭到袭击 😀 伊久姆 Izium",
    "نقلا عن المتحدث\u200f باسم الجيش 🇺🇦: Rogov",
]
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Drone strike near Izium 😀</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-05">
</head><body><nav>Home · News</nav><article><h1>Drone strike near Izium 😀</h1>
<p>According to a Russian military official, identified only as Rogov, more than ten members
of the National Guard were reportedly eliminated near Izium 🇺🇦.</p>
<p>The claim could not be verified independently. Kharkiv officials denied it.</p></article>
<footer>Leave a Reply</footer></body></html>
"""


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


class Checks:
    def __init__(self, frozen: Path, work: Path) -> None:
        self.frozen = frozen
        self.work = work
        self.failures: list[str] = []
        self.passed = 0
        home = work / "home"
        for folder in ("data", "config", "cache", "state", "runtime"):
            (home / folder).mkdir(parents=True, exist_ok=True)
        (home / "runtime").chmod(0o700)
        self.env = {
            **os.environ,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "ANNOTATOR_FORBIDDEN_ROOT": str(Path.home().resolve()),
            "QT_QPA_PLATFORM": "offscreen",
        }

    # --- running the two programs ------------------------------------------------------------

    def program(self, which: str) -> list[str]:
        return [str(self.frozen)] if which == "frozen" else [sys.executable, "-m", "annotator"]

    def run(self, which: str, *args: str | Path, cwd: Path | None = None, **env: str | None) -> Run:
        environment = dict(self.env)
        for key, value in env.items():
            if value is None:
                environment.pop(key, None)
            else:
                environment[key] = value
        started = time.perf_counter()
        done = subprocess.run(
            [*self.program(which), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=cwd or self.work,
            env=environment,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
        if ok:
            self.passed += 1
        else:
            self.failures.append(name)

    def step(self, name: str, body: Callable[[], None]) -> None:
        print(f"\n== {name}", flush=True)
        try:
            body()
        except Exception as error:  # one broken step must not hide the others
            self.check(name, False, f"{error.__class__.__name__}: {error}")

    # --- the checks ----------------------------------------------------------------------

    def version(self) -> None:
        frozen, source = self.run("frozen", "--version"), self.run("source", "--version")
        expected = f"annotator {__version__}"
        self.check("--version", frozen.out.strip() == source.out.strip() == expected, frozen.out)

    def self_test(self) -> None:
        result = self.run("frozen", "--self-test")
        print(result.out + result.err, end="")
        self.check("--self-test (offscreen)", result.code == 0, f"exit {result.code}")
        if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
            result = self.run("frozen", "--self-test", QT_QPA_PLATFORM=None)
            self.check("--self-test (on the display)", result.code == 0, f"exit {result.code}")
        else:
            print("(no display here: --self-test without QT_QPA_PLATFORM not run)")

    def round_trip(self) -> None:
        inputs = self.work / "in"
        inputs.mkdir()
        dataset = write_json(inputs / "emoji.json", dataset_document(EMOJI_TEXTS))
        page = inputs / "page.html"
        page.write_text(PAGE, encoding="utf-8")
        exports: dict[str, dict[str, Path]] = {}
        stats: dict[str, Any] = {}
        for which in ("source", "frozen"):
            folder = self.work / which
            folder.mkdir()
            db = folder / "db.sqlite3"
            imported = self.run(which, "import", dataset, REPO / "seeds", page, "--db", db)
            self.check(f"{which}: import", imported.code == 0, imported.err.strip())
            exports[which] = {}
            for fmt, suffix in (("json", "json"), ("jsonl", "jsonl"), ("csv", "csv")):
                target = folder / f"export.{suffix}"
                done = self.run(which, "export", "-o", target, "--format", fmt, "--db", db)
                self.check(f"{which}: export --format {fmt}", done.code == 0, done.err.strip())
                exports[which][fmt] = target
            counted = self.run(which, "stats", "--json", "--db", db)
            stats[which] = {k: v for k, v in json.loads(counted.out).items() if k != "database"}
        counts = {k: v for k, v in stats["frozen"].items() if isinstance(v, int)}
        self.check("stats --json: the same", stats["source"] == stats["frozen"], str(counts))

        documents = {w: _json(exports[w]["json"]) for w in exports}
        validate(documents["frozen"])
        self.check("frozen JSON export: valid against the schema", True)
        articles = documents["frozen"]["articles"]
        expected = len(EMOJI_TEXTS) + len(list((REPO / "seeds").glob("*.txt"))) + 1
        self.check(
            "frozen export: every input is in it", len(articles) == expected, str(len(articles))
        )
        bad = [
            (a["source"], s["quote"])
            for a in articles
            for s in a["mentions"] + a["claims"]
            if a["text"][s["start"] : s["end"]] != s["quote"]
        ]
        spans = sum(len(a["mentions"]) + len(a["claims"]) for a in articles)
        self.check(
            "frozen export: every span reads its quote",
            spans > 0 and not bad,
            f"{spans} spans {bad[:2]}",
        )
        html = [a for a in articles if a["source"] == "page.html"]
        self.check(
            "frozen export: the HTML page was read",
            len(html) == 1
            and "Kharkiv officials denied it." in html[0]["text"]
            and "Leave a Reply" not in html[0]["text"],
            repr(html[0]["title"]) if html else "missing",
        )
        for fmt in ("json", "jsonl"):
            source, frozen = (_comparable(exports[w][fmt], fmt) for w in ("source", "frozen"))
            self.check(
                f"{fmt} export: frozen == source",
                source == frozen,
                _first_difference(source, frozen),
            )
        source_csv, frozen_csv = (_csv_rows(exports[w]["csv"]) for w in ("source", "frozen"))
        self.check(
            "csv export: frozen == source", source_csv == frozen_csv, f"{len(frozen_csv)} rows"
        )

        again_db = self.work / "frozen" / "again.sqlite3"
        again = self.work / "frozen" / "again.json"
        self.run("frozen", "import", exports["frozen"]["json"], "--db", again_db)
        self.run("frozen", "export", "-o", again, "--db", again_db)
        first, second = (
            _without(_json(p), "exported_at") for p in (exports["frozen"]["json"], again)
        )
        self.check("frozen: export → import → export is lossless", first == second)

    def exit_codes(self) -> None:
        cases: list[tuple[str, int, list[str]]] = [
            ("random bytes as --db", 2, ["stats", "--db", "random.bin"]),
            ("a missing file", 1, ["import", "missing.txt", "--db", "new.sqlite3"]),
            ("an empty file", 1, ["import", "empty.txt", "--db", "new.sqlite3"]),
            (
                "a good and a bad file",
                1,
                ["import", "good.txt", "empty.txt", "--db", "mixed.sqlite3"],
            ),
            # Refused by the schema: the bundle has no compiled validator (annotator.spec),
            # so jsonschema decides there alone, and must say what the source program says.
            ("a dataset the schema refuses", 1, ["import", "bad.json", "--db", "new.sqlite3"]),
            ("export without a database", 2, ["export", "-o", "out.json", "--db", "none.sqlite3"]),
            (
                "export into a missing folder",
                2,
                ["export", "-o", "nowhere/out.json", "--db", "mixed.sqlite3"],
            ),
            ("an unknown command", 2, ["frobnicate"]),
            (
                "an unknown format",
                2,
                ["export", "-o", "out.xml", "--format", "xml", "--db", "mixed.sqlite3"],
            ),
        ]
        for which in ("source", "frozen"):
            folder = self.work / f"codes-{which}"
            folder.mkdir()
            (folder / "random.bin").write_bytes(os.urandom(4096))
            (folder / "empty.txt").write_bytes(b"")
            (folder / "good.txt").write_text("Rogov said so.\n", encoding="utf-8")
            broken = dataset_document(["Rogov said so."])
            broken["articles"][0]["mentions"][0]["start"] = "zero"
            write_json(folder / "bad.json", broken)
        for label, expected, args in cases:
            results = {}
            for which in ("source", "frozen"):
                folder = self.work / f"codes-{which}"
                run = self.run(which, *args, cwd=folder)
                results[which] = (run.code, _first_line(run.err).replace(str(folder), "<dir>"))
            same = results["source"] == results["frozen"]
            self.check(
                f"exit {expected}: {label}",
                same and results["frozen"][0] == expected,
                f"frozen {results['frozen']}" + ("" if same else f", source {results['source']}"),
            )

    def window(self) -> None:
        # Where there is no display at all, the program says so instead of Qt's abort.
        nowhere = self.run(
            "frozen", "--data-dir", self.work / "window-none",
            DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None,
        )  # fmt: skip
        self.check(
            "window without a display: exit 2, saying so and how to run offscreen",
            nowhere.code == 2 and "QT_QPA_PLATFORM=offscreen" in nowhere.err,
            f"exit {nowhere.code} {_first_line(nowhere.err)}",
        )
        platforms = ["offscreen"]
        if os.environ.get("DISPLAY"):
            platforms.append("display")
        elif shutil.which("xvfb-run"):
            platforms.append("xvfb")
        else:
            print("(no display and no xvfb-run: the X11 window is not started here)")
        for platform in platforms:
            data = self.work / f"window-{platform}"
            data.mkdir()
            # A known annotator: the first start would otherwise ask for a name in a dialog.
            (data / "settings.ini").write_text("[annotator]\nname=Frozen check\n", encoding="utf-8")
            if platform == "xvfb":
                environment = {**self.env, "ANNOTATOR_QUIT_AFTER_SHOW": "1"}
                environment.pop("QT_QPA_PLATFORM")
                started = time.perf_counter()
                done = subprocess.run(
                    ["xvfb-run", "-a", str(self.frozen), "--data-dir", str(data)],
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT,
                    env=environment,
                    check=False,
                )
                run = Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)
            else:
                platform_env = None if platform == "display" else "offscreen"
                run = self.run(
                    "frozen",
                    "--data-dir",
                    data,
                    ANNOTATOR_QUIT_AFTER_SHOW="1",
                    QT_QPA_PLATFORM=platform_env,
                )
            counted = self.run("frozen", "stats", "--json", "--data-dir", data)
            articles = json.loads(counted.out)["articles"] if counted.code == 0 else None
            problem = "Could not load the Qt platform plugin" in run.err
            self.check(
                f"window ({platform}): shown with the demo articles, then closed",
                run.code == 0 and articles == 5 and not problem,
                f"exit {run.code}, {articles} articles, {run.seconds:.2f} s {_first_line(run.err)}",
            )

    def translations(self) -> None:
        """The bundle carries our catalogues (Ukrainian; English plural forms) and Qt's (the
        buttons and labels of standard dialogs), and the window starts in Ukrainian."""
        bundle = self.frozen.parent
        for name in ("annotator_uk.qm", "annotator_en.qm", "qtbase_uk.qm"):
            found = sorted(bundle.rglob(name))
            self.check(
                f"{name} in the bundle",
                bool(found) and all(path.stat().st_size > 1000 for path in found),
                ", ".join(str(path.relative_to(bundle)) for path in found) or "missing",
            )
        data = self.work / "window-uk"
        data.mkdir()
        (data / "settings.ini").write_text("[annotator]\nname=Frozen check\n", encoding="utf-8")
        run = self.run(
            "frozen",
            "--data-dir",
            data,
            ANNOTATOR_QUIT_AFTER_SHOW="1",
            LANGUAGE="uk",
            LANG="uk_UA.UTF-8",
        )
        self.check("window (LANGUAGE=uk): shown, then closed", run.code == 0, _first_line(run.err))


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _without(document: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in keys}


def _comparable_article(article: dict[str, Any]) -> dict[str, Any]:
    if article["source"].endswith((".txt", ".html")):  # ids and import times made at import
        return _without(article, "id", "imported_at")
    return article


def _comparable(path: Path, fmt: str) -> dict[str, Any]:
    if fmt == "json":
        document = _json(path)
        head, articles = _without(document, "articles"), document["articles"]
    else:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        head, articles = lines[0], lines[1:]
    return {
        "head": _without(head, "exported_at"),
        "articles": sorted(
            (_comparable_article(a) for a in articles), key=lambda a: a["text_sha256"]
        ),
    }


def _csv_rows(path: Path) -> list[list[str]]:
    return sorted(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _first_difference(a: Any, b: Any, where: str = "") -> str:
    if a == b:
        return ""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{where}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{where}[{index}]")
    return f"{where}: {str(a)[:80]!r} != {str(b)[:80]!r}"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def main() -> int:
    frozen = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "dist" / "annotator" / "annotator")
    if not frozen.is_file():
        print(f"no frozen build at {frozen}: run packaging/build.sh first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="annotator-frozen-checks-") as work:
        checks = Checks(frozen.resolve(), Path(work))
        checks.step("version", checks.version)
        checks.step("self-test", checks.self_test)
        checks.step("import/export round trip, frozen against source", checks.round_trip)
        checks.step("exit codes, frozen against source", checks.exit_codes)
        checks.step("material, frozen against source", lambda: frozen_material.check(checks))
        checks.step("window", checks.window)
        checks.step("Ukrainian window", checks.translations)
    seconds = time.perf_counter() - started
    if checks.failures:
        print(f"\nfailed: {', '.join(checks.failures)}")
    print(f"\nfrozen checks took {seconds:.0f} s")
    # The plain closing line that CI reads as a test count.
    print(f"frozen: {checks.passed} passed, {len(checks.failures)} failed")
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
