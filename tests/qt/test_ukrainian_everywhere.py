"""In Ukrainian the window says nothing in English: every view, every dialog of ours and Qt's
own (the file dialog's "Look in:", the calendar's months, the text fields' menus) walked for
English left in what they say, names and data aside; and the leftovers a day in the window
found: the Suggestions list's types, the suggestion's reason in the status bar (whole),
"(you)" in View › Annotators, the export formats' names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QLocale, Qt
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from annotator.ui.common import dialogs
from annotator.ui.window.main_window import MainWindow
from tests.qt.language_checks import english_words, untranslated
from tests.qt.test_accessible_names import _dialogs, _window_with_everything
from tests.qt.test_team_views import team_folder
from tests.qt.user_steps import OpenWindow, key, open_article

# What the window hands its dialogs (titles, questions), as it says them in Ukrainian.
UKRAINIAN_WORDS = {
    "title": "Стаття",
    "export": "Експорт завершено",
    "written": "Записано 1 твердження",
    "left out": "Пропущені твердження",
    "line": "«Rogov said» у «Стаття»: немає вердикту",
    "import": "Звіт про імпорт",
    "files": "1 файл",
    "who": "Хто анотує?",
    "name": "Ім’я:",
    "reread": "Перечитати",
    "read as": "Читати як:",
    "remove": "Вилучити",
    "question": "Перемістити до кошика?",
}
CYRILLIC = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ")


def _data(window: MainWindow) -> tuple[QWidget, ...]:
    """The widgets that show the collection's own words."""
    panel = window.panel
    return (
        window.view,
        window.list_panel.table,
        panel.table,
        panel.claim_form.quote,
        panel.mention_form.quote,
        window.suggestion_list.table,
        window.entities_dock.table,
        window.entities_dock.mentions,
        panel.related_claims,
    )


def _menus(window: MainWindow) -> list[QMenu]:
    found = []
    for top in window.menuBar().actions():
        stack = [top.menu()]
        while stack:
            menu = stack.pop()
            found.append(menu)
            stack += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def test_the_window_its_menus_and_every_dialog_speak_ukrainian(
    ukrainian: None, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    _window_with_everything(window, qtbot)
    english = {"window": untranslated(window, _data(window))}
    english["entities"] = untranslated(window.entities_dock, _data(window))
    for menu in _menus(window):
        english[f"menu {menu.title()}"] = untranslated(menu)
    english["article's menu"] = untranslated(window.article_menu())
    english["a field's menu"] = untranslated(
        window.panel.claim_form.tags.createStandardContextMenu()
    )
    for name, dialog in _dialogs(window, tmp_path, UKRAINIAN_WORDS).items():
        qtbot.addWidget(dialog)
        english[name] = untranslated(dialog, choices=name != "choose one")
    left = [f"{name}: {line}" for name, found in english.items() for line in found]
    assert left == [], "\n".join(left)


def test_qt_s_own_dialogs_speak_ukrainian(
    ukrainian: None, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    save = QFileDialog(window, "Експорт", str(tmp_path))
    save.setOption(QFileDialog.Option.DontUseNativeDialog)
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    save.setNameFilters([text for text, _name in dialogs.export_filters()])
    qtbot.addWidget(save)
    labels = {label.text() for label in save.findChildren(QLabel)}
    assert {"&Перегляд в:", "&Тип файлів:"} <= labels  # Qt's own, missing from qtbase_uk
    assert untranslated(save, choices=False) == []
    # Its Type column names a folder in Ukrainian too (Qt's file icon provider).
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Тека"
    assert "Набір даних JSON (*.json)" in [text for text, _ in dialogs.export_filters()]
    colour = QColorDialog(window)
    colour.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(colour)
    assert untranslated(colour) == []
    # The calendar of a date field: Ukrainian months, the week from Monday.
    assert QLocale().language() == QLocale.Language.Ukrainian
    popup = window.panel.claim_form.claim_date.property("calendarPopup")
    months = {popup.locale().monthName(6).lower(), popup.locale().standaloneMonthName(6).lower()}
    assert "червень" in months
    assert popup.firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_the_leftovers_of_a_day_in_the_window(
    ukrainian: None, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.workspace.entities.create("Izium", "GPE", ["Izyum", "Izum"])
    open_article(window, "The recent escalation")
    window.suggestion_steps.show_list()
    qtbot.waitUntil(lambda: bool(window.suggestions.items))
    # The Suggestions list names the types in Ukrainian.
    listed = window.suggestion_list.model
    kinds = {listed.index(r, 0).data() for r in range(listed.rowCount())}
    assert "Країна / місто / регіон" in kinds and "Country / city / region" not in kinds
    # The status bar says why, in Ukrainian, whole.
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_N)
    said = window.status.currentMessage()
    assert said.startswith("Пропозиція: «Izum» — альтернативна назва «Izium».")
    assert english_words(said) == []
    assert window.status.fits(said)  # whole, never cut off
    window.resize(1920, 1080)  # with room, the keys are said too
    qtbot.waitUntil(lambda: window.width() == 1920)
    key(qtbot, window.view, Qt.Key.Key_N)
    key(qtbot, window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    said = window.status.currentMessage()
    assert "Enter: прийняти · Backspace: відхилити" in said and window.status.fits(said)


def test_you_in_the_annotators_menu_and_raw_ids_nowhere(
    ukrainian: None, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    window.reveal_article(window.workspace.article_summaries(0, 1)[0].id)
    window.controller.create_mention(0, 5, "PERSON")  # the user's own layer, beside the team's
    labels = [label for _id, label, _shown in window.team.layer_choices()]
    assert "Olena Petrenko (ви)" in labels
    assert not [label for label in labels if "(you)" in label]


def test_a_claim_suggestions_reason_is_said_in_ukrainian_part_by_part(ukrainian: None) -> None:
    from annotator.domain.checkworthiness import assess
    from annotator.domain.claim_cues import CUES as RULES
    from annotator.ui.suggestions.suggestion_reasons import CUES, reason_text

    assert set(CUES) == {cue.name for cue in RULES}  # every cue of the rules has its words
    reason = assess("According to the ministry, 300 people died, did they?").reason
    said = reason_text(reason)
    assert "посилання на джерело “According to”" in said and "питання" in said
    assert english_words(said.replace("According to", "")) == []
