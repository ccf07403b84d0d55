"""Screenshots of the window for the README, made from the real program on the seed articles.

    .venv/bin/python docs/make_screenshots.py        # writes docs/*.png (offscreen)

Everything is annotated through the same calls the keyboard uses, in a temporary data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from annotator.domain.models import Evidence, Stance
from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.app import create_application, open_settings, who_annotates
from annotator.ui.common import dialogs, translation
from annotator.ui.window.main_window import MainWindow
from annotator.ui.window.shortcuts_dialog import ShortcutsDialog

DOCS = Path(__file__).resolve().parent

MENTIONS = [
    ("Izum", "GPE", 0),
    ("Kharkiv", "GPE", 0),
    ("3rd Separate Storm Brigade", "MIL_UNIT", 0),
    ("Ukrainian army", "ORG", 0),
    ("Ukrainian", "NORP", 1),
    ("Azov", "ORG", 0),
    ("Rogov", "PERSON", 0),
    ("National Guard", "ORG", 0),
    ("Norway", "GPE", 0),
    ("June 22", "DATE", 0),
    ("drone strike", "EVENT", 0),
]
CLAIM = "more than ten members of the National Guard reportedly eliminated"


def find(text: str, needle: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    return at


def main() -> None:
    app = create_application()
    translation.install_translators(app, translation.ENGLISH)  # as run_gui: "1 claim", "2 claims"
    dialogs.ask_annotator_name = lambda _parent: "Olena Petrenko"
    paths = resolve_paths(data_dir=Path(tempfile.mkdtemp(prefix="screens-")))
    paths.ensure()
    workspace = open_workspace(paths, demo=True)
    settings = open_settings(paths)
    window = MainWindow(workspace, settings, who_annotates(workspace, settings), paths.data_dir)
    window.resize(1920, 1080)  # a fact-checker's screen; the columns share it by their policy
    window.show()
    window.start()
    app.processEvents()
    view, controller = window.view, window.controller
    text = controller.document.article.text
    for words, entity_type, occurrence in MENTIONS:
        start = find(text, words, occurrence)
        view.select_span(start, start + len(words))
        window.annotating.new_mention(entity_type)
    start = find(text, "the attack targeted the command post of the 3rd Separate Storm Brigade", 0)
    view.select_span(start, start + 70)
    window.annotating.new_claim()
    start = text.index(CLAIM)
    view.select_span(start, start + len(CLAIM))
    window.annotating.new_claim()
    claim = controller.annotation(controller.selected_id)  # a copy to edit
    claim.claim_reviewed = "A drone strike near Izium killed more than ten National Guard members"
    claim.claimant.name = "Rogov"
    claim.claim_date = "2024-06-24"
    claim.status = "unproven"
    claim.justification = (
        "No casualty list, imagery or second source; the only source is "
        "an unnamed official quoted by one outlet."
    )
    claim.evidence = [
        Evidence(
            "e1",
            "https://example.org/ministry-statement",
            None,
            "Ministry statement",
            Stance.NEUTRAL,
            "The ministry declined to comment on losses.",
        ),
        Evidence(
            "e2",
            "https://example.org/satellite",
            "https://web.archive.org/x",
            "Satellite images of the site",
            Stance.REFUTES,
            "No damage visible.",
        ),
    ]
    claim.tags = ["casualties", "Kharkiv"]
    controller.change(claim, "Form")
    controller.select(None)
    controller.select(claim.id)
    view.collapse_selection(0)
    view.verticalScrollBar().setValue(0)
    app.processEvents()
    window.grab().save(str(DOCS / "window-annotated.png"))

    dialog = ShortcutsDialog(window.menuBar(), window)
    dialog.resize(560, 860)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(DOCS / "shortcuts.png"))
    dialog.close()

    mention = next(m for m in controller.document.mentions if m.quote == "Rogov")
    controller.select(mention.id)
    app.processEvents()
    window.grab().save(str(DOCS / "mention-selected.png"))
    # Suggestions: a known place under its other spellings, and check-worthy sentences.
    workspace.entities.create("Izium", "GPE", ["Izyum", "Izum"])
    workspace.entities.create("Kharkiv", "GPE", ["Kharkov"])
    window.list_panel.select_row(2)
    window.suggestion_steps.show_list()  # F8: suggestions framed in dashes, and their list
    for _ in range(3):
        app.processEvents()
    window.suggestion_steps.step(+1)
    window.suggestion_steps.step(+1)
    app.processEvents()
    window.grab().save(str(DOCS / "suggestions.png"))
    window.actions_by_name["suggestions"].setChecked(False)
    window.close()
    workspace.close()
    QApplication.processEvents()
    print("wrote", ", ".join(p.name for p in sorted(DOCS.glob("*.png"))))


if __name__ == "__main__":
    main()
