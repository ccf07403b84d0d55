"""Evidence for a claim: added, edited and removed through the evidence dialog (answered by
the test, as the user would fill it in), each an undo step, all kept in the database."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.domain.models import Evidence, Stance
from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import DialogLog, close
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, open_article

FOOTAGE = Evidence(
    id="e0000000-0000-4000-8000-000000000001",
    url="https://example.org/footage",
    title="Drone footage",
    stance=Stance.REFUTES,
    accessed_at="2026-06-23T08:00:00Z",
)
STATEMENT = Evidence(
    id="e0000000-0000-4000-8000-000000000002",
    url="https://example.org/statement",
    archive_url="https://web.archive.org/web/2026/https://example.org/statement",
    title="Guard statement",
    stance=Stance.NEUTRAL,
    excerpt="The Guard reported no losses that day.",
    accessed_at="2026-06-23T09:00:00Z",
)


def click(qtbot: QtBot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored_evidence(window: MainWindow, claim_id: str) -> list[Evidence]:
    document = window.workspace.annotations.open_article(window.controller.document.article.id)
    (claim,) = [c for c in document.claims if c.id == claim_id]
    return claim.evidence


def test_evidence_is_added_edited_and_removed(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    steps = window.controller.stack.count()
    assert not form.edit_evidence.isEnabled() and not form.remove_evidence.isEnabled()

    dialog_log.evidence.extend([FOOTAGE, STATEMENT])
    click(qtbot, form.add_evidence)
    click(qtbot, form.add_evidence)
    assert stored_evidence(window, claim.id) == [FOOTAGE, STATEMENT]
    assert [form.evidence.item(i).text() for i in range(form.evidence.count())] == [
        "Refutes · Drone footage",
        "Neutral · Guard statement",
    ]
    assert dialog_log.named("edit_evidence") == [(None,), (None,)]  # empty dialogs: new ones

    # Edit the first: the dialog opens with it filled in, and its answer replaces it.
    form.evidence.setCurrentRow(0)
    corrected = replace(FOOTAGE, title="Drone footage (geolocated)", stance=Stance.SUPPORTS)
    dialog_log.evidence.append(corrected)
    click(qtbot, form.edit_evidence)
    assert dialog_log.named("edit_evidence")[-1] == (FOOTAGE,)
    assert stored_evidence(window, claim.id) == [corrected, STATEMENT]
    assert form.evidence.item(0).text() == "Supports · Drone footage (geolocated)"

    # Cancelling the dialog changes nothing.
    click(qtbot, form.edit_evidence)
    assert stored_evidence(window, claim.id) == [corrected, STATEMENT]

    form.evidence.setCurrentRow(1)
    click(qtbot, form.remove_evidence)
    assert stored_evidence(window, claim.id) == [corrected]
    assert window.controller.stack.count() == steps + 4  # add, add, edit, remove

    window.controller.stack.undo()
    assert stored_evidence(window, claim.id) == [corrected, STATEMENT]
    window.controller.stack.undo()
    assert stored_evidence(window, claim.id) == [FOOTAGE, STATEMENT]
    assert form.evidence.item(0).text() == "Refutes · Drone footage"


def test_evidence_is_there_in_a_second_window(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    dialog_log.evidence.extend([STATEMENT, FOOTAGE])
    click(qtbot, window.panel.claim_form.add_evidence)
    click(qtbot, window.panel.claim_form.add_evidence)
    close(window)

    again = open_window(tmp_path / "data")
    assert again.controller.annotation(claim.id).evidence == [STATEMENT, FOOTAGE]
    again.controller.select(claim.id)
    shown = again.panel.claim_form.evidence
    assert [shown.item(i).text() for i in range(shown.count())] == [
        "Neutral · Guard statement",
        "Refutes · Drone footage",
    ]
    assert "web.archive.org" in shown.item(0).toolTip()
