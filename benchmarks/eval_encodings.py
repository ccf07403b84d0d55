"""How often does import read a legacy-encoded file right? Figures on a real charset corpus.

    .venv/bin/python benchmarks/eval_encodings.py CORPUS [--verbose]

CORPUS is a folder of folders named by encoding, as in the test data of chardet's source
distribution (``pip download --no-deps --no-binary :all: chardet==5.2.0``, unpacked: its
``tests/`` folder): ``iso-8859-2-polish/``, ``windows-1252/``, ``SHIFT_JIS/`` … Each file is
decoded as import decodes it and compared with the file decoded in its folder's encoding.
Printed: right, right but flagged uncertain, wrong, refused; and with --verbose each miss.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.domain.errors import InputRefused  # noqa: E402
from annotator.services.importing.decoding import decode_bytes  # noqa: E402

_LANGUAGE_SUFFIX = re.compile(r"-(?:[a-z]+)$")
_NAMES = {
    "ascii": "utf-8",
    "IBM855": "cp855",
    "IBM866": "cp866",
    "MacCyrillic": "mac_cyrillic",
    "MacRoman": "mac_roman",
    "TIS-620": "tis_620",
    "EUC-TW": "euc_tw",
    "Johab": "johab",
}


def folder_encoding(name: str) -> str:
    base = name if name.startswith(("utf-", "UTF-")) else _LANGUAGE_SUFFIX.sub("", name)
    return _NAMES.get(base, base)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    counts = {"right": 0, "flagged": 0, "wrong": 0, "refused": 0}
    started = time.perf_counter()
    for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
        encoding = folder_encoding(folder.name)
        for file in sorted(folder.iterdir()):
            data = file.read_bytes()
            try:
                expected = data.decode(encoding).removeprefix("\ufeff")
            except (LookupError, UnicodeDecodeError):
                continue  # the corpus's own label does not decode it: not a fair test
            try:
                decoded = decode_bytes(data)
            except InputRefused as error:
                counts["refused"] += 1
                if args.verbose:
                    print(f"refused {folder.name}/{file.name}: {error}")
                continue
            if decoded.text == expected:
                counts["flagged" if decoded.candidates else "right"] += 1
            else:
                counts["wrong"] += 1
                if args.verbose:
                    print(f"wrong   {folder.name}/{file.name}: read as {decoded.encoding}")
    total = sum(counts.values())
    print(
        f"{total} files: {counts['right']} right, {counts['flagged']} right but flagged "
        f"uncertain, {counts['wrong']} wrong, {counts['refused']} refused "
        f"({time.perf_counter() - started:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
