"""The packaged build, when there is one: skipped unless dist/annotator/annotator exists.

The test suite never builds the bundle (packaging/build.sh takes about a minute); CI builds it
after the tests and runs packaging/frozen_checks.sh, which covers more. These tests let a
developer who has built it check it with pytest too.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from annotator import __version__
from annotator.domain.text import canonicalize
from annotator.services.formats.schema import validate
from tests.conftest import REPO, CliResult, run_annotator_process
from tests.helpers import dataset_document, without_export_time, write_json

FROZEN = REPO / "dist" / "annotator" / "annotator"


def _why_skip() -> str | None:
    if not FROZEN.is_file():
        return "no frozen build (packaging/build.sh makes dist/annotator/)"
    built = FROZEN.stat().st_mtime
    sources = [*(REPO / "annotator").rglob("*.py"), *(REPO / "resources").rglob("*")]
    if any(path.stat().st_mtime > built for path in sources):
        return "the frozen build is older than the sources: run packaging/build.sh again"
    return None


pytestmark = pytest.mark.skipif(_why_skip() is not None, reason=_why_skip() or "")

EMOJI_TEXTS = [
    "🇺🇦 Flags 🇺🇦🇰🇵 and a family 👨‍👩‍👧‍👦 before the name Rogov",
    "😀 A smiley first, then 𝐌𝐚𝐭𝐡 letters, then Izium",
]


def run_frozen(*args: str | Path, **env: str) -> CliResult:
    done = subprocess.run(
        [str(FROZEN), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        check=False,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


def test_frozen_version() -> None:
    result = run_frozen("--version")
    assert (result.code, result.out.strip()) == (0, f"annotator {__version__}")


def test_frozen_self_test() -> None:
    result = run_frozen("--self-test")
    assert result.code == 0, result.out + result.err
    assert "(frozen build" in result.out and "self-test passed" in result.out


def test_frozen_import_export_matches_the_source(tmp_path: Path) -> None:
    source = write_json(tmp_path / "emoji.json", dataset_document(EMOJI_TEXTS))
    exports = {}
    for name, run in (("frozen", run_frozen), ("source", run_annotator_process)):
        db, out = tmp_path / f"{name}.sqlite3", tmp_path / f"{name}.json"
        imported = run("import", source, "--db", db)
        assert imported.code == 0, imported.err
        exported = run("export", "-o", out, "--db", db)
        assert exported.code == 0, exported.err
        exports[name] = json.loads(out.read_text(encoding="utf-8"))
    validate(exports["frozen"])
    assert without_export_time(exports["frozen"]) == without_export_time(exports["source"])
    articles = exports["frozen"]["articles"]
    assert [a["text"] for a in articles] == [canonicalize(t) for t in EMOJI_TEXTS]
    for article in articles:
        for span in article["mentions"] + article["claims"]:
            assert article["text"][span["start"] : span["end"]] == span["quote"]


def test_frozen_refuses_an_unusable_database_with_exit_2(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(4096))
    result = run_frozen("stats", "--db", junk)
    assert result.code == 2
    assert "not a Fact-Check Annotator database" in result.err
    assert "Traceback" not in result.err


def test_frozen_window_starts_and_leaves(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[annotator]\nname=Frozen test\n", encoding="utf-8")
    result = run_frozen("--data-dir", data, ANNOTATOR_QUIT_AFTER_SHOW="1")
    assert result.code == 0, result.err
    stats = run_frozen("stats", "--json", "--data-dir", data)
    assert json.loads(stats.out)["articles"] == 5  # the demo articles of the first start
