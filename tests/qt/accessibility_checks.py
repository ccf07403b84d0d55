"""What the accessibility tests look for: every interactive widget a user reaches, named by
its role and described, as a screen reader finds them (Qt's accessibility interface)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
)
# Parts of a widget that speak for their owner: a box's line edit, a table's header, a field's
# clear button, a tab bar's scroll arrows, a calendar's cells.
OWNERS = (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit, QAbstractItemView, QTabBar)


def _inner_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, OWNERS):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QMenu)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    # The widgets of this window only: a dialog or a floating window is walked on its own.
    return [w for w in found if not _inner_part(w) and w.window() is root.window()]


def accessible(widget: QWidget) -> tuple[str, str]:
    """The name and the description a screen reader reads."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return "", ""
    return (
        interface.text(QAccessible.Text.Name).strip(),
        interface.text(QAccessible.Text.Description).strip(),
    )


def _called(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without a name or a description; boxes named by their value (a
    box's name is its role: "Status", never the status chosen)."""
    problems = []
    for widget in interactive_widgets(root):
        name, description = accessible(widget)
        if not name:
            problems.append(f"no name: {_called(widget)}")
        if not description:
            problems.append(f"no description: {_called(widget)} {name!r}")
        if isinstance(widget, QComboBox) and not widget.accessibleName():
            problems.append(f"named by its value: {_called(widget)} {name!r}")
    return problems
