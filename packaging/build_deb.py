"""Make dist/factcheck-annotator_<version>_<arch>.deb from the built bundle, with dpkg-deb only.

    python packaging/build_deb.py dist/annotator [--out dist]

(packaging/build.sh runs this after the bundle's checks; the Python that runs it must import
``annotator``, for the version and the manual page.) What the package installs:

    /opt/factcheck-annotator/                       the one-folder app, as PyInstaller made it
    /usr/bin/annotator                              -> /opt/factcheck-annotator/annotator
    /usr/share/applications/annotator.desktop       the menu entry
    /usr/share/icons/hicolor/*/apps/factcheck-annotator.{png,svg}
    /usr/share/metainfo/annotator.metainfo.xml      what software centres show
    /usr/share/man/man1/annotator.1.gz              from the argument parser (manpage.py)
    /usr/share/doc/factcheck-annotator/             copyright, changelog
    /usr/share/lintian/overrides/factcheck-annotator   (why: packaging/README.md)

``Depends:`` is read from the bundle itself: every shared library that a bundled ELF file needs
(DT_NEEDED) and the bundle does not carry is looked up on this machine (the linker's cache) and
mapped to its package with ``dpkg -S``; the version comes from that package's shlibs file, and
glibc's from the newest GLIBC_x.y symbol version the bundle asks for. A needed library that is
on neither the bundle nor this machine stops the build: its package cannot be named.

No maintainer scripts: dpkg's triggers refresh the icon cache, the desktop database and man-db.
Everything the package installs is in its file list, so ``dpkg -r`` removes all of it; the
user's data (in their home folder) is never the package's.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = "factcheck-annotator"
PREFIX = Path("opt") / PACKAGE
ROOT = Path(__file__).resolve().parents[1]
MAINTAINER = "Fact-Check Annotator team <factcheck-annotator@users.noreply.github.com>"
HOMEPAGE = "https://github.com/factcheck-annotator/factcheck-annotator"
SUMMARY = "offline annotator of claims, entities and verdicts in news articles"
DESCRIPTION = """\
A desktop tool for fact-checkers who work offline: mark the claims in news
articles and the people, military units and places they mention, record who
made each claim, how true it is and on what evidence, and export the result as
a JSON dataset (offsets in Unicode code points), CSV or schema.org ClaimReview.
One program and a local SQLite database; nothing goes over the network.
.
This package installs the self-contained build (Python and Qt included) in
/opt/factcheck-annotator and the command annotator."""

# dpkg -S names the package of a file; the C library's family all comes from libc6, whose
# shlibs would ask for the build machine's glibc: the bundle's own symbol versions say better.
GLIBC_PACKAGE = "libc6"
LINTIAN_OVERRIDES = """\
# Why each of these is right for this package: packaging/README.md, "lintian".
# Add-on software outside Debian installs into /opt (FHS 3.13); the one-folder app stays whole.
factcheck-annotator: dir-or-file-in-opt [opt/factcheck-annotator/*]
# A self-contained build carries the libraries its Python and Qt were built with.
factcheck-annotator: embedded-library * [opt/factcheck-annotator/_internal/*]
# CPython extension modules that call no libc function (_statistics, _uuid).
factcheck-annotator: library-not-linked-against-libc [opt/factcheck-annotator/_internal/python3*/*]
"""


# --- what the bundle needs from the system ------------------------------------------------------


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if is_elf(p))


def needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of one ELF file."""
    out = subprocess.run(
        ["readelf", "-dW", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def glibc_versions(path: Path) -> set[str]:
    out = subprocess.run(
        ["readelf", "-VW", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"Name: GLIBC_(\d+(?:\.\d+)+)", out))


def newest_version(versions: set[str]) -> str | None:
    return max(versions, key=lambda v: tuple(map(int, v.split("."))), default=None)


def system_libraries() -> dict[str, Path]:
    """soname -> path, from the dynamic linker's cache (64-bit entries; this is a Linux-only
    step: the .deb is made on the Debian/Ubuntu machine that built the bundle)."""
    out = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, Path] = {}
    for line in out.splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and "64" in match[2]:
            found.setdefault(match[1], Path(match[3]))
    return found


def package_of(path: Path) -> str | None:
    """The installed package that owns a file, trying the merged-/usr spellings too."""
    candidates = [path, path.resolve()]
    for candidate in list(candidates):
        text = str(candidate)
        candidates.append(Path(text[4:] if text.startswith("/usr/") else "/usr" + text))
    for candidate in candidates:
        done = subprocess.run(
            ["dpkg", "-S", str(candidate)], capture_output=True, text=True, check=False
        )
        for line in done.stdout.splitlines():
            owner, _, _ = line.partition(": ")
            if owner and not line.startswith("diversion "):
                return owner.split(",")[0].strip().split(":")[0]
    return None


def shlibs_dependency(package: str, soname: str) -> str:
    """The dependency a package's shlibs file declares for a soname (``libxcb-cursor0 (>=
    0.1.1)``), or the bare package name."""
    match = re.fullmatch(r"(.+)\.so\.(.+)", soname) or re.fullmatch(r"(.+)-(.+)\.so", soname)
    if match is None:
        return package
    info = Path("/var/lib/dpkg/info")
    arch = dpkg_architecture()
    for shlibs in (info / f"{package}:{arch}.shlibs", info / f"{package}.shlibs"):
        if not shlibs.is_file():
            continue
        for line in shlibs.read_text(encoding="utf-8").splitlines():
            fields = line.split(None, 2)
            if fields and fields[0].endswith(":"):  # "udeb: ..."
                continue
            if len(fields) == 3 and (fields[0], fields[1]) == (match[1], match[2]):
                return fields[2].split(",")[0].strip()
    return package


def dpkg_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


# Libraries the program loads by name at run time, which no ELF file of the bundle names:
# psycopg's pure-Python layer opens the system's libpq for team databases (spec_rules).
LOADED_BY_NAME = {"libpq.so.5": "psycopg (team databases)"}


def compute_depends(bundle: Path) -> tuple[list[str], list[str]]:
    """(Depends entries, problems). The entries are sorted and unique by package."""
    binaries = elf_files(bundle)
    carried = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, set[Path]] = {soname: set() for soname in LOADED_BY_NAME}
    glibc: set[str] = set()
    for binary in binaries:
        for soname in needed(binary):
            if soname not in carried:
                wanted.setdefault(soname, set()).add(binary)
        glibc |= glibc_versions(binary)
    system = system_libraries()
    problems, by_package = [], {}
    for soname in sorted(wanted):
        users = ", ".join(sorted(str(p.relative_to(bundle)) for p in wanted[soname])[:3])
        users = users or LOADED_BY_NAME.get(soname, "")
        path = system.get(soname)
        if path is None:
            problems.append(f"{soname} (needed by {users}) is neither in the bundle nor here")
            continue
        package = package_of(path)
        if package is None:
            problems.append(f"{soname} ({path}, needed by {users}) belongs to no package")
            continue
        if package == GLIBC_PACKAGE:
            version = newest_version(glibc)
            entry = f"{package} (>= {version})" if version else package
        else:
            entry = shlibs_dependency(package, soname)
        if "(" in entry or package not in by_package:
            by_package[package] = entry
    return sorted(by_package.values()), problems


