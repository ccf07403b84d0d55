"""Every dialog the window opens goes through a function here, so tests replace the function
instead of blocking on a modal .exec() (DESIGN §11)."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.services.formats import registry


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_annotator_name(parent: QWidget | None) -> str | None:
    """Asked once; prefilled with the login name."""
    try:
        default = getpass.getuser()
    except Exception:  # no login name on some systems: the field starts empty
        default = ""
    name, accepted = QInputDialog.getText(
        parent,
        "Who is annotating?",
        "Your name is recorded with every annotation you make.\nName:",
        text=default,
    )
    name = " ".join(name.split())
    return name if accepted and name else None


def choose_import_files(parent: QWidget | None) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        "Import articles or datasets",
        "",
        "Articles and datasets (*.txt *.md *.html *.htm *.json *.jsonl *.jsonld *.tsv);;"
        "All files (*)",
    )
    return [Path(f) for f in files]


def choose_import_folder(parent: QWidget | None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, "Import a folder of articles (or a brat or INCEpTION export)"
    )
    return Path(folder) if folder else None


def choose_export_target(parent: QWidget | None) -> tuple[Path, str] | None:
    """The file and its format: every registered format is offered; a typed extension that
    belongs to a format wins over the chosen filter (claims.csv is written as CSV)."""
    filters = registry.dialog_filters()
    path, chosen = QFileDialog.getSaveFileName(
        parent, "Export the dataset", "dataset.json", ";;".join(text for text, _ in filters)
    )
    if not path:
        return None
    return Path(path), export_format_of(path, chosen)


def export_format_of(path: str, chosen_filter: str) -> str:
    """The chosen filter's format if the name's extension fits it, else the extension's."""
    by_filter = dict(registry.dialog_filters()).get(chosen_filter)
    try:
        return registry.export_format_for(Path(path), by_filter)
    except registry.FormatMismatch:
        return registry.export_format_for(Path(path), None)


def show_report(parent: QWidget | None, title: str, summary: str, details: str) -> None:
    """A report whose text can be selected and copied (import results, errors)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    heading = QLabel(summary)
    heading.setWordWrap(True)
    layout.addWidget(heading)
    text = QPlainTextEdit(details)
    text.setReadOnly(True)
    text.setObjectName("reportText")
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    copy = QPushButton("Copy")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{summary}\n\n{details}"))
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(720, 420)
    dialog.exec()


def choose_color(parent: QWidget | None, initial: str) -> str | None:
    color = QColorDialog.getColor(QColor(initial), parent, "Colour")
    return color.name() if color.isValid() else None


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def choose_action(
    parent: QWidget | None, title: str, question: str, choices: list[str]
) -> int | None:
    """One of several answers, as buttons (the first is the default); None when cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in choices]
    box.addButton(QMessageBox.StandardButton.Cancel)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def run_dialog(dialog: QDialog) -> int:
    """Show a window-made dialog modally (statistics, shortcuts). Tests replace this so that
    nothing blocks a headless run."""
    return dialog.exec()


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, prefilled; None when cancelled."""
    answer, accepted = QInputDialog.getText(parent, title, label, text=text)
    return answer if accepted else None


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of ``items`` (not editable); None when cancelled or when there is nothing to choose."""
    if not items:
        return None
    answer, accepted = QInputDialog.getItem(parent, title, label, items, 0, False)
    return answer if accepted else None


def choose_database_file(parent: QWidget | None) -> Path | None:
    """File › Open Local Database…: an annotator database file (SQLite)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Open a local database"),
        "",
        QCoreApplication.translate("Dialogs", "Annotator databases (*.sqlite3 *.sqlite *.db);;")
        + QCoreApplication.translate("Dialogs", "All files (*)"),
    )
    return Path(path) if path else None
