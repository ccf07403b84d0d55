"""Help › Keyboard shortcuts: generated from the window's menus, so it cannot go stale."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.translation import translate

# Actions whose text changes (Undo "Add claim …") name themselves for the help with this.
HELP_TEXT = "help_text"


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, shortcut)]) for every action that has a shortcut."""
    sections = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows: list[tuple[str, str]] = []
        _collect(menu.actions(), rows, prefix="")
        if rows:
            sections.append((top.text().replace("&", ""), rows))
    return sections


def _collect(actions: list[QAction], rows: list[tuple[str, str]], prefix: str) -> None:
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _collect(submenu.actions(), rows, prefix + action.text().replace("&", "") + " › ")
            continue
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys and not action.isSeparator():
            rows.append(
                (
                    prefix + action.text().replace("&", "").replace("…", ""),
                    translate("ShortcutsDialog", " or ").join(keys),
                )
            )


def shortcuts_html(menu_bar: QMenuBar) -> str:
    parts = [
        "<style>td{padding:2px 14px 2px 0} th{text-align:left;padding-top:10px}</style>",
        "<table>",
    ]
    for title, rows in shortcut_rows(menu_bar):
        parts.append(f"<tr><th colspan=2>{escape(title)}</th></tr>")
        parts.extend(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text)}</td></tr>" for text, keys in rows
        )
    parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setHtml(shortcuts_html(menu_bar))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 640)
