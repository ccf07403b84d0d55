"""Holds the wiring between the window's panels: what a signal of one does to the others, and
the notices it puts in the status bar.

The window is reached through WiredWindow (its parts and its slots), never imported: nothing
but the app imports MainWindow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from annotator.services.suggestions.suggestion_service import Suggestion
from annotator.services.workspace import Workspace
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_watch import ArticleWatch
from annotator.ui.editing.save_retry import SaveRetry
from annotator.ui.window.action_factory import ActionHost
from annotator.ui.window.status_bar import WorkspaceStatusBar

# What the status bar's notice of a chosen suggestion is about: a key, never shown (it used to
# be the translated word, so in Ukrainian the notice outlived the article it was about).
SUGGESTION_NOTICE = "suggestion"


class WiredWindow(ActionHost, Protocol):
    """The window whose panels are wired: ActionHost's parts and a few more."""

    workspace: Workspace
    settings: QSettings
    status: WorkspaceStatusBar
    watch: ArticleWatch
    save_retry: SaveRetry
    actions_by_name: dict[str, QAction]

    def open_article(self, article_id: str) -> None: ...
    def open_claim(self, article_id: str, claim_id: str) -> None: ...
    def remove_articles(self, article_ids: list[str]) -> None: ...
    def reveal_article(self, article_id: str) -> None: ...
    def reload_schemes(self) -> None: ...
    def step_suggestion(self, direction: int) -> None: ...
    def activateWindow(self) -> None: ...
    def raise_(self) -> None: ...


class PanelWiring:
    def __init__(self, window: WiredWindow) -> None:
        self.window = window

    def connect(self) -> None:
        """Once every part is made (the actions too)."""
        w = self.window
        c, status, notice = w.controller, w.status, self._notice
        w.list_panel.article_chosen.connect(w.open_article)
        w.list_panel.search_entered.connect(self.show_search_hit)
        w.list_panel.remove_requested.connect(w.remove_articles)
        w.remover.removed.connect(self.after_removal)
        w.remover.restored.connect(lambda _ids: self.after_import())
        w.remover.message.connect(notice(8000))
        c.article_opened.connect(lambda _doc: self.article_shown())
        c.annotation_added.connect(lambda _a: self.update_status())
        c.annotation_removed.connect(lambda _a: self.update_status())
        c.counts_changed.connect(w.list_panel.model.count_changes)
        c.article_status_changed.connect(
            lambda article_id, state: w.list_panel.refresh_article(article_id, state)
        )
        c.saved.connect(status.mark_saved)
        w.suggestions.selection_changed.connect(self.suggestion_selected)
        w.suggestions.alias_offered.connect(
            lambda _name, _form: status.showMessage(w.suggestions.offer_text(), 15000)
        )
        c.failed.connect(status.mark_failed)
        listed = w.suggestion_list
        listed.title_changed.connect(lambda title: w.panel.set_tab_title(listed, title))
        listed.show_requested.connect(lambda: w.actions_by_name["suggestions"].setChecked(True))
        listed.step_requested.connect(w.step_suggestion)
        listed.message.connect(notice(8000))
        w.panel.notice.connect(notice(8000))
        w.watch.changed_elsewhere.connect(self.changed_elsewhere)
        w.save_retry.message.connect(notice(10000))
        related = w.panel.related_claims
        related.open_claim.connect(w.open_claim)
        related.message.connect(notice(5000))
        w.panel.checked_before.message.connect(notice(8000))
        w.entities_dock.message.connect(notice(8000))
        w.entities_dock.failed.connect(status.mark_failed)

    def _notice(self, timeout: int) -> Callable[[str], None]:
        """A slot showing a panel's message in the status bar for ``timeout`` ms."""
        status = self.window.status
        return lambda text: status.showMessage(text, timeout)

    # --- what a panel's signal does to the others ------------------------------------------

    def after_removal(self, article_ids: list[str]) -> None:
        w = self.window
        row = max(w.list_panel.current_row(), 0)
        opened = w.controller.document.article.id if w.controller.document else None
        for article_id in article_ids:
            w.controller.forget_article(article_id)
        w.list_panel.model.reload()
        kept = opened is not None and opened not in article_ids
        if kept and opened is not None and w.list_panel.select(opened, emit=False):
            self.update_status()
            return
        if w.list_panel.model.rowCount():
            w.list_panel.select_row(min(row, w.list_panel.model.rowCount() - 1))
        else:
            w.controller.open_article(None)
        self.update_status()

    def after_import(self) -> None:
        # A dataset may bring new entity types or statuses, and annotations of the open article.
        w = self.window
        if w.workspace.annotations.schemes() != w.controller.schemes:
            w.reload_schemes()
        w.controller.refresh_article()
        w.panel.checked_before.refresh()  # a feed of published fact-checks may have come in
        current = w.list_panel.current_id()
        w.list_panel.model.reload()
        if current is None or not w.list_panel.select(current, emit=False):
            w.list_panel.select_row(0)
        self.update_status()

    def reveal_from_entities(self, article_id: str) -> None:
        """Going to a mention from the Entities window brings the article's window forward."""
        w = self.window
        w.reveal_article(article_id)
        w.activateWindow()
        w.raise_()

    def show_search_hit(self, words: str) -> None:
        """Enter in the list search opened the first hit: there, at the first match."""
        self.window.find_bar.show_words(words)
        self.window.view.setFocus()

    # --- the status bar ----------------------------------------------------------------------

    def article_shown(self) -> None:
        # What was said about the last article's suggestion does not follow to this one.
        self.window.status.forget(SUGGESTION_NOTICE)
        self.update_status()

    def changed_elsewhere(self, article_id: str, message: str) -> None:
        self.window.list_panel.refresh_article(article_id)
        self.update_status()
        self.window.status.showMessage(message, 10000)

    def update_status(self) -> None:
        w = self.window
        w.status.set_position(w.list_panel.current_row(), w.list_panel.model.total)
        if w.controller.document is not None:
            w.status.set_counts(w.controller.count("claim"), w.controller.count("mention"))

    def suggestion_selected(self, suggestion: Suggestion | None) -> None:
        status = self.window.status
        if suggestion is None:
            status.forget(SUGGESTION_NOTICE)
        else:
            # An alias offer from the suggestion just accepted stays in view.
            offer = self.window.suggestions.offer_text()
            # The strings keep MainWindow's translation context, where they were made.
            status.show_about(
                SUGGESTION_NOTICE,
                (f"{offer} " if offer else "")
                + translate(
                    "MainWindow",
                    "Suggested: “{0}” — {1}. Enter accepts, Backspace rejects, "
                    "Shift+Enter accepts all for this entity.",
                ).format(suggestion.quote[:60], suggestion.reason),
            )
