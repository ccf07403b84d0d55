"""Start-up time of a command and of the window, source against the frozen build: printed,
never asserted.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--articles 10000] [--spans 20000]
                                                 [--frozen dist/annotator/annotator] [--no-window]

Each start is a fresh process. Commands: ``annotator stats`` on a database of
--articles generated articles (bench_import_export's generator, --spans mentions and claims),
timed as a ratio to two floors measured in the same run: ``python -c "import sqlalchemy"``
(the least a command that reads the database imports) and ``python -c pass`` (the
interpreter). Also ``stats`` after an unclean close (the marker of an open database left
beside it, so the open runs PRAGMA quick_check) and ``annotator check`` (a full
integrity_check).

The window runs offscreen (QT_QPA_PLATFORM=offscreen), with
ANNOTATOR_QUIT_AFTER_SHOW=1: run_gui leaves its event loop as soon as the window has been shown,
so the wall-clock time from launch to exit is the time to the first shown window plus the exit
(an upper bound of what a user waits), and its CPU time (user + system, which the load of a
shared machine changes far less than the wall clock). Measured for:

- ``--version``: the interpreter and the argument parser, nothing else;
- the first start on a new data folder (creates the database, runs the migrations, imports the
  demo articles), once;
- the start on that existing database, the everyday case: the median (and minimum) of --runs.

The source program is ``python -m annotator`` from this checkout (or whatever PYTHONPATH puts
first: that is how the figures before a change are taken); the frozen one is the bundle of
packaging/build.sh (skipped, with a note, when it has not been built). The source program's
modules are compiled to bytecode first, as an installed program's are (pip and the bundle
compile them, as pip compiled SQLAlchemy's for the floor): where PYTHONDONTWRITEBYTECODE is
set, a checkout would otherwise compile each of its modules from source at every start
(0.04 s on the 2-core machine), a cost no user pays. The aims: ``stats``
≤ 1.5× ``import sqlalchemy``, the frozen window ≤ 1.0 s. Everything runs in a temporary folder
with its own HOME.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AIM_SECONDS = 1.0  # the frozen window
AIM_STATS_RATIO = 1.5  # annotator stats against python -c "import sqlalchemy"


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return seconds


def timed_cpu(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall clock and the process's own CPU time (user + system): on a machine shared with
    other work the wall clock says as much about the others as about the program."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = timed(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def measure(program: list[str], work: Path, env: dict[str, str], runs: int) -> dict[str, str]:
    data = work / "data"
    data.mkdir(parents=True)
    # A known annotator: the very first start would otherwise stop at "Who is annotating?".
    (data / "settings.ini").write_text("[annotator]\nname=Benchmark\n", encoding="utf-8")
    window = [*program, "--data-dir", str(data)]
    versions = [timed([*program, "--version"], env) for _ in range(runs)]
    first = timed(window, env)
    starts, cpus = zip(*(timed_cpu(window, env) for _ in range(runs)), strict=True)
    return {
        "--version": f"{statistics.median(versions):.2f} s ({min(versions):.2f})",
        "first start (new database, demo articles)": f"{first:.2f} s",
        "window shown, existing database": f"{statistics.median(starts):.2f} s ({min(starts):.2f})",
        "  its CPU time (user + system)": f"{statistics.median(cpus):.2f} s ({min(cpus):.2f})",
    }


def compile_bytecode(env: dict[str, str]) -> None:
    """Compile the modules of the annotator package the commands will import (see above)."""
    compiling = (
        "import compileall, annotator; compileall.compile_dir(annotator.__path__[0], quiet=1)"
    )
    subprocess.run([sys.executable, "-c", compiling], env=env, check=True)


def median_of(command: list[str], env: dict[str, str], runs: int, before=None) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        times.append(timed(command, env))
    return times


def build_collection(folder: Path, articles: int, spans: int) -> Path:
    """A data folder whose database holds ``articles`` generated articles and ``spans``
    mentions and claims, made by the program itself and closed cleanly."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_import_export as collection

    collection.generate_articles(folder / "articles", articles, seed=17)
    data = folder / "data"
    collection.import_ours(folder / "articles", data)
    database = data / "annotator.sqlite3"
    if spans:
        collection.add_spans(database, spans, seed=17)
    return data


def measure_commands(
    work: Path, env: dict[str, str], runs: int, articles: int, spans: int
) -> list[tuple[str, list[float]]]:
    data = build_collection(work, articles, spans)
    python = sys.executable
    stats = [python, "-m", "annotator", "--data-dir", str(data), "stats"]

    def unclean() -> None:  # as after a crash: the marker is left, the next open checks
        (data / "annotator.sqlite3-open").touch()

    rows: list[tuple[str, list[float]]] = []
    # Interleaved, so that a busy moment of the machine hits floors and commands alike.
    samples: dict[str, list[float]] = {}
    commands = {
        "python -c pass": [python, "-c", "pass"],
        'python -c "import sqlalchemy"': [python, "-c", "import sqlalchemy"],
        "annotator --version": [python, "-m", "annotator", "--version"],
        "annotator stats": stats,
    }
    timed(stats, env)  # warm the page cache and leave a clean close behind
    for _ in range(runs):
        for name, command in commands.items():
            samples.setdefault(name, []).append(timed(command, env))
    rows.extend(samples.items())
    rows.append(("annotator stats after an unclean close", median_of(stats, env, runs, unclean)))
    check = [python, "-m", "annotator", "--data-dir", str(data), "check"]
    try:
        rows.append(("annotator check", median_of(check, env, max(1, runs // 2))))
    except RuntimeError:  # a version before the command existed
        print("annotator check: not available in this version", file=sys.stderr)
    return rows


def print_commands(
    rows: list[tuple[str, list[float]]], runs: int, articles: int, spans: int
) -> None:
    figures = {name: statistics.median(times) for name, times in rows}
    sqlalchemy = figures['python -c "import sqlalchemy"']
    bare = figures["python -c pass"]
    print(
        f"Commands on {articles:,} articles with {spans:,} spans; median of {runs} runs "
        "(minimum); ratios to the floors of the same run."
    )
    width = max(len(name) for name in figures) + 2
    print(f"{'':<{width}}{'time':<18}{'× import sqlalchemy':<22}× python -c pass")
    for name, times in rows:
        median = statistics.median(times)
        aim = ""
        if name == "annotator stats":
            ratio = median / sqlalchemy
            aim = f"  aim ≤ {AIM_STATS_RATIO}×: {'ok' if ratio <= AIM_STATS_RATIO else 'above'}"
        print(
            f"{name:<{width}}{f'{median:.3f} s ({min(times):.3f})':<18}"
            f"{f'{median / sqlalchemy:.2f}×':<22}{median / bare:.1f}×{aim}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, default=REPO / "dist" / "annotator" / "annotator")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=20_000)
    parser.add_argument("--no-window", action="store_true", help="time the commands only")
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
        compile_bytecode(env)
        commands = measure_commands(
            Path(folder) / "commands", env, args.runs, args.articles, args.spans
        )
        if not args.no_window:
            for name, program in programs.items():
                results[name] = measure(program, Path(folder) / name, env, args.runs)

    print_commands(commands, args.runs, args.articles, args.spans)
    if args.no_window:
        return 0
    print()

    print(
        f"Start-up, offscreen; wall clock from launch to exit, the window closing as soon as it "
        f"is shown; median of {args.runs} runs (minimum); load average "
        f"{os.getloadavg()[0]:.1f}."
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
