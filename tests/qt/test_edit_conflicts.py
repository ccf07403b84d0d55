"""Two people on one collection: when someone else saved the claim first, the
window does not overwrite their edit. It says so, shows theirs, says what yours was, and your
next edit (made over theirs) saves as usual. The other person is a second workspace on the
same database, as a colleague's program would be."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import OpenWindow, claim_words, key, open_article


def test_a_claim_saved_by_someone_else_first_is_not_overwritten(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    article = window.controller.document.article

    colleague = open_workspace(resolve_paths(data_dir=tmp_path / "data"))
    try:
        theirs = colleague.annotations.open_article(article.id).claims[0]  # type: ignore[union-attr]
        theirs.justification = "Editor: two sources confirm."
        colleague.annotations.update_claim(theirs, theirs_text(colleague, article.id))

        window.view.setFocus()
        key(qtbot, window.view, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # "False"

        assert "NOT saved" in window.status.saved.text()
        message = window.status.currentMessage()
        assert "someone else saved this claim" in message and "status = 'false'" in message
        shown = window.controller.annotation(claim.id)
        assert (shown.status, shown.justification) == ("unverified", "Editor: two sources confirm.")
        stored = colleague.annotations.open_article(article.id).claims[0]  # type: ignore[union-attr]
        assert (stored.status, stored.justification) == (
            "unverified",
            "Editor: two sources confirm.",
        )

        # Applied again, over theirs: saved, and theirs is still there.
        key(qtbot, window.view, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
        stored = colleague.annotations.open_article(article.id).claims[0]  # type: ignore[union-attr]
        assert (stored.status, stored.justification) == ("false", "Editor: two sources confirm.")
        assert "NOT saved" not in window.status.saved.text()
    finally:
        colleague.close()


def theirs_text(workspace, article_id: str) -> str:  # type: ignore[no-untyped-def]
    document = workspace.annotations.open_article(article_id)
    assert document is not None
    return document.article.text
