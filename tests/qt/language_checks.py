"""What the Ukrainian walk looks for: English left in what the window itself says (labels,
buttons, headers, tabs, menus, tooltips, placeholders, titles), never in the data it shows
(an English article, a name, an address) nor in names of things (JSON, ClaimReview, Ctrl)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

# Words that are names, not English: formats, tools, keys, the program, units, markup.
NAMES = {
    "fact", "check", "annotator", "json", "jsonl", "jsonld", "csv", "tsv", "html", "htm", "txt",
    "claimreview", "schema", "org", "label", "studio", "averitec", "fever", "checkthat",
    "pdf", "docx", "odt", "eml", "mbox", "warc", "wacz", "png", "jpeg",
    "conll", "iob", "spacy", "docbin", "doccano", "brat", "standoff", "inception", "uima",
    "cas", "xmi", "web", "annotation", "lines", "postgresql", "libpq", "pgpass", "pgpassword",
    "ssl", "url", "https", "http", "ctrl", "shift", "alt", "enter", "return", "del", "delete",
    "esc", "backspace", "tab", "pgup", "pgdown", "ok", "yyyy", "dd", "mm", "sqlite", "db",
    "datepublished", "author", "wayback", "izyum", "izium", "kharkiv", "kupiansk", "rogov",
    "olena", "petrenko", "petro", "ivan", "ізюм", "md", "utf", "cp", "oblast", "mil", "unit",
    "norp", "gpe", "loc", "fac", "person", "event", "date", "quantity", "weapon",
    "checkin", "conflict", "example", "localhost", "service", "english",
    # libpq's sslmode values, shown as the address would write them
    "disable", "allow", "prefer", "require", "verify", "full",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")
# Text that is data, not the window speaking: paths, addresses, and what is quoted (an
# annotation's words in an Undo step, an article's title in a question).
DATA = re.compile(
    r"(?:[\w.-]*/[\w./-]+|https?://\S+|\S+@\S+|\S+\.(?:json|sqlite3|txt|html)\b"
    r"|“[^”]*(?:”|$)|«[^»]*(?:»|$)|#[0-9a-fA-F]{6}\b)"
)


def english_words(text: str) -> list[str]:
    text = DATA.sub(" ", re.sub(r"<[^>]+>|&\w+;|&", " ", text))
    return [w for w in WORD.findall(text) if w.lower().strip("'’") not in NAMES]


def _texts(widget: QWidget) -> list[str]:
    """What the window itself says in ``widget``."""
    said = [widget.toolTip(), widget.accessibleDescription()]
    if isinstance(widget, QLabel | QAbstractButton):
        said.append(widget.text())
    elif isinstance(widget, QGroupBox):
        said.append(widget.title())
    elif isinstance(widget, QTabBar):
        said += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        said.append(widget.placeholderText())
    elif isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        said += [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount(QModelIndex()))
        ]
    if widget.isWindow():
        said.append(widget.windowTitle())
    return said


def untranslated(root: QWidget, data: tuple[QWidget, ...] = (), choices: bool = True) -> list[str]:
    """English in what ``root`` and its children say; ``data``: widgets that show data."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if any(widget is d or d.isAncestorOf(widget) for d in data):
            continue
        said = _texts(widget)
        if choices and isinstance(widget, QComboBox) and not widget.isEditable():
            said += [widget.itemText(i) for i in range(widget.count())]
        for action in widget.actions():
            said += [action.text(), action.toolTip(), action.statusTip()]
        for text in said:
            words = english_words(text or "")
            if words:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text[:80]!r}")
    return sorted(set(found))
