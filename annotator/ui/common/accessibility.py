"""Holds how the window's widgets are named for assistive technology: each named by its role
and described in a sentence, as a screen reader reads them. A field beside a label takes the
label's words as its name (its buddy); a box, a list or a table is named here, never by the
value it shows.

May import: Qt, ui.common.translation.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox, QWidget

from annotator.ui.common.translation import QT_TRANSLATE_NOOP, translate

_StandardButton = QDialogButtonBox.StandardButton
# What a dialog's standard buttons do, said once for every dialog of the window.
_STANDARD = {
    _StandardButton.Ok: QT_TRANSLATE_NOOP("Accessibility", "Keep what is entered and close"),
    _StandardButton.Save: QT_TRANSLATE_NOOP("Accessibility", "Save what is entered and close"),
    _StandardButton.Open: QT_TRANSLATE_NOOP("Accessibility", "Open what is chosen"),
    _StandardButton.Cancel: QT_TRANSLATE_NOOP("Accessibility", "Close without changing anything"),
    _StandardButton.Close: QT_TRANSLATE_NOOP("Accessibility", "Close this window"),
    _StandardButton.Yes: QT_TRANSLATE_NOOP("Accessibility", "Yes: go ahead"),
    _StandardButton.No: QT_TRANSLATE_NOOP("Accessibility", "No: change nothing"),
}
_MESSAGE_BOX = {
    QMessageBox.StandardButton.Ok: _StandardButton.Ok,
    QMessageBox.StandardButton.Cancel: _StandardButton.Cancel,
    QMessageBox.StandardButton.Close: _StandardButton.Close,
    QMessageBox.StandardButton.Yes: _StandardButton.Yes,
    QMessageBox.StandardButton.No: _StandardButton.No,
}


def describe_buttons(dialog: QWidget) -> None:
    """The standard buttons of ``dialog`` (OK, Save, Cancel, Close, Yes, No) described; a
    button with a tooltip or a description of its own keeps it."""
    buttons: Iterable[tuple[QAbstractButton, object]]
    if isinstance(dialog, QMessageBox):
        buttons = [(b, _MESSAGE_BOX.get(dialog.standardButton(b))) for b in dialog.buttons()]
    else:
        buttons = [
            (b, box.standardButton(b))
            for box in dialog.findChildren(QDialogButtonBox)
            for b in box.buttons()
        ]
    for button, standard in buttons:
        if button.toolTip() or button.accessibleDescription():
            continue
        said = _STANDARD.get(standard) if isinstance(standard, _StandardButton) else None
        if said is not None:
            button.setAccessibleDescription(translate("Accessibility", str(said)))
