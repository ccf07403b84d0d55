"""A long article opens with the words in sight highlighted at once and the rest highlighted
in idle time: in the end every span sits on exactly its UTF-16 offsets (emoji and Cyrillic
before it), and a span far down that the user jumps to before then is already painted."""

from __future__ import annotations

import gc
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.domain.models import Article, Mention
from annotator.domain.text import text_sha256
from annotator.domain.timestamps import now_timestamp
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.ui.annotations.annotation_table_model import POSITION, TEXT
from annotator.ui.window.main_window import MainWindow
from tests.qt.user_steps import OpenWindow

PARAGRAPH = (
    "Рогов 😀 сказав, що бригада біля Ізюму 🇺🇦 втратила понад десять вояків, said officials."
)


def long_article(window: MainWindow) -> tuple[Article, list[Mention]]:
    """Two thousand paragraphs, a mention on 'Рогов' and one on 'Ізюму' in each."""
    text = "\n".join(f"{i}. {PARAGRAPH}" for i in range(2000))
    article = Article(
        str(uuid.uuid4()), "Long wire", text, text_sha256(text), imported_at=now_timestamp()
    )
    mentions = []
    position = 0
    for _ in range(2000):
        for word, kind in (("Рогов", "PERSON"), ("Ізюму", "GPE")):
            start = text.index(word, position)
            mentions.append(
                Mention(
                    str(uuid.uuid4()),
                    article.id,
                    start,
                    start + len(word),
                    word,
                    kind,
                    created_at=now_timestamp(),
                )
            )
            position = start + len(word)
    with window.workspace.database.transaction() as session:
        ArticleRepository(session).add_many([article])
        AnnotationRepository(session).add_mentions(mentions)
    return article, mentions


def utf16(text: str, code_point: int) -> int:
    return len(text[:code_point].encode("utf-16-le")) // 2


def highlighted(window: MainWindow) -> set[int]:
    """Every UTF-16 position the document's blocks carry a highlight format on."""
    covered: set[int] = set()
    block = window.view.document().firstBlock()
    while block.isValid():
        for format_range in block.layout().formats():
            first = block.position() + format_range.start
            covered.update(range(first, first + format_range.length))
        block = block.next()
    return covered


def block_painted(window: MainWindow, position: int) -> bool:
    block = window.view.document().findBlock(position)
    return any(
        block.position() + r.start <= position < block.position() + r.start + r.length
        for r in block.layout().formats()
    )


def test_every_span_is_painted_at_its_utf16_offsets_once_idle_painting_ends(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, mentions = long_article(window)

    window.controller.open_article(article.id)

    painter = window.view.painter
    assert painter.idle_work_left, "the far paragraphs wait for idle time"
    first = mentions[0]
    assert block_painted(window, utf16(article.text, first.start)), "the words in sight are"
    qtbot.waitUntil(lambda: not painter.idle_work_left, timeout=20000)
    expected: set[int] = set()
    for mention in mentions:
        expected.update(range(utf16(article.text, mention.start), utf16(article.text, mention.end)))
    assert highlighted(window) == expected


def test_a_span_far_down_is_painted_when_the_user_goes_there_before_idle_time(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, mentions = long_article(window)
    window.controller.open_article(article.id)
    last = mentions[-1]
    position = utf16(article.text, last.start)
    assert not block_painted(window, position)

    window.controller.select(last.id)  # the table or the find bar takes the user there

    assert window.view.painter.pending, "idle painting has not finished"
    assert block_painted(window, position)
    assert window.view.document().findBlock(position).blockNumber() >= 1990


def test_scrolling_to_the_end_paints_what_comes_in_sight(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, mentions = long_article(window)
    window.controller.open_article(article.id)
    bar = window.view.verticalScrollBar()

    bar.setValue(bar.maximum())

    assert window.view.painter.pending
    assert block_painted(window, utf16(article.text, mentions[-1].start))


def test_a_span_added_while_idle_painting_runs_is_painted_and_the_others_stay(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, mentions = long_article(window)
    window.controller.open_article(article.id)
    start = article.text.index("бригада", mentions[-1].start - 80)

    added = window.controller.create_mention(start, start + len("бригада"), "ORG")

    assert added is not None
    qtbot.waitUntil(lambda: not window.view.painter.idle_work_left, timeout=20000)
    expected: set[int] = set()
    for mention in (*mentions, added):
        expected.update(range(utf16(article.text, mention.start), utf16(article.text, mention.end)))
    assert highlighted(window) == expected


def test_the_table_of_a_long_article_shows_the_right_rows_in_each_order(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, mentions = long_article(window)
    window.controller.open_article(article.id)
    model = window.panel.model

    def shown(row: int, column: int) -> str:
        return model.data(model.index(row, column))

    assert model.rowCount() == len(mentions)
    model.sort(POSITION, Qt.SortOrder.AscendingOrder)
    assert [model.annotation_at(r).id for r in range(model.rowCount())] == [m.id for m in mentions]
    assert (shown(0, TEXT), shown(0, POSITION)) == ("Рогов", "¶ 1")
    assert (shown(3999, TEXT), shown(3999, POSITION)) == ("Ізюму", "¶ 2000")

    model.sort(TEXT, Qt.SortOrder.DescendingOrder)

    expected = sorted(mentions, key=lambda m: (m.quote.lower(), m.start, m.end), reverse=True)
    assert [model.annotation_at(r).id for r in range(model.rowCount())] == [m.id for m in expected]
    assert shown(0, TEXT) == "Ізюму" and shown(0, POSITION) == "¶ 2000"


def test_garbage_collection_comes_back_after_an_open_that_fails(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    article, _ = long_article(window)
    document = window.workspace.annotations.open_article(article.id)

    def broken(*_args: object) -> None:
        raise RuntimeError("the view gave up")

    monkeypatch.setattr(window.view, "show_article", broken)
    with pytest.raises(RuntimeError):
        window.binding._opened(document)

    assert gc.isenabled()
    assert window.view.updatesEnabled()
