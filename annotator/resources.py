"""The one place that finds bundled files: seeds/ and resources/.

In a source checkout they sit at the top of the repository; an installed wheel carries them in
``annotator/_bundled/``; a PyInstaller bundle unpacks them under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def bundled_dir(name: str) -> Path:
    """The folder ``seeds`` or ``resources``, wherever this copy of the program keeps it."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE_DIR / "_bundled" / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"bundled folder {name!r} not found (looked in {', '.join(str(c) for c in candidates)})"
    )


def resource_path(*parts: str) -> Path:
    return bundled_dir("resources").joinpath(*parts)


def seeds_dir() -> Path:
    return bundled_dir("seeds")
