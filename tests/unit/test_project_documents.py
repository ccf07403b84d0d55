"""The project stands on its own: what the code relies on is written in the repository.

Code, tests, benchmarks and packaging cite the design by its files in ``docs/design/``, never a
document outside the repository or the number of the request that asked for a change; and
ARCHITECTURE.md names only paths that exist.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REPO

# Spelled in pieces so that this file does not find itself.
OUTSIDE_REFERENCE = re.compile(
    "|".join(
        [
            r"\b" + "iss" + r"ues? #?\d+",
            "DES" + r"IGN\.md",
            "DES" + "IGN §",
            "STY" + r"LE\.md",
        ]
    ),
    re.IGNORECASE,
)
CHECKED_FOLDERS = ("annotator", "tests", "benchmarks", "packaging", ".ci", ".github", "docs")
TEXT_SUFFIXES = {".py", ".md", ".sh", ".toml", ".spec", ".txt", ".cfg", ".yml", ".yaml", ""}
DESIGN_FILE = re.compile(r"docs/design/[\w-]+\.md")


def _project_files() -> list[Path]:
    files = []
    for folder in CHECKED_FOLDERS:
        for path in (REPO / folder).rglob("*"):
            if not path.is_file() or path.suffix not in TEXT_SUFFIXES:
                continue
            if "__pycache__" in path.parts or "gold" in path.parts:
                continue  # benchmarks/gold holds articles as published, not our words
            files.append(path)
    documents = ("ARCHITECTURE.md", "README.md", "CHANGELOG.md", "CONTRIBUTING.md")
    return [*files, *(REPO / name for name in documents), REPO / "pyproject.toml"]


def test_nothing_cites_issue_numbers_or_documents_outside_the_repository() -> None:
    offenders = []
    for path in _project_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE_REFERENCE.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_every_cited_design_file_exists() -> None:
    missing = set()
    for path in _project_files():
        for cited in DESIGN_FILE.findall(path.read_text(encoding="utf-8", errors="replace")):
            if not (REPO / cited).is_file():
                missing.add(f"{path.relative_to(REPO)} cites {cited}")
    assert sorted(missing) == []


def _architecture_paths() -> list[str]:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    tokens = re.findall(r"`([^`\s]+)`", text)
    return [
        token.rstrip("/")
        for token in tokens
        if re.fullmatch(r"[\w./-]+", token)
        and (token.endswith((".py", ".md", ".toml", ".json")) or token.endswith("/"))
    ]


def test_architecture_names_only_paths_that_exist() -> None:
    modules = {path.name for path in (REPO / "annotator").rglob("*.py")}
    folders = {path.name for path in (REPO / "annotator").rglob("*") if path.is_dir()}
    wrong = []
    for token in _architecture_paths():
        if "/" in token:
            candidates = [REPO / token, REPO / "annotator" / token]
            if not any(candidate.exists() for candidate in candidates):
                wrong.append(token)
        elif token not in modules and token not in folders and not (REPO / token).exists():
            wrong.append(token)
    assert wrong == []


def test_the_architecture_check_sees_the_paths_it_checks() -> None:
    """A check that finds no path would pass on any page: it must see the page's own paths."""
    paths = _architecture_paths()
    assert "services/importing/importer.py" in paths
    assert len(paths) > 20
