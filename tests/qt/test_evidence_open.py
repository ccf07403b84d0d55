"""The evidence "Open" button opens web pages only: an imported dataset can hold
any address, and file: or javascript: must never reach the desktop's URL handler."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from tests.qt.conftest import DialogLog
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.test_claim_evidence import FOOTAGE
from tests.qt.user_steps import OpenWindow, claim_words, open_article


@pytest.mark.parametrize(
    "address",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        " javascript:alert(1)//https://a.example",
        "smb://host/share",
    ],
)
def test_only_web_addresses_are_opened(
    open_window: OpenWindow,
    qtbot: QtBot,
    dialog_log: DialogLog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    address: str,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    dialog_log.evidence.extend([replace(FOOTAGE, url=address), FOOTAGE])
    form.add_evidence.click()
    form.add_evidence.click()
    problems: list[str] = []
    form.problem.connect(problems.append)

    form.evidence.setCurrentRow(0)
    assert not form.open_evidence.isEnabled()
    form.evidence_box._open()  # as a shortcut or a future double-click would
    assert opened == []
    assert problems and "Only web addresses" in problems[-1]

    form.evidence.setCurrentRow(1)
    form.open_evidence.click()
    assert opened == [FOOTAGE.url]
