"""Check a built bundle: its size, its files, and that every library it links to can be found.

    python packaging/check_bundle.py dist/annotator [--max-mib 120]

Prints the size in MiB (files as stored, symbolic links not followed) and what takes the most
room; exits 1 if the bundle is larger than --max-mib, if a file the program needs is missing,
if a symbolic link points at nothing, or if a bundled binary links to a Qt, ICU, PySide or
Python library that is not in the bundle (a library dropped by mistake in annotator.spec).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

MIB = 1024 * 1024
REQUIRED = [
    "annotator",
    "_internal/seeds",
    "_internal/resources/dataset-v1.schema.json",
    "_internal/resources/annotator.desktop",
    "_internal/resources/icons/hicolor/256x256/apps/factcheck-annotator.png",
    "_internal/annotator/storage/migrations/env.py",
    "_internal/annotator/storage/migrations/script.py.mako",
    "_internal/annotator/storage/migrations/versions",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/trafilatura/settings.cfg",
    "_internal/justext/stoplists",
    "_internal/tld/res",
]
MUST_BE_BUNDLED = ("libQt6", "libicu", "libpyside6", "libshiboken6", "libpython")


def files(bundle: Path) -> list[Path]:
    return [Path(root) / name for root, _, names in os.walk(bundle) for name in names]


def size_report(bundle: Path) -> int:
    total = 0
    by_top: Counter[str] = Counter()
    for path in files(bundle):
        if path.is_symlink():
            continue
        size = path.stat().st_size
        total += size
        parts = path.relative_to(bundle / "_internal").parts if "_internal" in path.parts else ()
        top = "/".join(parts[:3]) if parts[:2] == ("PySide6", "Qt") else (parts[0] if parts else "")
        by_top[top or f"{path.name} (launcher + Python modules)"] += size
    print("largest parts:")
    for name, size in by_top.most_common(12):
        print(f"  {size / MIB:6.1f} MiB  {name}")
    return total


def needed_libraries(path: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def system_libraries() -> set[str]:
    """The linker cache's library names (Linux: ldconfig; elsewhere there is none)."""
    if not sys.platform.startswith("linux"):
        return set()
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def check_libraries(bundle: Path) -> list[str]:
    binaries = [p for p in files(bundle) if p.is_file() and not p.is_symlink() and is_elf(p)]
    bundled = {p.name for p in files(bundle)}
    system = system_libraries()
    problems, elsewhere = [], Counter()
    for binary in binaries:
        for name in needed_libraries(binary):
            if name in bundled:
                continue
            if name.startswith(MUST_BE_BUNDLED):
                problems.append(f"{binary.relative_to(bundle)} needs {name}, not in the bundle")
            elif name not in system:
                elsewhere[name] += 1
    plugins = sorted(
        str(p.relative_to(bundle / "_internal/PySide6/Qt/plugins"))
        for p in (bundle / "_internal/PySide6/Qt/plugins").rglob("*.so")
    )
    print(f"{len(binaries)} binaries; Qt plugins: {', '.join(plugins)}")
    if elsewhere:
        print("left to the user's system and not on this one: " + ", ".join(sorted(elsewhere)))
    return problems


def required_glibc(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled binary asks for: the oldest glibc, and
    so the oldest Linux distributions, the bundle runs on (that of the build machine, at most)."""
    versions = set()
    for path in files(bundle):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            out = subprocess.run(
                ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
            ).stdout
            versions.update(re.findall(r"GLIBC_(\d+\.\d+)", out))
    return max(versions, key=lambda v: tuple(map(int, v.split("."))), default="?")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--max-mib", type=float, default=120)
    args = parser.parse_args()
    bundle: Path = args.bundle
    problems = [f"missing: {name}" for name in REQUIRED if not (bundle / name).exists()]
    problems += [
        f"dangling link: {path.relative_to(bundle)} -> {path.readlink()}"
        for path in files(bundle)
        if path.is_symlink() and not path.exists()
    ]
    problems += check_libraries(bundle)
    print(f"needs glibc {required_glibc(bundle)} or newer (the build machine's, at most)")
    total = size_report(bundle)
    print(f"bundle size: {total / MIB:.1f} MiB (limit {args.max_mib:.0f} MiB)")
    if total > args.max_mib * MIB:
        problems.append(f"the bundle is {total / MIB:.1f} MiB, over {args.max_mib:.0f} MiB")
    for problem in problems:
        print(f"ERROR: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
