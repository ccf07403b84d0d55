"""Holds the labels of Qt's own dialogs that Qt's Ukrainian catalogue (qtbase_uk.qm) lacks.

Qt 6 gave the file dialog's labels mnemonics ("&Look in:", "Files of &type:") and its
catalogue still has them only without, so a Ukrainian file dialog kept two English labels.
lupdate copies these into our catalogue under Qt's own contexts, where the dialogs look them
up: Qt asks its own catalogue first, then ours.

May import: Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
