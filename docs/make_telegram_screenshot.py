"""The Telegram screenshot for the README: a channel's export imported, a post open, a claim
selected, its place in the channel beside it.

    .venv/bin/python docs/make_telegram_screenshot.py    # writes docs/telegram-channel.png

The channel is made here in Telegram Desktop's JSON shape (a made-up local channel; the
posts are written for the picture), imported as ``annotator import --telegram-channel``
would.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
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
CHANNEL = "Харків сьогодні"
T0 = 1709280930  # 2024-03-01 08:15:30 UTC
POSTS = [
    (
        "Ранок у місті: уночі лунали вибухи в Салтівському районі. Інформацію про "
        "постраждалих уточнюють.",
        {},
    ),
    (
        "Мер міста заявив, що вночі було пошкоджено понад 40 будинків, а ще 12 людей "
        "звернулися по допомогу до лікарів.\n\nКомунальні служби вже працюють на місцях. "
        "Подробиці: https://example.org/kharkiv/2024-03-01",
        {"author": "Ірина Мельник"},
    ),
    (
        "За даними Генштабу, за минулу добу ворог втратив 12 танків і 30 артилерійських "
        "систем. Ці цифри ми не можемо перевірити незалежно.",
        {"forwarded_from": "Генеральний штаб ЗСУ"},
    ),
    (
        "Уточнення: кількість пошкоджених будинків — 38, а не понад 40, як повідомлялося раніше.",
        {"reply_to_message_id": 4522},
    ),
    (
        "Метро працює у звичному режимі. Зупинки наземного транспорту на Салтівці тимчасово "
        "перенесено.",
        {},
    ),
]


def export() -> dict:
    messages = []
    for number, (text, more) in enumerate(POSTS):
        messages.append(
            {
                "id": 4521 + number,
                "type": "message",
                "date": "2024-03-01T10:15:30",
                "date_unixtime": str(T0 + 600 * number),
                "from": CHANNEL,
                "from_id": "channel1700000003",
                **more,
                "text": text,
                "text_entities": [{"type": "plain", "text": text}],
            }
        )
    return {"name": CHANNEL, "type": "public_channel", "id": 1700000003, "messages": messages}


def main() -> None:
    app = create_application()
    dialogs.ask_annotator_name = lambda _parent: "Olena Petrenko"
    folder = Path(tempfile.mkdtemp(prefix="screens-"))
    paths = resolve_paths(data_dir=folder / "data")
    paths.ensure()
    workspace = open_workspace(paths, demo=False)
    source = folder / "ChatExport_2024-03-01" / "result.json"
    source.parent.mkdir()
    source.write_text(json.dumps(export(), ensure_ascii=False, indent=1), encoding="utf-8")
    workspace.import_paths([source], telegram_channels={"": "kharkiv_today"})
    settings = open_settings(paths)
    window = MainWindow(workspace, settings, who_annotates(workspace, settings))
    window.resize(1920, 1080)
    window.show()
    window.start()
    app.processEvents()
    window.list_panel.select_row(1)
    app.processEvents()
    view = window.view
    text = window.controller.document.article.text
    quote = "вночі було пошкоджено понад 40 будинків"
    start = text.index(quote)
    view.select_span(start, start + len(quote))
    window.annotating.new_claim()
    app.processEvents()
    view.select_span(start, start + len(quote))
    app.processEvents()
    window.grab().save(str(DOCS / "telegram-channel.png"))
    window.close()
    workspace.close()
    QApplication.processEvents()
    print("wrote telegram-channel.png")


if __name__ == "__main__":
    main()
