"""Edit › Find in article (Ctrl+F): a bar under the text that finds words in the open article.

Typing finds the first match at or after the cursor, case-insensitively; F3 or Enter goes to the
next, Shift+F3 to the previous, wrapping round; Escape closes the bar and gives
the keys back to the article. A match is selected, so C or 1–9 annotate it at once. Matches are
found in the article's canonical text (code points), never in Qt's UTF-16 copy of it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from annotator.ui.article.article_view import ArticleView


class FindBar(QWidget):
    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this article"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        previous.setText("↑")
        previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        following.setText("↓")
        following.setToolTip(self.tr("Next match (F3)"))
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.field, self.count, previous, following, close):
            layout.addWidget(widget)
        self.field.textChanged.connect(lambda _text: self.search())
        self.field.returnPressed.connect(lambda: self.step(+1))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(+1))
        close.clicked.connect(self.close_bar)
        # F3 and Shift+F3 work from the bar and from the article alike.
        for keys, step in (("F3", +1), ("Shift+F3", -1)):
            for owner in (self, view):
                shortcut = QShortcut(QKeySequence(keys), owner)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda step=step: self.step(step))
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with the article's selected words (if short) as the search."""
        selected = self.view.textCursor().selectedText()
        if selected and len(selected) <= 80 and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search()

    def show_words(self, words: str) -> None:
        """The list search's words, found in the article just opened: the whole phrase if it
        occurs, else its first word that does (the search matched words, not the phrase)."""
        self.show()
        for candidate in (words, *words.split()):
            self.field.setText(candidate)
            if self.matches:
                return

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()

    def search(self) -> None:
        """Every match of the field's text; the first at or after the cursor is selected."""
        term = self.field.text()
        text = self.view.text
        self.matches = (
            [(m.start(), m.end()) for m in re.finditer(re.escape(term), text, re.IGNORECASE)]
            if term
            else []
        )
        if not self.matches:
            self.current = -1
            self._show_count()
            return
        cursor = self.view.offsets.to_codepoint(self.view.textCursor().selectionStart(), "down")
        self.current = next(
            (i for i, (start, _end) in enumerate(self.matches) if start >= cursor), 0
        )
        self._select()

    def step(self, direction: int) -> None:
        """The next (+1) or previous (-1) match, wrapping round the article."""
        if not self.isVisible():
            self.open_bar()
            return
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        self._select()

    def _select(self) -> None:
        start, end = self.matches[self.current]
        self.view.select_span(start, end)
        self.view.reveal(start)
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("no match"))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self.current + 1, len(self.matches)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # the field leaves Escape to its parent
            self.close_bar()
            return
        super().keyPressEvent(event)
