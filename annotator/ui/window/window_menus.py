"""The window's menus and its toolbar, made of the actions of window_actions. The Help ›
Keyboard shortcuts list is generated from these menus, so their order is the list's.

May import: ui.common, ui.window.action_factory.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from annotator.ui.common.translation import translate
from annotator.ui.window.action_factory import ActionHost


def build_menus(window: ActionHost, a: dict[str, QAction]) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("WindowActions", "&File"))
    file_menu.addActions([a["open_local"], a["open_team"]])
    recent = file_menu.addMenu(translate("WindowActions", "Open &Recent"))
    recent.setObjectName("recentMenu")
    recent.setToolTipsVisible(True)
    recent.aboutToShow.connect(lambda: window.databases.fill_recent(recent))
    window.databases.fill_recent(recent)
    file_menu.addActions([a["take_offline"], a["bring_back"]])
    file_menu.addSeparator()
    file_menu.addActions([a["import_files"], a["import_folder"], a["reread"], a["export"]])
    file_menu.addSeparator()
    file_menu.addAction(a["organization"])
    file_menu.addSeparator()
    file_menu.addActions([a["remove_article"], a["remove_demo"], a["trash"]])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit = bar.addMenu(translate("WindowActions", "&Edit"))
    edit.addActions([a["undo"], a["redo"], a["undo_history"]])
    edit.addSeparator()
    edit.addActions([a["delete"], a["find_in_article"], a["find"]])
    edit.addSeparator()
    edit.addAction(a["schemes"])
    view = bar.addMenu(translate("WindowActions", "&View"))
    view.addActions([a["zoom_in"], a["zoom_out"]])
    view.addSeparator()
    view.addActions([a["focus_article"], a["focus_annotations"]])
    view.addSeparator()
    view.addActions([a["entities"], a["statistics"]])
    team = view.addMenu(translate("WindowActions", "Se&veral annotators"))
    team.addActions([a["agreement"], a["adjudicate"]])
    layers = view.addMenu(translate("WindowActions", "A&nnotators"))
    layers.setObjectName("annotatorsMenu")
    layers.setToolTipsVisible(True)
    for annotator_id, label, shown in window.team.layer_choices():
        action = QAction(label, layers)
        action.setCheckable(True)
        action.setChecked(shown)
        action.setToolTip(translate("WindowActions", "show or hide this annotator's annotations"))
        action.toggled.connect(
            lambda on, who=annotator_id: window.controller.set_layer_shown(who, on)
        )
        layers.addAction(action)
        a[f"layer:{annotator_id}"] = action
    if layers.isEmpty():
        layers.addAction(translate("WindowActions", "Nobody's annotations yet")).setEnabled(False)
    annotate = bar.addMenu(translate("WindowActions", "&Annotate"))
    annotate.addAction(a["claim"])
    mentions = annotate.addMenu(translate("WindowActions", "New &mention"))
    mentions.addActions([v for k, v in a.items() if k.startswith("mention:")])
    statuses = annotate.addMenu(translate("WindowActions", "Claim &status"))
    statuses.addActions([v for k, v in a.items() if k.startswith("status:")])
    annotate.addActions([a["group_status"], a["related"]])
    suggested = annotate.addMenu(translate("WindowActions", "Su&ggestions"))
    suggested.addActions(
        [
            a["suggestions"],
            a["suggestion_list"],
            a["next_suggestion"],
            a["previous_suggestion"],
            a["accept_suggestion"],
            a["reject_suggestion"],
            a["accept_entity"],
            a["accept_all_suggestions"],
            a["reject_all_suggestions"],
            a["add_alias"],
        ]
    )
    suggested.addSeparator()
    suggested.addActions([a["suggestion_settings"], a["learn_claims"]])
    annotate.addSeparator()
    bounds: QMenu = annotate.addMenu(translate("WindowActions", "&Boundaries"))
    bounds.addActions(
        [a["bounds"], a["start_left"], a["start_right"], a["end_left"], a["end_right"]]
    )
    annotate.addSeparator()
    annotate.addActions([a["next"], a["previous"], a["done"], a["in_progress"], a["todo"]])
    help_menu = bar.addMenu(translate("WindowActions", "&Help"))
    help_menu.addActions([a["shortcuts"], a["about"]])

    toolbar = QToolBar(translate("WindowActions", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a["import_files"], a["export"]])
    toolbar.addSeparator()
    toolbar.addAction(a["claim"])
    toolbar.addActions([v for k, v in a.items() if k.startswith("mention:")][:5])
    toolbar.addSeparator()
    toolbar.addActions([a["delete"], a["done"]])
    window.addToolBar(toolbar)
    window.mention_menu = mentions  # the article's context menu offers it
