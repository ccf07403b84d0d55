"""Moving between articles and marking them done, keyboard first."""

from __future__ import annotations

from annotator.domain.models import ArticleStatus
from annotator.ui.articles.article_list_panel import ArticleListPanel
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.window.status_bar import WorkspaceStatusBar


class Navigation:
    def __init__(
        self, articles: ArticleListPanel, controller: ArticleController, status: WorkspaceStatusBar
    ) -> None:
        self.articles, self.controller, self.status = articles, controller, status
        articles.filter_applied.connect(self.show_position)
        controller.reveal_requested.connect(self.show_for_history)

    def show_for_history(self, article_id: str) -> None:
        """Undo or redo of a step of another article: it opens, and the list follows. No
        flush of the claim form here: the history is mid-step (Edit › Undo flushed before)."""
        self.articles.select(article_id, emit=False)
        self.controller.open_article(article_id)
        self.show_position()

    def show_position(self) -> None:
        """Where the open article stands in the list as filtered now ("Article 2 of 14")."""
        self.status.set_position(self.articles.current_row(), self.articles.model.total)

    def focus_search(self) -> None:
        self.articles.search.setFocus()
        self.articles.search.selectAll()

    def next_article(self) -> None:
        if not self.articles.step(+1):
            self.status.showMessage("This is the last article of the list.", 4000)

    def previous_article(self) -> None:
        if not self.articles.step(-1):
            self.status.showMessage("This is the first article of the list.", 4000)

    def set_status(self, status: ArticleStatus) -> None:
        self.controller.set_article_status(status)

    def done_and_next(self) -> None:
        document = self.controller.document
        if document is None:
            return
        self.controller.set_article_status(ArticleStatus.DONE)
        # The finished article stays in the list (shown as Done) until the filter is applied
        # again, so the next one is always one row further down.
        if self.articles.current_id() == document.article.id:
            self.next_article()
