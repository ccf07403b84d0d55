"""Material in the window: a Telegram export dropped on it asks for the channel's username,
its posts open with their source above the text, and a selection in subtitles says its time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from annotator.ui.common import dialogs
from annotator.ui.jobs.telegram_channels import TelegramChannelsDialog
from tests import material_samples as samples


def answer_channels(monkeypatch: pytest.MonkeyPatch, typed: dict[str, str]) -> list[Any]:
    """The Telegram dialog answered as a user would: a username typed, Import pressed."""
    asked: list[Any] = []

    def run_dialog(dialog: Any) -> int:
        asked.append(dialog)
        if not isinstance(dialog, TelegramChannelsDialog):
            return 0
        for chat, name in typed.items():
            dialog.fields[chat].setText(name)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        return QDialog.DialogCode.Accepted if ok.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    return asked


def open_titled(window, title: str) -> None:  # type: ignore[no-untyped-def]
    model = window.list_panel.model
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(title)]
    window.list_panel.select_row(row)


def test_a_dropped_channel_export_keeps_its_posts_addresses(
    open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_log
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ChatExport"
    samples.write_json(folder, samples.channel_export())
    (folder / "talk.srt").write_bytes(samples.SRT_CP1252)
    asked = answer_channels(monkeypatch, {samples.CHANNEL: "https://t.me/frontnews"})
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([folder])  # as a drop of the folder does
    (dialog,) = asked
    assert list(dialog.fields) == [samples.CHANNEL]
    (report,) = dialog_log.named("show_report")
    assert "imported 5 articles" in report[2]

    open_titled(window, "Коментар редакції")
    header = window.view.header
    assert header.isVisible()
    shown = header.source.text()
    assert samples.CHANNEL in shown and "Олена Коваль" in shown
    assert "https://t.me/frontnews/4527" in shown and "2024-03-01 08:19 UTC" in shown
    text = window.view.text
    window.view.select_span(0, text.index(" "))
    assert header.where.text() == "Selection: post 4527 · 2024-03-01 08:19 UTC"


def test_a_selection_in_subtitles_says_its_time(
    open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "interview.srt"
    path.write_bytes(samples.SRT_CP1252)
    asked = answer_channels(monkeypatch, {})
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([path])
    assert asked == []  # no Telegram export: nothing asked
    open_titled(window, "interview")
    view = window.view
    quote = "Personne n’a été blessé"
    start = view.text.index(quote)
    view.select_span(start, start + len(quote))
    assert view.header.where.text() == "Selection: at 12:04"
    view.collapse_selection(view.text.index("Ça ne"))
    assert view.header.where.text() == "Here: at 1:02:03"
    assert view.header.source.text() == "interview.srt"


def test_a_plain_article_shows_no_source_header(open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data", demo=False)
    path = tmp_path / "note.txt"
    path.write_text("A note\n\nNothing is known of its source.", encoding="utf-8")
    window.files.import_paths([path])
    window.list_panel.select_row(0)
    assert not window.view.header.isVisible()


def test_a_username_that_cannot_be_one_is_refused_in_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TelegramChannelsDialog(["Новини", "Редакція"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()  # empty fields: posts without links
    dialog.fields["Новини"].setText("not a name")
    assert not ok.isEnabled() and "not a Telegram username" in dialog.problem.text()
    dialog.fields["Новини"].setText("@novyny_ua")
    assert ok.isEnabled()
    assert dialog.usernames() == {"Новини": "novyny_ua"}


def test_cancelling_the_channel_question_imports_nothing(
    open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    export = samples.write_json(tmp_path / "e", samples.channel_export())
    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([export])
    assert window.workspace.article_summaries(0, 10) == []
