"""How the window's actions are made: an ActionMaker, given the widget that owns them and the
widgets where annotating happens.

Each action table (window_actions, annotating_actions, suggestion_actions) is a function given
this maker and a small record of the slots it calls, and nothing else: no table sees the
window, so none can reach past what it was handed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Keys = str | QKeySequence.StandardKey | list[str] | None
Slot = Callable[[], object]


class ActionMaker:
    """Makes actions owned by ``owner``. A ``local`` action (a single key: C, 1–9, Delete, B)
    works only while one of ``annotating`` has the focus, the article or the annotation
    table: typing "c" in a form field must type a "c"."""

    def __init__(self, owner: QWidget, annotating: Sequence[QWidget]) -> None:
        self.owner, self.annotating = owner, tuple(annotating)

    def __call__(
        self, text: str, keys: Keys, slot: Slot, tip: str = "", local: bool = False
    ) -> QAction:
        action = QAction(text, self.owner)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '').replace('…', '')} — {tip}")
        action.triggered.connect(lambda _checked=False: slot())
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for widget in self.annotating:
                widget.addAction(action)
        return action
