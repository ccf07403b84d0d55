"""Regression guard for PySide6 6.12.0 on Python 3.11, measured here: QTextCursor.setPosition
and QTextCharFormat.setBackground each dropped one reference to None, and after some thousands
of calls (one big highlighted article) the interpreter aborted with "none_dealloc". The
dependency pin (<6.12) keeps the broken release out; this test catches any release like it."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

CALLS = 100_000


def test_highlighting_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    document = QTextDocument("Rogov said Izium fell. " * 50)
    cursor = QTextCursor(document)
    char_format = QTextCharFormat()
    colour = QColor("#f4a261")
    length = document.characterCount() - 1
    before = sys.getrefcount(None)
    for i in range(CALLS):
        cursor.setPosition(i % length)
        cursor.setPosition((i % length) + 1, QTextCursor.MoveMode.KeepAnchor)
        char_format.setBackground(colour)
    after = sys.getrefcount(None)
    # Other code may take or drop a handful of references meanwhile; the bug drops one per call.
    assert after > before - 100, f"None lost {before - after} references in {CALLS} calls"
