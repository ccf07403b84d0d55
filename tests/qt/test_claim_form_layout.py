"""The claim form opens at its top, never scrolls sideways, never clips a label."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QScrollArea


def test_the_form_opens_at_its_top_and_never_scrolls_sideways(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    window.resize(1024, 700)
    qtbot.wait(50)
    first = window.controller.create_claim(0, 10)
    second = window.controller.create_claim(20, 30)
    area = window.panel.forms.widget(1)
    assert isinstance(area, QScrollArea)

    window.controller.select(first.id)
    qtbot.wait(20)
    form = window.panel.claim_form
    form.tags.setFocus()  # the last field: the page scrolls down to it
    area.ensureWidgetVisible(form.tags)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    qtbot.wait(20)
    window.controller.select(second.id)
    qtbot.wait(20)
    assert area.verticalScrollBar().value() == 0

    form.justification.setFocus()
    area.ensureWidgetVisible(form.justification, 200, 0)
    area.horizontalScrollBar().setValue(40)
    assert area.horizontalScrollBar().value() == 0
    # The page fits the panel: nothing cut off on the right, every label whole and in sight.
    viewport = area.viewport()
    assert area.widget().width() <= viewport.width()
    for label in form.findChildren(QLabel):
        if label.isVisible() and label.text():
            left = label.mapTo(viewport, label.rect().topLeft()).x()
            assert left >= 0, label.text()
            assert label.width() >= label.sizeHint().width() or label.wordWrap(), label.text()
    window.grab().save("/tmp/claim-form-1024.png")
