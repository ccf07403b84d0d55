"""The main window (docs/design/window.md): articles | the article | its annotations and their form.

It assembles panels, actions and the status bar; the wiring between the panels, the columns
and the layout kept between runs live in ui/window/assembly, the work itself in the panels,
the controller and the action classes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator import __version__
from annotator.domain.errors import ConnectionLost
from annotator.domain.models import Annotator
from annotator.services.workspace import Workspace
from annotator.ui.annotations.annotation_panel import AnnotationPanel
from annotator.ui.article.article_view import ArticleView
from annotator.ui.article.article_view_binding import ArticleViewBinding
from annotator.ui.article.find_bar import FindBar
from annotator.ui.articles.article_list_panel import ArticleListPanel
from annotator.ui.articles.trash_actions import TrashActions
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.editing.article_watch import ArticleWatch
from annotator.ui.editing.save_retry import SaveRetry
from annotator.ui.entities.entities_view import EntitiesDock
from annotator.ui.jobs.file_actions import FileActions
from annotator.ui.jobs.learn_action import LearnAction
from annotator.ui.settings import preferences_dialog, schemes_dialog
from annotator.ui.statistics.statistics_dialog import StatisticsDialog
from annotator.ui.suggestions.suggestion_controller import SuggestionController
from annotator.ui.suggestions.suggestion_list import SuggestionList
from annotator.ui.window.action_factory import ActionMaker
from annotator.ui.window.annotating_actions import (
    AnnotatingActions,
    annotate_actions,
)
from annotator.ui.window.assembly.kept_layout import KeptLayout
from annotator.ui.window.assembly.panel_wiring import ListFollows, StatusNotices
from annotator.ui.window.assembly.window_layout import (
    build_columns,
    give_text_room,
    share_columns,
)
from annotator.ui.window.database_actions import DatabaseActions
from annotator.ui.window.history_actions import HistoryActions
from annotator.ui.window.navigation import Navigation
from annotator.ui.window.offline_actions import OfflineActions
from annotator.ui.window.shortcuts_dialog import ShortcutsDialog
from annotator.ui.window.status_bar import WorkspaceStatusBar
from annotator.ui.window.suggestion_actions import (
    SuggestionSteps,
    suggestion_actions,
)
from annotator.ui.window.team_actions import TeamActions
from annotator.ui.window.window_actions import (
    WindowSlots,
    edit_actions,
    file_actions,
    view_actions,
)
from annotator.ui.window.window_menus import MenuSlots, article_menu, build_menus, remove_menus


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        annotator: Annotator | None = None,
        data_folder: Path | None = None,
    ) -> None:
        """``data_folder``: where the user's databases live (the app's --data-dir), offered
        for files taken offline; by default the folder of the settings."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace, self.settings = workspace, settings
        # The platform adds the program's name (applicationDisplayName) itself.
        self.setWindowTitle(
            _title_of(workspace) + (self.tr(" (read-only)") if workspace.read_only else "")
        )
        self.controller = ArticleController(workspace, self)
        self.controller.annotator_id = annotator.id if annotator else None

        self.list_panel = ArticleListPanel(workspace)
        self.list_panel.set_annotator(self.controller.annotator_id)
        self.view = ArticleView()
        self.panel = AnnotationPanel(self.controller)
        self.suggestions = SuggestionController(self.controller, workspace, self)
        self.binding = ArticleViewBinding(self.controller, self.view, self.suggestions)
        self.suggestion_list = SuggestionList(self.suggestions)
        self.panel.add_tab(self.suggestion_list, self.suggestion_list.title())
        self.find_bar = FindBar(self.view)  # Edit › Find in article, under the text
        self.splitter = build_columns(self.list_panel, self.view, self.find_bar, self.panel)
        self.setCentralWidget(self.splitter)
        self.status = WorkspaceStatusBar(self)
        self.setStatusBar(self.status)
        self.status.set_annotator(annotator.name if annotator else "—")
        self.notices = StatusNotices(
            self.status, self.list_panel, self.controller, self.suggestions
        )
        self.follows = ListFollows(
            workspace, self.list_panel, self.controller, self.notices, self.reload_schemes,
            self.panel.checked_before.refresh,
        )  # fmt: skip

        self.annotating = AnnotatingActions(self.controller, self.view, self.panel, self.status)
        self.files = FileActions(
            self, workspace, self.follows.after_import, self.open_claim, self.edit_preferences
        )
        self.learning = LearnAction(self, workspace, self.suggestions.refresh)
        self.navigation = Navigation(self.list_panel, self.controller, self.status)
        self.team = TeamActions(
            self, workspace, self.controller, self.reveal_article, self.status.mark_failed,
            self._show_layer,
        )  # fmt: skip
        self.team.choose_default_layers()
        self.remover = TrashActions(workspace, self, self.controller)
        # File › Open …: the app gives it the opener that puts a new window in place of this.
        self.databases = DatabaseActions(
            self, settings, workspace.location if workspace.is_server else str(workspace.path)
        )
        self.offline = OfflineActions(
            self, workspace, self.controller, self.databases, self.panel.claim_form.flush,
            self.follows.after_import, data_folder, self.open_claim,
        )  # fmt: skip
        # Hidden until View › Entities.
        self.entities_dock = EntitiesDock(
            workspace.entities, self.controller, self._reveal_from_entities, self
        )
        self.entities_dock.float_beside(self)
        # Others' changes to the open article come in; edits the team database could not take
        # are saved again on reconnect.
        self.watch = ArticleWatch(self.controller, self)
        self.save_retry = SaveRetry(self.controller, self)
        self.history_actions = HistoryActions(
            self, self.controller.history, self.panel.claim_form.flush
        )
        self.suggestion_steps = SuggestionSteps(
            self.suggestions, self.suggestion_list, self.panel.show_tab, self.view.selected_span,
            self.status, settings, self,
        )  # fmt: skip
        self.mention_menu: QMenu | None = None  # Annotate › New mention, set by _build_actions
        self.actions_by_name = self._build_actions()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_article_menu)
        self.setAcceptDrops(True)
        self._connect_panels()
        self.kept_layout = KeptLayout(settings, self, self.splitter, self.panel, self.view)
        self.kept_layout.restore(self.suggestion_steps.shown, self.entities_dock)
        self.resize(1380, 860) if not settings.contains("window/geometry") else None

    def _build_actions(self) -> dict[str, QAction]:
        """Each table of actions handed the slots it calls; then the menus and the toolbar."""
        make = ActionMaker(self, (self.view, self.panel.table))
        own = WindowSlots(
            lambda: self.files.reread_with_encoding(self.controller),
            self.edit_preferences,
            self.close,
            self.edit_schemes,
            self.show_statistics,
            lambda: self.panel.show_tab(self.panel.table),
            self.show_shortcuts,
            self.show_about,
        )
        a = file_actions(
            make, self.files, self.databases, self.offline, self.remover,
            self.list_panel.remove_action, own,
        )  # fmt: skip
        a |= edit_actions(
            make, self.history_actions, self.annotating, self.navigation, self.find_bar, own
        )
        a |= annotate_actions(
            make, self.controller.schemes, self.annotating, self.navigation,
            self.panel.related_claims,
        )  # fmt: skip
        a |= suggestion_actions(
            make, self.suggestion_steps, self.suggestions, self.suggestion_list, self.learning.learn
        )
        a |= view_actions(make, self.view, self.team, self.entities_dock.toggleViewAction(), own)
        layers = MenuSlots(
            self.databases.fill_recent, self.team.layer_choices, self.controller.set_layer_shown
        )
        menus = build_menus(self.menuBar(), a, layers)
        self.addToolBar(menus.toolbar)
        self.mention_menu = menus.mentions
        return a

    def _connect_panels(self) -> None:
        """What a signal of one part does to the others (the status bar's: StatusNotices)."""
        notices, c, articles = self.notices, self.controller, self.list_panel
        notices.connect()
        articles.article_chosen.connect(self.open_article)
        articles.search_entered.connect(self.find_bar.show_words)
        articles.remove_requested.connect(self.remove_articles)
        self.remover.removed.connect(self.follows.after_removal)
        self.remover.restored.connect(lambda _ids: self.follows.after_import())
        self.remover.message.connect(notices.notice(8000))
        c.counts_changed.connect(articles.model.count_changes)
        c.article_status_changed.connect(
            lambda article_id, state: articles.refresh_article(article_id, state)
        )
        listed = self.suggestion_list
        listed.title_changed.connect(lambda title: self.panel.set_tab_title(listed, title))
        listed.show_requested.connect(self.suggestion_steps.show)
        listed.step_requested.connect(self.suggestion_steps.step)
        listed.message.connect(notices.notice(8000))
        self.panel.notice.connect(notices.notice(8000))
        self.watch.changed_elsewhere.connect(notices.changed_elsewhere)
        self.save_retry.message.connect(notices.notice(10000))
        related = self.panel.related_claims
        related.open_claim.connect(self.open_claim)
        related.message.connect(notices.notice(5000))
        self.panel.checked_before.message.connect(notices.notice(8000))
        self.entities_dock.message.connect(notices.notice(8000))
        self.entities_dock.failed.connect(self.status.mark_failed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not getattr(self, "_columns_laid_out", False):
            # The first show: the layout the user left is restored as it was; on a first
            # start, the size policy shares the window's width.
            self._columns_laid_out = True
            if not self.kept_layout.columns_restored:
                share_columns(self.splitter, self.view)
            return
        if self.isVisible():
            give_text_room(self.splitter, self.view)

    # --- articles ----------------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        self.panel.claim_form.flush()
        try:
            opened = self.controller.open_article(article_id)
        except ConnectionLost as error:  # the team server is away: the open article stays
            dialogs.show_error(
                self, self.tr("The team database does not answer"), in_window_language(error)
            )
            return
        if opened:
            self.settings.setValue("workspace/last_article", article_id)

    def remove_articles(self, article_ids: list[str]) -> None:
        """To the Trash, after a confirmation naming what the articles hold."""
        self.panel.claim_form.flush()
        self.remover.remove(article_ids)

    def reveal_article(self, article_id: str) -> None:
        """Select the article in the list, which opens it; open it all the same when the
        list's filter or search hides it."""
        if not self.list_panel.select(article_id):
            self.open_article(article_id)

    def open_claim(self, article_id: str, claim_id: str) -> None:
        """A claim of another article, from the related claims: its article, then the claim."""
        self.panel.claim_form.flush()
        self.reveal_article(article_id)
        self.controller.select(claim_id)

    def _reveal_from_entities(self, article_id: str) -> None:
        """Going to a mention from the Entities window brings the article's window forward."""
        self.reveal_article(article_id)
        self.activateWindow()
        self.raise_()

    def _show_layer(self, annotator_id: str) -> None:
        """An annotator's layer shown, its View › Annotators entry checked with it."""
        action = self.actions_by_name.get(f"layer:{annotator_id}")
        if action is not None:
            action.setChecked(True)
        else:
            self.controller.set_layer_shown(annotator_id, True)

    def article_menu(self) -> QMenu:
        return article_menu(self.view, self.actions_by_name, self.mention_menu)

    def _show_article_menu(self, point: QPoint) -> None:
        menu = self.article_menu()
        menu.exec(self.view.mapToGlobal(point))
        menu.deleteLater()

    # --- schemes -----------------------------------------------------------------------------

    def edit_schemes(self) -> None:
        if schemes_dialog.edit_schemes(self, self.workspace.schemes) is not None:
            self.reload_schemes()

    def edit_preferences(self) -> bool:
        return preferences_dialog.edit_preferences(self, self.workspace.preferences, self.settings)

    def reload_schemes(self) -> None:
        """New labels, colours and shortcuts: rebuild the actions and redraw the article."""
        self.controller.reload_schemes()
        # The old menus and actions go for good: left as children of the window they would
        # pile up with every edit of the schemes. The actions of the history, the dock and
        # the suggestions are theirs, kept.
        users = (self.view, self.panel.table, self.suggestion_list)
        remove_menus(self, self.actions_by_name.values(), users)
        self.actions_by_name = self._build_actions()

    # --- help --------------------------------------------------------------------------------

    def show_statistics(self) -> None:
        dialogs.run_dialog(StatisticsDialog(self.workspace.stats(), self.controller.schemes, self))

    def show_shortcuts(self) -> None:
        dialogs.run_dialog(ShortcutsDialog(self.menuBar(), self))

    def show_about(self) -> None:
        dialogs.show_about(
            self,
            self.tr("About Fact-Check Annotator"),
            self.tr(
                "<b>Fact-Check Annotator</b> {0}<br>Annotate claims, "
                "entities, verdicts and evidence in news articles, offline.<br>"
                "Database: {1}"
            ).format(__version__, self.workspace.location),
        )

    # --- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.import_paths(paths)

    # --- state -------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the article opened last time; on a first start, the first one."""
        last = self.settings.value("workspace/last_article")
        if not (isinstance(last, str) and self.list_panel.select(last)):
            self.list_panel.select_row(0)
        self.view.setFocus()
        self.watch.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.claim_form.flush()
        kept = len(self.controller.unsaved)
        if kept and not self.save_retry.try_now():
            leave = dialogs.confirm(
                self,
                self.tr("Changes not saved"),
                self.tr(
                    "%n change(s) could not reach the database, which does not answer. "
                    "Close anyway and lose them?",
                    "",
                    kept,
                ),
            )
            if not leave:
                event.ignore()
                return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """The one orderly way out, whichever way the user leaves (the window's close button,
        File › Quit, Ctrl+C in the terminal, ANNOTATOR_QUIT_AFTER_SHOW, the application
        quitting): the form's last edit saved, background lookups stopped and waited for,
        the layout stored. Safe to call more than once."""
        if getattr(self, "_shut_down", False):
            return
        self._shut_down = True
        self.watch.stop()
        self.save_retry.stop()
        self.panel.claim_form.flush()
        self.panel.related_claims.shutdown()
        self.panel.checked_before.shutdown()
        self.kept_layout.store()


def _title_of(workspace: Workspace) -> str:
    """The file's name, or the team database's URL (which has no password in it)."""
    return workspace.location if workspace.is_server else workspace.path.name
