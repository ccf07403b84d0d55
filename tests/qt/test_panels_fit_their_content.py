"""Each panel as wide or as tall as what it shows: the Entities window names every type whole
and keeps the aliases column to its aliases; a mention's form leaves no empty room under it
(the claim form gets its own share back afterwards)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from annotator.ui.entities.entity_table_model import ALIASES, TYPE
from tests.qt.user_steps import OpenWindow, claim_words, open_article, tag_words


@pytest.mark.parametrize("language", ["en", "uk"])
def test_the_entities_window_shows_every_type_whole_and_aliases_as_wide_as_they_are(
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    language: str,
) -> None:
    if language == "uk":
        request.getfixturevalue("ukrainian")
    window = open_window(tmp_path / "data")
    entities = window.workspace.entities
    entities.create("Izium", "GPE", ["Izyum", "Izum"])
    entities.create("Ukrainians", "NORP", [])
    entities.create("National Guard of Ukraine", "MIL_UNIT", [])
    window.actions_by_name["entities"].trigger()
    dock = window.entities_dock
    qtbot.waitUntil(dock.isVisible)
    dock.refresh()
    table = dock.table
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(table.model().index(row, TYPE).data())
        for row in range(table.model().rowCount())
    )
    assert table.columnWidth(TYPE) >= widest + 30  # the swatch, the margins, the label whole
    aliases = max(
        table.sizeHintForColumn(ALIASES), table.horizontalHeader().sectionSizeHint(ALIASES)
    )
    assert table.columnWidth(ALIASES) <= aliases + 4  # no wide empty column
    dock.grab().save(str(tmp_path / f"entities-{language}.png"))


def test_a_mention_form_leaves_no_empty_room_and_the_claim_form_keeps_its_share(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    open_article(window, "The recent escalation")
    claim = claim_words(window, qtbot, "more than ten members of the National Guard")
    window.controller.select(claim.id)
    claim_room = window.panel.forms.height()
    mention = tag_words(window, qtbot, "Rogov", 1)
    window.controller.select(mention.id)
    qtbot.wait(20)
    form = window.panel.mention_form
    assert window.panel.forms.currentWidget().widget() is form
    assert window.panel.forms.height() <= form.sizeHint().height() + 40
    assert window.panel.table.height() > window.panel.forms.height()
    window.controller.select(claim.id)
    qtbot.wait(20)
    assert abs(window.panel.forms.height() - claim_room) <= 4
