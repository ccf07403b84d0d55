"""The annotations of an article as a table: a well-behaved Qt model (checked by Qt's own
model tester while the user adds, edits and deletes), sortable by kind, type or status and
position, and the way to an annotation: clicking its row opens its form and emphasises it in
the article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from annotator.ui.annotations.annotation_table_model import (
    ANNOTATION_ID_ROLE,
    KIND,
    LABEL,
    POSITION,
    AnnotationTableModel,
)
from annotator.ui.window.main_window import MainWindow
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, click_row, key, open_article, tag_words


def shown_ids(window: MainWindow) -> list[str]:
    """The annotation ids in the order the table shows them."""
    shown = window.panel.table.model()
    return [shown.index(row, 0).data(ANNOTATION_ID_ROLE) for row in range(shown.rowCount())]


def click_header(qtbot: QtBot, window: MainWindow, column: int) -> None:
    header = window.panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    QApplication.processEvents()


def test_the_table_model_behaves_while_the_user_annotates(
    open_window: OpenWindow,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    model: AnnotationTableModel = window.panel.model
    assert window.panel.table.model() is model  # it sorts itself: no proxy in between
    # Attached now, Qt's tester checks every signal of every change below: adding, sorting,
    # editing, deleting, undoing and a reset by opening the article again.
    qtmodeltester.check(model)
    window.panel.table.sortByColumn(LABEL, Qt.SortOrder.DescendingOrder)

    rogov = tag_words(window, qtbot, "Rogov", 1)
    kharkiv = tag_words(window, qtbot, "Kharkiv", 5)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    assert model.rowCount() == 3
    assert window.controller.set_claim_status("false", claim.id)
    window.controller.select(kharkiv.id)
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_Delete)
    assert model.rowCount() == 2 and model.row_of(kharkiv.id) is None
    window.controller.stack.undo()
    assert model.rowCount() == 3

    # The same model filled from the database by a fresh opening of the article.
    window.controller.open_article(window.controller.document.article.id)
    assert {model.index(r, 0).data(ANNOTATION_ID_ROLE) for r in range(3)} == {
        rogov.id,
        kharkiv.id,
        claim.id,
    }
    rogov_row = model.row_of(rogov.id)
    assert [model.index(rogov_row, c).data() for c in range(4)] == [
        "Mention",
        "Rogov",
        "Person",
        # The paragraph a reader can find, not a raw offset.
        f"¶ {window.controller.document.article.text.count(chr(10), 0, rogov.start) + 1}",
    ]
    assert model.index(model.row_of(claim.id), LABEL).data() == "False"
    window.controller.select(rogov.id)  # a current row the sort must carry along
    window.panel.table.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)
    assert window.panel.table.currentIndex().data(ANNOTATION_ID_ROLE) == rogov.id


def test_sorting_by_position_type_and_kind(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    # Made out of order on purpose: the table must not show them in the order of creation.
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    kharkiv = tag_words(window, qtbot, "Kharkiv", 5)
    assert kharkiv.start < rogov.start < claim.start

    assert shown_ids(window) == [kharkiv.id, rogov.id, claim.id]  # by position at first
    click_header(qtbot, window, POSITION)  # the same column again: descending
    assert shown_ids(window) == [claim.id, rogov.id, kharkiv.id]

    click_header(qtbot, window, LABEL)  # "Country / city / region" < "Person" < "Unverified"
    assert shown_ids(window) == [kharkiv.id, rogov.id, claim.id]
    window.panel.table.sortByColumn(LABEL, Qt.SortOrder.DescendingOrder)
    assert shown_ids(window) == [claim.id, rogov.id, kharkiv.id]

    window.panel.table.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)
    assert shown_ids(window)[0] == claim.id  # "claim" before "mention"

    # Sorting by status sorts by what the claim is now: "False" comes before "Person".
    assert window.controller.set_claim_status("false", claim.id)
    window.panel.table.sortByColumn(LABEL, Qt.SortOrder.AscendingOrder)
    assert shown_ids(window) == [kharkiv.id, claim.id, rogov.id]


def test_clicking_a_row_selects_opens_and_emphasises_the_annotation(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    panel = window.panel

    click_row(qtbot, panel.table, rogov.id)
    assert window.controller.selected_id == rogov.id
    assert panel.forms.currentWidget().widget() is panel.mention_form
    assert panel.mention_form.quote.text() == "Rogov"
    assert window.view.painter.selected == rogov.id

    click_row(qtbot, panel.table, claim.id)
    assert window.controller.selected_id == claim.id
    assert panel.forms.currentWidget().isAncestorOf(panel.claim_form)  # with related claims
    assert panel.claim_form.quote.text() == CLAIM_WORDS
    assert window.view.painter.selected == claim.id

    # The selection also shows in the table when it is made elsewhere (a click on the text).
    window.controller.select(rogov.id)
    assert panel.table.currentIndex().data(ANNOTATION_ID_ROLE) == rogov.id
    window.controller.select(None)
    assert not panel.table.selectionModel().hasSelection()
    assert window.view.painter.selected is None
