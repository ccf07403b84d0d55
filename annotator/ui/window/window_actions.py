"""The actions of the File, Edit and View menus, in table-like functions (their menus and
toolbar: window_menus; the Annotate menu's: annotating_actions; Suggestions: suggestion_actions).

Each table is handed the maker and exactly the parts and slots it calls, as parameters. Single-key
shortcuts work where annotating happens, the article and the annotation table, and never steal
keys from the form fields; the others work window-wide. The Help › Keyboard shortcuts list is
generated from the menus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

from annotator.ui.article.article_view import ArticleView
from annotator.ui.article.find_bar import FindBar
from annotator.ui.articles.trash_actions import TrashActions
from annotator.ui.common.translation import translate
from annotator.ui.jobs.file_actions import FileActions
from annotator.ui.window.action_factory import ActionMaker, Slot
from annotator.ui.window.annotating_actions import AnnotatingActions
from annotator.ui.window.database_actions import DatabaseActions
from annotator.ui.window.history_actions import HistoryActions
from annotator.ui.window.navigation import Navigation
from annotator.ui.window.offline_actions import OfflineActions
from annotator.ui.window.team_actions import TeamActions

Actions = dict[str, QAction]


def file_actions(
    make: ActionMaker,
    files: FileActions,
    databases: DatabaseActions,
    offline: OfflineActions,
    remover: TrashActions,
    remove_article: QAction,
    window: WindowSlots,
) -> Actions:
    """``remove_article``: the article list's own action, which Delete in the list triggers."""
    a: Actions = {}
    a["import_files"] = make(
        translate("WindowActions", "&Import files…"),
        QKeySequence.StandardKey.Open,
        files.import_files,
        translate("WindowActions", "articles (.txt .md .html) or datasets"),
    )
    a["import_files"].setIconText(translate("WindowActions", "Import"))  # on the toolbar
    a["import_folder"] = make(
        translate("WindowActions", "Import &folder…"),
        "Ctrl+Shift+O",
        files.import_folder,
        translate("WindowActions", "every article file in a folder and its subfolders"),
    )
    a["open_local"] = make(
        translate("WindowActions", "Open &Local Database…"),
        None,
        databases.open_local,
        translate("WindowActions", "another annotator database file, in this window"),
    )
    a["open_team"] = make(
        translate("WindowActions", "Open &Team Database…"),
        None,
        databases.open_team,
        translate("WindowActions", "the team's collection on a PostgreSQL server, in this window"),
    )
    a["take_offline"] = make(
        translate("WindowActions", "Take articles &offline…"),
        None,
        offline.take_offline,
        translate("WindowActions", "copy articles of the team database into a file to work on"),
    )
    a["take_offline"].setEnabled(offline.can_take_offline())
    a["bring_back"] = make(
        translate("WindowActions", "&Bring work back…"),
        None,
        offline.bring_back,
        translate("WindowActions", "store the work of a file taken offline on the team database"),
    )
    a["export"] = make(
        translate("WindowActions", "&Export…"),
        "Ctrl+E",
        files.export,
        translate("WindowActions", "the whole dataset as JSON or JSONL"),
    )
    a["export"].setIconText(translate("WindowActions", "Export"))
    a["reread"] = make(
        translate("WindowActions", "&Re-read with encoding…"),
        None,
        window.reread,
        translate(
            "WindowActions",
            "read the open article's file again in another encoding (before annotating it)",
        ),
    )
    a["organization"] = make(
        translate("WindowActions", "&Preferences…"),
        None,
        window.preferences,
        translate(
            "WindowActions",
            "who publishes the fact-checks (ClaimReview author); the window's language",
        ),
    )
    a["quit"] = make(translate("WindowActions", "&Quit"), "Ctrl+Q", window.quit)
    a["remove_article"] = remove_article
    a["remove_article"].setStatusTip(
        translate(
            "WindowActions",
            "move the chosen article to the Trash (Ctrl+Delete; Delete in the article list)",
        )
    )
    a["remove_demo"] = make(
        translate("WindowActions", "Remove &demo articles…"),
        None,
        remover.remove_demo,
        translate("WindowActions", "the five sample articles of the first start, in one step"),
    )
    a["trash"] = make(
        translate("WindowActions", "&Trash…"),
        None,
        remover.show_trash,
        translate("WindowActions", "restore removed articles"),
    )
    return a


