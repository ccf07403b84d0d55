"""The window's menus and its toolbar, made of the actions of the tables (window_actions,
annotating_actions, suggestion_actions). The Help › Keyboard shortcuts list is generated from
these menus, so their order is the list's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from annotator.ui.common.translation import translate


@dataclass(frozen=True, slots=True)
class MenuSlots:
    fill_recent: Callable[[QMenu], object]  # File › Open Recent, filled anew as it opens
    layer_choices: Callable[[], list[tuple[str, str, bool]]]  # (annotator id, label, shown)
    set_layer_shown: Callable[[str, bool], object]


@dataclass(frozen=True, slots=True)
class Menus:
    mentions: QMenu  # Annotate › New mention, which the article's context menu offers too
    toolbar: QToolBar


def build_menus(bar: QMenuBar, a: dict[str, QAction], slots: MenuSlots) -> Menus:
    """The menus into ``bar``; the layer actions of View › Annotators into ``a``."""
    file_menu = bar.addMenu(translate("WindowActions", "&File"))
    file_menu.addActions([a["open_local"], a["open_team"]])
    recent = file_menu.addMenu(translate("WindowActions", "Open &Recent"))
    recent.setObjectName("recentMenu")
    recent.setToolTipsVisible(True)
    recent.aboutToShow.connect(lambda: slots.fill_recent(recent))
    slots.fill_recent(recent)
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
    for annotator_id, label, shown in slots.layer_choices():
        action = QAction(label, layers)
        action.setCheckable(True)
        action.setChecked(shown)
        action.setToolTip(translate("WindowActions", "show or hide this annotator's annotations"))
        action.toggled.connect(lambda on, who=annotator_id: slots.set_layer_shown(who, on))
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

    mention_actions = [v for k, v in a.items() if k.startswith("mention:")][:5]
    toolbar = MainToolBar(translate("WindowActions", "Main toolbar"), mention_actions)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a["import_files"], a["export"]])
    toolbar.addSeparator()
    toolbar.addAction(a["claim"])
    toolbar.addActions(mention_actions)
    toolbar.addSeparator()
    toolbar.addActions([a["delete"], a["done"]])
    return Menus(mentions, toolbar)


def article_menu(view: QPlainTextEdit, a: dict[str, QAction], mentions: QMenu | None) -> QMenu:
    """The article's context menu: copy, then what can be made of the selection."""
    menu = view.createStandardContextMenu()
    menu.addSeparator()
    menu.addAction(a["claim"])
    if mentions is not None:
        menu.addMenu(mentions)
    menu.addAction(a["bounds"])
    menu.addAction(a["delete"])
    return menu


def remove_menus(window: QMainWindow, actions: Iterable[QAction], users: Iterable[QWidget]) -> None:
    """The menus, the toolbar and the window's own actions gone for good, before they are built
    anew (a schemes edit): left as children of the window they would pile up with every edit.
    The actions owned by others (the history's, the dock's toggle) stay. ``users``: the
    widgets besides the window that answer the actions' keys."""
    for widget in users:
        for action in widget.actions():
            widget.removeAction(action)
    bar = window.menuBar()
    for menu_action in bar.actions():
        if menu_action.menu() is not None:
            menu_action.menu().deleteLater()
    bar.clear()
    for toolbar in window.findChildren(QToolBar):
        window.removeToolBar(toolbar)
        toolbar.deleteLater()
    for action in actions:
        if action.parent() is window:
            action.deleteLater()


class MainToolBar(QToolBar):
    """The toolbar, whole at any width: when its buttons would not all fit (a narrow window,
    long Ukrainian type names), the entity types show their colour and key only, their names
    in the tooltips, rather than hiding Delete or Mark done behind the » menu."""

    def __init__(self, title: str, compactable: list[QAction]) -> None:
        super().__init__(title)
        self.compactable = compactable
        self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._style_compactable(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if self.sizeHint().width() > self.width() > 0:
                self._style_compactable(Qt.ToolButtonStyle.ToolButtonIconOnly)
        finally:
            self._fitting = False

    def _style_compactable(self, style: Qt.ToolButtonStyle) -> None:
        for action in self.compactable:
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton) and button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
        self.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
