"""Splits kept between runs never keep the claim form squeezed: the empty hint's room is never
stored as the form's, and no split is stored (or restored) with a part collapsed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from annotator.ui.window.main_window import MainWindow
from tests.qt.conftest import close
from tests.qt.user_steps import OpenWindow, claim_words, open_article

CLAIM = "more than ten members of the National Guard"
ANOTHER = "an equal number wounded"


def _form_share(window: MainWindow) -> float:
    above, below = window.panel.splitter.sizes()
    return below / (above + below)


def _claim_form_shown(window: MainWindow, qtbot: QtBot, words: str = CLAIM) -> float:
    open_article(window, "The recent escalation")
    claim = claim_words(window, qtbot, words)
    window.controller.select(claim.id)
    qtbot.wait(20)
    return _form_share(window)


def test_a_start_without_a_selection_never_squeezes_the_next_claim_form(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Start, quit without selecting an annotation, start again, make a claim: the form has
    the room of a first start, not the hint's hundred pixels."""
    fresh = open_window(tmp_path / "fresh")
    first_start_share = _claim_form_shown(fresh, qtbot)
    close(fresh)
    data = tmp_path / "data"
    for _ in range(2):  # twice: what one start stores, the next one reads
        window = open_window(data)
        assert window.panel.forms.currentIndex() == 0  # the hint: nothing selected
        close(window)
    again = open_window(data)
    share = _claim_form_shown(again, qtbot)
    assert share >= 0.5 and abs(share - first_start_share) < 0.05
    assert again.panel.forms.height() >= 300
    again.grab().save(str(tmp_path / "claim-form-after-restarts.png"))


def test_a_split_dragged_small_or_left_by_an_older_version_is_never_kept_squeezed(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    window = open_window(data)
    _claim_form_shown(window, qtbot)
    total = sum(window.panel.splitter.sizes())
    window.panel.splitter.setSizes([total - 40, 40])  # the form dragged nearly shut
    window.splitter.setSizes([0, 900, 480])  # the article list dragged to nothing
    assert min(window.splitter.sizes()) > 0  # never collapsed
    close(window)
    stored = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    # An older version kept the panel's splitter state, the hint's squeezed one among others.
    squeezed = QSplitter()
    squeezed.addWidget(QSplitter())
    squeezed.addWidget(QSplitter())
    squeezed.setSizes([900, 10])
    stored.setValue("window/annotation_splitter", squeezed.saveState())
    stored.sync()

    again = open_window(data)
    assert min(again.splitter.sizes()) >= 100
    assert _claim_form_shown(again, qtbot, ANOTHER) >= 1 / 3 - 0.01
    close(again)
    assert not QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat).contains(
        "window/annotation_splitter"
    )
