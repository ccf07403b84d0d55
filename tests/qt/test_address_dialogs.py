"""Addresses typed in the window follow the one rule of domain/urls.py: a Wayback address
copied without its scheme is taken (made https), ``javascript:`` and ``data:`` never are,
an attached file (``file:``) is evidence; Preferences take ``factcheck.example.org`` as the
claim form does, and a refused Preferences stores nothing, not even the name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from annotator.ui.annotations.evidence_dialog import EvidenceDialog
from annotator.ui.settings.preferences_dialog import PreferencesDialog
from tests.qt.conftest import DialogLog

WAYBACK = "web.archive.org/web/2024/https://mod.gov.ua/news/izium"


def _typed_evidence(qtbot: QtBot, address: str, archive: str = "") -> EvidenceDialog:
    dialog = EvidenceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, address)
    if archive:
        qtbot.keyClicks(dialog.archive_url, archive)
    return dialog


def _ok(dialog: EvidenceDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_wayback_address_without_scheme_is_evidence_made_https(
    open_window, qtbot: QtBot, dialog_log: DialogLog, data_dir: Path
) -> None:
    window = open_window(data_dir)
    claim = window.controller.create_claim(0, 10)
    window.controller.select(claim.id)
    dialog = _typed_evidence(qtbot, WAYBACK, archive=WAYBACK)
    assert dialog.problem.text() == "" and _ok(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    evidence = dialog.evidence()
    assert evidence.url == evidence.archive_url == "https://" + WAYBACK
    dialog_log.evidence.append(evidence)  # what the dialog gave, added through the claim form
    window.panel.claim_form.evidence_box.add.click()
    stored = window.workspace.annotations.open_article(window.controller.document.article.id)
    assert stored.claims[0].evidence[0].url == "https://" + WAYBACK


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "ftp://files.example.org/report.pdf",
    ],
)
def test_javascript_and_data_addresses_are_never_accepted_as_evidence(
    qtbot: QtBot, address: str
) -> None:
    dialog = _typed_evidence(qtbot, address)
    assert not _ok(dialog)
    assert "web address" in dialog.problem.text()
    archived = _typed_evidence(qtbot, "https://example.org/a", archive=address)
    assert not _ok(archived) and "archived copy" in archived.problem.text()


def test_an_attached_file_is_evidence_but_no_archived_copy(qtbot: QtBot) -> None:
    dialog = _typed_evidence(qtbot, "file:///home/checker/screenshots/izium.png")
    assert _ok(dialog)
    assert dialog.evidence().url == "file:///home/checker/screenshots/izium.png"
    archived = _typed_evidence(qtbot, "https://example.org/a", archive="file:///tmp/copy.html")
    assert not _ok(archived)


def _save(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_preferences_take_an_address_without_scheme_as_the_claim_form_does(
    open_window, qtbot: QtBot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    dialog = PreferencesDialog(window.workspace.preferences, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Kharkiv Fact-Check Desk")
    qtbot.keyClicks(dialog.url, "factcheck.example.org")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        _save(qtbot, dialog)
    stored = window.workspace.preferences.all()
    assert stored["organization.url"] == "https://factcheck.example.org"
    assert stored["organization.name"] == "Kharkiv Fact-Check Desk"


def test_a_refused_preferences_stores_nothing_not_even_the_name(
    open_window, qtbot: QtBot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    window.workspace.preferences.set("organization.name", "Old Desk")
    dialog = PreferencesDialog(window.workspace.preferences, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "New Desk")
    qtbot.keyClicks(dialog.url, "javascript:alert(1)")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.text()  # refused: the dialog stays open
    assert window.workspace.preferences.all() == {"organization.name": "Old Desk"}


CAPTURE = "capture:" + "ab" * 32 + "/20201007212236/http://www.example.com/"


def test_a_page_of_a_web_capture_is_an_archived_copy_but_no_address(qtbot: QtBot) -> None:
    """A capture kept as evidence names its page as the archived copy (capture:…), as the
    evidence viewer writes it; it is no address of the evidence itself."""
    dialog = _typed_evidence(qtbot, "https://example.org/a", archive=CAPTURE)
    assert _ok(dialog) and dialog.evidence().archive_url == CAPTURE
    assert not _ok(_typed_evidence(qtbot, CAPTURE))
    hostile = CAPTURE.replace("http://www.example.com/", "javascript:alert(1)")
    assert not _ok(_typed_evidence(qtbot, "https://example.org/a", archive=hostile))
