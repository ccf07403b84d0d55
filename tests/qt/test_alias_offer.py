"""Accepting a suggestion found by another script or case form offers that form as an alias:
A adds it, and from then on it is found as an alias."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.test_annotation_story import key, open_article


def test_a_to_add_the_ukrainian_form_as_an_alias(open_window, qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "izium.txt"
    text.write_text("Новини з Ізюма\n\nУ місті Ізюмі відкрили школу.\n", encoding="utf-8")
    window = open_window(tmp_path / "data", demo=False)
    izium = window.workspace.entities.create("Izium", "GPE", ["Izyum"])
    window.workspace.import_paths([text])
    window.list_panel.model.reload()
    open_article(window, "Новини з Ізюма")
    window.actions_by_name["suggestions"].setChecked(True)
    qtbot.waitUntil(lambda: bool(window.suggestions.items))
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_N)
    assert window.suggestions.selected.new_alias == "Ізюм"
    key(qtbot, window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.suggestions.offered_alias is not None)
    assert "“Ізюм” is another form of Izium: press A" in window.status.currentMessage()

    key(qtbot, window.view, Qt.Key.Key_A)
    assert window.workspace.entities.get(izium.id).aliases == ["Izyum", "Ізюм"]
    assert window.status.currentMessage() == "“Ізюм” is now an alias of Izium."
    # Offered once: a second A says there is nothing to add.
    key(qtbot, window.view, Qt.Key.Key_A)
    assert window.status.currentMessage().startswith("No new name form to add")

    # The alias is a step of the one history: Edit › Undo takes it back, Redo adds it again.
    undo = window.actions_by_name["undo"]
    assert undo.text() == "&Undo Add the alias “Ізюм” to “Izium”"
    undo.trigger()
    assert window.workspace.entities.get(izium.id).aliases == ["Izyum"]
    window.actions_by_name["redo"].trigger()
    assert window.workspace.entities.get(izium.id).aliases == ["Izyum", "Ізюм"]


def test_shift_enter_says_what_it_accepted_and_a_offers_the_new_form(  # type: ignore[no-untyped-def]
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    """Every mention of the entity at once: the status bar says how many and of what, and A
    adds the new form among them, as ``suggest --json`` offers it (new_alias)."""
    text = tmp_path / "izium.txt"
    text.write_text(
        "Новини з Ізюма\n\nУ місті Ізюмі відкрили школу. Ізюм чекає на воду.\n",
        encoding="utf-8",
    )
    window = open_window(tmp_path / "data", demo=False)
    izium = window.workspace.entities.create("Izium", "GPE", ["Izyum"])
    window.workspace.import_paths([text])
    window.list_panel.model.reload()
    open_article(window, "Новини з Ізюма")
    offered = {
        s.new_alias for s in window.workspace.suggestions.for_article(
            window.controller.document.article.id
        ) if s.entity_id == izium.id
    }  # fmt: skip
    assert offered == {"Ізюм"}  # what `annotator suggest --json` says
    window.actions_by_name["suggestions"].setChecked(True)
    qtbot.waitUntil(lambda: bool(window.suggestions.items))
    mentions = sum(1 for s in window.suggestions.items.values() if s.entity_id == izium.id)
    assert mentions == 3
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_N)
    key(qtbot, window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    said = window.status.currentMessage()
    assert said.startswith("Accepted 3 mentions of “Izium”.")
    assert "“Ізюм” is another form of Izium: press A" in said
    assert len(window.controller.document.mentions) == 3

    key(qtbot, window.view, Qt.Key.Key_A)
    assert window.workspace.entities.get(izium.id).aliases == ["Izyum", "Ізюм"]
    assert window.status.currentMessage() == "“Ізюм” is now an alias of Izium."
