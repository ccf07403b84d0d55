"""What the Annotate menu does: turn the article view's selection into annotations, delete,
set a claim's status, and adjust a span's boundaries, all from the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar

from annotator.domain.models import Claim
from annotator.domain.selection import step_word
from annotator.ui.annotations.annotation_panel import AnnotationPanel
from annotator.ui.article.article_view import ArticleView
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_controller import ArticleController


class AnnotatingActions:
    def __init__(
        self,
        controller: ArticleController,
        view: ArticleView,
        panel: AnnotationPanel,
        status: QStatusBar,
    ) -> None:
        self.controller, self.view, self.panel, self.status = controller, view, panel, status

    def _selection(self) -> tuple[int, int] | None:
        span = self.view.selected_span()
        if span is None:
            self.status.showMessage(
                translate("AnnotatingActions", "Select some words in the article first."), 4000
            )
        return span

    def new_claim(self) -> None:
        span = self._selection()
        if span and self.controller.create_claim(*span) is not None:
            self.view.collapse_selection(span[1])  # show the new highlight, not the selection
            self.panel.focus_form()

    def new_mention(self, entity_type: str) -> None:
        span = self._selection()
        if span and self.controller.create_mention(*span, entity_type) is not None:
            self.view.collapse_selection(span[1])
            self.view.setFocus()  # keep tagging: the next selection is a keystroke away

    def delete(self) -> None:
        if not self.controller.delete():
            self.status.showMessage(
                translate("AnnotatingActions", "Select an annotation to delete."), 4000
            )

    def set_status(self, status_id: str) -> None:
        # Only when no claim is selected: a refused write has already said why in its place.
        if not isinstance(self.controller.annotation(self.controller.selected_id), Claim):
            self.status.showMessage(
                translate("AnnotatingActions", "Select a claim to set its status."), 4000
            )
            return
        self.controller.set_claim_status(status_id)

    def span_from_selection(self) -> None:
        """People mis-select: select the right words, press B, the annotation takes them."""
        selected = self.controller.selected_id
        span = self.view.selected_span()
        if selected is None or span is None:
            self.status.showMessage(
                translate(
                    "AnnotatingActions", "Select an annotation, then the words it should cover."
                ),
                4000,
            )
            return
        if self.controller.set_bounds(selected, *span):
            self.view.collapse_selection(span[1])

    def nudge(self, edge: str, direction: int) -> None:
        """Move the start or end of the selected annotation by one word."""
        annotation = self.controller.annotation(self.controller.selected_id)
        document = self.controller.document
        if annotation is None or document is None:
            self.status.showMessage(
                translate("AnnotatingActions", "Select an annotation to adjust its boundaries."),
                4000,
            )
            return
        text = document.article.text
        start, end = annotation.start, annotation.end
        if edge == "start":
            start = step_word(text, start, direction)
            while start < end and text[start].isspace():
                start += 1
        else:
            end = step_word(text, end, direction)
            while end > start and text[end - 1].isspace():
                end -= 1
        if start < end:
            self.controller.set_bounds(annotation.id, start, end)
