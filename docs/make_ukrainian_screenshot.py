"""The Ukrainian window for the README: the real program started as under LANGUAGE=uk, on two
short Ukrainian sample articles (written for this picture; the events are illustrative).

    .venv/bin/python docs/make_ukrainian_screenshot.py    # writes docs/window-ukrainian.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "uk"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from annotator.domain.models import Evidence, Stance
from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.app import create_application, open_settings, who_annotates
from annotator.ui.common import dialogs, translation
from annotator.ui.window.main_window import MainWindow

DOCS = Path(__file__).resolve().parent

ARTICLES = {
    "izium.txt": (
        "Удар дрона поблизу Ізюма: що відомо\n"
        "Російський військовий посадовець, якого назвали лише на прізвище Рогов, заявив, що "
        "внаслідок удару дрона поблизу Ізюма загинули понад десять бійців Національної гвардії.\n"
        "Незалежно підтвердити цю інформацію не вдалося. У Харківській обласній військовій "
        "адміністрації її спростували.\n"
        "За словами місцевих жителів, 22 червня в Ізюмі було чути вибухи, але про жертв вони "
        "не повідомляли.\n"
    ),
    "kharkiv.txt": (
        "У Харкові відновили рух метро після обстрілу\n"
        "Харківський метрополітен повідомив, що рух поїздів на всіх лініях відновлено.\n"
        "Міський голова Ігор Терехов заявив, що пошкоджені станції відремонтують за тиждень.\n"
    ),
}
MENTIONS = [
    ("Ізюма", "GPE", 1),
    ("Рогов", "PERSON", 0),
    ("Національної гвардії", "ORG", 0),
    ("Харківській обласній військовій адміністрації", "ORG", 0),
    ("22 червня", "DATE", 0),
    ("Ізюмі", "GPE", 0),
    ("понад десять", "QUANTITY", 0),
]
CLAIM = "загинули понад десять бійців Національної гвардії"


def main() -> None:
    app = create_application()
    language = translation.effective_language(translation.SYSTEM)
    translation.install_translators(app, language)
    dialogs.ask_annotator_name = lambda _parent: "Олена Петренко"
    folder = Path(tempfile.mkdtemp(prefix="screens-uk-"))
    paths = resolve_paths(data_dir=folder / "data")
    paths.ensure()
    workspace = open_workspace(paths, demo=False)
    settings = open_settings(paths)
    window = MainWindow(workspace, settings, who_annotates(workspace, settings))
    window.resize(1920, 1080)
    window.show()
    window.start()
    files = []
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        files.append(folder / name)
    dialogs.show_report = lambda *_args: None  # the import report would wait for a click
    window.files.import_paths(files)
    window.list_panel.select_row(0)
    if "Ізюм" not in window.controller.document.article.title:
        window.list_panel.select_row(1)
    app.processEvents()
    view, controller = window.view, window.controller
    text = controller.document.article.text
    for words, entity_type, occurrence in MENTIONS:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(words, at + 1)
        view.select_span(at, at + len(words))
        window.annotating.new_mention(entity_type)
    start = text.index(CLAIM)
    view.select_span(start, start + len(CLAIM))
    window.annotating.new_claim()
    claim = controller.annotation(controller.selected_id)
    claim.claim_reviewed = "Удар дрона поблизу Ізюма вбив понад десять бійців Нацгвардії"
    claim.claimant.name = "Рогов"
    claim.claim_date = "2024-06-24"
    claim.status = "unproven"
    claim.justification = (
        "Немає ні списку загиблих, ні знімків, ні другого джерела; єдине джерело — "
        "посадовець, якого цитує одне видання."
    )
    claim.evidence = [
        Evidence(
            "e1",
            "https://example.org/oda",
            None,
            "Заява обласної адміністрації",
            Stance.REFUTES,
            "Інформацію про загиблих спростовано.",
        ),
    ]
    claim.tags = ["втрати", "Харківщина"]
    controller.change(claim, "Form")
    controller.select(None)
    controller.select(claim.id)
    view.collapse_selection(0)
    view.verticalScrollBar().setValue(0)
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(DOCS / "window-ukrainian.png"))
    window.close()
    workspace.close()
    QApplication.processEvents()
    print("wrote", DOCS / "window-ukrainian.png")


if __name__ == "__main__":
    main()
