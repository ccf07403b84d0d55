"""File › Export offers every registered format, and the typed file name's extension decides:
typing claims.csv with the JSON filter chosen writes CSV."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from annotator.services.formats import claims_csv, registry
from annotator.ui.common import dialogs
from annotator.ui.common.dialogs import choose_export_target as real_choose_export_target


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Qt's file dialog answers what the user would type; the filters it offered are kept."""
    seen: dict[str, Any] = {}

    def answer(_parent, _caption, _name, filters):  # type: ignore[no-untyped-def]
        seen["filters"] = filters.split(";;")
        return str(seen["typed"]), seen["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    monkeypatch.setattr(dialogs, "choose_export_target", real_choose_export_target)
    return seen


def test_export_dialog_offers_every_format_and_claims_csv_writes_csv(
    open_window, data_dir: Path, tmp_path: Path, save_dialog, dialog_log
) -> None:
    window = open_window(data_dir)
    target = tmp_path / "claims.csv"
    save_dialog.update(typed=target, filter=registry.dialog_filters()[0][0])  # the JSON filter
    window.actions_by_name["export"].trigger()
    offered = save_dialog["filters"]
    # Every format, then the dataset with its evidence files (a zip, the window's own).
    assert offered[:-1] == [text for text, _ in registry.dialog_filters()]
    assert offered[-1] == "Dataset with its evidence files (*.zip)"
    assert any("doccano" in f for f in offered) and any("Label Studio" in f for f in offered)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert tuple(rows[0]) == claims_csv.COLUMNS  # CSV, not JSON in a .csv file
    (title, message) = dialog_log.named("show_info")[-1]
    assert title == "Export finished" and "Claims as CSV" in message


def test_export_dialog_filter_decides_when_the_extension_fits_several(
    open_window, data_dir: Path, tmp_path: Path, save_dialog
) -> None:
    window = open_window(data_dir)
    target = tmp_path / "tasks.json"
    labelstudio = dict((name, text) for text, name in registry.dialog_filters())["labelstudio"]
    save_dialog.update(typed=target, filter=labelstudio)
    window.actions_by_name["export"].trigger()
    assert target.read_text(encoding="utf-8").startswith("[")
    assert target.with_suffix(".xml").exists()
