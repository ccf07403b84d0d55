"""Types not by colour alone, and more than nine with keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from tests.qt.user_steps import key, select_words


def test_every_default_type_has_a_key_and_0_tags_a_quantity(  # type: ignore[no-untyped-def]
    open_window, qtbot, data_dir: Path
) -> None:
    window = open_window(data_dir)
    keyed = [t for t in window.controller.schemes.entity_types if t.shortcut]
    assert len(keyed) == len(window.controller.schemes.entity_types) == 11
    select_words(window, "eleven")
    key(qtbot, window.view, Qt.Key.Key_0)
    (mention,) = [m for m in window.controller.document.mentions if m.quote == "eleven"]
    assert mention.type == "QUANTITY"
    # The tooltip names the type in words.
    (span,) = [s for s in window.view.painter.spans_at(mention.start) if s.id == mention.id]
    assert span.tooltip.startswith("Quantity")


def test_the_toolbar_shows_each_types_key(  # type: ignore[no-untyped-def]
    open_window, data_dir: Path
) -> None:
    window = open_window(data_dir)
    (toolbar,) = window.findChildren(QToolBar)
    buttons = {b.text(): b for b in toolbar.findChildren(QToolButton)}
    # The key is drawn on the type's colour, and named in the tooltip.
    assert buttons["Person"].toolTip().startswith("Person (1) — ")
    assert buttons["Organisation"].toolTip().startswith("Organisation (2) — ")
    assert not buttons["Person"].icon().isNull()
