"""An export that cannot go ahead says so in the window's terms: a ClaimReview without an
organisation leads to File › Preferences (never to a command), and a folder that takes no
file is named as the user chose it, never by the writer's temporary file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from annotator.ui.settings import preferences_dialog
from annotator.ui.settings.preferences_dialog import PreferencesDialog
from tests.helpers import dataset_document, write_json
from tests.qt.conftest import DialogLog
from tests.qt.user_steps import OpenWindow


def test_claimreview_without_an_organisation_leads_to_preferences_and_goes_on(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([write_json(tmp_path / "d.json", dataset_document(["Rogov said"]))])
    opened: list[PreferencesDialog] = []

    def fill_in(parent: Any, service: Any, settings: Any = None) -> bool:
        """The user names the organisation in the real dialog and saves."""
        dialog = PreferencesDialog(service, parent, settings)
        qtbot.addWidget(dialog)
        opened.append(dialog)
        dialog.name.setText("Kharkiv Fact-Check Desk")
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(preferences_dialog, "edit_preferences", fill_in)
    dialog_log.choices = [0]  # "Open Preferences…"
    target = tmp_path / "reviews.jsonld"
    dialog_log.export_target = (target, "claimreview")

    window.actions_by_name["export"].trigger()

    ((title, question, choices),) = dialog_log.named("choose_action")
    assert "File › Preferences" in question and "annotator config" not in question
    assert choices == ["Open Preferences…"] and title == "Who publishes these fact-checks?"
    assert len(opened) == 1
    document = json.loads(target.read_text(encoding="utf-8"))  # the export went on, once named
    assert {item["author"]["name"] for item in document["@graph"]} == {"Kharkiv Fact-Check Desk"}
    assert dialog_log.named("show_error") == []
    # What was written, counted as English counts one: never "1 claims".
    said = [args[1] for args in dialog_log.named("show_info")]
    said += [args[0].summary.text() for args in dialog_log.named("show_beside")]
    assert any(text.startswith("1 claim written to ") for text in said), said


def test_a_cancelled_question_writes_nothing(
    open_window: OpenWindow, dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([write_json(tmp_path / "d.json", dataset_document(["Rogov said"]))])
    dialog_log.choices = [None]
    dialog_log.export_target = (tmp_path / "reviews.jsonld", "claimreview")
    window.actions_by_name["export"].trigger()
    assert not (tmp_path / "reviews.jsonld").exists()
    assert dialog_log.named("show_error") == []


def _export_into(window: Any, dialog_log: DialogLog, target: Path) -> str:
    dialog_log.export_target = (target, "json")
    window.actions_by_name["export"].trigger()
    ((title, message),) = dialog_log.named("show_error")
    assert title == "Export failed"
    return str(message)


def _takes_no_file(folder: Path) -> bool:
    try:
        handle, made = tempfile.mkstemp(dir=folder)
    except OSError:
        return True
    os.close(handle)
    Path(made).unlink()
    return False


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder where no file can be made: one made read-only, or, for root (who writes
    into those all the same), a folder of the system's that refuses everyone (/sys)."""
    folder = tmp_path / "published"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if _takes_no_file(folder):
            yield folder
            return
        system = Path("/sys")
        if system.is_dir() and _takes_no_file(system):
            yield system
            return
        pytest.skip("no folder here refuses a new file (root, without a read-only /sys)")
    finally:
        folder.chmod(0o755)


def test_a_read_only_folder_is_named_as_the_user_chose_it(
    open_window: OpenWindow, dialog_log: DialogLog, tmp_path: Path, read_only_folder: Path
) -> None:
    window = open_window(tmp_path / "data")
    before = set(read_only_folder.iterdir())
    message = _export_into(window, dialog_log, read_only_folder / "dataset.json")
    assert f"the folder {read_only_folder}" in message
    assert "you may not write into it" in message
    assert ".partial" not in message and "dataset.json." not in message
    assert set(read_only_folder.iterdir()) == before


def test_a_folder_that_is_no_folder_names_what_the_user_chose(
    open_window: OpenWindow, dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder\n", encoding="utf-8")
    message = _export_into(window, dialog_log, not_a_folder / "dataset.json")
    assert str(not_a_folder / "dataset.json") in message
    assert ".partial" not in message
