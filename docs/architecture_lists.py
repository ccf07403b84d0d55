"""Regenerate the lists in ARCHITECTURE.md from the code: the rooms from their packages'
docstrings, the formats from services/formats, the room contracts from pyproject.toml.

    python docs/architecture_lists.py          # rewrite ARCHITECTURE.md in place
    python docs/architecture_lists.py --check  # exit 1 when it is out of date (the suite runs it)
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "ARCHITECTURE.md"
PACKAGE = REPO / "annotator"


def _docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def _modules(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.py") if p.name != "__init__.py")


def rooms() -> str:
    """Every package below a floor: its folder, what it holds, what it may import, its modules."""
    lines = ["| room | holds | may import | modules |", "|---|---|---|---|"]
    for init in sorted(PACKAGE.rglob("__init__.py")):
        folder = init.parent
        depth = len(folder.relative_to(PACKAGE).parts)
        if depth == 0 or "migrations" in folder.parts:
            continue
        holds, _, may = _docstring(init).partition("\n\n")
        name = folder.relative_to(REPO).as_posix()
        # Only the paragraph that says what it may import; a room may say more below it.
        may = may.split("\n\n")[0].removeprefix("May import:").strip()
        modules = ", ".join(_modules(folder))
        lines.append(
            f"| `{name}/` | {' '.join(holds.split())} | {' '.join(may.split())} | {modules} |"
        )
    return "\n".join(lines)


def formats() -> str:
    """Each module of services/formats and the first line of its docstring."""
    folder = PACKAGE / "services" / "formats"
    lines = [
        f"- `{name}` — {_docstring(folder / f'{name}.py').splitlines()[0]}"
        for name in _modules(folder)
    ]
    lines += [
        f"- `peers/{name}` — {_docstring(folder / 'peers' / f'{name}.py').splitlines()[0]}"
        for name in _modules(folder / "peers")
    ]
    return "\n".join(lines)


def contracts() -> str:
    """The import-linter contracts, by name: the rules the suite keeps."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return "\n".join(f"- {c['name']}" for c in config["tool"]["importlinter"]["contracts"])


GENERATORS = {"rooms": rooms, "formats": formats, "contracts": contracts}


def regenerate(text: str) -> str:
    for name, make in GENERATORS.items():
        pattern = re.compile(
            rf"(<!-- generated: {name} -->\n)(?:.*?\n)?(<!-- end: {name} -->)", flags=re.DOTALL
        )
        if not pattern.search(text):
            raise SystemExit(f"ARCHITECTURE.md has no generated section {name!r}")
        made = make()
        text = pattern.sub(lambda m, made=made: m.group(1) + made + "\n" + m.group(2), text)
    return text


README = REPO / "README.md"


def readme_formats(text: str) -> str:
    """The README's tables of formats and of material, from their registries."""
    sys.path.insert(0, str(REPO))
    from annotator.services.formats.registry import readme_table
    from annotator.services.importing.material import registry as material

    for name, made in (
        ("formats table", readme_table()),
        ("material table", material.readme_table()),
    ):
        pattern = re.compile(
            rf"(<!-- generated: {name} -->\n)(?:.*?\n)?(<!-- end: {name} -->)", flags=re.DOTALL
        )
        if not pattern.search(text):
            raise SystemExit(f"README.md has no generated section {name!r}")
        text = pattern.sub(lambda m, made=made: m.group(1) + made + "\n" + m.group(2), text)
    return text


def main(argv: list[str]) -> int:
    stale = []
    for path, make in ((DOC, regenerate), (README, readme_formats)):
        current = path.read_text(encoding="utf-8")
        fresh = make(current)
        if fresh != current:
            stale.append(path)
            if "--check" not in argv:
                path.write_text(fresh, encoding="utf-8")
    if "--check" in argv and stale:
        names = ", ".join(p.name for p in stale)
        print(f"{names} out of date: run python docs/architecture_lists.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
