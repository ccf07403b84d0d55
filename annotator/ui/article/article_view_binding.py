"""Keeps the article view's highlights in step with the controller's article."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from annotator.domain.models import Claim, Mention
from annotator.domain.schemes import EntityType, Schemes, Status
from annotator.domain.speed.collector import collection_paused
from annotator.services.article_document import ArticleDocument
from annotator.services.suggestions.suggestion_service import Suggestion
from annotator.ui.article.article_view import ArticleView
from annotator.ui.article.painted_span import CLAIM, MENTION, SUGGESTION, PaintedSpan
from annotator.ui.common.scheme_labels import status_label, type_label
from annotator.ui.common.span_styles import (
    SUGGESTED_CLAIM_COLOR,
    annotator_color,
    entity_color,
    status_color,
)
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.suggestions.suggestion_controller import PREFIX, SuggestionController, key_of

_lookups: list[tuple[Schemes, dict[str, Status], dict[str, EntityType]]] = []


def _by_id(schemes: Schemes) -> tuple[dict[str, Status], dict[str, EntityType]]:
    """The schemes' statuses and entity types by id, made once per Schemes object (one dict
    lookup per span instead of a search of the lists)."""
    if not _lookups or _lookups[0][0] is not schemes:
        statuses = {s.id: s for s in schemes.statuses}
        _lookups[:] = [(schemes, statuses, {t.id: t for t in schemes.entity_types})]
    return _lookups[0][1], _lookups[0][2]


def painted(
    annotations: Sequence[Mention | Claim],
    schemes: Schemes,
    view: ArticleView,
    owner: Callable[[Mention | Claim], str],
) -> list[PaintedSpan]:
    """The spans the view paints for these annotations: one just added, or a whole article
    at once (5,000 spans on each open). The colour, label and tooltip words of each type and
    status are made once, offsets converted in bulk, and ``owner`` (the annotator's name when
    it is someone else's annotation: the tooltip says it and an outline in that annotator's
    colour shows it) asked once per annotator."""
    to_utf16 = view.offsets.to_utf16_all
    starts = to_utf16([a.start for a in annotations])
    ends = to_utf16([a.end for a in annotations])
    statuses, types = _by_id(schemes)
    looks: dict[tuple[type, str], tuple[QColor, str]] = {}
    owners: dict[str | None, tuple[str, QColor | None]] = {}
    spans = []
    for annotation, start, end in zip(annotations, starts, ends, strict=True):
        made_by = annotation.created_by
        held = owners.get(made_by)
        if held is None:
            name = owner(annotation)
            by = translate("ArticleViewBinding", " · by {0}").format(name) if name else ""
            held = owners[made_by] = (by, annotator_color(made_by or "") if name else None)
        by, outline = held
        if isinstance(annotation, Claim):
            look = looks.get((Claim, annotation.status))
            if look is None:
                status = statuses.get(annotation.status)
                shown = status_label(status) if status else annotation.status
                look = looks[(Claim, annotation.status)] = (
                    status_color(annotation.status),
                    translate("ArticleViewBinding", "Claim · {0}").format(shown),
                )
            claimant = annotation.claimant.name
            said_by = f" — {claimant}" if claimant else ""
            spans.append(
                PaintedSpan(
                    annotation.id, start, end, CLAIM, look[0], look[1] + said_by + by, outline
                )
            )
            continue
        look = looks.get((Mention, annotation.type))
        if look is None:
            entity_type = types.get(annotation.type)
            look = looks[(Mention, annotation.type)] = (
                entity_color(entity_type.color if entity_type else ""),
                type_label(entity_type) if entity_type else annotation.type,
            )
        spans.append(
            PaintedSpan(
                annotation.id,
                start,
                end,
                MENTION,
                look[0],
                f"{look[1]} · {annotation.quote}{by}",
                outline,
            )
        )
    return spans


def painted_suggestion(suggestion: Suggestion, schemes: Schemes, view: ArticleView) -> PaintedSpan:
    start, end = view.to_utf16(suggestion.start), view.to_utf16(suggestion.end)
    if suggestion.kind == "mention":
        entity_type = _by_id(schemes)[1].get(suggestion.type or "")
        color = entity_color(entity_type.color if entity_type else "")
        shown = type_label(entity_type) if entity_type else suggestion.type or ""
        what = translate("ArticleViewBinding", "{0} mention").format(shown)
    else:
        color, what = SUGGESTED_CLAIM_COLOR, translate("ArticleViewBinding", "claim")
    tooltip = translate(
        "ArticleViewBinding", "Suggested {0} ({1}) — Enter accepts, Backspace rejects"
    ).format(what, suggestion.reason)
    return PaintedSpan(key_of(suggestion), start, end, SUGGESTION, color, tooltip)


class ArticleViewBinding(QObject):
    def __init__(
        self, controller: ArticleController, view: ArticleView, suggestions: SuggestionController
    ) -> None:
        super().__init__(view)
        self.controller, self.view, self.suggestions = controller, view, suggestions
        self._painted_suggestions: set[str] = set()
        # The open article's suggestions as painted, for the schemes they were painted with.
        self._painted_cache: dict[int, tuple[Suggestion, PaintedSpan]] = {}  # by id()
        self._painted_for: object = None
        suggestions.changed.connect(self._suggestions_changed)
        suggestions.selection_changed.connect(self._suggestion_selected)
        controller.article_opened.connect(self._opened)
        controller.annotation_added.connect(self._added)
        controller.annotation_removed.connect(view.painter.remove)
        controller.annotation_changed.connect(self._changed)
        controller.selection_changed.connect(self._selected)
        view.annotation_clicked.connect(self._clicked)

    def _opened(self, document: ArticleDocument | None) -> None:
        self._painted_suggestions = set()
        self._painted_cache = {}
        if document is None:
            self.view.clear_article()
            return
        self.view.show_source(document.article)
        schemes = self.controller.schemes
        # Thousands of small objects are made here and all live on.
        with collection_paused():
            self._paint_opened(document, schemes)

    def _paint_opened(self, document: ArticleDocument, schemes: Schemes) -> None:
        try:
            # The offsets map must exist before spans are converted: show the text first.
            self.view.setUpdatesEnabled(False)
            self.view.show_article(document.article.text, [])
            # Only the spans of the first screen are made now; the rest when the first idle
            # slice comes, or as soon as anything asks about them (SpanPainter.spans).
            in_sight = self.view.in_sight_until()
            until = self.view.offsets.to_codepoint(in_sight, "up")
            if until > document.loaded_until:
                document.complete()  # a screen larger than the part read first
            mentions, claims = document.part_so_far()
            so_far: list[Mention | Claim] = [*claims, *mentions]
            now = [a for a in so_far if a.start < until]
            owner = self.controller.owner_name
            later: Callable[[], list[PaintedSpan]] | None = None
            if not document.loaded or len(now) < len(claims) + len(mentions):

                def later() -> list[PaintedSpan]:
                    every: list[Mention | Claim] = [*document.claims, *document.mentions]
                    rest = [a for a in every if a.start >= until]
                    return painted(rest, schemes, self.view, owner)

            self.view.set_spans(painted(now, schemes, self.view, owner), later, in_sight)
            self.view.paint_visible()
        finally:
            self.view.setUpdatesEnabled(True)

    def _clicked(self, span_id: str) -> None:
        if span_id.startswith(PREFIX):
            self.suggestions.select(span_id)
        else:
            self.controller.select(span_id)

    def _suggestions_changed(self) -> None:
        """Repaint only what changed: after one annotation, most suggestions stay as they are."""
        schemes = self.controller.schemes
        items = self.suggestions.items.values() if self.controller.document else []
        if self._painted_for is not schemes:
            self._painted_cache, self._painted_for = {}, schemes
        change = self.suggestions.last_change
        if change is not None and self.controller.document is not None:
            # The controller says which keys left and came: no walk over all 8,000.
            self._suggestions_moved(*change)
            return
        wanted = {}
        for suggestion in items:
            span = self._painted_suggestion(suggestion)
            wanted[span.id] = span
        cache = self._painted_cache
        if len(cache) > 4 * len(wanted) + 1000:  # findings renewed: forget the old objects
            self._painted_cache = {id(s): cache[id(s)] for s in items}
        painter = self.view.painter
        removed = [
            key
            for key in self._painted_suggestions
            if key not in wanted or painter.spans.get(key) is not wanted[key]
        ]
        gone = set(removed)
        added = [
            span
            for key, span in wanted.items()
            if key not in self._painted_suggestions or key in gone
        ]
        painter.update_many(removed, added)
        self._painted_suggestions = set(wanted)

    def _suggestions_moved(self, gone: list[str], came: list[str]) -> None:
        painted_now, items = self._painted_suggestions, self.suggestions.items
        removed = [key for key in dict.fromkeys(gone) if key in painted_now]
        added = []
        for key in dict.fromkeys(came):
            suggestion = items.get(key)
            if suggestion is None:
                continue
            if key in painted_now:
                removed.append(key)  # painted before: painted anew
            added.append(self._painted_suggestion(suggestion))
        self.view.painter.update_many(removed, added)
        painted_now.difference_update(gone)
        painted_now.update(span.id for span in added)

    def _painted_suggestion(self, suggestion: Suggestion) -> PaintedSpan:
        """The suggestion as painted for the current schemes, made once. By identity: the
        service hands back the same suggestion objects while the article's findings stand,
        and hashing 8,000 dataclasses field by field was most of the cost."""
        held = self._painted_cache.get(id(suggestion))
        if held is None or held[0] is not suggestion:
            span = painted_suggestion(suggestion, self.controller.schemes, self.view)
            held = self._painted_cache[id(suggestion)] = (suggestion, span)
        return held[1]

    def _suggestion_selected(self, suggestion: Suggestion | None) -> None:
        if suggestion is not None:
            self.view.painter.select(key_of(suggestion))
            self.view.reveal(suggestion.start)
        elif self.view.painter.selected in self._painted_suggestions:
            self.view.painter.select(None)

    def _added(self, annotation: Mention | Claim) -> None:
        owner = self.controller.owner_name
        self.view.painter.add(painted([annotation], self.controller.schemes, self.view, owner)[0])

    def _changed(self, annotation: Mention | Claim) -> None:
        owner = self.controller.owner_name
        span = painted([annotation], self.controller.schemes, self.view, owner)[0]
        self.view.painter.replace(span)

    def _selected(self, annotation_id: str | None) -> None:
        self.view.painter.select(annotation_id)
        annotation = self.controller.annotation(annotation_id)
        if annotation is not None:
            self.view.reveal(annotation.start)
