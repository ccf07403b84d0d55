"""The related-claims screenshot for the README, made from the real program on the seed articles.

    .venv/bin/python docs/make_related_claims_screenshot.py    # writes docs/related-claims.png

The capture of two North Korean soldiers is a claim in 003 and in 004: confirmed as one claim,
judged False in one and Mostly true in the other, so the group shows its warning; more claims
of 002 and 004 are the suggestions below it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.app import create_application, open_settings, who_annotates
from annotator.ui.common import dialogs, translation
from annotator.ui.window.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
CLAIMS = {
    "Intense Battle": [
        "Ukraine managed to capture two wounded North Korean soldiers alive last week.",
        "enlisting the help of at least 12,000 North Korean troops",
        "with 300 dead and 2,700 injured according to the South Korean government",
    ],
    "Ukraine Claims Capture": [
        "Ukraine has reportedly captured two North Korean soldiers injured during combat on "
        "Russian soil",
        "The two soldiers, believed to be part of a contingent deployed by North Korea to "
        "support Russia, were captured in eastern Ukraine.",
        "The capture of the soldiers could serve as a significant intelligence opportunity "
        "for Ukraine.",
        "The presence of North Korean soldiers in the conflict raises serious concerns about "
        "the global implications of the Ukraine war.",
    ],
    "The recent escalation": [
        "a captured Ukrainian soldier reportedly claimed in a Telegram channel"
    ],
    "According to a local deputy": [
        "Hundreds of Russian forces didn’t have time to escape from Izyum, so they were taken, "
        "prisoner.",
        "N. Korean Troops Massed in Russia to Enter Ukraine War ’Soon’: Pentagon Chief",
    ],
}


def open_titled(window: MainWindow, title: str) -> None:
    model = window.list_panel.model
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(title)]
    window.list_panel.select_row(row)


def settle(app: QApplication, window: MainWindow) -> None:
    """Let the background ranking finish and its result arrive."""
    search = window.panel.related_claims.search
    deadline = time.monotonic() + 20
    while search.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def main() -> None:
    app = create_application()
    translation.install_translators(app, translation.ENGLISH)  # as run_gui: "1 claim", "2 claims"
    dialogs.ask_annotator_name = lambda _parent: "Olena Petrenko"
    paths = resolve_paths(data_dir=Path(tempfile.mkdtemp(prefix="screens-")))
    paths.ensure()
    workspace = open_workspace(paths, demo=True)
    settings = open_settings(paths)
    window = MainWindow(workspace, settings, who_annotates(workspace, settings))
    window.resize(1920, 1080)
    window.show()
    window.start()
    app.processEvents()
    controller, view = window.controller, window.view
    made: dict[str, list[str]] = {}
    for title, quotes in CLAIMS.items():
        open_titled(window, title)
        text = controller.document.article.text
        for quote in quotes:
            start = text.index(quote)
            view.select_span(start, start + len(quote))
            window.annotating.new_claim()
            made.setdefault(title, []).append(controller.selected_id)
    capture_003, capture_004 = made["Intense Battle"][0], made["Ukraine Claims Capture"][0]
    workspace.related.confirm(capture_003, capture_004, controller.annotator_id)
    workspace.related.apply_status_to_group(capture_004, "mostly_true")

    open_titled(window, "Intense Battle")
    controller.select(capture_003)
    controller.set_claim_status("false")
    settle(app, window)
    # The form's top and the related claims under it: the table gives up some height.
    total = sum(window.panel.splitter.sizes())
    window.panel.splitter.setSizes([160, total - 160])
    view.collapse_selection(0)
    view.reveal(controller.annotation(capture_003).start)
    app.processEvents()
    # The claim page scrolls as one: down to the related claims, the form's last rows above.
    claim_page = window.panel.forms.currentWidget()  # the scroll area of form and panel
    claim_page.verticalScrollBar().setValue(window.panel.claim_form.review_url.y() - 6)
    window.panel.claim_form.claim_reviewed.setFocus()
    app.processEvents()
    window.grab().save(str(DOCS / "related-claims.png"))
    window.close()
    workspace.close()
    QApplication.processEvents()
    print("wrote related-claims.png")


if __name__ == "__main__":
    main()
