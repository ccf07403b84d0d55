"""Moving between articles and marking them done, keyboard first."""

from __future__ import annotations

from annotator.domain.models import ArticleStatus
from annotator.ui.article_controller import ArticleController
from annotator.ui.article_list_panel import ArticleListPanel
from annotator.ui.status_bar import WorkspaceStatusBar


class Navigation:
    def __init__(
        self, articles: ArticleListPanel, controller: ArticleController, status: WorkspaceStatusBar
    ) -> None:
        self.articles, self.controller, self.status = articles, controller, status

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
        # With the list filtered to "to do", the finished article leaves it; the next one
        # then stands where it stood.
        if self.articles.current_id() == document.article.id:
            self.next_article()
