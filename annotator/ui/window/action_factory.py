"""How the window's actions are made, and the window they are made for (ActionHost).

Declared here, apart from the menus, so that the action tables of each part of the window
(window_actions, suggestion_actions) never import the window that assembles them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from annotator.ui.annotations.annotation_panel import AnnotationPanel
from annotator.ui.article.article_view import ArticleView
from annotator.ui.article.find_bar import FindBar
from annotator.ui.articles.article_list_panel import ArticleListPanel
from annotator.ui.articles.trash_actions import TrashActions
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.entities.entities_view import EntitiesDock
from annotator.ui.jobs.file_actions import FileActions
from annotator.ui.jobs.learn_action import LearnAction
from annotator.ui.suggestions.suggestion_controller import SuggestionController
from annotator.ui.suggestions.suggestion_list import SuggestionList
from annotator.ui.window.annotating_actions import AnnotatingActions
from annotator.ui.window.database_actions import DatabaseActions
from annotator.ui.window.history_actions import HistoryActions
from annotator.ui.window.navigation import Navigation
from annotator.ui.window.offline_actions import OfflineActions
from annotator.ui.window.team_actions import TeamActions


class ActionHost(Protocol):
    """The window the actions are built for: its parts and the slots the menus call.

    Declared here, so that the actions never import the window that assembles them.
    """

    view: ArticleView
    panel: AnnotationPanel
    controller: ArticleController
    annotating: AnnotatingActions
    files: FileActions
    learning: LearnAction
    navigation: Navigation
    team: TeamActions
    suggestions: SuggestionController
    suggestion_list: SuggestionList
    entities_dock: EntitiesDock
    find_bar: FindBar
    list_panel: ArticleListPanel
    remover: TrashActions
    history_actions: HistoryActions
    databases: DatabaseActions
    offline: OfflineActions
    mention_menu: QMenu | None

    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, toolbar: QToolBar) -> None: ...
    def close(self) -> bool: ...
    def edit_preferences(self) -> None: ...
    def edit_schemes(self) -> None: ...
    def toggle_suggestions(self, shown: bool) -> None: ...
    def step_suggestion(self, step: int) -> None: ...
    def accept_all_suggestions(self) -> None: ...
    def reject_all_suggestions(self) -> None: ...
    def show_suggestion_list(self) -> None: ...
    def add_offered_alias(self) -> None: ...
    def show_statistics(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...


Keys = str | QKeySequence.StandardKey | list[str] | None


def make_action(
    window: ActionHost,
    text: str,
    keys: Keys,
    slot: Callable[[], object],
    tip: str = "",
    local: bool = False,
) -> QAction:
    action = QAction(text, cast(QObject, window))  # the host is the main window
    if isinstance(keys, list):
        action.setShortcuts([QKeySequence(k) for k in keys])
    elif keys is not None:
        action.setShortcut(QKeySequence(keys))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{text.replace('&', '').replace('…', '')} — {tip}")
    action.triggered.connect(lambda _checked=False: slot())
    if local:
        # Only while the article or the annotation table has focus: typing "c" in a form
        # field must type a "c".
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(action)
        window.panel.table.addAction(action)
    return action
