"""Each library's share of a built bundle, as the Markdown table of packaging/README.md.

    build/venv/bin/python packaging/bundle_shares.py dist/annotator [--top 30]

Run it with the build's environment (build/venv: PyInstaller and every dependency installed),
which it needs to read the program's module archive and to name the distribution each module
comes from. Counted: every file under ``_internal/`` as stored (symbolic links not followed),
attributed to the distribution that installed its top-level folder or module; and the Python
modules compiled into the archive appended to the program (PyInstaller's PYZ), each at its
compressed size. The bootloader is what is left of the program's file. Sizes in MiB of 2**20
bytes, as check_bundle.py counts them.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import sys
from collections import Counter
from pathlib import Path

MIB = 1024 * 1024
PYTHON = "Python (interpreter, standard library)"
# Libraries PyInstaller copies from the build machine or the interpreter's own folder, named
# by the part of the program that needs them.
SYSTEM = "system libraries (libstdc++, expat, ffi, sqlite, X11/xcb …)"
OWN = "annotator (our modules, seeds, resources, migrations)"


def distribution_of(top: str, distributions: dict[str, list[str]]) -> str:
    """The distribution that installed the top-level module or folder ``top``."""
    if top.startswith("python3"):  # python3.11/lib-dynload: the standard library's modules
        return PYTHON
    name = top.split(".")[0]
    if name.endswith(".libs"):  # auditwheel's folder of a wheel's own libraries
        name = name[: -len(".libs")]
    if name in {"annotator", "seeds", "resources"}:
        return OWN
    if name in sys.stdlib_module_names or name in {"lib-dynload", "base_library", "_internal"}:
        return PYTHON
    found = distributions.get(name) or distributions.get(name.replace("-", "_"))
    if found:
        return found[0]
    return name


def qt_part(parts: tuple[str, ...]) -> str:
    """PySide6's folder split into what it holds (the largest share, so worth the detail)."""
    if parts[:2] != ("PySide6", "Qt"):
        return "PySide6 (bindings: QtCore, QtGui, QtWidgets, libpyside6, libshiboken6)"
    below = parts[2] if len(parts) > 3 else ""
    if below == "lib":
        name = parts[3]
        if name.startswith("libicu"):
            return "PySide6: ICU (trimmed data, libicuuc, libicui18n)"
        return "PySide6: Qt libraries (Core, Gui, Widgets, DBus, XcbQpa, Wayland …)"
    if below == "plugins":
        return "PySide6: Qt plugins (platforms, input, theme, SVG, Wayland shell)"
    if below == "translations":
        return "PySide6: Qt translations (qtbase_uk.qm)"
    return "PySide6: other Qt files"


def shares(bundle: Path) -> Counter[str]:
    distributions = importlib.metadata.packages_distributions()
    internal = bundle / "_internal"
    found: Counter[str] = Counter()
    for root, _, names in os.walk(internal):
        for name in names:
            path = Path(root) / name
            if path.is_symlink():
                continue
            parts = path.relative_to(internal).parts
            size = path.stat().st_size
            if parts[0] == "PySide6":
                found[qt_part(parts)] += size
            elif len(parts) == 1 and ".so" in name:
                found[PYTHON if name.startswith("libpython") else SYSTEM] += size
            elif len(parts) == 1 and name.endswith(".zip"):
                found[PYTHON] += size
            else:
                found[distribution_of(parts[0], distributions)] += size
    for program in (p for p in bundle.iterdir() if p.is_file()):
        found.update(archive_shares(program, distributions))
    return found


def archive_shares(program: Path, distributions: dict[str, list[str]]) -> Counter[str]:
    """The modules in the program's appended archive, by distribution; the rest is the
    bootloader."""
    from PyInstaller.archive.readers import CArchiveReader, NotAnArchiveError

    found: Counter[str] = Counter()
    total = program.stat().st_size
    try:
        package = CArchiveReader(str(program))
    except Exception:  # not a PyInstaller program
        found["bootloader"] += total
        return found
    for name, (_, _, _, _, typecode) in package.toc.items():
        if typecode != "z":
            continue
        try:
            modules = package.open_embedded_archive(name)
        except NotAnArchiveError:
            continue
        for module, (_, _, module_length) in modules.toc.items():
            found[distribution_of(module, distributions)] += module_length
    found["bootloader (and the archive's index)"] += total - sum(found.values())
    return found


def table(found: Counter[str], top: int) -> str:
    total = sum(found.values())
    lines = ["| part of the bundle | MiB | share |", "| --- | ---: | ---: |"]
    shown = found.most_common(top)
    for name, size in shown:
        lines.append(f"| {name} | {size / MIB:.2f} | {100 * size / total:.1f} % |")
    rest = total - sum(size for _, size in shown)
    if rest:
        lines.append(
            f"| the {len(found) - len(shown)} others | {rest / MIB:.2f} | "
            f"{100 * rest / total:.1f} % |"
        )
    lines.append(f"| **the bundle** | **{total / MIB:.1f}** | |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=Path("dist/annotator"))
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    print(table(shares(args.bundle), args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
