"""A Ukrainian fact-checker's window: under a Ukrainian locale the menus, lists, forms and
Qt's own buttons speak Ukrainian, while ids, stored labels and exports stay as they are."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from annotator.domain.schemes import DEFAULT_ENTITY_TYPES, DEFAULT_STATUSES
from annotator.paths import resolve_paths
from annotator.ui.annotations.annotation_table_model import LABEL
from annotator.ui.app import open_settings
from annotator.ui.common import translation
from annotator.ui.settings.preferences_dialog import PreferencesDialog
from tests.helpers import dataset_document, write_json
from tests.qt.conftest import DialogLog

CYRILLIC = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ")


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None and action.text() != "&Анотатори":  # people's names
            found += _menu_actions(action.menu())
    return found


def test_the_menus_speak_ukrainian_under_a_ukrainian_locale(
    ukrainian: None, open_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")

    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&Файл"
    assert {"&Редагування", "&Вигляд", "&Анотування", "&Довідка"} <= set(titles)
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Імпортувати файли…" in [a.text() for a in file_menu.actions()]
    # Every item of every menu, not only the first: a string in the wrong context would
    # stay English here.
    english = [
        action.text()
        for top in window.menuBar().actions()
        for action in [top, *_menu_actions(top.menu())]
        if not CYRILLIC & set(action.text())
    ]
    assert english == []
    assert window.actions_by_name["mention:PERSON"].text() == "Особа"
    assert window.actions_by_name["status:false"].text() == "Неправда"
    header = window.list_panel.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Заголовок"
    assert window.status.saved.text() == "✓ Усі зміни збережено"
    assert window.list_panel.status.itemText(0) == "Усі статті"
    window.grab().save(str(tmp_path / "ukrainian-window.png"))


def test_qt_s_own_buttons_and_the_language_choice_in_preferences(
    ukrainian: None, open_window, qtbot: QtBot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    dialog = PreferencesDialog(window.workspace.preferences, window, window.settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Налаштування"
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Зберегти", "Скасувати"}  # from Qt's qtbase_uk.qm
    offered = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert offered == ["Мова системи", "English", "Українська"]
    assert dialog.language.currentData() == translation.SYSTEM

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    window.settings.sync()
    # The next start reads the choice from the user's settings, over the system's language.
    reopened = open_settings(resolve_paths(data_dir=tmp_path / "data"))
    assert translation.chosen_language(reopened) == "en"
    assert translation.effective_language(translation.chosen_language(reopened)) == "en"


def test_labels_are_shown_in_ukrainian_while_ids_and_exports_stay_as_they_are(
    ukrainian: None, open_window, dialog_log: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths(
        [write_json(tmp_path / "d.json", dataset_document(["Rogov said it", "Izium fell"]))]
    )
    window.list_panel.table.selectRow(0)
    model = window.panel.model
    shown = {model.index(row, LABEL).data() for row in range(model.rowCount())}
    assert shown == {"Особа", "Неправда"}  # the imported mention (PERSON) and claim (false)

    dialog_log.export_target = (tmp_path / "out.json", "json")
    window.actions_by_name["export"].trigger()
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    schemes = document["schemes"]
    assert [(t["id"], t["label"]) for t in schemes["entity_types"]] == [
        (t.id, t.label) for t in DEFAULT_ENTITY_TYPES
    ]
    assert [(s["id"], s["label"]) for s in schemes["statuses"]] == [
        (s.id, s.label) for s in DEFAULT_STATUSES
    ]
    articles = document["articles"]
    assert {m["type"] for a in articles for m in a["mentions"]} == {"PERSON"}
    assert {c["status"] for a in articles for c in a["claims"]} == {"false"}
