"""Tally of the import fuzz corpora: how many cases end in exit 0, 1 and 3, and which ones
break the rules (tests/README.md). The suite's fuzz tests stop at the first broken case; this
counts them all, for the figures of a long run.

    .venv/bin/python -m tests.fuzz_tally datasets 20000
    .venv/bin/python -m tests.fuzz_tally articles 20000

Each case is imported into one SQLite database in a temporary folder, in this process, as
``annotator import`` does; a case that breaks a rule is kept in that folder to look at (the
folder goes when none did).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import shutil
import tempfile
import time
from pathlib import Path

from annotator.__main__ import main
from tests.unit.test_import_fuzz import article_corpus, base_document, corpus


def _run(*args: str | Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, err.getvalue()


def tally(kind: str, count: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="annotator-fuzz-"))
    db = folder / "fuzz.sqlite3"
    seed = folder / "base.json"
    seed.write_text(json.dumps(base_document()), encoding="utf-8")
    assert _run("import", seed, "--db", db)[0] == 0
    cases = corpus(count) if kind == "datasets" else article_corpus(count)
    codes: collections.Counter[int] = collections.Counter()
    broken: list[str] = []
    started = time.perf_counter()
    for name, data in cases:
        path = folder / name
        path.write_bytes(data)
        code, err = _run("import", path, "--db", db)
        codes[code] += 1
        lines = err.strip().splitlines()
        named = code == 1 and len(lines) == 1 and lines[0].startswith(f"{path}: ")
        if code not in (0, 1) or (code == 1 and not named):
            broken.append(f"{name}: exit {code}: {err.strip()[:300]}")
            path.rename(folder / f"broken-{name}")
        else:
            path.unlink()
    seconds = time.perf_counter() - started
    print(
        f"{kind}: {count} cases in {seconds:.0f} s: "
        + ", ".join(f"exit {code}: {codes[code]}" for code in sorted(codes))
    )
    if not broken:
        shutil.rmtree(folder, ignore_errors=True)
        return 0
    print(f"{len(broken)} broke a rule (kept in {folder}):")
    for line in broken:
        print(f"  {line}")
    return 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=["datasets", "articles"])
    parser.add_argument("count", type=int)
    arguments = parser.parse_args()
    raise SystemExit(tally(arguments.kind, arguments.count))
