"""The packaging scripts behave on a real machine's output."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "packaging" / "qt_system_libs.sh"
LIBRARIES = [
    line.split(":")[0].strip()
    for line in SCRIPT.read_text().split("QT_SYSTEM_LIBS=(")[1].split(")")[0].split()
]


def fake_ldconfig(tmp_path: Path, present: list[str], padding_lines: int) -> Path:
    """An ``ldconfig -p`` listing the given libraries first, then many others: grep -q
    stops at the first match long before the listing ends, as on a desktop system."""
    listing = tmp_path / "listing.txt"
    rows = [f"\t{name} (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/{name}" for name in present]
    rows += [
        f"\tlibpadding{i}.so.1 (libc6,x86-64) => /usr/lib/libpadding{i}.so.1"
        for i in range(padding_lines)
    ]
    listing.write_text(f"{len(rows)} libs found in cache `/etc/ld.so.cache'\n" + "\n".join(rows))
    program = tmp_path / "ldconfig"
    program.write_text(f"#!/bin/sh\ncat {listing}\n")
    program.chmod(0o755)
    return program


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_every_library_present_in_a_long_listing_is_found(tmp_path: Path) -> None:
    assert len(LIBRARIES) == 21  # Qt's twenty, and libpq for team databases
    ldconfig = fake_ldconfig(tmp_path, LIBRARIES, padding_lines=50_000)
    done = subprocess.run(
        ["bash", str(SCRIPT)],
        env={"LDCONFIG": str(ldconfig), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_missing_libraries_are_named_by_their_package(tmp_path: Path) -> None:
    ldconfig = fake_ldconfig(tmp_path, LIBRARIES[1:], padding_lines=10)
    done = subprocess.run(
        ["bash", str(SCRIPT)],
        env={"LDCONFIG": str(ldconfig), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "libxcb-cursor0\n")


def test_the_build_takes_its_list_from_the_script_and_never_pipes_into_grep_q() -> None:
    build = (REPO / "packaging" / "build.sh").read_text()
    assert "packaging/qt_system_libs.sh" in build
    assert "| grep -q" not in build
