"""What a layout test looks for in a window or dialog: labels cut off, toolbar actions hidden
behind », and the article's measure."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from annotator.ui.article.article_view import ArticleView


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text does not fit: one line wider than the label, or wrapped
    lines taller than it."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        width, height = label.width(), label.height()
        if label.wordWrap():
            needed = label.heightForWidth(width)
            if needed > height + 1:
                found.append(f"{label.objectName() or label.text()[:50]!r}: {needed} > {height} px")
        elif label.sizeHint().width() > width + 1:
            name = label.objectName() or label.text()[:50]
            found.append(f"{name!r}: {label.sizeHint().width()} > {width} px")
    return found


def hidden_toolbar_actions(root: QWidget) -> list[str]:
    """Toolbar actions whose buttons are not shown: behind the » menu."""
    hidden = []
    for toolbar in root.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        for action in toolbar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            button = toolbar.widgetForAction(action)
            if button is None or not button.isVisible():
                hidden.append(action.text())
    return hidden


def characters_a_line(view: ArticleView) -> float:
    """The average characters a line of the article, inside its margins."""
    inside = view.viewport().width() - 2 * view.document().documentMargin()
    return inside / view.fontMetrics().averageCharWidth()
