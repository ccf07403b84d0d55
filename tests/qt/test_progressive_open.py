"""A long article opens with only the annotations of its beginning read: the
first screen shows highlighted at once, the rest is read after the first frame. Whatever the
user does before that — a key in the table, a digit on words far down, a hidden layer — acts
on every annotation of the article, never on the part read so far."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.domain.models import Annotator, Mention
from annotator.domain.timestamps import now_timestamp
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.catalog_repository import AnnotatorRepository
from annotator.ui.annotations.annotation_table_model import TEXT
from annotator.ui.editing.article_controller import FIRST_PART
from annotator.ui.window.main_window import MainWindow
from tests.qt.test_idle_painting import block_painted, highlighted, long_article, utf16
from tests.qt.user_steps import OpenWindow, select_words


def opened_long(window: MainWindow) -> tuple[str, list[Mention]]:
    article, mentions = long_article(window)
    assert len(article.text) > 5 * FIRST_PART
    window.controller.open_article(article.id)
    return article.text, mentions


def test_a_long_article_shows_its_beginning_first_then_everything(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    text, mentions = opened_long(window)
    document = window.controller.document
    assert document is not None

    read_first = document.part_so_far()[0]
    assert not document.loaded, "the far paragraphs are read after the first frame"
    assert 0 < len(read_first) < len(mentions) / 5
    assert block_painted(window, utf16(text, mentions[0].start))
    # What the screen says is about the whole article already.
    assert window.status.counts.text() == "0 claims · 4000 mentions"
    assert window.panel.model.rowCount() == len(mentions)

    qtbot.waitUntil(
        lambda: document.loaded and not window.view.painter.idle_work_left, timeout=20000
    )
    model = window.panel.model
    assert [model.annotation_at(r).id for r in range(model.rowCount())] == [m.id for m in mentions]
    assert [m.id for m in document.mentions] == [m.id for m in mentions]
    expected: set[int] = set()
    for mention in mentions:
        expected.update(range(utf16(text, mention.start), utf16(text, mention.end)))
    assert highlighted(window) == expected


def test_end_in_the_table_right_after_opening_goes_to_the_last_annotation(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    text, mentions = opened_long(window)
    table = window.panel.table
    table.setFocus()
    table.setCurrentIndex(window.panel.model.index(0, TEXT))

    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)

    assert window.controller.selected_id == mentions[-1].id
    model = window.panel.model
    last = table.currentIndex().row()
    assert (last, model.data(model.index(last, TEXT))) == (len(mentions) - 1, mentions[-1].quote)
    assert block_painted(window, utf16(text, mentions[-1].start))


def test_a_digit_on_words_far_down_right_after_opening_adds_to_every_annotation(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    _text, mentions = opened_long(window)
    select_words(window, "бригада", occurrence=1990)

    qtbot.keyClick(window.view, Qt.Key.Key_2)  # no event processed before: no idle time

    document = window.controller.document
    assert document is not None and document.loaded
    added = [m for m in document.mentions if m.quote == "бригада"]
    assert len(added) == 1 and added[0].start > 5 * FIRST_PART
    assert len(document.mentions) == len(mentions) + 1
    assert window.panel.model.rowCount() == len(mentions) + 1
    assert len(window.view.painter.spans) == len(mentions) + 1
    assert window.panel.model.row_of(added[0].id) is not None
    assert window.status.counts.text() == "0 claims · 4001 mentions"


def test_a_hidden_layer_stays_hidden_in_the_part_read_later(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, mentions = long_article(window)
    colleague = Annotator(str(uuid.uuid4()), "Olena")
    far = article.text.index("бригада", len(article.text) - 200)
    theirs = Mention(
        str(uuid.uuid4()),
        article.id,
        far,
        far + len("бригада"),
        "бригада",
        "ORG",
        created_by=colleague.id,
        created_at=now_timestamp(),
    )
    with window.workspace.database.transaction() as session:
        AnnotatorRepository(session).add_many([colleague])
        AnnotationRepository(session).add_mentions([theirs])
    window.controller.hidden_layers.add(colleague.id)

    window.controller.open_article(article.id)

    assert window.panel.model.rowCount() == len(mentions)
    qtbot.waitUntil(lambda: window.controller.document.loaded, timeout=20000)
    assert theirs.id not in {m.id for m in window.controller.document.mentions}
    assert window.panel.model.row_of(theirs.id) is None
    assert theirs.id not in window.view.painter.spans
    assert window.panel.model.rowCount() == len(mentions)


def test_a_table_sorted_by_text_gets_every_row_at_once(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, mentions = long_article(window)
    window.panel.model.sort(TEXT, Qt.SortOrder.DescendingOrder)

    window.controller.open_article(article.id)

    model = window.panel.model
    assert model.rowCount() == len(mentions)
    expected = sorted(mentions, key=lambda m: (m.quote.lower(), m.start, m.end), reverse=True)
    assert [model.annotation_at(r).id for r in range(model.rowCount())] == [m.id for m in expected]
