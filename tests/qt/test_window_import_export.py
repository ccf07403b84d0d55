"""Import and export from the window: files chosen in File › Import or dropped on the window
are imported in the background and reported file by file (a refused file named with its
reason); File › Export writes a valid dataset holding what was annotated in the window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.services.formats.schema import validate
from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import DialogLog
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, open_article, tag_words

HTML = """<!doctype html><html><head><title>Drone strike near Izium</title></head>
<body><article><h1>Drone strike near Izium</h1>
<p>Officials in Kharkiv said a drone struck a depot near Izium on Monday night.</p>
<p>No casualties were reported, according to the regional administration.</p>
</article></body></html>"""


def listed(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def article_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = folder / "kharkiv.txt"
    text.write_text("Kharkiv under fire\nShelling hit the city centre overnight.\n", "utf-8")
    page = folder / "izium.html"
    page.write_text(HTML, encoding="utf-8")
    binary = folder / "photo.txt"  # a picture someone named .txt
    binary.write_bytes(bytes(range(256)) * 8)
    return {"text": text, "html": page, "binary": binary}


def test_import_files_from_the_file_menu(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    files = article_files(tmp_path / "incoming")
    dialog_log.files = [files["text"], files["html"], files["binary"]]

    window.actions_by_name["import_files"].trigger()

    titles = listed(window)
    assert len(titles) == 7
    assert "Kharkiv under fire" in titles and "Drone strike near Izium" in titles
    ((title, summary, details),) = dialog_log.named("show_report")
    assert title == "Import report"
    assert summary.startswith("new: 2 articles from 3 files") and "1 refused" in summary
    refused = [line for line in details.splitlines() if str(files["binary"]) in line]
    assert len(refused) == 1 and "not a text file" in refused[0]
    assert dialog_log.named("show_error") == []
    assert window.status.position.text().endswith("of 7")

    # The same files again add nothing, and say so.
    window.actions_by_name["import_files"].trigger()
    assert len(listed(window)) == 7
    assert dialog_log.named("show_report")[-1][1].startswith("new: 0 articles from")


def test_a_folder_dropped_on_the_window_is_imported(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data", demo=False)
    folder = tmp_path / "dropped"
    article_files(folder)
    (folder / "notes.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an article file: skipped
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    centre = window.rect().center()

    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(QPoint(centre)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)

    assert sorted(listed(window)) == ["Drone strike near Izium", "Kharkiv under fire"]
    assert window.controller.document is not None  # the first one opens
    ((_title, summary, details),) = dialog_log.named("show_report")
    assert "1 refused" in summary and "other files skipped: 1" in summary
    assert "notes.png" in details


def test_export_writes_what_was_annotated_in_the_window(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    assert window.controller.set_claim_status("false", claim.id)
    target = tmp_path / "out" / "dataset.json"
    target.parent.mkdir()
    dialog_log.export_target = (target, "json")

    window.actions_by_name["export"].trigger()

    document = json.loads(target.read_text(encoding="utf-8"))
    validate(document)
    assert document["offset_unit"] == "codepoint"
    assert len(document["articles"]) == 5
    (article,) = [a for a in document["articles"] if a["title"].startswith(ROGOV_ARTICLE)]
    ((mention,), (exported_claim,)) = article["mentions"], article["claims"]
    assert (mention["id"], mention["quote"], mention["type"]) == (rogov.id, "Rogov", "PERSON")
    assert article["text"][mention["start"] : mention["end"]] == "Rogov"
    assert (exported_claim["id"], exported_claim["status"]) == (claim.id, "false")
    assert exported_claim["quote"] == CLAIM_WORDS
    assert [a["name"] for a in document["annotators"]] == ["Olena Petrenko"]
    assert mention["created_by"] == document["annotators"][0]["id"]
    ((title, message),) = dialog_log.named("show_info")
    assert title == "Export finished" and str(target) in message

    # JSON Lines: the header, then one article per line.
    lines_target = tmp_path / "out" / "dataset.jsonl"
    dialog_log.export_target = (lines_target, "jsonl")
    window.actions_by_name["export"].trigger()
    lines = lines_target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 5
    assert json.loads(lines[0])["format"] == document["format"]

    # Cancelled in the file dialog: nothing is written, nothing is said.
    dialog_log.export_target = None
    window.actions_by_name["export"].trigger()
    assert len(dialog_log.named("show_info")) == 2
    assert sorted(p.name for p in target.parent.iterdir()) == ["dataset.json", "dataset.jsonl"]


def test_a_dataset_imported_into_the_open_article_shows_at_once(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:
    """A colleague's dataset adds a mention of a new entity type to the article on screen: it
    is highlighted and listed straight away, and its type gets a menu entry."""
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    assert window.controller.document.mentions == []
    target = tmp_path / "mine.json"
    dialog_log.export_target = (target, "json")
    window.actions_by_name["export"].trigger()
    dataset = json.loads(target.read_text(encoding="utf-8"))
    dataset["schemes"]["entity_types"].append(
        {"id": "VESSEL", "label": "Vessel", "color": "#2a9d8f", "shortcut": None}
    )
    (article,) = [a for a in dataset["articles"] if a["title"].startswith(ROGOV_ARTICLE)]
    start = article["text"].index("Rogov")
    article["mentions"].append(
        {
            "id": "colleague-rogov",
            "start": start,
            "end": start + len("Rogov"),
            "quote": "Rogov",
            "type": "VESSEL",
            "entity_id": None,
            "created_by": None,
            "created_at": "2026-11-20T09:00:00Z",
            "origin": "manual",
        }
    )
    theirs = tmp_path / "colleague.json"
    theirs.write_text(json.dumps(dataset, ensure_ascii=False), encoding="utf-8")
    dialog_log.files = [theirs]

    window.actions_by_name["import_files"].trigger()

    assert [m.id for m in window.controller.document.mentions] == ["colleague-rogov"]
    assert "colleague-rogov" in window.view.painter.spans
    assert window.panel.model.row_of("colleague-rogov") is not None
    assert "VESSEL" in window.controller.schemes.entity_type_ids()
    assert window.status.counts.text() == "0 claims · 1 mention"
    assert dialog_log.named("show_error") == []
