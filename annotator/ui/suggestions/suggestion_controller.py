"""Offline suggestions in the window: dashed frames to accept (Enter) or reject (Backspace).

Suggestions are computed for the open article after it is shown (never slowing the opening),
and again whenever its annotations change. Accepting goes through the article's undo stack
like any other annotation, with origin ``suggestion``; accepting every suggestion of one
entity is a single undo step (and a single transaction); a rejection can be undone too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Claim, Mention
from annotator.services.suggestions.open_suggestions import SpanEdit
from annotator.services.suggestions.suggestion_service import Suggestion, SuggestionDelta
from annotator.services.workspace import Workspace
from annotator.ui.common.messages import in_window_language
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.editing.cross_article_commands import CrossArticleCommand

PREFIX = "suggestion:"


def key_of(suggestion: Suggestion) -> str:
    return f"{PREFIX}{suggestion.kind}:{suggestion.start}:{suggestion.end}:{suggestion.type or ''}"


class SuggestionController(QObject):
    changed = Signal()  # the open article's suggestions (or their visibility) changed
    selection_changed = Signal(object)  # the selected Suggestion, or None
    # An accepted suggestion found a form not yet among its entity's aliases (Ізюм, Izyum):
    # the entity's name and the form. add_offered_alias() takes the offer.
    alias_offered = Signal(str, str)

    def __init__(
        self, controller: ArticleController, workspace: Workspace, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.service = controller, workspace.suggestions
        self.entities = workspace.entities
        self.offered_alias: tuple[str, str] | None = None  # (entity id, form)
        self._offer_text = ""
        self.visible = False
        self.items: dict[str, Suggestion] = {}  # by key, in reading order
        self._keys: dict[int, tuple[Suggestion, str]] = {}  # by id(): the object, its key
        self.selected_key: str | None = None
        # What the last change did to ``items``: the keys that left and came, or None when
        # everything may have changed (listeners then look at all of them).
        self.last_change: tuple[list[str], list[str]] | None = None
        # The open article's edits since the last refresh, as the service takes them; after
        # anything else (another article, a rejection, a change made elsewhere) ``_whole``:
        # the next refresh computes them from scratch.
        self._edits: list[SpanEdit] = []
        self._whole = True
        self._answer: int | None = None  # the service's answer the items follow from
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._update)
        controller.article_opened.connect(lambda _document: self._schedule(clear=True))
        controller.article_opened.connect(lambda _document: self._withdraw_offer())
        # One annotation added, removed or changed (its bounds; a mention's entity changes
        # nothing suggested): only the suggestions its spans overlap are looked at again.
        controller.annotation_added.connect(lambda a: self._edited(_span_edit(a)))
        controller.annotation_removed.connect(lambda i: self._edited(SpanEdit(i, None)))
        controller.annotation_changed.connect(lambda a: self._edited(_span_edit(a)))
        controller.suggestions_changed.connect(self._schedule)
        # The service takes in its own rejections: nothing to look at but those suggestions.
        controller.rejections_changed.connect(self._rejected)

    # --- what is suggested ---------------------------------------------------------------------

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        self.refresh()

    def _schedule(self, clear: bool = False) -> None:
        if clear:
            self.selected_key = None
        self._whole = True
        if self.visible:
            self._pending.start()
        elif self.items:
            self.refresh()

    def _edited(self, edit: SpanEdit | None) -> None:
        if edit is None or not self.visible:
            self._schedule()
            return
        self._edits.append(edit)
        self._pending.start()

    def _rejected(self) -> None:
        if self.visible:
            self._pending.start()
        else:
            self._schedule()

    def refresh(self) -> None:
        """The open article's suggestions, from scratch."""
        self._whole = True
        self._update()

    def _update(self) -> None:
        document = self.controller.document
        edits, whole = self._edits, self._whole
        self._edits, self._whole = [], False
        delta = SuggestionDelta([])
        if self.visible and document is not None:
            try:
                since = None if whole else self._answer
                delta = self.service.after_edits(document.article.id, edits, since)
                self._answer = delta.number
            except AnnotatorError as error:
                self._whole = True  # the edits were not taken in: from scratch next time
                self.controller.report_failure(
                    self.tr("Suggestions: {0}").format(in_window_language(error))
                )
        found = delta.suggestions
        # The service gives them in reading order, and the same objects while the article's
        # findings stand: their keys are made once (8,000 suggestions after every annotation).
        keys = self._keys
        if len(keys) > 4 * len(found) + 1000:  # findings renewed: forget the old objects
            keys.clear()

        def key(suggestion: Suggestion) -> str:
            held = keys.get(id(suggestion))
            if held is None or held[0] is not suggestion:
                held = keys[id(suggestion)] = (suggestion, key_of(suggestion))
            return held[1]

        if delta.whole:
            self.items = {key(s): s for s in found}
            self.last_change = None
        else:
            gone = [key(s) for s in delta.closed]
            for k in gone:
                self.items.pop(k, None)
            if delta.opened:  # back in their places in reading order
                self.items = {key(s): s for s in found}
            self.last_change = (gone, [key(s) for s in delta.opened])
        if self.selected_key not in self.items:
            self.selected_key = None
        self.changed.emit()
        self.selection_changed.emit(self.selected)

    @property
    def selected(self) -> Suggestion | None:
        return self.items.get(self.selected_key) if self.selected_key else None

    # --- choosing ------------------------------------------------------------------------------

    def select(self, key: str | None) -> None:
        self.selected_key = key if key in self.items else None
        if self.selected_key is not None:
            self.controller.select(None)
        self.selection_changed.emit(self.selected)

    def step(self, direction: int, from_position: int = 0) -> bool:
        """Select the next (+1) or previous (-1) suggestion in reading order."""
        keys = list(self.items)
        if not keys:
            return False
        current = self.selected
        anchor = current.start if current else from_position
        ordered = keys if direction > 0 else keys[::-1]
        for key in ordered:
            start = self.items[key].start
            if (start > anchor if direction > 0 else start < anchor) or (
                current is None and start == anchor
            ):
                self.select(key)
                return True
        self.select(ordered[0])  # wrap around
        return True

    # --- deciding ------------------------------------------------------------------------------

    def accept(self) -> bool:
        suggestion = self.selected
        if suggestion is None:
            return False
        following = self._following(suggestion)
        if not self.controller.accept_suggestions([suggestion]):
            return False
        self.selected_key = following
        self._offer_alias(suggestion)
        return True

    # --- new aliases -----------------------------------------------------------------------------

    def _offer_alias(self, suggestion: Suggestion) -> None:
        if suggestion.new_alias is None or suggestion.entity_id is None:
            return
        entity = self.entities.get(suggestion.entity_id)
        if entity is None or suggestion.new_alias in (entity.name, *entity.aliases):
            return
        self.offered_alias = (entity.id, suggestion.new_alias)
        self._offer_text = self.tr(
            "“{0}” is another form of {1}: press A to add it as an alias."
        ).format(suggestion.new_alias, entity.name)
        self.alias_offered.emit(entity.name, suggestion.new_alias)

    def offer_text(self) -> str:
        """The pending alias offer, for the status bar; empty when there is none."""
        return self._offer_text if self.offered_alias is not None else ""

    def _withdraw_offer(self) -> None:
        self.offered_alias = None

    def add_offered_alias(self) -> str:
        """Add the offered form to its entity's aliases; what happened, for the status bar."""
        if self.offered_alias is None:
            return self.tr(
                "No new name form to add: accept a suggestion found by another spelling."
            )
        entity_id, form = self.offered_alias
        self.offered_alias = None
        entity = self.entities.get(entity_id)
        if entity is None:
            return self.tr("That entity no longer exists.")
        if form not in entity.aliases:
            # An entity edit reaches across articles: a step of the one history all the same.
            text = self.tr("Add the alias “{0}” to “{1}”").format(form, entity.name)
            aliases = [*entity.aliases, form]
            added = self.controller.push(
                CrossArticleCommand(
                    text,
                    lambda: self.entities.set_aliases(entity_id, aliases),
                    self.entities.update,
                    self.controller.report_failure,
                )
            )
            if not added:
                return self.tr("The alias was not added.")
        # The open suggestions stay as they are (they name the same entity): re-reading them
        # now would move the selection and hide this message.
        return self.tr("“{0}” is now an alias of {1}.").format(form, entity.name)

    def reject(self) -> bool:
        suggestion = self.selected
        if suggestion is None:
            return False
        following = self._following(suggestion)
        if not self.controller.reject_suggestion(suggestion):
            return False
        self.selected_key = following
        self._pending.stop()
        self._update()
        return True

    def accept_all_for_entity(self) -> int:
        """Every suggestion in this article naming the selected suggestion's entity: one
        transaction, one undo step."""
        suggestion = self.selected
        if suggestion is None or suggestion.entity_id is None:
            return 0
        same = [s for s in self.items.values() if s.entity_id == suggestion.entity_id]
        accepted = self.controller.accept_suggestions(same)
        if accepted:
            self.selected_key = None
        return len(accepted)

    def accept_all(self) -> int:
        """Every suggestion of the open article, as one step of the history."""
        chosen = _one_per_span(self.items.values())
        accepted = self.controller.accept_suggestions(chosen) if chosen else []
        if accepted:
            self.selected_key = None
        return len(accepted)

    def reject_all(self) -> int:
        """Never offer any of the open article's suggestions again: one step of the history."""
        chosen = _one_per_span(self.items.values())
        if not chosen or not self.controller.reject_suggestions(chosen):
            return 0
        self.selected_key = None
        self._pending.stop()
        self._update()
        return len(chosen)

    def _following(self, suggestion: Suggestion) -> str | None:
        keys = list(self.items)
        index = keys.index(key_of(suggestion))
        return keys[index + 1] if index + 1 < len(keys) else None


def _span_edit(annotation: Mention | Claim | None) -> SpanEdit | None:
    if annotation is None:
        return None
    kind = "claim" if isinstance(annotation, Claim) else "mention"
    return SpanEdit(annotation.id, kind, annotation.start, annotation.end)


def _one_per_span(suggestions: Iterable[Suggestion]) -> list[Suggestion]:
    """One suggestion per kind and span: the same words are stored (or rejected) once."""
    chosen: dict[tuple[str, int, int], Suggestion] = {}
    for suggestion in suggestions:
        chosen.setdefault((suggestion.kind, suggestion.start, suggestion.end), suggestion)
    return list(chosen.values())
