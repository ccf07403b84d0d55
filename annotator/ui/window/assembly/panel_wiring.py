"""Holds the wiring between the window's panels, in two small parts each handed exactly what
it uses: StatusNotices (what the status bar says about the open article and the suggestion
chosen) and ListFollows (what the article list and the open article do after an import or
a removal). MainWindow connects the panels' signals to them and to each other.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.services.suggestions.suggestion_service import Suggestion
from annotator.services.workspace import Workspace
from annotator.ui.articles.article_list_panel import ArticleListPanel
from annotator.ui.common.quotes import shortened
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.suggestions.suggestion_controller import SuggestionController
from annotator.ui.suggestions.suggestion_reasons import reason_text
from annotator.ui.window.status_bar import WorkspaceStatusBar

# What the status bar's notice of a chosen suggestion is about: a key, never shown (it used to
# be the translated word, so in Ukrainian the notice outlived the article it was about).
SUGGESTION_NOTICE = "suggestion"
# How much of a suggested sentence the status bar quotes, whole words only: as much as fits.
QUOTED_LENGTHS = (60, 40, 24, 12)


class StatusNotices:
    """Where the open article stands, what it holds, and what was said about a suggestion."""

    def __init__(
        self,
        status: WorkspaceStatusBar,
        articles: ArticleListPanel,
        controller: ArticleController,
        suggestions: SuggestionController,
    ) -> None:
        self.status, self.articles = status, articles
        self.controller, self.suggestions = controller, suggestions

    def connect(self) -> None:
        c, status = self.controller, self.status
        c.article_opened.connect(lambda _doc: self.article_shown())
        c.annotation_added.connect(lambda _a: self.update_status())
        c.annotation_removed.connect(lambda _a: self.update_status())
        c.saved.connect(status.mark_saved)
        c.failed.connect(status.mark_failed)
        self.suggestions.selection_changed.connect(self.suggestion_selected)
        self.suggestions.alias_offered.connect(
            lambda _name, _form: status.showMessage(self.suggestions.offer_text(), 15000)
        )

    def notice(self, timeout: int) -> Callable[[str], None]:
        """A slot showing a panel's message in the status bar for ``timeout`` ms."""
        status = self.status
        return lambda text: status.showMessage(text, timeout)

    def article_shown(self) -> None:
        # What was said about the last article's suggestion does not follow to this one.
        self.status.forget(SUGGESTION_NOTICE)
        self.update_status()

    def changed_elsewhere(self, article_id: str, message: str) -> None:
        self.articles.refresh_article(article_id)
        self.update_status()
        self.status.showMessage(message, 10000)

    def update_status(self) -> None:
        self.status.set_position(self.articles.current_row(), self.articles.model.total)
        if self.controller.document is not None:
            self.status.set_counts(self.controller.count("claim"), self.controller.count("mention"))

    def suggestion_selected(self, suggestion: Suggestion | None) -> None:
        if suggestion is None:
            self.status.forget(SUGGESTION_NOTICE)
            return
        self.status.show_about(SUGGESTION_NOTICE, self.suggestion_notice(suggestion))

    def suggestion_notice(self, suggestion: Suggestion) -> str:
        """What the suggestion is and why, and its keys, whole in the status bar's room: the
        quote shortens (after a whole word) before the keys give way, the reason never."""
        # An alias offer from the suggestion just accepted stays in view.
        offer = self.suggestions.offer_text()
        reason = reason_text(suggestion.reason)
        # The strings keep MainWindow's translation context, where they were made.
        keys = (
            translate("MainWindow", "Enter: accept · Backspace: reject")
            if suggestion.entity_id is None
            else translate(
                "MainWindow", "Enter: accept · Backspace: reject · Shift+Enter: all of the entity"
            )
        )
        notice = ""
        for with_keys in (True, False):
            for length in QUOTED_LENGTHS:
                said = translate("MainWindow", "Suggested: “{0}” — {1}.").format(
                    shortened(suggestion.quote, length), reason
                )
                notice = " ".join(part for part in (offer, said, keys if with_keys else "") if part)
                if self.status.fits(notice):
                    return notice
        return notice


class ListFollows:
    """The article list and the open article after articles came (an import, a restore) or
    went (to the Trash)."""

    def __init__(
        self,
        workspace: Workspace,
        articles: ArticleListPanel,
        controller: ArticleController,
        notices: StatusNotices,
        reload_schemes: Callable[[], object],
        refresh_checks: Callable[[], object],
    ) -> None:
        """``refresh_checks``: the claim's published fact-checks looked up again (a feed of
        them may have come in with an import)."""
        self.workspace, self.articles, self.controller = workspace, articles, controller
        self.notices, self.reload_schemes = notices, reload_schemes
        self.refresh_checks = refresh_checks

    def after_removal(self, article_ids: list[str]) -> None:
        articles, controller = self.articles, self.controller
        row = max(articles.current_row(), 0)
        opened = controller.document.article.id if controller.document else None
        for article_id in article_ids:
            controller.forget_article(article_id)
        articles.model.reload()
        if opened is not None and opened not in article_ids and articles.select(opened, emit=False):
            self.notices.update_status()
            return
        if articles.model.rowCount():
            articles.select_row(min(row, articles.model.rowCount() - 1))
        else:
            controller.open_article(None)
        self.notices.update_status()

    def after_import(self) -> None:
        # A dataset may bring new entity types or statuses, and annotations of the open article.
        if self.workspace.annotations.schemes() != self.controller.schemes:
            self.reload_schemes()
        self.controller.refresh_article()
        self.refresh_checks()
        current = self.articles.current_id()
        self.articles.model.reload()
        if current is None or not self.articles.select(current, emit=False):
            self.articles.select_row(0)
        self.notices.update_status()
