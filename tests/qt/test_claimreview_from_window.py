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


def test_the_window_reports_the_warnings_the_command_line_prints(
    open_window,
    dialog_log: DialogLog,
    run_cli,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    document = dataset_document(["Rogov said it", "Izium fell", "Kupiansk held"])
    claims = [article["claims"][0] for article in document["articles"]]
    claims[0]["review"]["published_at"] = None  # published all the same, short of Google's advice
    claims[1]["status"] = "unverified"  # no final verdict: left out
    data = tmp_path / "data"
    window = open_window(data, demo=False)
    window.files.import_paths([write_json(tmp_path / "d.json", document)])
    window.workspace.preferences.set("organization.name", "Kharkiv Fact-Check Desk")  # no url

    dialog_log.export_target = (tmp_path / "reviews.jsonld", "claimreview")
    window.actions_by_name["export"].trigger()
    assert dialog_log.named("show_info") == []
    ((title, summary, details),) = dialog_log.named("show_report")[-1:]
    assert title == "Export finished"
    assert summary.splitlines()[1:] == ["Claims left out: 1", "Warnings: 2"]

    # The same export from the command line: its stderr is the report's lines.
    result = run_cli("--data-dir", data, "export", "-o", tmp_path / "cli.jsonld")
    assert result.code == 0
    printed = [line.removeprefix("warning: ") for line in result.err.splitlines()]
    shown = [line for line in details.splitlines() if line and not line.endswith(":")]
    assert len(printed) == 3 and sorted(shown) == sorted(printed)
    assert any("no review date" in line for line in shown)
    assert any("organisation has no web address" in line for line in shown)
