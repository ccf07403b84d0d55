"""Annotate › Suggestions: show them, step through them, accept or reject one, an
entity's or all, the Suggestions list (F8), learning from one's claims, and the offered alias.

SuggestionSteps holds what those actions do, each saying in the status bar what it did;
suggestion_actions is the table of the actions, handed exactly those parts. N, Shift+N, Enter
and Backspace work in the article, the annotation table and the Suggestions list alike, never
in the form fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStatusBar, QWidget

from annotator.ui.common.translation import translate
from annotator.ui.settings.suggestion_settings import edit_suggestion_settings
from annotator.ui.suggestions.suggestion_controller import SuggestionController
from annotator.ui.suggestions.suggestion_list import SuggestionList
from annotator.ui.window.action_factory import ActionMaker, Slot

SHOWN_SETTING = "view/suggestions"


class SuggestionSteps(QObject):
    """The slots of the Suggestions menu. Owns the "Show suggestions" toggle, which outlives
    a rebuild of the menus (a schemes edit) as the history's actions do."""

    def __init__(
        self,
        suggestions: SuggestionController,
        listed: SuggestionList,
        show_tab: Callable[[QWidget], None],
        selected_span: Callable[[], tuple[int, int] | None],
        status: QStatusBar,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.suggestions, self.listed, self.show_tab = suggestions, listed, show_tab
        self.selected_span, self.status, self.settings = selected_span, status, settings
        text = translate("WindowActions", "Show &suggestions")
        tip = translate("WindowActions", "likely mentions and claims, framed in dashes")
        self.shown = QAction(text, self)
        self.shown.setObjectName("showSuggestions")
        self.shown.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.shown.setCheckable(True)
        self.shown.setStatusTip(tip)
        self.shown.setToolTip(f"{text.replace('&', '')} — {tip}")
        self.shown.toggled.connect(self._toggled)

    def _toggled(self, shown: bool) -> None:
        self.settings.setValue(SHOWN_SETTING, shown)
        self.suggestions.set_visible(shown)

    def show(self) -> None:
        if not self.suggestions.visible:
            self.shown.setChecked(True)

    def step(self, direction: int) -> None:
        cursor = self.selected_span() or (0, 0)
        self.show()
        if not self.suggestions.step(direction, cursor[0]):
            self._say(self.tr("No suggestions in this article."), 4000)

    def show_list(self) -> None:
        """F8: the list of suggestions, shown (and the suggestions with it) and focused."""
        self.show()
        self.show_tab(self.listed)
        self.listed.table.setFocus()

    def accept_entity(self) -> None:
        """Shift+Enter: every suggestion of the chosen one's entity; says what it did, and
        offers the new name form among them as an alias (A), as ``suggest --json`` does."""
        chosen = self.suggestions.selected
        if chosen is None or chosen.entity_id is None:
            self._say(self.tr("Choose a suggested mention of an entity first (N)."), 6000)
            return
        count = self.suggestions.accept_all_for_entity()
        if not count:
            return
        said = self.tr("Accepted %n mention(s) of “{0}”.", "", count).format(
            self.suggestions.entity_name(chosen.entity_id) or " ".join(chosen.quote.split())
        )
        offer = self.suggestions.offer_text()
        self._say(f"{said} {offer}" if offer else said, 15000)

    def accept_all(self) -> None:
        count = self.suggestions.accept_all()
        self._say(self.tr("Accepted %n suggestion(s).", "", count), 8000)

    def reject_all(self) -> None:
        count = self.suggestions.reject_all()
        self._say(self.tr("Rejected %n suggestion(s).", "", count), 8000)

    def add_offered_alias(self) -> None:
        self._say(self.suggestions.add_offered_alias(), 8000)

    def edit_settings(self) -> None:
        """The threshold chosen applies at once: the open article's suggestions are found
        again."""
        workspace = self.suggestions.controller.workspace
        parent = self.parent()
        threshold = edit_suggestion_settings(
            parent if isinstance(parent, QWidget) else None, workspace.preferences
        )
        if threshold != workspace.suggestions.threshold:
            workspace.suggestions.threshold = threshold
            self.suggestions.refresh()

    def _say(self, message: str, timeout: int) -> None:
        self.status.showMessage(message, timeout)


def suggestion_actions(
    make: ActionMaker,
    steps: SuggestionSteps,
    suggestions: SuggestionController,
    listed: SuggestionList,
    learn: Slot,
) -> dict[str, QAction]:
    a: dict[str, QAction] = {"suggestions": steps.shown}
    a["next_suggestion"] = make(
        translate("WindowActions", "Next suggestion"), "N", lambda: steps.step(+1), local=True
    )
    a["previous_suggestion"] = make(
        translate("WindowActions", "Previous suggestion"),
        "Shift+N",
        lambda: steps.step(-1),
        local=True,
    )
    a["accept_suggestion"] = make(
        translate("WindowActions", "Accept suggestion"),
        ["Return", "Enter"],
        suggestions.accept,
        local=True,
    )
    a["reject_suggestion"] = make(
        translate("WindowActions", "Reject suggestion"), "Backspace", suggestions.reject, local=True
    )
    a["accept_entity"] = make(
        translate("WindowActions", "Accept all for this entity"),
        "Shift+Return",
        steps.accept_entity,
        translate("WindowActions", "every suggestion of the same entity in this article"),
        local=True,
    )
    # The list answers the same keys as the article: N, Shift+N, Enter, Backspace.
    listed.addActions(
        [
            a[name]
            for name in (
                "next_suggestion",
                "previous_suggestion",
                "accept_suggestion",
                "reject_suggestion",
                "accept_entity",
            )
        ]
    )
    a["accept_all_suggestions"] = make(
        translate("WindowActions", "Accept all suggestions"),
        None,
        steps.accept_all,
        translate("WindowActions", "every suggestion of this article, as one step of Edit › Undo"),
    )
    a["reject_all_suggestions"] = make(
        translate("WindowActions", "Reject all suggestions"),
        None,
        steps.reject_all,
        translate(
            "WindowActions",
            "never offer this article's suggestions again, as one step of Edit › Undo",
        ),
    )
    a["suggestion_list"] = make(
        translate("WindowActions", "Suggestions &list"),
        "F8",
        steps.show_list,
        translate(
            "WindowActions",
            "the open article's suggestions with their count: choose, accept, reject",
        ),
    )
    a["suggestion_settings"] = make(
        translate("WindowActions", "Suggestion se&ttings…"),
        None,
        steps.edit_settings,
        translate(
            "WindowActions",
            "how check-worthy a sentence must be to be suggested as a claim (0: every sentence)",
        ),
    )
    a["learn_claims"] = make(
        translate("WindowActions", "&Learn from my claims…"),
        None,
        learn,
        translate(
            "WindowActions",
            "train the claim suggestions on this database's claims and finished articles",
        ),
    )
    a["add_alias"] = make(
        translate("WindowActions", "Add the new form as an &alias"),
        "A",
        steps.add_offered_alias,
        translate(
            "WindowActions",
            "after accepting Izyum or Ізюмі for Izium: keep that form among its aliases",
        ),
        local=True,
    )
    return a
