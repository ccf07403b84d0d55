"""Holds the labels of Qt's own dialogs that Qt's Ukrainian catalogue (qtbase_uk.qm) lacks.

Qt 6 gave the file dialog's labels mnemonics ("&Look in:", "Files of &type:") and its
catalogue still has them only without, so a Ukrainian file dialog kept two English labels.
lupdate copies these into our catalogue under Qt's own contexts, where the dialogs look them
up: Qt asks its own catalogue first, then ours. The file dialog's Type column names a folder
through Qt's file icon provider, whose words the catalogue also lacks.

May import: Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

QT_OWN = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def file_types() -> tuple[str, ...]:
    """What the file dialog's Type column says of a folder or a drive, in the window's
    language. Qt's messages carry a disambiguation per system, which pyside6-lupdate reads
    from translate() calls only (not from QT_TRANSLATE_NOOP3): hence calls, not markers."""
    return (
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"
        ),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    )
