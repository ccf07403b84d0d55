"""Entities in a real window: one city under three spellings becomes one canonical entity.

Tag "Izium" and "Izyum" in two seed articles, link them through the mention form's fuzzy
completion, then use View › Entities to see both mentions, jump between articles, rename,
merge a third spelling, delete and undo.

With ANNOTATOR_SCREENSHOTS=docs set, the story also saves docs/entities-view.png.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.domain.models import Entity, Mention
from annotator.ui.annotations.mention_form import NO_ENTITY
from annotator.ui.entities.entities_view import ARTICLE_ID_ROLE, MENTION_ID_ROLE, EntitiesDock
from annotator.ui.window.main_window import MainWindow
from tests.conftest import statements_run
from tests.qt.conftest import DialogLog
from tests.qt.user_steps import OpenWindow, key, open_article, select_words, tag_words

ROGOV = "The recent escalation in the conflict"  # 000: "the Izum region"
TANK = "This is how Russian soldiers escaped"  # 001: "the city of Izium"
DEPUTY = "According to a local deputy"  # 002: "the liberated city of Izyum"
CITY = "Country / city / region"  # the GPE type's label, key 5


def type_entity(window: MainWindow, qtbot: QtBot, name: str) -> None:
    """Type into the mention form's Entity field, as a user would, replacing what is there."""
    field = window.panel.mention_form.entity.lineEdit()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, name)
    QApplication.processEvents()


def offered(window: MainWindow) -> list[str]:
    form = window.panel.mention_form
    assert form.completer.popup().isVisible()
    model = form.completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def stored(window: MainWindow, mention: Mention) -> Mention:
    document = window.workspace.annotations.open_article(mention.article_id)
    (found,) = [m for m in document.mentions if m.id == mention.id]
    return found


def entity_named(window: MainWindow, name: str) -> Entity:
    (found,) = [e for e in window.workspace.entities.all() if e.name == name]
    return found


def row_of(dock: EntitiesDock, name: str) -> dict[str, object]:
    """What the table shows for an entity, by column title."""
    (row,) = [r for r in range(dock.proxy.rowCount()) if dock.proxy.index(r, 0).data() == name]
    return {
        dock.proxy.headerData(c, Qt.Orientation.Horizontal): dock.proxy.index(row, c).data()
        for c in range(dock.proxy.columnCount())
    }


def jump_list(dock: EntitiesDock) -> list[str]:
    return [dock.mentions.item(i).text() for i in range(dock.mentions.count())]


