"""Someone else changes the open article: a colleague's program on the same
team database, or a command on the same file. Within a few seconds the window shows it and
names who; the user's own edits never look like someone else's; what the user has typed and
not saved yet stays in its field and is saved on top of the colleague's change."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.domain.models import Claim
from annotator.paths import resolve_paths
from annotator.services.workspace import Workspace, open_workspace
from annotator.ui import app as app_module
from annotator.ui.window.main_window import MainWindow
from tests.qt.database_steps import StartSession, start_session  # noqa: F401
from tests.qt.test_annotation_story import CLAIM_WORDS, ROGOV_ARTICLE
from tests.qt.user_steps import claim_words, open_article, tag_words

POLL_MS = 100  # the window looks every 3 s; the test need not wait that long


def colleague_on(window: MainWindow, location: str, tmp_path: Path) -> Workspace:
    paths = app_module.paths_for(resolve_paths(data_dir=tmp_path / "colleague"), location)
    return open_workspace(paths)


def their_claim(colleague: Workspace, claim: Claim) -> Claim:
    document = colleague.annotations.open_article(claim.article_id)
    assert document is not None
    return next(c for c in document.claims if c.id == claim.id)


def test_a_colleagues_change_comes_in_and_the_users_typing_stays(
    start_session: StartSession,  # noqa: F811
    db_target: str,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    session = start_session(tmp_path / "data", db_target)
    window = session.window
    window.watch.timer.setInterval(POLL_MS)
    open_article(window, ROGOV_ARTICLE)
    claim = claim_words(window, qtbot, CLAIM_WORDS)
    rogov = tag_words(window, qtbot, "Rogov", 1)
    window.controller.delete(rogov.id)
    window.controller.history.undo()  # the mention back, as it was
    window.controller.set_claim_status("false", claim.id)
    # The user's own edits are what the window shows already: nothing to refresh.
    assert not window.watch.check()

    # The user is typing the claim, not finished yet...
    form = window.panel.claim_form
    window.controller.select(claim.id)
    form.claim_reviewed.setFocus()
    form.claim_reviewed.setText("Ten guardsmen were killed")
    form.claim_reviewed.setModified(True)
    # ... while Taras, on his own computer, gives the claim a justification and tags a place.
    colleague = colleague_on(window, session.location, tmp_path)
    try:
        taras = colleague.annotations.annotator(None, "Taras Bondar")
        theirs = their_claim(colleague, claim)
        theirs.justification = "Two sources confirm."
        text = window.controller.document.article.text
        colleague.annotations.update_claim(theirs, text)
        place = colleague.annotations.new_mention(
            window.controller.document.article, 0, 3, "GPE", taras.id
        )
        colleague.annotations.add_mention(place)

        qtbot.waitUntil(lambda: window.controller.annotation(place.id) is not None, timeout=5000)
        assert "Taras Bondar changed this article" in window.status.currentMessage()
        assert window.panel.model.row_of(place.id) is not None  # in the table
        assert form.justification.toPlainText() == "Two sources confirm."
        assert form.claim_reviewed.text() == "Ten guardsmen were killed"  # still there

        form.claim_reviewed.editingFinished.emit()  # the user finishes typing
        stored = their_claim(colleague, claim)
        assert (stored.claim_reviewed, stored.justification, stored.status) == (
            "Ten guardsmen were killed",
            "Two sources confirm.",
            "false",
        )
        assert "NOT saved" not in window.status.saved.text()
        assert not window.watch.check()  # and the window shows exactly what is stored
    finally:
        colleague.close()


def test_an_article_status_set_elsewhere_shows_in_the_list(
    start_session: StartSession,  # noqa: F811
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    session = start_session(tmp_path / "data")
    window = session.window
    window.watch.timer.setInterval(POLL_MS)
    open_article(window, ROGOV_ARTICLE)
    article_id = window.controller.document.article.id
    colleague = colleague_on(window, session.location, tmp_path)
    try:
        from annotator.domain.models import ArticleStatus

        colleague.annotations.set_article_status(article_id, ArticleStatus.DONE, None)
        qtbot.waitUntil(
            lambda: window.controller.document.article.status == ArticleStatus.DONE, timeout=5000
        )
        assert "changed elsewhere" in window.status.currentMessage()
    finally:
        colleague.close()
