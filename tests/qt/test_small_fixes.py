"""Small things a day of use found: title, plurals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from annotator.ui.statistics.statistics_dialog import StatisticsDialog


def test_the_window_title_does_not_repeat_the_programs_name(  # type: ignore[no-untyped-def]
    open_window, data_dir: Path
) -> None:
    window = open_window(data_dir)
    QApplication.setApplicationDisplayName("Fact-Check Annotator")  # the platform appends it
    assert "Fact-Check Annotator" not in window.windowTitle()
    assert window.windowTitle() == window.workspace.path.name


def test_statistics_say_1_entity_and_1_annotator(  # type: ignore[no-untyped-def]
    open_window, data_dir: Path
) -> None:
    window = open_window(data_dir)
    window.workspace.entities.create("Izium", "GPE")
    dialog = StatisticsDialog(window.workspace.stats(), window.controller.schemes, window)
    summary = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "<b>1</b> entity" in summary and "<b>1</b> annotator" in summary
    assert "entities" not in summary.split("<b>1</b> entity")[1][:3]
    assert "<b>5</b> articles" in summary
