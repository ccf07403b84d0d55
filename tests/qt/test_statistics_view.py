"""View › Statistics shows the collection's counts as bars, read from the real database."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.ui.statistics.statistics_dialog import StatisticsDialog
from tests.helpers import dataset_document, new_workspace, write_json


def test_the_charts_show_what_the_database_holds(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data", demo=True)
    try:
        workspace.import_paths(
            [write_json(tmp_path / "d.json", dataset_document(["Rogov one", "Izium two"]))]
        )
        dialog = StatisticsDialog(workspace.stats(), workspace.schemes.load())
        qtbot.addWidget(dialog)
        bars = {
            title: {b.label: b.value for b in chart.bars} for title, chart in dialog.charts.items()
        }
        assert bars["Claims per status"]["False"] == 2
        assert bars["Claims per status"]["Unverified"] == 0
        assert bars["Mentions per entity type"]["Person"] == 2
        assert bars["Articles per status"] == {"To do": 5, "In progress": 2, "Done": 0}
        dialog.show()
        image = dialog.grab().toImage()
        assert not image.isNull() and image.width() > 500  # it paints
    finally:
        workspace.close()
