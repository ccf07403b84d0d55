"""Status-bar messages belong to what they describe and go when it does."""

from __future__ import annotations

from pathlib import Path

from annotator.ui.window.status_bar import SAVED


def test_a_not_saved_message_goes_when_the_next_change_is_saved(  # type: ignore[no-untyped-def]
    open_window, data_dir: Path
) -> None:
    window = open_window(data_dir)
    window.controller.report_failure("Claim date: “31.02” is no date; not saved")
    assert "not saved" in window.status.currentMessage()
    claim = window.controller.create_claim(0, 10)
    assert claim is not None
    assert window.status.saved.text() == SAVED
    assert "not saved" not in window.status.currentMessage()


def test_a_suggestion_message_does_not_follow_to_another_article(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    window.workspace.entities.create("Izium", "GPE", ["Izum", "Izyum"])
    window.suggestion_steps.step(+1)
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Suggested:"))
    window.navigation.next_article()
    assert not window.status.currentMessage().startswith("Suggested:")


def test_in_ukrainian_too_the_suggestion_message_stays_with_its_article(  # type: ignore[no-untyped-def]
    ukrainian,
    open_window,
    qtbot,
    data_dir: Path,
) -> None:
    """The notice was kept under the translated word and forgotten under the English one."""
    window = open_window(data_dir)
    window.workspace.entities.create("Izium", "GPE", ["Izum", "Izyum"])
    window.suggestion_steps.step(+1)
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Пропозиція:"))
    window.navigation.next_article()
    assert not window.status.currentMessage().startswith("Пропозиція:")
