"""The claim form and the evidence dialog take values as typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.ui.annotations.evidence_dialog import EvidenceDialog


def test_typed_dates_and_a_scheme_less_review_address_are_stored_in_full(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    claim = window.controller.create_claim(0, 10)
    window.controller.select(claim.id)
    form = window.panel.claim_form
    form.claim_date.setText("22.06.2024")
    form.claim_date.editingFinished.emit()
    form.review_url.setText("factcheck.example.org/r/1")
    form.review_url.editingFinished.emit()
    form.flush()
    stored = window.workspace.annotations.open_article(
        window.controller.document.article.id
    ).claims[0]
    assert stored.claim_date == "2024-06-22"
    assert stored.review.url == "https://factcheck.example.org/r/1"
    assert form.claim_date.text() == "2024-06-22"


def test_the_evidence_dialog_shows_no_error_before_typing_and_ctrl_enter_accepts(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    dialog = EvidenceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):  # shortcuts need the active window
        dialog.activateWindow()
    assert dialog.problem.text() == ""
    dialog.url.setText("example.org/report")
    assert dialog.problem.text() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.evidence().url == "https://example.org/report"
