"""Evidence files in the window: attached with the button (the file dialog answered by the
test) or dropped on the list, each attach one undo step; PNG, JPEG and WebP shown as
thumbnails; a picture at full size in the viewer with its SHA-256 copied; a WACZ's pages
listed and one chosen as the archived copy; removing undone. The README's screenshot."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from annotator.ui.evidence import viewer_dialog
from annotator.ui.evidence.viewer_dialog import EvidenceViewer
from tests.qt.conftest import DialogLog
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.test_claim_evidence import click, stored_evidence
from tests.qt.user_steps import OpenWindow, claim_words, open_article

WACZ = Path(__file__).parents[1] / "data" / "evidence" / "py-wacz__valid_example_1.wacz"
SCREENSHOT = Path(__file__).parents[2] / "docs" / "evidence-files.png"


def picture(path: Path, fmt: str, width: int = 640, height: int = 400) -> bytes:
    """A picture as a phone's screenshot of a post would be: a page, a headline, a photo."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f5f5f5"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width, 48, QColor("#1d3557"))
    painter.fillRect(24, 80, width - 48, height // 2, QColor("#e76f51"))
    painter.setPen(QColor("white"))
    painter.drawText(16, 30, "@rogov_official · deleted post")
    painter.setPen(QColor("#222222"))
    painter.drawText(24, height - 40, "More than ten members of the National Guard …")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt), fmt
    buffer.close()
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:  # type: ignore[type-arg]
    given: dict[str, list] = {"files": [], "shown": [], "chosen": []}  # type: ignore[type-arg]
    monkeypatch.setattr(
        viewer_dialog,
        "choose_files",
        lambda _parent: given["files"].pop(0) if given["files"] else [],
    )

    def show(parent, service, evidence):  # type: ignore[no-untyped-def]
        viewer = EvidenceViewer(service, evidence, parent)
        given["shown"].append(viewer)
        return given["chosen"].pop(0) if given["chosen"] else None

    monkeypatch.setattr(viewer_dialog, "show_evidence", show)
    return given


def test_image_files_are_attached_shown_as_thumbnails_and_at_full_size(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, answers: dict
) -> None:  # type: ignore[type-arg]
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    form = window.panel.claim_form
    box = form.evidence_box
    steps = window.controller.stack.count()
    png = picture(tmp_path / "deleted post.png", "PNG")
    picture(tmp_path / "channel photo.jpg", "JPEG", 1600, 1000)
    answers["files"].append([tmp_path / "deleted post.png", tmp_path / "channel photo.jpg"])
    click(qtbot, box.attach)
    assert window.controller.stack.count() == steps + 1  # both files: one step
    # A WebP dropped on the list, as from a file manager.
    picture(tmp_path / "story.webp", "WEBP")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(tmp_path / "story.webp"))])
    arguments = (Qt.DropAction.CopyAction, dropped, Qt.MouseButton.NoButton,
                 Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(QPoint(5, 5), *arguments)
    assert QApplication.sendEvent(box.list.viewport(), enter) and enter.isAccepted()
    QApplication.sendEvent(box.list.viewport(), QDropEvent(QPoint(5, 5).toPointF(), *arguments))
    assert window.controller.stack.count() == steps + 2
    kept = stored_evidence(window, claim.id)
    assert [e.file.media_type for e in kept] == ["image/png", "image/jpeg", "image/webp"]  # type: ignore[union-attr]
    box.files.thumbnails.wait()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(not box.list.item(i).icon().isNull() for i in range(3)))
    assert box.list.count() == 3
    assert box.list.item(0).text() == "Neutral · deleted post.png\nimage/png · 7.7 KB"

    # Double-click: the picture at full size, its hash shown and copied.
    box.list.setCurrentRow(0)
    box._double_clicked()
    viewer = answers["shown"][-1]
    qtbot.addWidget(viewer)
    image = viewer.findChild(QLabel, "evidenceImage")
    assert image.pixmap().width() == 640 and image.pixmap().height() == 400
    digest = hashlib.sha256(png).hexdigest()
    assert viewer.findChild(QLineEdit, "evidenceSha256").text() == digest
    viewer.copy_hash()
    assert QGuiApplication.clipboard().text() == digest

    # Undo takes the WebP away, redo brings it back from the stored copy.
    window.controller.stack.undo()
    assert len(stored_evidence(window, claim.id)) == 2 and box.list.count() == 2
    window.controller.stack.redo()
    assert len(stored_evidence(window, claim.id)) == 3
    # Remove is a step too, and undone.
    box.list.setCurrentRow(2)
    click(qtbot, box.remove)
    assert len(stored_evidence(window, claim.id)) == 2
    window.controller.stack.undo()
    assert [e.file.name for e in stored_evidence(window, claim.id)][2] == "story.webp"  # type: ignore[union-attr]

    window.resize(1920, 1080)
    window.panel.splitter.setSizes([200, 880])
    box.list.setCurrentRow(0)
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "evidence-files.png"))
    if os.environ.get("ANNOTATOR_SCREENSHOTS"):  # the README's picture, made on request only
        shutil.copyfile(tmp_path / "evidence-files.png", SCREENSHOT)


def test_a_web_capture_lists_its_pages_and_names_one_as_archived_copy(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, answers: dict
) -> None:  # type: ignore[type-arg]
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    box = window.panel.claim_form.evidence_box
    shutil.copyfile(WACZ, tmp_path / "post capture.wacz")
    answers["files"].append([tmp_path / "post capture.wacz"])
    click(qtbot, box.attach)
    (item,) = stored_evidence(window, claim.id)
    reference = f"capture:{item.file.sha256}/20201007212236/http://www.example.com/"  # type: ignore[union-attr]
    answers["chosen"].append(reference)
    box.list.setCurrentRow(0)
    click(qtbot, box.open)
    viewer = answers["shown"][-1]
    qtbot.addWidget(viewer)
    pages = viewer.findChild(QListWidget, "capturePages")
    assert pages.count() == 1 and "Example Domain" in pages.item(0).text()
    text = viewer.findChild(QPlainTextEdit, "capturedText").toPlainText()
    assert "illustrative examples" in text
    (after,) = stored_evidence(window, claim.id)
    assert after.archive_url == reference


def test_the_export_dialog_writes_a_bundle_with_the_evidence_files(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, answers: dict, dialog_log: DialogLog
) -> None:  # type: ignore[type-arg]
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim_words(window, qtbot, CLAIM_WORDS)
    png = picture(tmp_path / "deleted post.png", "PNG")
    answers["files"].append([tmp_path / "deleted post.png"])
    click(qtbot, window.panel.claim_form.evidence_box.attach)
    target = tmp_path / "bundle.zip"
    dialog_log.export_target = (target, "bundle")
    window.actions_by_name["export"].trigger()
    digest = hashlib.sha256(png).hexdigest()
    with zipfile.ZipFile(target) as archive:
        assert archive.read(f"evidence/{digest}") == png
        assert json.loads(archive.read("manifest.json"))["files"][0]["sha256"] == digest
    assert "1 evidence files written" in dialog_log.named("show_info")[-1][1]
