"""The article list shows who has finished which article (progress per
annotator): the current annotator's Done is their own mark beside the others'."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.domain.models import ArticleStatus
from annotator.ui.articles.article_list_model import FINISHED_COLUMN
from tests.helpers import new_workspace, write_json
from tests.team_fixture import PETRO, annotator_export


def _row_of(window, title: str) -> int:  # type: ignore[no-untyped-def]
    model = window.list_panel.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == title:
            return row
    raise AssertionError(f"{title!r} not in the list")


def test_marking_done_puts_my_name_beside_the_others(open_window, tmp_path: Path) -> None:
    data = tmp_path / "data"
    workspace = new_workspace(data)
    workspace.import_paths([write_json(tmp_path / "petro.json", annotator_export(PETRO))])
    rogov = workspace.article_summaries(0, 10, search="Rogov")[0].id
    workspace.annotations.set_article_status(rogov, ArticleStatus.DONE, PETRO.id)
    workspace.annotations.set_article_status(rogov, ArticleStatus.IN_PROGRESS)
    workspace.close()

    window = open_window(data, demo=False)
    model = window.list_panel.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    finished_by = column.index("Finished by")
    row = _row_of(window, "Rogov")
    assert model.data(model.index(row, finished_by)) == "Petro"
    assert not window.list_panel.table.isColumnHidden(finished_by)
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Petro: 5 mentions, 4 claims — finished" in tip

    window.open_article(rogov)
    me = window.controller.annotator_id
    assert me is not None and me != PETRO.id
    window.navigation.set_status(ArticleStatus.DONE)
    row = _row_of(window, "Rogov")
    names = model.data(model.index(row, finished_by)).split(", ")
    mine = {a.id: a.name for a in window.workspace.agreement.annotators()}[me]
    assert sorted(names) == sorted(["Petro", mine])

    window.navigation.set_status(ArticleStatus.IN_PROGRESS)
    assert model.data(model.index(_row_of(window, "Rogov"), finished_by)) == "Petro"
    window.grab().save(str(tmp_path / "progress.png"))


def test_alone_the_column_stays_out_of_the_way(open_window, tmp_path: Path) -> None:
    window = open_window(tmp_path / "data")  # the demo articles, one annotator
    table = window.list_panel.table
    finished_by = FINISHED_COLUMN
    assert table.isColumnHidden(finished_by)
    window.list_panel.table.selectRow(0)
    window.navigation.set_status(ArticleStatus.DONE)
    # One's own Done is the article's status already: no column for one name.
    assert table.isColumnHidden(finished_by)
