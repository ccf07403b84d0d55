"""Checked before, in a real window: a claim that a published fact-check in the library
matches shows it over its form and among the related claims, and opens it in the browser;
the Suggestion settings choose how check-worthy a suggested sentence must be."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from annotator.domain.sentences import sentence_spans
from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.common import dialogs
from annotator.ui.settings.suggestion_settings import SuggestionSettingsDialog
from annotator.ui.window.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "known"
KOREA = "https://factcheck.example/2024/11/north-korean-soldiers-captured"


def _with_library(data_dir: Path) -> None:
    """The demo articles and a library of known fact-checks, before the window opens."""
    paths = resolve_paths(data_dir=data_dir)
    paths.ensure()
    workspace = open_workspace(paths, demo=True)
    try:
        workspace.import_paths([DATA])
    finally:
        workspace.close()


def _new_claim(window: MainWindow, title: str, words: str) -> str:
    model = window.list_panel.model
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(title)]
    window.list_panel.select_row(row)
    document = window.controller.document
    assert document is not None
    start = document.article.text.index(words)
    claim = window.controller.create_claim(start, document.article.text.index(".", start) + 1)
    assert claim is not None
    window.controller.select(claim.id)
    return claim.id


def test_a_claim_checked_before_shows_who_rated_it_and_opens_it(
    open_window, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _with_library(tmp_path / "data")
    window = open_window(tmp_path / "data")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    checked = window.panel.checked_before
    _new_claim(window, "Ukraine Claims Capture", "captured two North Korean soldiers")
    qtbot.waitUntil(lambda: checked.banner.isVisible(), timeout=10000)
    text = checked.banner.text.text()
    assert "Checked before" in text and "Example Fact Desk" in text and "True (5/5)" in text
    assert checked.banner.isVisibleTo(window.panel)
    # The related claims begin with the published fact-checks, best first.
    section = checked.section
    assert window.panel.related_claims.isAncestorOf(section)
    assert "Checked before" in section.heading.text()
    assert section.cards and section.cards[0].url == KOREA
    assert "Example Fact Desk" in section.cards[0].findChild(type(section.heading)).text()
    qtbot.mouseClick(checked.banner.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.cards[0].open_button, Qt.MouseButton.LeftButton)
    assert opened == [KOREA, KOREA]
    # A claim no fact-check matches: no banner, and the section says so.
    _new_claim(window, "Intense Battle", "Five months ago")
    status = checked.section.status
    assert "Looking in the library" in status.text()  # at once, while the worker looks
    qtbot.waitUntil(lambda: "No published fact-check" in status.text(), timeout=10000)
    assert status.isVisibleTo(window.panel)
    assert not checked.banner.isVisibleTo(window.panel)
    assert not checked.section.cards


def test_only_web_addresses_are_opened(open_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    said: list[str] = []
    window.panel.checked_before.message.connect(said.append)
    window.panel.checked_before.open("javascript:alert(1)")
    window.panel.checked_before.open("https://factcheck.example/ok")
    assert opened == ["https://factcheck.example/ok"]
    assert said and "javascript:alert(1)" in said[0]


def test_an_empty_library_says_how_to_fill_it(open_window, tmp_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    _new_claim(window, "Ukraine Claims Capture", "captured two North Korean soldiers")
    status = window.panel.checked_before.section.status
    assert status.isVisibleTo(window.panel) and "library of known fact-checks is empty" in (
        status.text()
    )
    assert not window.panel.checked_before.search.busy
    # A feed imported while the claim is selected: it is looked up again at once.
    window.workspace.import_paths([DATA / "single_review.jsonld"])
    window.wiring.after_import()
    banner = window.panel.checked_before.banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(window.panel), timeout=10000)
    assert "Example Fact Desk" in banner.text.text()


def test_the_suggestion_threshold_is_chosen_in_the_window_and_kept(
    open_window, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    window.show_suggestion_list()
    qtbot.waitUntil(lambda: bool(window.suggestions.items), timeout=10000)
    before = [s for s in window.suggestions.items.values() if s.kind == "claim"]
    assert before and all(s.score >= 0.5 for s in before)

    def choose_every_sentence(dialog: SuggestionSettingsDialog) -> int:
        assert dialog.min_score.value() == 0.5  # the default, nothing stored yet
        dialog.min_score.setValue(0.0)
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(dialogs, "run_dialog", choose_every_sentence)
    window.actions_by_name["suggestion_settings"].trigger()
    assert window.workspace.preferences.get("suggestions.min_score") == "0"
    assert window.workspace.suggestions.threshold == 0.0
    qtbot.waitUntil(
        lambda: (
            len([s for s in window.suggestions.items.values() if s.kind == "claim"]) > len(before)
        ),
        timeout=10000,
    )
    every = {(s.start, s.end) for s in window.suggestions.items.values() if s.kind == "claim"}
    document = window.controller.document
    assert document is not None
    assert every == set(sentence_spans(document.article.text))  # every sentence, ranked
    # Kept with the data: the next window (and annotator suggest) start from it.
    window.close()
    window.workspace.close()
    again = open_window(tmp_path / "data")
    assert again.workspace.suggestions.threshold == 0.0
    dialog = SuggestionSettingsDialog(again.workspace.preferences, again)
    assert dialog.min_score.value() == 0.0 and dialog.min_score.text().startswith("0")
    dialog.min_score.setValue(0.5)  # back to the default: nothing stored
    dialog.save()
    assert again.workspace.preferences.get("suggestions.min_score") is None
