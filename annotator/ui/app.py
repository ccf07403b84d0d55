"""Starting the window: the QApplication, the workspace, and errors shown as dialogs."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import APP_NAME, __version__
from annotator.domain.errors import DatabaseUnusable
from annotator.paths import AppPaths
from annotator.services.workspace import open_workspace
from annotator.ui.main_window import MainWindow

EXIT_UNUSABLE = 2


def show_error(title: str, message: str) -> None:
    """Dialogs go through small functions like this one, which tests replace (DESIGN §11)."""
    QMessageBox.critical(None, title, message)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Fact-Check Annotator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("factcheck-annotator")
    return app  # type: ignore[return-value]


def run_gui(paths: AppPaths) -> int:
    app = create_application()
    try:
        paths.ensure()
        workspace = open_workspace(paths, demo=True)
    except DatabaseUnusable as error:
        show_error("Cannot open the database", str(error))
        return EXIT_UNUSABLE
    window = MainWindow(workspace)
    window.show()
    if os.environ.get("ANNOTATOR_QUIT_AFTER_SHOW"):
        # Start-up benchmarks and smoke tests of the frozen build: show, then leave at once.
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        workspace.close()
