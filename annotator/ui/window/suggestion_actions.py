"""Annotate › Suggestions: show them, step through them, accept or reject one, an
entity's or all, the Suggestions list (F8), learning from one's claims, and the offered alias.

N, Shift+N, Enter and Backspace work in the article, the annotation table and the
Suggestions list alike, never in the form fields.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from annotator.ui.common.translation import translate
from annotator.ui.settings.suggestion_settings import edit_suggestion_settings
from annotator.ui.window.action_factory import ActionHost
from annotator.ui.window.action_factory import make_action as _action


def add_suggestion_actions(window: ActionHost, a: dict[str, QAction]) -> None:
    suggestions = window.suggestions
    a["suggestions"] = _action(
        window,
        translate("WindowActions", "Show &suggestions"),
        "Ctrl+Shift+H",
        lambda: None,
        translate("WindowActions", "likely mentions and claims, framed in dashes"),
    )
    a["suggestions"].setCheckable(True)
    a["suggestions"].toggled.connect(window.toggle_suggestions)
    a["next_suggestion"] = _action(
        window,
        translate("WindowActions", "Next suggestion"),
        "N",
        lambda: window.step_suggestion(+1),
        local=True,
    )
    a["previous_suggestion"] = _action(
        window,
        translate("WindowActions", "Previous suggestion"),
        "Shift+N",
        lambda: window.step_suggestion(-1),
        local=True,
    )
    a["accept_suggestion"] = _action(
        window,
        translate("WindowActions", "Accept suggestion"),
        ["Return", "Enter"],
        suggestions.accept,
        local=True,
    )
    a["reject_suggestion"] = _action(
        window,
        translate("WindowActions", "Reject suggestion"),
        "Backspace",
        suggestions.reject,
        local=True,
    )
    a["accept_entity"] = _action(
        window,
        translate("WindowActions", "Accept all for this entity"),
        "Shift+Return",
        suggestions.accept_all_for_entity,
        translate("WindowActions", "every suggestion of the same entity in this article"),
        local=True,
    )
    # The list answers the same keys as the article: N, Shift+N, Enter, Backspace.
    window.suggestion_list.addActions(
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
    a["accept_all_suggestions"] = _action(
        window,
        translate("WindowActions", "Accept all suggestions"),
        None,
        window.accept_all_suggestions,
        translate("WindowActions", "every suggestion of this article, as one step of Edit › Undo"),
    )
    a["reject_all_suggestions"] = _action(
        window,
        translate("WindowActions", "Reject all suggestions"),
        None,
        window.reject_all_suggestions,
        translate(
            "WindowActions",
            "never offer this article's suggestions again, as one step of Edit › Undo",
        ),
    )
    a["suggestion_list"] = _action(
        window,
        translate("WindowActions", "Suggestions &list"),
        "F8",
        window.show_suggestion_list,
        translate(
            "WindowActions",
            "the open article's suggestions with their count: choose, accept, reject",
        ),
    )
    a["suggestion_settings"] = _action(
        window,
        translate("WindowActions", "Suggestion se&ttings…"),
        None,
        lambda: _edit_settings(window),
        translate(
            "WindowActions",
            "how check-worthy a sentence must be to be suggested as a claim (0: every sentence)",
        ),
    )
    a["learn_claims"] = _action(
        window,
        translate("WindowActions", "&Learn from my claims…"),
        None,
        window.learning.learn,
        translate(
            "WindowActions",
            "train the claim suggestions on this database's claims and finished articles",
        ),
    )
    a["add_alias"] = _action(
        window,
        translate("WindowActions", "Add the new form as an &alias"),
        "A",
        window.add_offered_alias,
        translate(
            "WindowActions",
            "after accepting Izyum or Ізюмі for Izium: keep that form among its aliases",
        ),
        local=True,
    )


def _edit_settings(window: ActionHost) -> None:
    """The threshold chosen applies at once: the open article's suggestions are found again."""
    workspace = window.controller.workspace
    parent = window if isinstance(window, QWidget) else None
    threshold = edit_suggestion_settings(parent, workspace.preferences)
    if threshold != workspace.suggestions.threshold:
        workspace.suggestions.threshold = threshold
        window.suggestions.refresh()
