"""docs/design/text-and-offsets.md at the window's edge: Python counts code points, Qt counts
UTF-16 code units, and
Qt rewrites some characters when it hands text back. For an article full of the characters
that break web annotators, every code point offset lands on the same character in the
article view's document, and a selected word comes back as exactly the span selected."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from pytestqt.qtbot import QtBot

from annotator.domain.selection import snap_span
from annotator.ui.window.main_window import MainWindow
from tests.qt.user_steps import OpenWindow, open_article

PARAGRAPH_SEPARATOR = "\u2029"  # what a QTextDocument holds where the text has "\n"
HARD_TEXT = (
    "Трудный текст: flags 🇺🇦🇷🇺 and a family 👨‍👩‍👧‍👦 in one breath.\r\n"
    "CJK 中文报道 and 𠀀𠀁 (Extension B), math 𝐈𝐳𝐢𝐮𝐦, skin tones 👍🏽 here.\n"
    "Line\u2028separator, no\u00a0break\u00a0space, combining q\u0303 and Z\u0351\u0358 marks.\n"
    "Hindi क्षत्रिय and Arabic خاركيف sit beside 😀😀 at the end 🏳️‍🌈"
)


def high_surrogate(character: str) -> str:
    return chr(0xD800 + ((ord(character) - 0x10000) >> 10))


def low_surrogate(character: str) -> str:
    return chr(0xDC00 + ((ord(character) - 0x10000) & 0x3FF))


@pytest.fixture
def window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    source = tmp_path / "hard.txt"
    source.write_bytes(HARD_TEXT.encode("utf-8"))
    shown = open_window(tmp_path / "data", demo=False)
    shown.files.import_paths([source])
    open_article(shown, "Трудный текст")
    return shown


def test_every_code_point_maps_to_its_character_in_the_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    text = window.controller.document.article.text
    assert "\r" not in text and "\u2028" in text and "\u00a0" in text  # canonical, kept
    document = window.view.document()
    assert document.characterCount() - 1 == len(text.encode("utf-16-le")) // 2
    mismatches = []
    for offset, character in enumerate(text):
        position = window.view.to_utf16(offset)
        if character == "\n":
            expected = [PARAGRAPH_SEPARATOR]
        elif ord(character) > 0xFFFF:
            expected = [high_surrogate(character), low_surrogate(character)]
        else:
            expected = [character]
        seen = [document.characterAt(position + k) for k in range(len(expected))]
        if seen != expected:
            mismatches.append((offset, character, seen))
    assert mismatches == []
    assert window.view.to_utf16(len(text)) == document.characterCount() - 1


def test_a_selected_word_comes_back_as_the_span_selected(window: MainWindow, qtbot: QtBot) -> None:
    text = window.controller.document.article.text
    words = [(m.start(), m.end()) for m in regex.finditer(r"\S+", text)]
    assert len(words) > 40
    wrong = []
    for start, end in words:
        window.view.select_span(start, end)
        for whole_words in (True, False):
            # Whole words lose the punctuation at their edges.
            wanted = snap_span(text, start, end) if whole_words else (start, end)
            if window.view.selected_span(whole_words) != wanted:
                wrong.append((text[start:end], whole_words, window.view.selected_span()))
    assert wrong == []

    # Half a surrogate pair or half a cluster is never selected: the flag comes whole.
    flag = text.index("🇺🇦")
    window.view.select_span(flag, flag + 1)  # one regional indicator of two
    assert window.view.selected_span(whole_words=False) == (flag, flag + 2)
    family = text.index("👨")
    window.view.select_span(family + 1, family + 3)  # from inside the ZWJ sequence
    start, end = window.view.selected_span(whole_words=False)
    assert text[start:end] == "👨‍👩‍👧‍👦"
