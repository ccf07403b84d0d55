"""Publishing from the window: name the organisation once, export ClaimReview and CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.ui.settings.preferences_dialog import PreferencesDialog
from tests.helpers import dataset_document, write_json
from tests.qt.conftest import DialogLog


def test_organisation_then_claimreview_and_csv_exports(
    open_window,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths(
        [write_json(tmp_path / "d.json", dataset_document(["Rogov said it", "Izium fell"]))]
    )

    dialog = PreferencesDialog(window.workspace.preferences, window)
    qtbot.addWidget(dialog)
    dialog.url.setText("not a web address")
    dialog.name.setText("Kharkiv Fact-Check Desk")
    dialog.save()
    assert dialog.problem.text() and dialog.result() == 0  # refused, dialog stays open
    dialog.url.setText("https://factcheck.example")
    dialog.save()
    assert window.workspace.preferences.all()["organization.name"] == "Kharkiv Fact-Check Desk"

    dialog_log.export_target = (tmp_path / "reviews.jsonld", "claimreview")
    window.actions_by_name["export"].trigger()
    document = json.loads((tmp_path / "reviews.jsonld").read_text(encoding="utf-8"))
    items = document["@graph"]
    assert len(items) == 2
    assert {i["author"]["name"] for i in items} == {"Kharkiv Fact-Check Desk"}
    assert all(i["reviewRating"]["alternateName"] == "False" for i in items)
    assert all(i["itemReviewed"]["author"]["name"] == "Rogov" for i in items)
    assert dialog_log.named("show_info")[-1][0] == "Export finished"

    dialog_log.export_target = (tmp_path / "claims.csv", "csv")
    window.actions_by_name["export"].trigger()
    with (tmp_path / "claims.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(r["quote"] for r in rows) == ["Izium fell", "Rogov said it"]
    assert dialog_log.named("show_error") == []
