"""The article's source above its text: publisher or channel, author, date and address, and
where the selected text is in the source ("p. 7", "at 12:04", "post 4521 · …") so a
fact-checker can cite it. Shown only for articles that say something about their source."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QWidget

from annotator.domain.models import Article, Passage
from annotator.domain.sources.passages import cited_span
from annotator.ui.common.messages import in_window_language


class SourceHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceHeader")
        self.setFont(QApplication.font())  # not the article's reading font
        self.setAutoFillBackground(True)
        self.source = QLabel()
        self.source.setObjectName("sourceLine")
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One line: a narrow window cuts it, the tooltip holds it whole.
        self.source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.where = QLabel()
        self.where.setObjectName("passageOfSelection")
        self.where.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.where.setStyleSheet("font-weight: bold;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 6, 18, 6)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.where, 0)
        self.passages: list[Passage] = []
        self.setVisible(False)

    def show_article(self, article: Article | None) -> None:
        """The article's source line; hidden when it has nothing to say beyond the title."""
        self.passages = list(article.passages) if article is not None else []
        parts = _source_parts(article) if article is not None else []
        self.source.setText(" · ".join(parts))
        self.source.setToolTip(" · ".join(parts))
        self.where.clear()
        self.setVisible(bool(parts) or bool(self.passages))

    def show_selection(self, start: int, end: int, selected: bool) -> None:
        """Where the text from ``start`` to ``end`` (code points) is in its source."""
        if not self.passages:
            self.where.clear()
            return
        where = cited_span(self.passages, start, max(end, start + 1))
        if not where:
            self.where.clear()
        elif selected:
            self.where.setText(self.tr("Selection: {0}").format(in_window_language(where)))
        else:
            self.where.setText(self.tr("Here: {0}").format(in_window_language(where)))


def _source_parts(article: Article) -> list[str]:
    parts: list[str] = []
    if article.publisher:
        parts.append(f"<b>{html.escape(article.publisher)}</b>")
    if article.authors:
        parts.append(html.escape(", ".join(article.authors)))
    if article.published_at:
        parts.append(html.escape(_shown_date(article.published_at)))
    if article.url:
        parts.append(f"<span>{html.escape(article.url)}</span>")
    if not parts and article.passages:  # subtitles, say: at least the file they came from
        parts.append(html.escape(article.source))
    return parts


def _shown_date(value: str) -> str:
    """``2024-03-01T08:15:30Z`` as ``2024-03-01 08:15 UTC``; a day as it is."""
    if len(value) >= 16 and value.endswith("Z"):
        return f"{value[:10]} {value[11:16]} UTC"
    return value
