"""Changes made elsewhere to the open article (another annotator on the team database, a
command on the same file), shown within a few seconds.

Every few seconds one small query reads the article's state (the status, and the id, version
and owner of each annotation) and compares it with the article on show; the cost is that one
query a tick, whatever the size of the collection. When they differ the article is read again
and the status bar names who changed it. What the user has typed and not saved yet stays in
its field (the claim form keeps unsaved fields when its claim is shown again) and is saved on
top of the changed claim. Never while edits wait for a reconnect: the next tick looks again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.domain.errors import AnnotatorError
from annotator.services.article_document import ArticleState
from annotator.ui.editing.article_controller import ArticleController

POLL_MS = 3000


class ArticleWatch(QObject):
    changed_elsewhere = Signal(str, str)  # article id, what the status bar says

    def __init__(
        self,
        controller: ArticleController,
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """One look; True when the article on show was read again."""
        controller = self.controller
        document = controller.document
        if document is None or controller.unsaved:
            return False
        try:
            stored = controller.service.article_state(document.article.id)
        except AnnotatorError:  # the database does not answer now: the next tick tries again
            return False
        if stored is None:
            return False
        shown = ArticleState.of(document)
        stored = stored.without(controller.hidden_layers)
        if stored == shown:
            return False
        who = self._who(shown, stored)
        controller.refresh_article()
        if who:
            message = self.tr("{0} changed this article; it shows their changes now.").format(
                ", ".join(who)
            )
        else:
            message = self.tr("This article was changed elsewhere; it shows the changes now.")
        self.changed_elsewhere.emit(document.article.id, message)
        return True

    def _who(self, shown: ArticleState, stored: ArticleState) -> list[str]:
        """The owners of the annotations that came, went or changed, the user aside."""
        owners: set[str] = set()
        for key in shown.versions.keys() | stored.versions.keys():
            before, after = shown.versions.get(key), stored.versions.get(key)
            if before != after:
                owner = (after or before or (0, None))[1]
                if owner is not None and owner != self.controller.annotator_id:
                    owners.add(owner)
        names = self.controller.annotator_names
        if owners - names.keys():
            names.update({a.id: a.name for a in self.controller.workspace.agreement.annotators()})
        return sorted(names.get(owner, owner) for owner in owners)
