"""Screenshots of the agreement and adjudication views for the README.

    .venv/bin/python docs/make_team_screenshots.py   # writes docs/agreement-view.png and
                                                     # docs/adjudication-view.png (offscreen)

Two annotators' exports of the same article (tests/team_fixture.py) are merged in a temporary
data folder; the views are the real ones, driven through their own slots.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.app import create_application, open_settings
from annotator.ui.common import dialogs
from annotator.ui.window.main_window import MainWindow
from tests.team_fixture import write_exports

DOCS = Path(__file__).resolve().parent


def main() -> None:
    app = create_application([])
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(data_dir=Path(folder) / "data")
        paths.ensure()
        workspace = open_workspace(paths)
        workspace.import_paths(write_exports(Path(folder) / "usb"))
        editor = workspace.annotations.annotator(None, "Maria (editor)")
        window = MainWindow(workspace, open_settings(paths), editor)
        window.show()
        window.reveal_article(workspace.article_summaries(0, 1)[0].id)
        window.team.show_agreement()
        view = window.team.agreement_view
        assert view is not None
        view.disagreements.selectRow(0)
        QApplication.processEvents()
        view.grab().save(str(DOCS / "agreement-view.png"))
        view.close()

        def drive(dialog) -> int:  # type: ignore[no-untyped-def]
            dialog.show()
            dialog.accept_side(1)
            dialog.accept_side(0)
            QApplication.processEvents()
            dialog.grab().save(str(DOCS / "adjudication-view.png"))
            return 0

        dialogs.run_dialog = drive
        window.team.adjudicate_article()
        window.close()
        workspace.close()
    app.quit()


if __name__ == "__main__":
    main()
