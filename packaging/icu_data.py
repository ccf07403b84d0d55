"""Trim the ICU data library that PySide6 ships (libicudata.so.NN, about 30 MiB).

QtCore links to ICU for four things only: collation (QCollator, locale-aware sorting), case
mapping (QString::toUpper/toLower with a locale), time-zone names (QTimeZone::displayName) and
legacy text codecs (QStringConverter for names other than UTF-8/16/32 and Latin-1). Of ICU's
data, those need the collation tree, the time-zone tree and the root locale files; our text is
decoded by Python, never by a Qt codec. So the converter tables, break-iterator dictionaries,
unit, currency, language and region names, transliterators and spell-out rules are dropped,
which leaves about a third of the data. See packaging/README.md.

The library holds one symbol, ``icudtNN_dat``: an ICU "common data" package (a table of
contents, then each item as a file of its own). We read it from the wheel's library, keep the
items we want in the same (sorted) order, and assemble a new library with the same soname from
a one-line assembler file (binutils: ``as`` and ``ld``, which PyInstaller's strip needs anyway).

    python packaging/icu_data.py LIBRARY            list what the data holds, by tree
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# Trees and file kinds that nothing in QtCore reads (see the module docstring).
DROPPED = (
    "brkitr/",  # word and line break rules and dictionaries: Qt has its own
    "unit/",  # unit display names
    "curr/",  # currency names
    "lang/",  # language display names
    "region/",  # region display names
    "translit/",  # transliterators
    "rbnf/",  # rule-based number formatting ("one hundred and two")
    "*.cnv",  # legacy code-page tables: Python decodes our files, not QStringConverter
)


@dataclass(frozen=True, slots=True)
class CommonData:
    prefix: str  # "icudt73l"
    header: bytes  # the package's own header, kept as it is
    items: list[tuple[str, bytes]]  # (name inside the package, bytes), sorted by name

    def size(self) -> int:
        return sum(len(data) for _, data in self.items)


def _symbol(library: Path) -> tuple[str, int, int]:
    """Name, file offset and size of the icudtNN_dat symbol."""
    symbols = subprocess.run(
        ["readelf", "-sW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    # readelf prints large sizes in hexadecimal ("0x1e8bb80"), small ones in decimal.
    pattern = (
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\b"
    )
    match = re.search(pattern, symbols)
    if match is None:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, size, section, name = int(match[1], 16), int(match[2], 0), int(match[3]), match[4]
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        found = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if found and int(found[1]) == section:
            return name, address - int(found[2], 16) + int(found[3], 16), size
    raise ValueError(f"{library}: section {section} of {name} not found")


def read_common_data(library: Path) -> CommonData:
    name, offset, size = _symbol(library)
    with library.open("rb") as handle:
        handle.seek(offset)
        blob = handle.read(size)
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError(f"{library}: {name} is not an ICU common data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(toc):
        start = header_size + name_offset
        item_name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = toc[index + 1][1] if index + 1 < count else len(blob) - header_size
        items.append((item_name, blob[header_size + data_offset : header_size + end]))
    prefix = items[0][0].split("/", 1)[0]
    return CommonData(prefix, blob[:header_size], items)


def _pad(data: bytes, filler: bytes = b"\0", alignment: int = 16) -> bytes:
    return data + filler * (-len(data) % alignment)


def write_common_data(package: CommonData) -> bytes:
    """The package as ICU's pkgdata lays it out: count, table, names, then 16-aligned items."""
    count = len(package.items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in package.items)
    table_size = 4 + 8 * count
    data_start = len(_pad(b"\0" * (table_size + len(names))))
    table, name_offset, data_offset, body = [], table_size, data_start, []
    for name, data in package.items:
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = _pad(data)
        body.append(padded)
        data_offset += len(padded)
    head = struct.pack("<I", count) + b"".join(table) + names
    return package.header + _pad(head, b"\xaa") + b"".join(body)  # pkgdata pads names so


def is_dropped(name: str, dropped: tuple[str, ...] = DROPPED) -> bool:
    inner = name.split("/", 1)[1]
    return any(
        inner.endswith(pattern[1:]) if pattern.startswith("*") else inner.startswith(pattern)
        for pattern in dropped
    )


def build_library(blob: bytes, symbol: str, soname: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "data.bin").write_bytes(blob)
        (folder / "data.s").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            '\t.incbin "data.bin"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=folder, check=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(target.resolve()), "data.o"],
            cwd=folder,
            check=True,
        )


def trim(library: Path, target: Path) -> tuple[int, int]:
    """Write a trimmed copy of ``library`` to ``target``; return (old, new) data sizes."""
    package = read_common_data(library)
    kept = CommonData(
        package.prefix,
        package.header,
        [(name, data) for name, data in package.items if not is_dropped(name)],
    )
    symbol, _, _ = _symbol(library)
    build_library(write_common_data(kept), symbol, library.name, target)
    check = read_common_data(target)
    if [name for name, _ in check.items] != [name for name, _ in kept.items]:
        raise ValueError(f"{target}: the trimmed package does not read back")
    return package.size(), kept.size()


def main() -> int:
    package = read_common_data(Path(sys.argv[1]))
    sizes, counts = Counter(), Counter()
    for name, data in package.items:
        parts = name.split("/")
        tree = parts[1] + "/" if len(parts) > 2 else "*." + name.rsplit(".", 1)[-1]
        sizes[tree] += len(data)
        counts[tree] += 1
    for tree, size in sizes.most_common():
        mark = "drop" if tree in DROPPED else "keep"
        print(f"{mark}  {size / 2**20:6.2f} MiB  {counts[tree]:5d} items  {tree}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
