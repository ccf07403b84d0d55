"""The "Checked before" screenshot for the README, made from the real program.

    .venv/bin/python docs/make_known_screenshot.py    # writes docs/checked-before.png

The seed articles, and the published fact-checks of tests/data/known imported as a feed
would be (the same importer): a claim of the North Korean soldiers' capture is marked, and
the window shows who checked it before, over its form and among its related claims.
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
from annotator.ui.common import dialogs
from annotator.ui.window.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
FEED = DOCS.parent / "tests" / "data" / "known"
TITLE = "Ukraine Claims Capture"
QUOTE = "Ukraine has reportedly captured two North Korean soldiers injured during combat"


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = create_application([])
    dialogs.ask_annotator_name = lambda *_args: "Olena Petrenko"  # type: ignore[assignment]
    data = Path(tempfile.mkdtemp(prefix="known-shot-"))
    paths = resolve_paths(data_dir=data)
    paths.ensure()
    workspace = open_workspace(paths, demo=True)
    workspace.import_paths([FEED])
    settings = open_settings(paths)
    window = MainWindow(workspace, settings, who_annotates(workspace, settings))
    window.resize(1920, 1080)
    window.show()
    window.start()
    model = window.list_panel.model
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(TITLE)]
    window.list_panel.select_row(row)
    settle(app, 0.5)
    document = window.controller.document
    assert document is not None
    start = document.article.text.index(QUOTE)
    claim = window.controller.create_claim(start, document.article.text.index(".", start) + 1)
    assert claim is not None
    window.controller.select(claim.id)
    window.splitter.setSizes([300, 900, 720])
    checked = window.panel.checked_before
    deadline = time.monotonic() + 20
    while not checked.section.cards and time.monotonic() < deadline:
        settle(app, 0.1)
    # The form area as tall as the window allows: the banner over the form and the published
    # fact-checks under it, in one view.
    window.panel.splitter.setSizes([70, 1000])
    settle(app, 0.5)
    target = DOCS / "checked-before.png"
    window.grab().save(str(target))
    print(f"wrote {target}")
    window.shutdown()
    workspace.close()


if __name__ == "__main__":
    main()
