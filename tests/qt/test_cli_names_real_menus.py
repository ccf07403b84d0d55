"""A menu the command line's help sends the user to is one the window has."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from PySide6.QtWidgets import QMenu

from annotator.__main__ import build_parser

MENU_PATH = re.compile(r"[A-Z][\w ]*(?: › [\w ]*\w)+")


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    texts = [parser.description or ""]
    for action in parser._actions:
        texts.append(action.help or "")
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                texts += _help_texts(command)
    return texts


def _menu_paths(menu: QMenu, above: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found = set()
    for action in menu.actions():
        name = action.text().replace("&", "").rstrip("…").strip()
        if not name:
            continue
        found.add((*above, name))
        if action.menu() is not None:
            found |= _menu_paths(action.menu(), (*above, name))
    return found


def test_every_menu_the_help_names_exists(open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data", demo=False)
    menus = set()
    for action in window.menuBar().actions():
        title = action.text().replace("&", "")
        menus.add((title,))
        menus |= _menu_paths(action.menu(), (title,))
    named = {
        tuple(part.strip() for part in found.split("›"))
        for text in _help_texts(build_parser())
        for found in MENU_PATH.findall(text)
        if not found.startswith("README")  # a section of the README, not a menu
    }
    assert ("View", "Several annotators", "Adjudicate this article") in named
    assert named - menus == set()
