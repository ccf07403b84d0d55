"""Start-up time of the window, source against the frozen build: printed, never asserted.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--frozen dist/annotator/annotator]

Each start is a fresh process, offscreen (QT_QPA_PLATFORM=offscreen), with
ANNOTATOR_QUIT_AFTER_SHOW=1: run_gui leaves its event loop as soon as the window has been shown,
so the wall-clock time from launch to exit is the time to the first shown window plus the exit
(an upper bound of what a user waits). Measured for:

- ``--version``: the interpreter and the argument parser, nothing else;
- the first start on a new data folder (creates the database, runs the migrations, imports the
  demo articles), once;
- the start on that existing database, the everyday case: the median (and minimum) of --runs.

The source program is ``python -m annotator`` from this checkout; the frozen one is the bundle
of packaging/build.sh (skipped, with a note, when it has not been built). The issue's aim is
1.5 s for the frozen window. Everything runs in a temporary folder with its own HOME.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AIM_SECONDS = 1.5


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return seconds


def measure(program: list[str], work: Path, env: dict[str, str], runs: int) -> dict[str, str]:
    data = work / "data"
    data.mkdir(parents=True)
    # A known annotator: the very first start would otherwise stop at "Who is annotating?".
    (data / "settings.ini").write_text("[annotator]\nname=Benchmark\n", encoding="utf-8")
    window = [*program, "--data-dir", str(data)]
    versions = [timed([*program, "--version"], env) for _ in range(runs)]
    first = timed(window, env)
    starts = [timed(window, env) for _ in range(runs)]
    return {
        "--version": f"{statistics.median(versions):.2f} s ({min(versions):.2f})",
        "first start (new database, demo articles)": f"{first:.2f} s",
        "window shown, existing database": f"{statistics.median(starts):.2f} s ({min(starts):.2f})",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, default=REPO / "dist" / "annotator" / "annotator")
    args = parser.parse_args()
    programs = {"source": [sys.executable, "-m", "annotator"]}
    if args.frozen.is_file():
        programs["frozen"] = [str(args.frozen.resolve())]
    results: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-startup-") as folder:
        home = Path(folder) / "home"
        (home / "runtime").mkdir(parents=True, mode=0o700)
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "ANNOTATOR_FORBIDDEN_ROOT": str(Path.home().resolve()),
            "QT_QPA_PLATFORM": "offscreen",
            "ANNOTATOR_QUIT_AFTER_SHOW": "1",
        }
        for name, program in programs.items():
            results[name] = measure(program, Path(folder) / name, env, args.runs)

    print(
        f"Start-up, offscreen; wall clock from launch to exit, the window closing as soon as it "
        f"is shown; median of {args.runs} runs (minimum)."
    )
    names = list(results)
    rows = list(results["source"])
    width = max(len(row) for row in rows) + 2
    print(f"{'':<{width}}" + "".join(f"{name:<18}" for name in names))
    for row in rows:
        aim = f"  aim ≤ {AIM_SECONDS} s (frozen)" if row.startswith("window") else ""
        print(f"{row:<{width}}" + "".join(f"{results[n][row]:<18}" for n in names) + aim)
    if "frozen" not in results:
        print(f"frozen: no bundle at {args.frozen} (build it with packaging/build.sh)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
