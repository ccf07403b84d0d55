"""Keep the bundle's ELF files from searching for libraries outside the bundle.

    python packaging/elf_runpath.py dist/annotator

A Python built by pyenv (or any Python in a prefix) records its own lib folder as RUNPATH in
libpython and every extension module (``/root/.pyenv/versions/3.11.7/lib``). Copied into the
bundle, that path would make the dynamic linker look into the build machine's folders on the
user's computer first (lintian: custom-library-search-path). Each RPATH/RUNPATH entry that is
not ``$ORIGIN``-relative is dropped, in place: the string in .dynstr is overwritten with the
entries kept (``$ORIGIN`` when none is left, which is the file's own folder: harmless) and
padded with NUL bytes, so no offset in the file moves. No patchelf needed. Linux, 64-bit
little-endian ELF (x86-64, arm64) only; build.sh runs it right after PyInstaller, before the
bundle's checks and self-tests.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

DT_NULL, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 5, 15, 29
SHT_DYNAMIC = 6


def _sections(data: bytes) -> list[tuple[int, int, int, int]]:
    """(type, offset, size, link) of each section header."""
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    found = []
    for index in range(shnum):
        base = shoff + index * shentsize
        _name, kind, _flags, _addr, offset, size, link = struct.unpack_from("<IIQQQQI", data, base)
        found.append((kind, offset, size, link))
    return found


def search_paths(path: Path) -> list[tuple[int, str]]:
    """(file offset of the string, RPATH/RUNPATH value) of one ELF file; [] if it has none or
    is not a 64-bit little-endian ELF."""
    with path.open("rb") as handle:
        head = handle.read(6)
    if head[:4] != b"\x7fELF" or head[4:6] != b"\x02\x01":
        return []
    data = path.read_bytes()
    sections = _sections(data)
    found = []
    for kind, offset, size, link in sections:
        if kind != SHT_DYNAMIC:
            continue
        strings = sections[link][1]
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, entry)
            if tag == DT_NULL:
                break
            if tag in (DT_RPATH, DT_RUNPATH):
                start = strings + value
                end = data.index(b"\0", start)
                found.append((start, data[start:end].decode("utf-8", "replace")))
    return found


def confined(value: str) -> str:
    kept = [part for part in value.split(":") if part.startswith("$ORIGIN")]
    return ":".join(kept) or "$ORIGIN"


def confine(path: Path) -> list[str]:
    """Rewrite one file's search paths; returns the values changed (``old -> new``)."""
    changes = []
    edits = []
    for offset, value in search_paths(path):
        new = confined(value)
        if new != value and len(new) <= len(value):
            edits.append((offset, new.encode() + b"\0" * (len(value) - len(new))))
            changes.append(f"{value} -> {new}")
    if edits:
        mode = path.stat().st_mode
        path.chmod(mode | 0o200)
        with path.open("r+b") as handle:
            for offset, raw in edits:
                handle.seek(offset)
                handle.write(raw)
        path.chmod(mode)
    return changes


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    changed: dict[str, int] = {}
    for path in sorted(Path(args[0]).rglob("*")):
        if path.is_file() and not path.is_symlink():
            for change in confine(path):
                changed[change] = changed.get(change, 0) + 1
    for change, count in sorted(changed.items()):
        print(f"search path outside the bundle dropped: {change} ({count} files)")
    if not changed:
        print("no search path outside the bundle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