# --- the package's tree -------------------------------------------------------------------------


def _gzip(source: bytes, target: Path) -> None:
    """gzip -9n: no name, no time stamp (reproducible; lintian checks)."""
    with target.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as out:
        out.write(source)


def stage(bundle: Path, root: Path, version: str, manpage: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    app = root / PREFIX
    shutil.copytree(bundle, app, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    # Across top-level folders a link is absolute (Debian policy 10.5). The bootloader
    # follows it to find _internal/ beside the real program.
    (root / "usr/bin/annotator").symlink_to(Path("/") / PREFIX / "annotator")
    share = root / "usr/share"
    resources = ROOT / "resources"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(resources / "annotator.desktop", share / "applications/annotator.desktop")
    shutil.copytree(resources / "icons/hicolor", share / "icons/hicolor")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(resources / "annotator.metainfo.xml", share / "metainfo/annotator.metainfo.xml")
    (share / "man/man1").mkdir(parents=True)
    _gzip(manpage.encode("utf-8"), share / "man/man1/annotator.1.gz")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    _gzip(changelog_text(version).encode("utf-8"), doc / "changelog.gz")
    (share / "lintian/overrides").mkdir(parents=True)
    (share / "lintian/overrides" / PACKAGE).write_text(LINTIAN_OVERRIDES, encoding="utf-8")
    normalise_modes(root)


def normalise_modes(root: Path) -> None:
    """Folders 0755; the programs 0755; everything else (shared libraries too) 0644."""
    programs = {root / PREFIX / "annotator"}
    for folder, dirs, files in os.walk(root):
        Path(folder).chmod(0o755)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                path.chmod(0o755 if path in programs else 0o644)
        for name in dirs:
            Path(folder, name).chmod(0o755)


def copyright_text() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {PACKAGE}\n"
        f"Source: {HOMEPAGE}\n\n"
        "Files: *\n"
        "Copyright: 2026 Fact-Check Annotator team\n"
        "License: Expat\n"
        "Comment: /opt/factcheck-annotator/_internal carries Python, Qt (PySide6, LGPL-3) and\n"
        " the Python libraries the program uses, each under its own licence; their licence\n"
        " files are in their folders there (*.dist-info).\n\n"
        "License: Expat\n"
        " Permission is hereby granted, free of charge, to any person obtaining a copy of\n"
        ' this software and associated documentation files (the "Software"), to deal in\n'
        " the Software without restriction, including without limitation the rights to\n"
        " use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of\n"
        " the Software, and to permit persons to whom the Software is furnished to do so,\n"
        " subject to the following conditions:\n"
        " .\n"
        " The above copyright notice and this permission notice shall be included in all\n"
        " copies or substantial portions of the Software.\n"
        " .\n"
        ' THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n'
        " IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS\n"
        " FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR\n"
        " COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER\n"
        " IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN\n"
        " CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
    )


def changelog_text(version: str) -> str:
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}: see the project's README for what it does.\n\n"
        f" -- {MAINTAINER}  Sun, 22 Nov 2026 09:30:00 +0000\n"
    )


