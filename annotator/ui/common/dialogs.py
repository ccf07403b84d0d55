"""Every dialog the window opens goes through a function here, so tests replace the function
instead of blocking on a modal .exec() (docs/design/tests.md)."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.models import ANNOTATOR_NAME_CHARACTERS
from annotator.services.formats import registry
from annotator.ui.common.accessibility import describe_buttons
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import translate

ACCEPT_KEYS = ("Ctrl+Return", "Ctrl+Enter")
BUNDLE = "bundle"  # an export format of the window alone: export --with-evidence


def accept_on_ctrl_enter(dialog: QDialog) -> None:
    """Ctrl+Enter accepts the dialog from any of its fields, many-line ones included (where
    Enter makes a new line), as if its OK (Save, Yes) button were clicked: a disabled button
    stays disabled, and a field being edited hands in its value first."""

    def accept() -> None:
        box = dialog.findChild(QDialogButtonBox)
        accepting = (
            QDialogButtonBox.ButtonRole.AcceptRole,
            QDialogButtonBox.ButtonRole.YesRole,
        )
        button = (
            next((b for b in box.buttons() if box.buttonRole(b) in accepting), None)
            if box is not None
            else None
        )
        if button is None:
            dialog.accept()
        elif button.isEnabled():
            button.setFocus()  # an open cell editor or a line field saves its value
            button.click()

    for keys in ACCEPT_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(accept)


def text_dialog(
    parent: QWidget | None, title: str, label: str, text: str = "", max_length: int = 0
) -> QInputDialog:
    """One line of text in a dialog that Ctrl+Enter accepts too; ``max_length`` characters
    at most, when given."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    accept_on_ctrl_enter(dialog)
    describe_buttons(dialog)
    field = dialog.findChild(QLineEdit)
    if field is not None:  # named by the question's last line ("Name:")
        field.setAccessibleName(label.splitlines()[-1].rstrip(":").strip())
        field.setAccessibleDescription(label.replace("\n", " "))
        if max_length:
            field.setMaxLength(max_length)
    return dialog


def item_dialog(parent: QWidget | None, title: str, label: str, items: list[str]) -> QInputDialog:
    """One of ``items`` (not editable), in a dialog that Ctrl+Enter accepts too."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    accept_on_ctrl_enter(dialog)
    describe_buttons(dialog)
    choices = dialog.findChild(QComboBox)
    if choices is not None:  # named by the question, not by the choice shown
        choices.setAccessibleName(label.rstrip(":").strip())
        choices.setAccessibleDescription(translate("Dialogs", "One of the choices offered"))
    return dialog


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
    dialog = text_dialog(
        parent,
        translate("Dialogs", "Who is annotating?"),
        translate("Dialogs", "Your name is recorded with every annotation you make.\nName:"),
        default,
        max_length=ANNOTATOR_NAME_CHARACTERS,  # what the database keeps of a name, no more
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    name = " ".join(dialog.textValue().split())
    return name if accepted and name else None


def choose_import_files(parent: QWidget | None) -> list[Path]:
    from annotator.services.importing.importer import SUPPORTED_SUFFIXES

    patterns = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("Dialogs", "Import articles or datasets"),
        "",
        translate(
            "Dialogs",
            "Articles, datasets and material: Telegram exports, subtitles, PDF, Word and "
            "OpenDocument, e-mail, web archives ({0});;All files (*)",
        ).format(patterns),
    )
    return [Path(f) for f in files]


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password, typed out of sight; None when the user skips."""
    dialog = text_dialog(parent, title, label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_import_folder(parent: QWidget | None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("Dialogs", "Import a folder of articles (or a brat or INCEpTION export)")
    )
    return Path(folder) if folder else None


def choose_export_target(parent: QWidget | None) -> tuple[Path, str] | None:
    """The file and its format: every registered format is offered; a typed extension that
    belongs to a format wins over the chosen filter (claims.csv is written as CSV)."""
    filters = export_filters()
    bundle = translate("Dialogs", "Dataset with its evidence files (*.zip)")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("Dialogs", "Export the dataset"),
        "dataset.json",
        ";;".join([*(text for text, _ in filters), bundle]),
    )
    if not path:
        return None
    if chosen == bundle or path.lower().endswith(".zip"):
        return Path(path), BUNDLE  # the JSON dataset and every file its evidence keeps
    return Path(path), export_format_of(path, chosen)


