"""The window's action tables and wiring are handed their parts explicitly: no Protocol that
mirrors the main window (its attributes and slots) stands between them, and no table takes
the window itself, so none can reach past what it was given."""

from __future__ import annotations

import ast
from pathlib import Path

WINDOW = Path(__file__).resolve().parents[2] / "annotator" / "ui" / "window"
TABLES = ("window_actions.py", "annotating_actions.py", "suggestion_actions.py")
WINDOW_TYPES = {"MainWindow", "QMainWindow", "ActionHost", "WiredWindow"}


def _trees() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(WINDOW)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(WINDOW.rglob("*.py"))
    }


def test_no_protocol_mirrors_the_window() -> None:
    mirrors = [
        f"{name}: {node.name}"
        for name, tree in _trees().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(ast.unparse(base).endswith("Protocol") for base in node.bases)
    ]
    assert mirrors == []


def test_every_action_table_takes_its_parts_not_the_window() -> None:
    tables = 0
    for name in TABLES:
        tree = ast.parse((WINDOW / name).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.endswith("_actions"):
                tables += 1
                annotations = {ast.unparse(a.annotation) for a in node.args.args if a.annotation}
                assert not annotations & WINDOW_TYPES, f"{name}: {node.name} takes the window"
                assert node.args.args[0].arg == "make", f"{name}: {node.name}"
    assert tables == 5  # File, Edit, View, Annotate, Suggestions
