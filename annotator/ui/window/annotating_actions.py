"""What the Annotate menu does: turn the article view's selection into annotations, delete,
set a claim's status, and adjust a span's boundaries, all from the keyboard; and the menu's
actions (annotate_actions), handed exactly the parts they call."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar

from annotator.domain.models import ArticleStatus, Claim
from annotator.domain.schemes import Schemes
from annotator.domain.selection import step_word
from annotator.ui.annotations.annotation_panel import AnnotationPanel
from annotator.ui.article.article_view import ArticleView
from annotator.ui.common.scheme_labels import status_label, type_label
from annotator.ui.common.span_styles import entity_color, key_swatch, status_color, swatch
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.related.related_claims_panel import RelatedClaimsPanel
from annotator.ui.window.action_factory import ActionMaker
from annotator.ui.window.navigation import Navigation


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


def annotate_actions(
    make: ActionMaker,
    schemes: Schemes,
    annotating: AnnotatingActions,
    navigation: Navigation,
    related: RelatedClaimsPanel,
) -> dict[str, QAction]:
    """A mention action per entity type of ``schemes``, a status action per status (Alt+1–9);
    its Suggestions submenu's actions: suggestion_actions."""
    a: dict[str, QAction] = {}
    a["claim"] = make(
        translate("WindowActions", "New &claim"),
        "C",
        annotating.new_claim,
        translate("WindowActions", "the selected words assert something checkable"),
        local=True,
    )
    a["claim"].setIconText(translate("WindowActions", "Claim (C)"))  # on the toolbar
    for entity_type in schemes.entity_types:
        label = type_label(entity_type)
        action = make(
            label,
            entity_type.shortcut,
            partial(annotating.new_mention, entity_type.id),
            translate("WindowActions", "tag the selected words as {0}").format(label),
            local=True,
        )
        # The key on the colour: the toolbar says it whether or not it has room for names.
        action.setIcon(key_swatch(entity_color(entity_type.color), entity_type.shortcut or ""))
        if entity_type.shortcut:
            action.setToolTip(f"{label} ({entity_type.shortcut}) — {action.statusTip()}")
        a[f"mention:{entity_type.id}"] = action
    for number, status in enumerate(schemes.statuses[:9], start=1):
        action = make(
            status_label(status),
            f"Alt+{number}",
            partial(annotating.set_status, status.id),
            translate("WindowActions", "set the selected claim's status to {0}").format(
                status_label(status)
            ),
        )
        action.setIcon(swatch(status_color(status.id)))
        a[f"status:{status.id}"] = action
    a["group_status"] = make(
        translate("WindowActions", "Apply status to the claim gro&up"),
        "Ctrl+Shift+G",
        related.apply_status_to_group,
        translate(
            "WindowActions",
            "every claim confirmed as the same claim gets the selected claim's status",
        ),
    )
    a["related"] = make(
        translate("WindowActions", "Find &related claims"),
        "Ctrl+Shift+R",
        related.focus_candidates,
        translate("WindowActions", "claims of other articles that may be the same claim"),
    )
    a["bounds"] = make(
        translate("WindowActions", "Span from &selection"),
        "B",
        annotating.span_from_selection,
        translate("WindowActions", "the selected annotation takes the selected words"),
        local=True,
    )
    nudges = (
        ("start_left", "start", -1, "Alt+Left"),
        ("start_right", "start", +1, "Alt+Shift+Right"),
        ("end_right", "end", +1, "Alt+Right"),
        ("end_left", "end", -1, "Alt+Shift+Left"),
    )
    texts = (
        translate("WindowActions", "Start one word earlier"),
        translate("WindowActions", "Start one word later"),
        translate("WindowActions", "End one word later"),
        translate("WindowActions", "End one word earlier"),
    )
    for (name, edge, step, keys), text in zip(nudges, texts, strict=True):
        a[name] = make(text, keys, partial(annotating.nudge, edge, step), local=True)
    a["next"] = make(
        translate("WindowActions", "&Next article"),
        ["Ctrl+PgDown", "Ctrl+J"],
        navigation.next_article,
    )
    a["previous"] = make(
        translate("WindowActions", "&Previous article"),
        ["Ctrl+PgUp", "Ctrl+K"],
        navigation.previous_article,
    )
    a["done"] = make(
        translate("WindowActions", "Mark &done and go to next"),
        "Ctrl+Return",
        navigation.done_and_next,
        translate("WindowActions", "this article is finished"),
    )
    a["done"].setIconText(translate("WindowActions", "Done, next"))  # on the toolbar
    a["in_progress"] = make(
        translate("WindowActions", "Mark in progress"),
        None,
        lambda: navigation.set_status(ArticleStatus.IN_PROGRESS),
    )
    a["todo"] = make(
        translate("WindowActions", "Mark to do"),
        None,
        lambda: navigation.set_status(ArticleStatus.TODO),
    )
    return a
