"""File › Re-read with encoding…: an article whose encoding was guessed wrong is read again in
the encoding the fact-checker picks, before anyone annotates it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.qt.conftest import DialogLog
from tests.qt.test_annotation_story import open_article
from tests.qt.user_steps import OpenWindow, tag_words

AMBIGUOUS = b"Border post report\n\nThe patrol met Jan Pa\xb9ek near the bridge.\n"


def imported_window(open_window: OpenWindow, dialog_log: DialogLog, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data", demo=False)
    article = tmp_path / "post.txt"
    article.write_bytes(AMBIGUOUS)
    dialog_log.files = [article]
    window.actions_by_name["import_files"].trigger()
    open_article(window, "Border post report")
    return window


def test_the_article_is_shown_as_read_in_the_chosen_encoding(
    open_window: OpenWindow, dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = imported_window(open_window, dialog_log, tmp_path)
    first = window.controller.document.article
    other = "iso8859-2" if first.encoding == "cp1250" else "cp1250"
    expected = "Pašek" if other == "iso8859-2" else "Paąek"
    dialog_log.answers = [other]
    window.actions_by_name["reread"].trigger()
    (offered,) = dialog_log.named("choose_item")
    assert {"cp1250", "iso8859-2"} <= set(offered[2][:3])
    article = window.controller.document.article
    assert (article.id, article.encoding) == (first.id, other)
    assert f"Jan {expected} near" in window.view.toPlainText()


def test_an_annotated_article_is_not_re_read_and_the_user_is_told_why(
    open_window: OpenWindow, dialog_log: DialogLog, qtbot: QtBot, tmp_path: Path
) -> None:
    window = imported_window(open_window, dialog_log, tmp_path)
    before = window.controller.document.article.text
    tag_words(window, qtbot, "Jan", 1)
    window.actions_by_name["reread"].trigger()
    assert dialog_log.named("choose_item") == []
    ((_title, message),) = dialog_log.named("show_info")
    assert "annotations" in message
    assert window.controller.document.article.text == before
