"""The window's actions, in one table-like place (their menus and toolbar: window_menus).

Single-key shortcuts (C, 1–9, Delete, B) work where annotating happens, the article and the
annotation table, and never steal keys from the form fields; the others work window-wide.
The Help › Keyboard shortcuts list is generated from these menus.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction, QKeySequence

from annotator.domain.models import ArticleStatus
from annotator.ui.common.scheme_labels import status_label, type_label
from annotator.ui.common.span_styles import entity_color, status_color, swatch
from annotator.ui.common.translation import translate
from annotator.ui.window.action_factory import ActionHost
from annotator.ui.window.action_factory import make_action as _action
from annotator.ui.window.suggestion_actions import add_suggestion_actions
from annotator.ui.window.window_menus import build_menus


def build_actions(window: ActionHost) -> dict[str, QAction]:
    annotate, files, nav = window.annotating, window.files, window.navigation
    schemes = window.controller.schemes
    a: dict[str, QAction] = {}
    a["import_files"] = _action(
        window,
        translate("WindowActions", "&Import files…"),
        QKeySequence.StandardKey.Open,
        files.import_files,
        translate("WindowActions", "articles (.txt .md .html) or datasets"),
    )
    a["import_folder"] = _action(
        window,
        translate("WindowActions", "Import &folder…"),
        "Ctrl+Shift+O",
        files.import_folder,
        translate("WindowActions", "every article file in a folder and its subfolders"),
    )
    databases = window.databases
    a["open_local"] = _action(
        window,
        translate("WindowActions", "Open &Local Database…"),
        None,
        databases.open_local,
        translate("WindowActions", "another annotator database file, in this window"),
    )
    a["open_team"] = _action(
        window,
        translate("WindowActions", "Open &Team Database…"),
        None,
        databases.open_team,
        translate("WindowActions", "the team's collection on a PostgreSQL server, in this window"),
    )
    a["take_offline"] = _action(
        window,
        translate("WindowActions", "Take articles &offline…"),
        None,
        window.offline.take_offline,
        translate("WindowActions", "copy articles of the team database into a file to work on"),
    )
    a["take_offline"].setEnabled(window.offline.can_take_offline())
    a["bring_back"] = _action(
        window,
        translate("WindowActions", "&Bring work back…"),
        None,
        window.offline.bring_back,
        translate("WindowActions", "store the work of a file taken offline on the team database"),
    )
    a["export"] = _action(
        window,
        translate("WindowActions", "&Export…"),
        "Ctrl+E",
        files.export,
        translate("WindowActions", "the whole dataset as JSON or JSONL"),
    )
    a["reread"] = _action(
        window,
        translate("WindowActions", "&Re-read with encoding…"),
        None,
        lambda: files.reread_with_encoding(window.controller),
        translate(
            "WindowActions",
            "read the open article's file again in another encoding (before annotating it)",
        ),
    )
    a["organization"] = _action(
        window,
        translate("WindowActions", "&Preferences…"),
        None,
        window.edit_preferences,
        translate(
            "WindowActions",
            "who publishes the fact-checks (ClaimReview author); the window's language",
        ),
    )
    a["quit"] = _action(
        window,
        translate("WindowActions", "&Quit"),
        "Ctrl+Q",
        window.close,
    )
    a["remove_article"] = window.list_panel.remove_action
    a["remove_article"].setStatusTip(
        translate("WindowActions", "move the chosen article to the Trash (Delete in the list)")
    )
    a["remove_demo"] = _action(
        window,
        translate("WindowActions", "Remove &demo articles…"),
        None,
        window.remover.remove_demo,
        translate("WindowActions", "the five sample articles of the first start, in one step"),
    )
    a["trash"] = _action(
        window,
        translate("WindowActions", "&Trash…"),
        None,
        window.remover.show_trash,
        translate("WindowActions", "restore removed articles"),
    )
    history = window.history_actions
    a["undo"], a["redo"], a["undo_history"] = history.undo, history.redo, history.show_history
    a["delete"] = _action(
        window,
        translate("WindowActions", "&Delete annotation"),
        QKeySequence.StandardKey.Delete,
        annotate.delete,
        translate("WindowActions", "remove the selected annotation"),
        local=True,
    )
    a["schemes"] = _action(
        window,
        translate("WindowActions", "Sc&hemes…"),
        None,
        window.edit_schemes,
        translate("WindowActions", "entity types, colours, shortcuts and statuses"),
    )
    a["find"] = _action(
        window,
        translate("WindowActions", "&Search all articles…"),
        "Ctrl+Shift+F",
        nav.focus_search,
        translate(
            "WindowActions",
            "search the titles and texts of all articles; Enter opens the first hit at the match",
        ),
    )
    a["find_in_article"] = _action(
        window,
        translate("WindowActions", "&Find in article…"),
        QKeySequence.StandardKey.Find,
        window.find_bar.open_bar,
        translate(
            "WindowActions",
            "find words in the open article; F3 next, Shift+F3 previous, Esc closes",
        ),
    )
    a["claim"] = _action(
        window,
        translate("WindowActions", "New &claim"),
        "C",
        annotate.new_claim,
        translate("WindowActions", "the selected words assert something checkable"),
        local=True,
    )
    for entity_type in schemes.entity_types:
        label = type_label(entity_type)
        action = _action(
            window,
            label,
            entity_type.shortcut,
            partial(annotate.new_mention, entity_type.id),
            translate("WindowActions", "tag the selected words as {0}").format(label),
            local=True,
        )
        action.setIcon(swatch(entity_color(entity_type.color)))
        if entity_type.shortcut:  # the toolbar shows the key, not the colour alone
            action.setIconText(f"{label} ({entity_type.shortcut})")
        a[f"mention:{entity_type.id}"] = action
    for number, status in enumerate(schemes.statuses[:9], start=1):
        action = _action(
            window,
            status_label(status),
            f"Alt+{number}",
            partial(annotate.set_status, status.id),
            translate("WindowActions", "set the selected claim's status to {0}").format(
                status_label(status)
            ),
        )
        action.setIcon(swatch(status_color(status.id)))
        a[f"status:{status.id}"] = action
    related = window.panel.related_claims
    a["group_status"] = _action(
        window,
        translate("WindowActions", "Apply status to the claim gro&up"),
        "Ctrl+Shift+G",
        related.apply_status_to_group,
        translate(
            "WindowActions",
            "every claim confirmed as the same claim gets the selected claim's status",
        ),
    )
    a["related"] = _action(
        window,
        translate("WindowActions", "Find &related claims"),
        "Ctrl+Shift+R",
        related.focus_candidates,
        translate("WindowActions", "claims of other articles that may be the same claim"),
    )
    a["bounds"] = _action(
        window,
        translate("WindowActions", "Span from &selection"),
        "B",
        annotate.span_from_selection,
        translate("WindowActions", "the selected annotation takes the selected words"),
        local=True,
    )
    a["start_left"] = _action(
        window,
        translate("WindowActions", "Start one word earlier"),
        "Alt+Left",
        lambda: annotate.nudge("start", -1),
        local=True,
    )
    a["start_right"] = _action(
        window,
        translate("WindowActions", "Start one word later"),
        "Alt+Shift+Right",
        lambda: annotate.nudge("start", +1),
        local=True,
    )
    a["end_right"] = _action(
        window,
        translate("WindowActions", "End one word later"),
        "Alt+Right",
        lambda: annotate.nudge("end", +1),
        local=True,
    )
    a["end_left"] = _action(
        window,
        translate("WindowActions", "End one word earlier"),
        "Alt+Shift+Left",
        lambda: annotate.nudge("end", -1),
        local=True,
    )
    a["next"] = _action(
        window,
        translate("WindowActions", "&Next article"),
        ["Ctrl+PgDown", "Ctrl+J"],
        nav.next_article,
    )
    a["previous"] = _action(
        window,
        translate("WindowActions", "&Previous article"),
        ["Ctrl+PgUp", "Ctrl+K"],
        nav.previous_article,
    )
    a["done"] = _action(
        window,
        translate("WindowActions", "Mark &done and go to next"),
        "Ctrl+Return",
        nav.done_and_next,
        translate("WindowActions", "this article is finished"),
    )
    a["in_progress"] = _action(
        window,
        translate("WindowActions", "Mark in progress"),
        None,
        lambda: nav.set_status(ArticleStatus.IN_PROGRESS),
    )
    a["todo"] = _action(
        window,
        translate("WindowActions", "Mark to do"),
        None,
        lambda: nav.set_status(ArticleStatus.TODO),
    )
    a["zoom_in"] = _action(
        window,
        translate("WindowActions", "Zoom &in"),
        ["Ctrl++", "Ctrl+="],
        lambda: window.view.zoom(1),
    )
    a["zoom_out"] = _action(
        window,
        translate("WindowActions", "Zoom &out"),
        "Ctrl+-",
        lambda: window.view.zoom(-1),
    )
    add_suggestion_actions(window, a)
    a["statistics"] = _action(
        window,
        translate("WindowActions", "&Statistics…"),
        "Ctrl+I",
        window.show_statistics,
        translate("WindowActions", "claims per status, mentions per type, top entities"),
    )
    a["agreement"] = _action(
        window,
        translate("WindowActions", "&Agreement…"),
        "Ctrl+Shift+I",
        window.team.show_agreement,
        translate(
            "WindowActions",
            "agreement between annotators per pair, entity type and claim status; disagreements",
        ),
    )
    a["adjudicate"] = _action(
        window,
        translate("WindowActions", "A&djudicate this article…"),
        "Ctrl+Shift+J",
        window.team.adjudicate_article,
        translate(
            "WindowActions",
            "the annotators' versions side by side; accept, edit or reject into the "
            "adjudicated layer",
        ),
    )
    # The dock's own toggle follows its visibility; after a schemes edit build_actions runs
    # again and reuses it rather than making a second one.
    a["entities"] = window.entities_dock.toggleViewAction()
    a["entities"].setText(translate("WindowActions", "&Entities"))
    a["entities"].setShortcut(QKeySequence("Ctrl+Shift+E"))
    a["entities"].setStatusTip(
        translate("WindowActions", "every canonical entity: rename, merge, go to its mentions")
    )
    a["focus_article"] = _action(
        window, translate("WindowActions", "Go to the &article"), "F6", window.view.setFocus
    )
    a["focus_annotations"] = _action(
        window,
        translate("WindowActions", "Go to the a&nnotations"),
        "F7",
        lambda: window.panel.show_tab(window.panel.table),
    )
    a["shortcuts"] = _action(
        window,
        translate("WindowActions", "&Keyboard shortcuts"),
        ["F1", "Ctrl+/"],
        window.show_shortcuts,
    )
    a["about"] = _action(
        window, translate("WindowActions", "&About Fact-Check Annotator"), None, window.show_about
    )
    build_menus(window, a)
    return a
