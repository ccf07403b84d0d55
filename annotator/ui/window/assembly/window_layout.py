"""Holds the window's three columns (articles | the article | its annotations) and their widths.

The text gets the stretch and never falls below about 60 characters a line; the side panels
give way first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from annotator.ui.article.article_view import ArticleView
from annotator.ui.article.find_bar import FindBar

TEXT_MIN_CHARACTERS = 60
SIDE_MIN_WIDTH = (180, 280)  # article list, annotation panel


def text_width(view: ArticleView, characters: int) -> int:
    """The width that shows ``characters`` average characters a line, with the frame and the
    scroll bar."""
    metrics = view.fontMetrics()
    chrome = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    margin = int(2 * view.document().documentMargin())
    return metrics.averageCharWidth() * characters + chrome + margin


def build_columns(
    articles: QWidget, view: ArticleView, find_bar: FindBar, annotations: QWidget
) -> QSplitter:
    """The article list, the article with its find bar under the text, the annotations."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    article_column = QWidget()
    column = QVBoxLayout(article_column)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(view)
    column.addWidget(find_bar)
    for widget in (articles, article_column, annotations):
        splitter.addWidget(widget)
    for index, stretch in enumerate((0, 1, 0)):
        splitter.setStretchFactor(index, stretch)
    splitter.setCollapsible(1, False)
    view.setMinimumWidth(text_width(view, TEXT_MIN_CHARACTERS // 2))
    splitter.setSizes([300, 640, 440])
    return splitter


def give_text_room(splitter: QSplitter, view: ArticleView) -> None:
    """Side panels give way, down to a narrow minimum, until the text shows about 60
    characters a line (a small window gives what it has)."""
    sizes = splitter.sizes()
    deficit = text_width(view, TEXT_MIN_CHARACTERS) - sizes[1]
    if deficit <= 0 or sum(sizes) == 0:
        return
    for index, floor in ((0, SIDE_MIN_WIDTH[0]), (2, SIDE_MIN_WIDTH[1])):
        taken = max(0, min(deficit, sizes[index] - floor))
        sizes[index] -= taken
        sizes[1] += taken
        deficit -= taken
    splitter.setSizes(sizes)
