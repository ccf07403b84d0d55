"""The Debian package's parts: the manual page from the argument parser, Depends
read from the bundle's own ELF files, the package's tree, and RUNPATHs kept inside the bundle.

The whole .deb (built from the real bundle, installed, removed) is checked in CI by
packaging/deb_checks.sh; these tests build a small one from a stand-in bundle.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from annotator import __version__
from annotator.__main__ import build_parser
from tests.conftest import REPO

PACKAGING = REPO / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"annotator_packaging_{name}", PACKAGING / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


manpage = _load("manpage.py")
build_deb = _load("build_deb.py")
elf_runpath = _load("elf_runpath.py")

needs_dpkg = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("readelf") is None,
    reason="needs dpkg-deb and readelf (Debian/Ubuntu with binutils)",
)


# --- the manual page ------------------------------------------------------------------------------


def _every_option(parser: argparse.ArgumentParser) -> set[str]:
    found = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _every_option(sub)
    return found


def test_man_page_names_every_command_and_option_of_the_parser() -> None:
    import datetime as dt

    parser = build_parser()
    page = manpage.render(parser, __version__, dt.date(2026, 12, 1))
    assert page.startswith('.\\"') and '.TH ANNOTATOR 1 "2026-12-01"' in page
    assert f'"annotator {__version__}"' in page
    commands = [name for name, _, _ in manpage._commands(parser)]
    assert {"import", "export", "stats", "config", "suggest"} <= set(commands)
    for name in commands:
        assert f".SS {name}\n" in page, name
    for option in _every_option(parser):
        assert manpage.roff(option) in page, option
    for section in (
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "EXIT STATUS",
        "FILES",
    ):
        assert f".SH {section}\n" in page, section


def test_roff_escapes_what_roff_would_misread() -> None:
    assert manpage.roff("--db FILE") == "\\-\\-db FILE"
    assert manpage.roff("C:\\data") == "C:\\edata"
    assert manpage.roff(".hidden start") == "\\&.hidden start"
    assert manpage.roff("'quoted start") == "\\&'quoted start"


@pytest.mark.skipif(shutil.which("man") is None, reason="no man(1) here")
def test_man_page_renders_without_warnings(tmp_path: Path) -> None:
    page = tmp_path / "annotator.1"
    assert manpage.main([str(page)]) == 0
    done = subprocess.run(
        ["man", "--warnings", "-l", str(page)],
        capture_output=True,
        text=True,
        env={**os.environ, "MANWIDTH": "80", "MAN_DISABLE_SECCOMP": "1"},
        check=False,
    )
    assert done.returncode == 0 and done.stderr == ""
    shown = " ".join(done.stdout.replace("‐", "-").split())
    assert "annotator - annotate claims" in shown
    assert "--self-test" in shown


# --- Depends, from the bundle ---------------------------------------------------------------------


def _system_library(soname: str) -> Path:
    path = build_deb.system_libraries().get(soname) if sys.platform.startswith("linux") else None
    if path is None:
        pytest.skip(f"{soname} is not on this machine")
    return path


@needs_dpkg
def test_depends_names_the_packages_of_libraries_the_bundle_does_not_carry(tmp_path: Path) -> None:
    png = _system_library("libpng16.so.16")  # needs libz.so.1, libm and libc
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(png.resolve(), bundle / "libpng16.so.16")
    depends, problems = build_deb.compute_depends(bundle)
    assert problems == []
    packages = {entry.split()[0] for entry in depends}
    assert "zlib1g" in packages and "libc6" in packages
    assert not any(name.startswith("libpng") for name in packages)  # carried: not a dependency
    glibc = next(entry for entry in depends if entry.startswith("libc6"))
    assert glibc.startswith("libc6 (>= 2.")

    # Carry zlib too: it leaves the dependencies.
    shutil.copy2(_system_library("libz.so.1").resolve(), bundle / "libz.so.1")
    depends, problems = build_deb.compute_depends(bundle)
    assert problems == [] and not any(entry.startswith("zlib1g") for entry in depends)


@needs_dpkg
def test_a_library_on_neither_bundle_nor_machine_stops_the_build(tmp_path: Path) -> None:
    png = _system_library("libpng16.so.16")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    library = bundle / "libpng16.so.16"
    shutil.copy2(png.resolve(), library)
    # The same length, so the ELF file stays valid: a soname that no machine has.
    data = library.read_bytes().replace(b"libz.so.1\0", b"libq.so.9\0")
    library.write_bytes(data)
    _depends, problems = build_deb.compute_depends(bundle)
    assert any("libq.so.9" in problem and "libpng16.so.16" in problem for problem in problems)


# --- the package ---------------------------------------------------------------------------------


@needs_dpkg
def test_package_installs_app_command_entry_icons_metainfo_and_manual(tmp_path: Path) -> None:
    bundle = tmp_path / "annotator"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "annotator").write_text("#!/bin/sh\necho stand-in\n")
    (bundle / "annotator").chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("x")
    out = tmp_path / "dist"
    assert build_deb.main([str(bundle), "--out", str(out), "--work", str(tmp_path / "work")]) == 0
    arch = build_deb.dpkg_architecture()
    deb = out / f"factcheck-annotator_{__version__}_{arch}.deb"
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    entries = {line.split()[5].removeprefix("."): line for line in listing}
    assert entries["/opt/factcheck-annotator/annotator"].startswith("-rwxr-xr-x root/root")
    assert entries["/opt/factcheck-annotator/_internal/data.txt"].startswith("-rw-r--r-- root/root")
    assert "-> /opt/factcheck-annotator/annotator" in entries["/usr/bin/annotator"]
    for path in (
        "/usr/share/applications/annotator.desktop",
        "/usr/share/metainfo/annotator.metainfo.xml",
        "/usr/share/icons/hicolor/256x256/apps/factcheck-annotator.png",
        "/usr/share/icons/hicolor/scalable/apps/factcheck-annotator.svg",
        "/usr/share/man/man1/annotator.1.gz",
        "/usr/share/doc/factcheck-annotator/copyright",
        "/usr/share/doc/factcheck-annotator/changelog.gz",
        "/usr/share/lintian/overrides/factcheck-annotator",
    ):
        assert path in entries, path
    assert all("root/root" in line for line in listing)
    field = lambda name: subprocess.run(  # noqa: E731
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert (field("Package"), field("Version"), field("Architecture")) == (
        "factcheck-annotator",
        __version__,
        arch,
    )
    # The stand-in links to nothing: only what the program loads by name (libpq) remains.
    assert field("Depends").split(" (")[0] == "libpq5"
    # The manual page is the parser's, compressed without a time stamp (reproducible).
    page = (tmp_path / "work/root/usr/share/man/man1/annotator.1.gz").read_bytes()
    assert page[4:8] == b"\0\0\0\0"
    assert b".SS export" in gzip.decompress(page)
    sums = (tmp_path / "work/root/DEBIAN/md5sums").read_text()
    assert "  opt/factcheck-annotator/_internal/data.txt\n" in sums


# --- RUNPATHs -------------------------------------------------------------------------------------


def test_only_origin_relative_search_paths_are_kept() -> None:
    assert elf_runpath.confined("/root/.pyenv/versions/3.11.7/lib") == "$ORIGIN"
    assert (
        elf_runpath.confined("$ORIGIN/:/usr/local/lib:$ORIGIN/Qt/lib") == "$ORIGIN/:$ORIGIN/Qt/lib"
    )
    assert elf_runpath.confined("$ORIGIN/../lib") == "$ORIGIN/../lib"


def test_runpath_outside_is_rewritten_in_place(tmp_path: Path) -> None:
    """A Python in a prefix (pyenv) records its lib folder in its extension modules: the copy
    in the bundle must not keep it, and must stay a loadable module."""
    import _bisect

    candidates = [Path(getattr(_bisect, "__file__", ""))] if hasattr(_bisect, "__file__") else []
    outside = [
        p
        for p in candidates
        if any(not v.startswith("$ORIGIN") for _, v in elf_runpath.search_paths(p))
    ]
    if not outside:
        pytest.skip("this Python's extension modules carry no search path to rewrite")
    copy = tmp_path / outside[0].name
    shutil.copy2(outside[0], copy)
    size = copy.stat().st_size
    changes = elf_runpath.confine(copy)
    assert changes and changes[0].endswith("-> $ORIGIN")
    assert [value for _, value in elf_runpath.search_paths(copy)] == ["$ORIGIN"]
    assert copy.stat().st_size == size
    assert elf_runpath.confine(copy) == []  # a second run changes nothing
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); import _bisect; print(_bisect.__file__)",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(copy)  # the rewritten copy is what was loaded


def test_files_that_are_not_elf_are_left_alone(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("\x7fELF? no")
    assert elf_runpath.search_paths(text) == [] and elf_runpath.confine(text) == []