def export_filters() -> list[tuple[str, str]]:
    """(filter text, format name) of the export dialog, each format named in the window's
    language ("Набір даних JSON (*.json)")."""
    shown = []
    for text, name in registry.dialog_filters():
        title = registry.BY_NAME[name].title
        shown.append((text.replace(title, in_window_language(title), 1), name))
    return shown


def export_format_of(path: str, chosen_filter: str) -> str:
    """The chosen filter's format if the name's extension fits it, else the extension's."""
    by_filter = dict(export_filters()).get(chosen_filter)
    try:
        return registry.export_format_for(Path(path), by_filter)
    except registry.FormatMismatch:
        return registry.export_format_for(Path(path), None)


def show_report(parent: QWidget | None, title: str, summary: str, details: str) -> None:
    """A report whose text can be selected and copied (import results, errors)."""
    report_dialog(parent, title, summary, details).exec()


def report_dialog(parent: QWidget | None, title: str, summary: str, details: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    heading = QLabel(summary)
    heading.setWordWrap(True)
    layout.addWidget(heading)
    text = QPlainTextEdit(details)
    text.setReadOnly(True)
    text.setObjectName("reportText")
    text.setAccessibleName(translate("Dialogs", "Report"))
    text.setAccessibleDescription(translate("Dialogs", "The whole report, to read or copy"))
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    copy = QPushButton(translate("Dialogs", "Copy"))
    copy.setToolTip(translate("Dialogs", "Copy the whole report to the clipboard"))
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{summary}\n\n{details}"))
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    describe_buttons(dialog)
    dialog.resize(720, 420)
    return dialog


def choose_color(parent: QWidget | None, initial: str) -> str | None:
    color = QColorDialog.getColor(QColor(initial), parent, translate("Dialogs", "Colour"))
    return color.name() if color.isValid() else None


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    return confirm_box(parent, title, question).exec() == QMessageBox.StandardButton.Yes


def confirm_box(parent: QWidget | None, title: str, question: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    accept_on_ctrl_enter(box)
    describe_buttons(box)
    return box


def choose_action(
    parent: QWidget | None, title: str, question: str, choices: list[str]
) -> int | None:
    """One of several answers, as buttons (the first is the default); None when cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in choices]
    box.addButton(QMessageBox.StandardButton.Cancel)
    if buttons:
        box.setDefaultButton(buttons[0])
    accept_on_ctrl_enter(box)  # the first answer, as Enter
    describe_buttons(box)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def show_beside(dialog: QDialog) -> None:
    """A report that stays open beside the window, not modal, while the user goes to what it
    names; it goes when closed. Tests replace this, as every other dialog here."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def run_dialog(dialog: QDialog) -> int:
    """Show a window-made dialog modally (statistics, shortcuts). Tests replace this so that
    nothing blocks a headless run."""
    return dialog.exec()


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, prefilled; None when cancelled."""
    dialog = text_dialog(parent, title, label, text)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of ``items`` (not editable); None when cancelled or when there is nothing to choose."""
    if not items:
        return None
    dialog = item_dialog(parent, title, label, items)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


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


def choose_checkout_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """File › Take articles offline…: a new database file to copy the articles into."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Take articles offline into"),
        str(suggested),
        QCoreApplication.translate("Dialogs", "Annotator databases (*.sqlite3 *.sqlite *.db);;")
        + QCoreApplication.translate("Dialogs", "All files (*)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".sqlite3")