def edit_actions(
    make: ActionMaker,
    history: HistoryActions,
    annotating: AnnotatingActions,
    navigation: Navigation,
    find_bar: FindBar,
    window: WindowSlots,
) -> Actions:
    # The history's own three actions, which name the step they undo.
    a: Actions = {"undo": history.undo, "redo": history.redo, "undo_history": history.show_history}
    a["delete"] = make(
        translate("WindowActions", "&Delete annotation"),
        QKeySequence.StandardKey.Delete,
        annotating.delete,
        translate("WindowActions", "remove the selected annotation"),
        local=True,
    )
    a["delete"].setIconText(translate("WindowActions", "Delete (Del)"))  # on the toolbar
    a["schemes"] = make(
        translate("WindowActions", "Sc&hemes…"),
        None,
        window.schemes,
        translate("WindowActions", "entity types, colours, shortcuts and statuses"),
    )
    a["find"] = make(
        translate("WindowActions", "&Search all articles…"),
        "Ctrl+Shift+F",
        navigation.focus_search,
        translate(
            "WindowActions",
            "search the titles and texts of all articles; Enter opens the first hit at the match",
        ),
    )
    a["find_in_article"] = make(
        translate("WindowActions", "&Find in article…"),
        QKeySequence.StandardKey.Find,
        find_bar.open_bar,
        translate(
            "WindowActions",
            "find whole words in the open article; F3 next, Shift+F3 previous, Esc closes",
        ),
    )
    return a


@dataclass(frozen=True, slots=True)
class WindowSlots:
    """The window's own slots that the tables call: its dialogs and its way out."""

    reread: Slot
    preferences: Slot
    quit: Slot
    schemes: Slot
    statistics: Slot
    focus_annotations: Slot
    shortcuts: Slot
    about: Slot


def view_actions(
    make: ActionMaker,
    view: ArticleView,
    team: TeamActions,
    entities: QAction,
    window: WindowSlots,
) -> Actions:
    """``entities``: the Entities dock's own toggle, which follows its visibility."""
    a: Actions = {}
    a["zoom_in"] = make(
        translate("WindowActions", "Zoom &in"), ["Ctrl++", "Ctrl+="], lambda: view.zoom(1)
    )
    a["zoom_out"] = make(translate("WindowActions", "Zoom &out"), "Ctrl+-", lambda: view.zoom(-1))
    a["statistics"] = make(
        translate("WindowActions", "&Statistics…"),
        "Ctrl+I",
        window.statistics,
        translate("WindowActions", "claims per status, mentions per type, top entities"),
    )
    a["agreement"] = make(
        translate("WindowActions", "&Agreement…"),
        "Ctrl+Shift+I",
        team.show_agreement,
        translate(
            "WindowActions",
            "agreement between annotators per pair, entity type and claim status; disagreements",
        ),
    )
    a["adjudicate"] = make(
        translate("WindowActions", "A&djudicate this article…"),
        "Ctrl+Shift+J",
        team.adjudicate_article,
        translate(
            "WindowActions",
            "the annotators' versions side by side; accept, edit or reject into the "
            "adjudicated layer",
        ),
    )
    # After a schemes edit the tables run again and reuse the dock's toggle.
    a["entities"] = entities
    a["entities"].setText(translate("WindowActions", "&Entities"))
    a["entities"].setShortcut(QKeySequence("Ctrl+Shift+E"))
    a["entities"].setStatusTip(
        translate("WindowActions", "every canonical entity: rename, merge, go to its mentions")
    )
    a["focus_article"] = make(translate("WindowActions", "Go to the &article"), "F6", view.setFocus)
    a["focus_annotations"] = make(
        translate("WindowActions", "Go to the a&nnotations"), "F7", window.focus_annotations
    )
    a["shortcuts"] = make(
        translate("WindowActions", "&Keyboard shortcuts"), ["F1", "Ctrl+/"], window.shortcuts
    )
    a["about"] = make(translate("WindowActions", "&About Fact-Check Annotator"), None, window.about)
    return a
