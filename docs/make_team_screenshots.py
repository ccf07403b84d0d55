"""Screenshots of the agreement and adjudication views and of the work brought back, for the
README.

    .venv/bin/python docs/make_team_screenshots.py   # writes docs/agreement-view.png,
        # docs/adjudication-view.png and docs/checkin-report.png (offscreen)

Two annotators' exports of the same article (tests/team_fixture.py) are merged in a temporary
data folder; the views are the real ones, driven through their own slots. The report of work
brought back is the real dialog over that article's annotations (a check-in needs a team
server; tests/qt/test_offline_window.py does one).
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
from annotator.services.team.offline import AnnotationOutcome, CheckinReport, Outcome
from annotator.services.workspace import open_workspace
from annotator.ui.app import create_application, open_settings
from annotator.ui.common import dialogs, translation
from annotator.ui.team.offline_dialogs import CheckinReportDialog
from annotator.ui.window.main_window import MainWindow
from tests.team_fixture import write_exports

DOCS = Path(__file__).resolve().parent


def main() -> None:
    app = create_application([])
    translation.install_translators(app, translation.ENGLISH)  # as run_gui: "1 claim", "2 claims"
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
        checkin_report(window)
        window.close()
        workspace.close()
    app.quit()


def checkin_report(window: MainWindow) -> None:
    """Work brought back to the team database: a conflict first, then what came back."""
    workspace = window.workspace
    summary = workspace.article_summaries(0, 1)[0]
    document = workspace.annotations.open_article(summary.id)
    assert document is not None
    claims = list({c.quote: c for c in document.claims}.values())  # one per place
    mentions = list({m.quote: m for m in document.mentions}.values())
    outcomes = [
        AnnotationOutcome("claim", claims[1].id, summary.id, claims[1].quote, Outcome.CONFLICT,
                          "kept-beside"),
        AnnotationOutcome("claim", claims[0].id, summary.id, claims[0].quote, Outcome.UPDATED),
        *(AnnotationOutcome("mention", m.id, summary.id, m.quote, Outcome.ADDED)
          for m in mentions[:2]),
        *(AnnotationOutcome("mention", m.id, summary.id, m.quote, Outcome.UNCHANGED)
          for m in mentions[2:5]),
    ]  # fmt: skip
    report = CheckinReport(0, outcomes)
    titles = {summary.id: summary.title}
    dialog = CheckinReportDialog(report, "postgresql://desk.example.org/factchecks", titles, window)
    dialog.resize(760, 420)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(DOCS / "checkin-report.png"))
    dialog.close()


if __name__ == "__main__":
    main()
