"""The mention form: a new entity type saves at once and can be undone; typing a name that is
no entity yet and pressing Enter creates the entity and links the mention to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.domain.models import Mention
from annotator.ui.annotations.annotation_table_model import LABEL
from annotator.ui.annotations.mention_form import NO_ENTITY
from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import close
from tests.qt.test_annotation_story import ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, click_row, key, open_article, select_words, tag_words


def stored_mention(window: MainWindow, mention_id: str) -> Mention:
    document = window.workspace.annotations.open_article(window.controller.document.article.id)
    (mention,) = [m for m in document.mentions if m.id == mention_id]
    return mention


def table_label(window: MainWindow, mention_id: str) -> str:
    return window.panel.model.index(window.panel.model.row_of(mention_id), LABEL).data()


def test_changing_the_type_saves_and_undoes(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    brigade = tag_words(window, qtbot, "3rd Separate Storm Brigade", 2)  # oops: Organisation
    form = window.panel.mention_form
    click_row(qtbot, window.panel.table, brigade.id)
    assert form.type.currentData() == "ORG"
    steps = window.controller.stack.count()
    colour_before = window.view.painter.spans[brigade.id].color

    form.type.setFocus()
    key(qtbot, form.type, Qt.Key.Key_Down)  # the next type in the list: Military unit

    assert stored_mention(window, brigade.id).type == "MIL_UNIT"
    assert window.controller.annotation(brigade.id).type == "MIL_UNIT"
    assert table_label(window, brigade.id) == "Military unit"
    assert window.view.painter.spans[brigade.id].color != colour_before
    assert window.controller.stack.count() == steps + 1

    window.controller.stack.undo()
    assert stored_mention(window, brigade.id).type == "ORG"
    assert form.type.currentData() == "ORG"
    assert table_label(window, brigade.id) == "Organisation"


def test_a_new_entity_name_and_enter_creates_and_links_the_entity(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    kharkiv = tag_words(window, qtbot, "Kharkiv", 5)
    form = window.panel.mention_form
    assert form.entity.currentText() == NO_ENTITY

    form.entity.setFocus()
    form.entity.lineEdit().selectAll()
    qtbot.keyClicks(form.entity.lineEdit(), "Kharkiv")
    key(qtbot, form.entity.lineEdit(), Qt.Key.Key_Return)

    entities = window.workspace.annotations.entities()
    assert [(e.name, e.type) for e in entities] == [("Kharkiv", "GPE")]
    assert stored_mention(window, kharkiv.id).entity_id == entities[0].id
    assert window.controller.annotation(kharkiv.id).entity_id == entities[0].id
    assert form.entity.currentText() == "Kharkiv"

    # The entity is offered for the city's next mention: picking it links it, and no second
    # entity is made.
    select_words(window, "Kharkiv", occurrence=1)
    key(qtbot, window.view, Qt.Key.Key_5)
    (again_kharkiv,) = [m for m in window.controller.document.mentions if m.id != kharkiv.id]
    assert window.controller.selected_id == again_kharkiv.id
    offered = [form.entity.itemText(i) for i in range(form.entity.count())]
    assert offered == [NO_ENTITY, "Kharkiv"]
    form.entity.setFocus()
    key(qtbot, form.entity, Qt.Key.Key_Down)
    assert stored_mention(window, again_kharkiv.id).entity_id == entities[0].id
    assert len(window.workspace.annotations.entities()) == 1
    close(window)

    again = open_window(tmp_path / "data")
    assert again.controller.annotation(kharkiv.id).entity_id == entities[0].id
    again.controller.select(kharkiv.id)
    assert again.panel.mention_form.entity.currentText() == "Kharkiv"
