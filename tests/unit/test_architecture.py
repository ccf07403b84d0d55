"""The layer rule and the code style are checked by the suite, so they cannot rot."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed next to {sys.executable}"
    return found


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "annotator", "tests", "benchmarks", "docs"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_leaves_the_code_as_it_is() -> None:
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", "annotator", "tests", "benchmarks", "docs"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    """The whole package type-checks as pyproject.toml's [tool.mypy] says. mypy keeps what it
    learnt in .mypy_cache: a run after a small change takes a second or two, a first run
    (no cache, as in a fresh clone) about half a minute."""
    result = subprocess.run([_tool("mypy")], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_domain_and_storage_are_checked_as_mypy_strict_would(tmp_path: Path) -> None:
    """mypy's --strict cannot be set per module: the override in pyproject.toml spells its
    flags out. Whatever --strict means in the installed mypy, those floors get all of it."""
    from mypy.main import process_options

    def options(*arguments: str) -> Any:
        return process_options([*arguments], require_targets=False)[1]

    bare = tmp_path / "mypy.ini"
    bare.write_text("[mypy]\n", encoding="utf-8")  # mypy's own defaults
    plain, strict = (
        options("--config-file", str(bare)),
        options("--config-file", str(bare), "--strict"),
    )
    flags = [
        name
        for name in dir(strict)
        if not name.startswith("_")
        and not callable(getattr(strict, name))
        and getattr(plain, name) != getattr(strict, name)
    ]
    assert "disallow_any_generics" in flags and "warn_return_any" in flags
    ours = options("--config-file", str(REPO / "pyproject.toml"))
    for module in ("annotator.domain.records", "annotator.storage.repositories.repository_base"):
        checked = ours.clone_for_module(module)
        assert [f for f in flags if getattr(checked, f) != getattr(strict, f)] == [], module


def test_every_type_ignore_names_its_error_and_says_why() -> None:
    """mypy reports an ignore that silences nothing (warn_unused_ignores) and one without an
    error code (ignore-without-code); the reason is for the reader: a comment after it or on
    the line above."""
    unexplained = []
    for path in sorted((REPO / "annotator").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if "# type: ignore" not in line:
                continue
            after = line.split("# type: ignore", 1)[1].split("]", 1)[-1]
            if "#" not in after and not lines[number - 1].lstrip().startswith("#"):
                unexplained.append(f"{path.relative_to(REPO)}:{number + 1}")
    assert unexplained == []


def test_nothing_below_the_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "annotator").rglob("*.py")
        if not path.is_relative_to(REPO / "annotator" / "ui")
        and path.name != "__main__.py"
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


def _strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: every group of modules that import each other, directly or not."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in edges.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def _import_graph() -> dict[str, set[str]]:
    import grimp

    # Imports under TYPE_CHECKING count: a type-only circle is still a circle to a reader.
    graph = grimp.build_graph("annotator", cache_dir=None)
    return {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}


def test_the_cycle_finder_sees_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert _strongly_connected(edges) == [["a", "b", "c"], ["e"]]


def test_no_module_of_ours_imports_itself_in_a_circle() -> None:
    assert _strongly_connected(_import_graph()) == []


def test_nobody_but_the_app_imports_the_main_window() -> None:
    importers = _import_graph()
    assert sorted(
        m for m, targets in importers.items() if "annotator.ui.window.main_window" in targets
    ) == ["annotator.ui.app"]


def _rooms() -> list[Path]:
    return sorted(p.parent for p in (REPO / "annotator").rglob("__init__.py"))


def test_every_room_is_small_and_says_what_it_holds_and_may_import() -> None:
    for room in _rooms():
        modules = [p for p in room.glob("*.py") if p.name != "__init__.py"]
        # "About fifteen": a reader takes in a room at a glance. The migrations are a history,
        # read one after another, not a room to take in.
        if room.name != "versions":
            assert len(modules) <= 15, f"{room.relative_to(REPO)} holds {len(modules)} modules"
        doc = ast.get_docstring(ast.parse((room / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"{room.relative_to(REPO)}/__init__.py has no docstring"
        holds, _, may_import = doc.partition("\n\n")
        assert holds and "\n" not in holds.strip(), (
            f"{room.relative_to(REPO)}: one line for what it holds"
        )
        assert may_import.startswith("May import:"), (
            f"{room.relative_to(REPO)}: say what it may import"
        )


def test_architecture_page_lists_are_generated_from_the_code_and_up_to_date() -> None:
    script = REPO / "docs" / "architecture_lists.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The check can fail: a room that the page does not list is found out.
    page = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert "| `annotator/ui/entities/` |" in page
    stale = page.replace("| `annotator/ui/entities/` |", "| `annotator/ui/people/` |")
    spec = importlib.util.spec_from_file_location("architecture_lists", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.regenerate(stale) == page
