"""Test setup shared by every suite.

- Qt runs offscreen (set before any QApplication exists) unless ``--headed`` is given.
- The real home directory is out of bounds: HOME and the XDG folders point into a temporary
  folder, annotator.paths refuses any location inside the real home, and every test checks
  afterwards that nothing appeared in our folders there.
- On Linux the temporary folders are in memory (/dev/shm) unless TMPDIR names another place:
  see ``_temporary_folders_in_memory``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests import engines

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

# Property and fuzz tests draw the same examples on every run of the suite (derived from each
# test's name), so a run's verdict is the code's, never the draw's: a case a random draw
# happens to find once would otherwise fail one CI run in many and pass the next.
# ANNOTATOR_FUZZ_RANDOM=1 draws new examples (with ANNOTATOR_FUZZ_CASES and
# ANNOTATOR_FUZZ_EXAMPLES for longer runs: tests/README.md).
settings.register_profile("suite", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile("explore" if os.environ.get("ANNOTATOR_FUZZ_RANDOM") else "suite")


def _temporary_folders_in_memory() -> None:
    """tmp_path, the sandbox home, the throwaway PostgreSQL cluster and whatever the programs
    the tests start put in their temporary folder go to /dev/shm on Linux, unless TMPDIR
    says where. The program commits with synchronous=FULL (docs/design/storage.md): on a
    disk every commit of every test waits for fsync, and 90 database-heavy tests took about a
    fifth longer (benchmarks/README.md). They stay real files on a real file system;
    what a power cut would keep is no test's subject (a killed process's commits are, and
    they survive alike). A run writes about 1.3 GB there; only the last run's folders are
    kept (tmp_path_retention_count in pyproject.toml), and with less room free the suite
    stays on the disk."""
    memory = Path("/dev/shm")
    if os.environ.get("TMPDIR") or sys.platform != "linux" or not memory.is_dir():
        return
    try:
        found = os.statvfs(memory)
    except OSError:
        return
    usable = (
        os.access(memory, os.W_OK | os.X_OK)
        and not found.f_flag & os.ST_NOEXEC  # tests run scripts they write there
        and found.f_bavail * found.f_frsize >= 4 * 1024**3
    )
    if usable:
        os.environ["TMPDIR"] = str(memory)  # inherited by the xdist workers and subprocesses
        tempfile.tempdir = None  # gettempdir() looks again


_temporary_folders_in_memory()
_REAL_HOME = Path.home().resolve()
_SANDBOX_HOME = Path(tempfile.mkdtemp(prefix="annotator-test-home-"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--headed", action="store_true", help="show Qt windows on the real display")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--headed"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["ANNOTATOR_FORBIDDEN_ROOT"] = str(_REAL_HOME)
    os.environ["HOME"] = str(_SANDBOX_HOME)
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        os.environ[variable] = str(_SANDBOX_HOME / folder)
    (_SANDBOX_HOME / "runtime").mkdir(mode=0o700, exist_ok=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    # The sandbox home lives as long as the session, then goes.
    shutil.rmtree(_SANDBOX_HOME, ignore_errors=True)


def _our_folders_in_real_home() -> dict[Path, float]:
    found = {}
    for base in (".local/share", ".local/state", ".config", ".cache"):
        for name in ("factcheck-annotator", "Fact-Check Annotator"):
            folder = _REAL_HOME / base / name
            if folder.exists():
                found[folder] = folder.stat().st_mtime
    return found


@pytest.fixture(autouse=True)
def _real_home_untouched() -> Iterator[None]:
    before = _our_folders_in_real_home()
    yield
    after = _our_folders_in_real_home()
    assert after == before, f"a test wrote into the real home directory: {after}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``annotator ARGS`` in this process (fast); the contract tests also run the real
    installed command in a subprocess."""
    from annotator.__main__ import main

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            code = main(engines.cli_arguments([str(a) for a in args]))
        except SystemExit as exit_:  # argparse usage errors and --version
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_annotator_process(*args: str | Path, timeout: float = 120) -> CliResult:
    """The installed ``annotator`` command, as a script or a user would run it."""
    completed = subprocess.run(
        [sys.executable, "-m", "annotator", *engines.cli_arguments([str(a) for a in args])],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
        check=False,
    )
    return CliResult(completed.returncode, completed.stdout, completed.stderr)


@contextmanager
def statements_run(engine: Any) -> Iterator[list[str]]:
    """Every SQL statement the program sends through ``engine`` while inside the block."""
    from sqlalchemy import event

    seen: list[str] = []

    def record(_conn, _cursor, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


# PostgreSQL fixtures: pg_cluster, pg_url, db_target, and every test's engine.
from tests.postgres_fixtures import (  # noqa: E402, F401
    NOT_WANTED,
    db_engine,
    db_target,
    engine_parameters,
    leave_out_variants,
    pg_cluster,
    pg_template,
    pg_url,
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    engine_parameters(metafunc)


_variants_left_out = 0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    global _variants_left_out
    _variants_left_out = leave_out_variants(config, items)
    # Tests that need a server whatever the engine (team mode) are PostgreSQL tests too:
    # `pytest -m postgresql` selects everything the PostgreSQL CI run must not skip.
    for item in items:
        if {"pg_url", "pg_cluster"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgresql)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _variants_left_out:
        terminalreporter.write_line(
            f"{_variants_left_out} PostgreSQL variants of the storage, services and CLI tests "
            f"deselected: {NOT_WANTED}"
        )
