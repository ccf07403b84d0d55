"""Keeps the article view's highlights in step with the controller's article."""

from __future__ import annotations

from PySide6.QtCore import QObject

from annotator.domain.models import Claim, Mention
from annotator.domain.schemes import Schemes
from annotator.ui.article_controller import ArticleController
from annotator.ui.article_view import ArticleView
from annotator.ui.span_painter import CLAIM, MENTION, PaintedSpan
from annotator.ui.span_styles import entity_color, status_color


def painted(annotation: Mention | Claim, schemes: Schemes, view: ArticleView) -> PaintedSpan:
    start, end = view.to_utf16(annotation.start), view.to_utf16(annotation.end)
    if isinstance(annotation, Claim):
        status = next((s for s in schemes.statuses if s.id == annotation.status), None)
        claimant = f" — {annotation.claimant.name}" if annotation.claimant.name else ""
        tooltip = f"Claim · {status.label if status else annotation.status}{claimant}"
        return PaintedSpan(
            annotation.id, start, end, CLAIM, status_color(annotation.status), tooltip
        )
    entity_type = next((t for t in schemes.entity_types if t.id == annotation.type), None)
    label = entity_type.label if entity_type else annotation.type
    return PaintedSpan(
        annotation.id,
        start,
        end,
        MENTION,
        entity_color(entity_type.color if entity_type else ""),
        f"{label} · {annotation.quote}",
    )


class ArticleViewBinding(QObject):
    def __init__(self, controller: ArticleController, view: ArticleView) -> None:
        super().__init__(view)
        self.controller, self.view = controller, view
        controller.article_opened.connect(self._opened)
        controller.annotation_added.connect(self._added)
        controller.annotation_removed.connect(view.painter.remove)
        controller.annotation_changed.connect(self._changed)
        controller.selection_changed.connect(self._selected)
        view.annotation_clicked.connect(controller.select)

    def _opened(self, document) -> None:  # type: ignore[no-untyped-def]
        if document is None:
            self.view.clear_article()
            return
        schemes = self.controller.schemes
        # The offsets map must exist before spans are converted: show the text first.
        self.view.show_article(document.article.text, [])
        self.view.painter.reset(
            [painted(a, schemes, self.view) for a in (*document.claims, *document.mentions)]
        )

    def _added(self, annotation: Mention | Claim) -> None:
        self.view.painter.add(painted(annotation, self.controller.schemes, self.view))

    def _changed(self, annotation: Mention | Claim) -> None:
        self.view.painter.replace(painted(annotation, self.controller.schemes, self.view))

    def _selected(self, annotation_id: str | None) -> None:
        self.view.painter.select(annotation_id)
        annotation = self.controller.annotation(annotation_id)
        if annotation is not None:
            self.view.reveal(annotation.start)