def test_one_city_three_spellings(
    open_window: OpenWindow, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path, qtmodeltester
) -> None:
    window = open_window(tmp_path / "data")
    form = window.panel.mention_form

    # 001: tag "Izium" as a place, type its name, Enter: a new entity, linked.
    open_article(window, TANK)
    tank_article = window.controller.document.article
    izium = tag_words(window, qtbot, "Izium", 5)
    type_entity(window, qtbot, "Izium")
    key(qtbot, form.entity.lineEdit(), Qt.Key.Key_Return)
    city = entity_named(window, "Izium")
    assert city.type == "GPE" and stored(window, izium).entity_id == city.id

    # 002 spells it "Izyum": typing that offers "Izium" (fuzzy); choosing it links the mention
    # and teaches the entity the new spelling.
    open_article(window, DEPUTY)
    izyum = tag_words(window, qtbot, "Izyum", 5)
    type_entity(window, qtbot, "Izyum")
    assert offered(window) == ["Izium"]
    popup = form.completer.popup()
    key(qtbot, popup, Qt.Key.Key_Down)
    key(qtbot, popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert stored(window, izyum).entity_id == city.id
    assert form.entity.currentText() == "Izium"
    assert window.workspace.entities.get(city.id).aliases == ["Izyum"]
    assert "“Izyum” is now an alias of Izium" in window.status.currentMessage()
    assert len(window.workspace.entities.all()) == 1  # "Izyum" made no entity of its own

    # View › Entities: Izium, its alias, 2 mentions in 2 articles.
    dock = window.entities_dock
    assert not dock.isVisible()
    key(qtbot, window.view, Qt.Key.Key_E, ctrl_shift())
    assert dock.isVisible() and window.actions_by_name["entities"].isChecked()
    assert row_of(dock, "Izium") == {
        "Name": "Izium",
        "Type": CITY,
        "Aliases": "Izyum",
        "Mentions": 2,
        "Articles": 2,
    }
    assert [(text[:20], text.split(" · ")[1].split(" — ")[0]) for text in jump_list(dock)] == [
        ("This is how Russian ", "Izium"),
        ("According to a local", "Izyum"),
    ]
    # Each line gives the mention's sentence.
    assert "A destroyed Russian tank is seen in the city of Izium." in jump_list(dock)[0]

    # Double-click the other article's mention: the window goes there and selects it.
    item = dock.mentions.item(0)
    rect = dock.mentions.visualItemRect(item)
    # QTest's double click alone does not reach a view as one: a click, then the second press.
    qtbot.mouseClick(dock.mentions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.mentions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.controller.document.article.id == tank_article.id
    assert window.controller.selected_id == izium.id
    assert window.list_panel.current_id() == tank_article.id
    # Enter on the other one: back to 002.
    dock.mentions.setCurrentRow(1)
    key(qtbot, dock.mentions, Qt.Key.Key_Return)
    assert window.controller.selected_id == izyum.id

    # Rename: the open mention's form names the entity anew.
    dialog_log.answers.append("Izium (Kharkiv Oblast)")
    qtbot.mouseClick(dock.rename_button, Qt.MouseButton.LeftButton)
    assert window.workspace.entities.get(city.id).name == "Izium (Kharkiv Oblast)"
    assert form.entity.currentText() == "Izium (Kharkiv Oblast)"
    assert row_of(dock, "Izium (Kharkiv Oblast)")["Mentions"] == 2

    # 000 says "Izum". The learned alias is offered as such, but the user makes "Izum" an
    # entity of its own (a new name + Enter), then merges it into the city.
    open_article(window, ROGOV)
    izum = tag_words(window, qtbot, "Izum", 5)
    type_entity(window, qtbot, "Izyu")
    assert offered(window) == ["Izium (Kharkiv Oblast) (alias Izyum)"]
    type_entity(window, qtbot, "Izum")
    key(qtbot, form.entity.lineEdit(), Qt.Key.Key_Return)
    second = entity_named(window, "Izum")
    assert stored(window, izum).entity_id == second.id
    qtbot.waitUntil(lambda: dock.model.rowCount() == 2)  # the dock follows new entities

    assert dock.select_entity(second.id)
    dialog_log.answers.append(f"Izium (Kharkiv Oblast) — {CITY}")
    qtbot.mouseClick(dock.merge_button, Qt.MouseButton.LeftButton)
    (question,) = dialog_log.named("confirm")
    assert "mentions (1, in 1 article) will follow" in question[1]
    assert "“Izum” will become aliases" in question[1]
    assert [e.id for e in window.workspace.entities.all()] == [city.id]
    assert window.workspace.entities.get(city.id).aliases == ["Izyum", "Izum"]
    assert stored(window, izum).entity_id == city.id
    assert window.controller.annotation(izum.id).entity_id == city.id  # the open article too
    assert form.entity.currentText() == "Izium (Kharkiv Oblast)"
    assert row_of(dock, "Izium (Kharkiv Oblast)")["Mentions"] == 3
    assert dock.current_entity_id() == city.id

    # Delete: the three mentions stay, unlinked.
    qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert "stay in their articles" in dialog_log.named("confirm")[-1][1]
    assert window.workspace.entities.all() == []
    assert [stored(window, m).entity_id for m in (izium, izyum, izum)] == [None] * 3
    assert form.entity.currentText() == NO_ENTITY
    assert dock.proxy.rowCount() == 0 and not dock.delete_button.isEnabled()

    # Edit › Undo, three times: delete, merge, rename (one history with the article's edits).
    undo = window.actions_by_name["undo"]
    assert undo.text().startswith("&Undo Delete entity “Izium")
    undo.trigger()
    assert [stored(window, m).entity_id for m in (izium, izyum, izum)] == [city.id] * 3
    assert form.entity.currentText() == "Izium (Kharkiv Oblast)"
    assert undo.text().startswith("&Undo Merge entity “Izum” into “Izium")
    undo.trigger()
    assert stored(window, izum).entity_id == second.id
    assert window.workspace.entities.get(city.id).aliases == ["Izyum"]
    assert form.entity.currentText() == "Izum"
    # Between merge and rename: tagging "Izum" in 000 and naming its entity, in that order.
    assert undo.text() == "&Undo Entity of mention “Izum”"
    undo.trigger()
    assert stored(window, izum).entity_id is None
    assert undo.text() == "&Undo Add mention “Izum”"
    undo.trigger()
    assert window.controller.annotation(izum.id) is None
    assert undo.text().startswith("&Undo Rename entity “Izium” to")
    undo.trigger()
    assert window.workspace.entities.get(city.id).name == "Izium"
    assert not undo.text().startswith("&Undo Rename entity")
    # Redo it all: the rename, the mention and its entity again, in order.
    redo = window.actions_by_name["redo"]
    for _ in range(3):
        redo.trigger()
    assert window.workspace.entities.get(city.id).name == "Izium (Kharkiv Oblast)"
    assert stored(window, izum).entity_id == second.id
    for _ in range(3):
        undo.trigger()
    # Izum's mention was undone too; the entity it named stays.
    assert sorted(row_of(dock, n)["Mentions"] for n in ("Izium", "Izum")) == [0, 2]

    # The filter is fuzzy too: "Izyum" finds Izium (by its alias) and Izum.
    dock.filter.setText("Kharkov")
    assert dock.proxy.rowCount() == 0
    dock.filter.setText("Izyum")
    assert {dock.proxy.index(r, 0).data() for r in range(dock.proxy.rowCount())} == {
        "Izium",
        "Izum",
    }
    dock.filter.clear()

    qtmodeltester.check(dock.model)
    qtmodeltester.check(dock.proxy)
    assert dialog_log.named("show_error") == []
    if os.environ.get("ANNOTATOR_SCREENSHOTS"):
        save_screenshot(window, dock, dialog_log, Path(os.environ["ANNOTATOR_SCREENSHOTS"]))


def test_completion_links_only_what_the_user_chose(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    oblast = window.workspace.entities.create("Kharkiv Oblast", "GPE", ["Kharkov Oblast"])
    open_article(window, ROGOV)
    form = window.panel.mention_form
    popup = form.completer.popup()

    # "Kharkiv" starts "Kharkiv Oblast", but Enter without moving to it names a new entity.
    kharkiv = tag_words(window, qtbot, "Kharkiv", 5)
    type_entity(window, qtbot, "Kharkiv")
    assert offered(window) == ["Kharkiv Oblast"]
    key(qtbot, popup, Qt.Key.Key_Return)
    city = entity_named(window, "Kharkiv")
    assert stored(window, kharkiv).entity_id == city.id != oblast.id

    # The second "Kharkiv" means the region: a click on the completion links it (the alias it
    # matched is shown beside the name), and the region learns the spelling.
    select_words(window, "Kharkiv", occurrence=1)
    key(qtbot, window.view, Qt.Key.Key_5)
    (region,) = [m for m in window.controller.document.mentions if m.id != kharkiv.id]
    type_entity(window, qtbot, "kharkov obl")
    assert offered(window)[0] == "Kharkiv Oblast (alias Kharkov Oblast)"
    rect = popup.visualRect(form.completer.completionModel().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stored(window, region).entity_id == oblast.id
    assert window.workspace.entities.get(oblast.id).aliases == ["Kharkov Oblast", "Kharkiv"]
    assert form.entity.currentText() == "Kharkiv Oblast"


def test_the_dock_stays_open_across_restarts(open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window(tmp_path / "data")
    window.actions_by_name["entities"].trigger()
    assert window.entities_dock.isVisible()
    window.close()
    window.workspace.close()
    again = open_window(tmp_path / "data")
    assert again.entities_dock.isVisible()
    assert again.actions_by_name["entities"].isChecked()
    # A schemes edit rebuilds the actions: still one View › Entities, still the dock's own.
    again.reload_schemes()
    view_menu = next(a.menu() for a in again.menuBar().actions() if a.text() == "&View")
    assert [a.text() for a in view_menu.actions()].count("&Entities") == 1
    assert again.actions_by_name["entities"] is again.entities_dock.toggleViewAction()


def ctrl_shift() -> Qt.KeyboardModifier:
    return Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def save_screenshot(
    window: MainWindow, dock: EntitiesDock, dialog_log: DialogLog, folder: Path
) -> None:
    """The README's picture: a few more entities, the city with its three spellings merged,
    and its mention in the open article selected."""
    open_article(window, DEPUTY)
    text = window.controller.document.article.text
    for name, entity_type, aliases in (
        ("Kharkiv Region", "GPE", ["Kharkiv Oblast", "Kharkov"]),
        ("Maksym Strelnyk", "PERSON", []),
    ):
        entity = window.workspace.entities.create(name, entity_type, aliases)
        start = text.index(name)
        window.controller.create_mention(start, start + len(name), entity_type, entity.id)
    assert dock.select_entity(entity_named(window, "Izum").id)
    dialog_log.answers.append(f"Izium — {CITY}")
    dock.merge()
    article_id = window.controller.document.article.id
    (item,) = [
        dock.mentions.item(r)
        for r in range(dock.mentions.count())
        if dock.mentions.item(r).data(ARTICLE_ID_ROLE) == article_id
    ]
    dock.mentions.setCurrentItem(item)
    dock.go_to(article_id, item.data(MENTION_ID_ROLE))
    window.resize(1920, 1080)
    QApplication.processEvents()
    window.view.verticalScrollBar().setValue(0)  # the mention is in the first line
    dock.resize(820, 520)
    QApplication.processEvents()
    # The Entities window floats beside the text, as on screen: over the annotations, under
    # a title bar of its own (the window manager draws it on screen; here, a plain one).
    picture = window.grab()
    left, top, bar = picture.width() - dock.width() - 24, 260, 26
    painter = QPainter(picture)
    painter.fillRect(
        QRect(left + 6, top + 6, dock.width(), dock.height() + bar), QColor(0, 0, 0, 70)
    )
    painter.fillRect(QRect(left, top, dock.width(), bar), QColor("#3c4a5a"))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(
        QRect(left + 10, top, dock.width() - 20, bar),
        Qt.AlignmentFlag.AlignVCenter,
        dock.windowTitle(),
    )
    painter.drawPixmap(QPoint(left, top + bar), dock.grab())
    painter.setPen(QColor("#3c4a5a"))
    painter.drawRect(QRect(left, top, dock.width() - 1, dock.height() + bar - 1))
    painter.end()
    picture.save(str(folder / "entities-view.png"))


def test_the_open_dock_follows_mentions_but_not_every_claim_keystroke(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Counting mentions across the collection is a query: it runs when mentions change, not
    on every save of a claim's justification."""
    window = open_window(tmp_path / "data")
    city = window.workspace.entities.create("Izium", "GPE", ["Izum"])
    dock = window.entities_dock
    dock.show()
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1)
    # The Entities window is a window of its own: back to the article's window to tag.
    with qtbot.waitActive(window):
        window.activateWindow()
    open_article(window, ROGOV)

    def overviews(statements: list[str]) -> list[str]:
        """The queries counting mentions per entity: what a refresh of the dock runs."""
        return [s for s in statements if "count(" in s.lower() and "entity_id" in s]

    with statements_run(window.workspace.database.engine) as statements:
        claim = window.controller.create_claim(0, 20)
        assert claim is not None
        for text in ("Unverified", "Unverified figure", "Unverified figure from Rogov"):
            changed = window.controller.annotation(claim.id)
            changed.justification = text
            assert window.controller.change(changed, "Justification", "justification")
        qtbot.wait(300)  # longer than the dock's short refresh delay
        assert overviews(statements) == []

        izum = tag_words(window, qtbot, "Izum", 5)
        linked = window.controller.annotation(izum.id)
        linked.entity_id = city.id
        assert window.controller.change(linked, "Entity")
        qtbot.waitUntil(lambda: row_of(dock, "Izium")["Mentions"] == 1)
        assert overviews(statements)
