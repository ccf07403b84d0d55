"""Annotate › Suggestions › Learn from my claims: training runs in the background with
progress, the report shows the quality before and after, and the suggestions change."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from tests.e2e.test_cli_learn import desk_dataset
from tests.helpers import write_json
from tests.qt.test_annotation_story import open_article

REPORT = "Glide bombs damaged the rail yard near Siversk overnight."


def desk_folder(tmp_path: Path, articles: int, claims_per_article: int) -> Path:
    data_dir = tmp_path / "data"
    paths = resolve_paths(data_dir=data_dir)
    paths.ensure()
    workspace = open_workspace(paths)
    try:
        dataset = desk_dataset(articles=articles, claims_per_article=claims_per_article)
        fresh = tmp_path / "new-report.txt"
        fresh.write_text(f"Morning summary.\n{REPORT}\nMore at 9:30 tonight.", encoding="utf-8")
        report = workspace.import_paths([write_json(tmp_path / "desk.json", dataset), fresh])
        assert not report.refused
    finally:
        workspace.close()
    return data_dir


def claim_quotes(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.quote for s in window.suggestions.items.values() if s.kind == "claim"}


def test_learning_from_my_claims_changes_the_suggestions(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,
    dialog_log,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(desk_folder(tmp_path, 12, 6), demo=False)
    open_article(window, "Morning summary.")
    window.actions_by_name["suggestions"].setChecked(True)
    qtbot.waitUntil(lambda: window.suggestions.visible)
    assert REPORT not in claim_quotes(window)
    action = window.actions_by_name["learn_claims"]
    menu_texts = [
        a.text()
        for menu in window.menuBar().actions()
        if menu.menu() is not None
        for sub in menu.menu().actions()
        if sub.menu() is not None
        for a in sub.menu().actions()
    ]
    assert "&Learn from my claims…" in menu_texts

    action.trigger()

    (report,) = dialog_log.named("show_report")
    title, summary, details = report
    assert title == "Learned from your claims"
    assert "72 check-worthy and 72 other sentences" in summary
    assert "Average precision: 0." in details and " now" in details
    assert "the shipped model" in details and "cross-validated" in details
    qtbot.waitUntil(lambda: REPORT in claim_quotes(window))
    suggestion = next(s for s in window.suggestions.items.values() if s.quote == REPORT)
    assert suggestion.reason.startswith("model 0.")


def test_too_few_claims_to_learn_says_how_many(
    open_window,
    qtbot: QtBot,
    tmp_path: Path,
    dialog_log,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(desk_folder(tmp_path, 2, 3), demo=False)

    window.actions_by_name["learn_claims"].trigger()

    assert dialog_log.named("show_report") == []
    ((title, message),) = dialog_log.named("show_info")
    assert title == "Not enough claims yet"
    assert "6 check-worthy sentences" in message and "at least 50" in message
