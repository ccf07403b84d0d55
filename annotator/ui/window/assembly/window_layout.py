"""Holds the window's three columns (articles | the article | its annotations) and their widths.

The size policy, per column: the text reads at a comfortable measure, at least about 60
characters a line and at most about 90 (it never grows wider, however wide the window); the
article list and the annotations with their form take the rest, the form the larger share.
A small window gives what it has: the side panels give way first, down to narrow minimums.
No column ever collapses to nothing, by dragging or in the layout kept between runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from annotator.ui.article.article_view import ArticleView
from annotator.ui.article.find_bar import FindBar

TEXT_MIN_CHARACTERS = 60
TEXT_CHARACTERS = 80  # the measure a window wide enough gives the text
TEXT_MAX_CHARACTERS = 90
SIDE_MIN_WIDTH = (140, 280)  # article list, annotation panel: what they give way down to
SIDE_WIDTH = (280, 500)  # what they get before the text grows past its minimum
LIST_SHARE = 0.5  # of the width beyond all that, to the article list; the rest to the form
COLUMN_STRETCH = (2, 0, 3)  # how a change of the window's width is shared
LIST_MAX_WIDTH = 560  # titles read whole long before this; the form takes the rest…
PANEL_MAX_WIDTH = 900  # …up to fields this wide; beyond, the text to its widest, then the list


def text_width(view: ArticleView, characters: int) -> int:
    """The width that shows ``characters`` average characters a line, with the frame and the
    scroll bar."""
    metrics = view.fontMetrics()
    chrome = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    margin = int(2 * view.document().documentMargin())
    return metrics.averageCharWidth() * characters + chrome + margin


class _MeasureFollowsFont(QObject):
    """The article column's widest measure follows the text's size (zoom)."""

    def __init__(self, view: ArticleView, column: QWidget) -> None:
        super().__init__(column)
        self.view, self.column = view, column
        view.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        self.view.setMinimumWidth(text_width(self.view, TEXT_MIN_CHARACTERS // 2))
        self.column.setMaximumWidth(text_width(self.view, TEXT_MAX_CHARACTERS))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def build_columns(
    articles: QWidget, view: ArticleView, find_bar: FindBar, annotations: QWidget
) -> QSplitter:
    """The article list, the article with its find bar under the text, the annotations."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    article_column = QWidget()
    article_column.setObjectName("articleColumn")
    column = QVBoxLayout(article_column)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(view)
    column.addWidget(find_bar)
    for widget in (articles, article_column, annotations):
        splitter.addWidget(widget)
    # A window growing or shrinking changes the sides, the list and the form in proportion:
    # the text keeps its measure (give_text_room keeps it readable when the sides are spent).
    for index, stretch in enumerate(COLUMN_STRETCH):
        splitter.setStretchFactor(index, stretch)
    articles.setMinimumWidth(SIDE_MIN_WIDTH[0])
    annotations.setMinimumWidth(SIDE_MIN_WIDTH[1])
    _MeasureFollowsFont(view, article_column)
    splitter.setSizes([SIDE_WIDTH[0], text_width(view, TEXT_CHARACTERS), SIDE_WIDTH[1]])
    return splitter


def share_columns(splitter: QSplitter, view: ArticleView) -> None:
    """The widths of the size policy for the splitter's width: the window's first layout
    (before the splitter has laid its columns out, its width is the truth)."""
    total = splitter.width() - (splitter.count() - 1) * splitter.handleWidth()
    if total <= 0:
        return
    least, measure = text_width(view, TEXT_MIN_CHARACTERS), text_width(view, TEXT_CHARACTERS)
    beside = total - SIDE_WIDTH[0] - SIDE_WIDTH[1]
    text = max(min(beside, measure), min(least, total - sum(SIDE_MIN_WIDTH)))
    rest = total - text
    extra = rest - sum(SIDE_WIDTH)
    if extra >= 0:
        listed = min(SIDE_WIDTH[0] + round(extra * LIST_SHARE), LIST_MAX_WIDTH)
    else:  # a small window: each side gives way in proportion, down to its minimum
        listed = max(SIDE_MIN_WIDTH[0], round(rest * SIDE_WIDTH[0] / sum(SIDE_WIDTH)))
    panel = rest - listed
    if panel > PANEL_MAX_WIDTH:  # a very wide window: the text to its widest, then the list
        grown = min(panel - PANEL_MAX_WIDTH, text_width(view, TEXT_MAX_CHARACTERS) - text)
        text, panel = text + max(grown, 0), panel - max(grown, 0)
        listed, panel = listed + max(panel - PANEL_MAX_WIDTH, 0), min(panel, PANEL_MAX_WIDTH)
    splitter.setSizes([listed, text, panel])


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


def has_collapsed(sizes: list[int]) -> bool:
    """A split with a part shrunk to nothing (or nearly): never kept, never restored."""
    return len(sizes) < 2 or min(sizes) < 24