def installed_size_kib(root: Path) -> int:
    total = 0
    for folder, _dirs, files in os.walk(root):
        if Path(folder).relative_to(root).parts[:1] == ("DEBIAN",):
            continue
        for name in files:
            path = Path(folder) / name
            total += 1 if path.is_symlink() else -(-path.stat().st_size // 1024)
    return total


def control_text(version: str, arch: str, depends: list[str], size_kib: int) -> str:
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(size_kib),
        "Depends": ", ".join(depends),
        "Section": "text",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": f"{SUMMARY}\n"
        + "\n".join(" " + line if line else " ." for line in DESCRIPTION.splitlines()),
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def write_control(root: Path, version: str, arch: str, depends: list[str]) -> None:
    control = root / "DEBIAN"
    control.mkdir(mode=0o755)
    sums = []
    for folder, _dirs, files in sorted(os.walk(root)):
        for name in sorted(files):
            path = Path(folder) / name
            relative = path.relative_to(root)
            if relative.parts[0] == "DEBIAN" or path.is_symlink():
                continue
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {relative}\n")
    (control / "md5sums").write_text("".join(sums), encoding="utf-8")
    text = control_text(version, arch, depends, installed_size_kib(root))
    (control / "control").write_text(text, encoding="utf-8")
    for path in control.iterdir():
        path.chmod(0o644)


def _manpage_module():
    """packaging/manpage.py (packaging/ is no package: loaded by path)."""
    spec = importlib.util.spec_from_file_location(
        "annotator_manpage", ROOT / "packaging/manpage.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built one-folder app (dist/annotator)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        print("build_deb.py: a .deb is made on Debian or Ubuntu (dpkg-deb)", file=sys.stderr)
        return 2
    from annotator import __version__
    from annotator.__main__ import build_parser

    depends, problems = compute_depends(args.bundle)
    for problem in problems:
        print(f"ERROR: {problem}", file=sys.stderr)
    if problems:
        print(
            "install those libraries here (build.sh does, as root), then build again",
            file=sys.stderr,
        )
        return 1
    arch = dpkg_architecture()
    root = args.work / "root"
    manpage = _manpage_module()
    stage(
        args.bundle,
        root,
        __version__,
        manpage.render(build_parser(), __version__, manpage.page_date()),
    )
    write_control(root, __version__, arch, depends)
    print("Depends: " + ", ".join(depends))
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"{PACKAGE}_{__version__}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"{target}: {target.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
