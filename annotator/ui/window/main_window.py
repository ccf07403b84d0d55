"""The main window (docs/design/window.md): articles | the article | its annotations and their form.

It assembles panels, actions and the status bar; the wiring between the panels, the columns
and the layout kept between runs live in ui/window/assembly, the work itself in the panels,
the controller and the action classes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

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
from annotator.ui.window.annotating_actions import AnnotatingActions
from annotator.ui.window.assembly.kept_layout import KeptLayout
from annotator.ui.window.assembly.panel_wiring import PanelWiring
from annotator.ui.window.assembly.window_layout import build_columns, give_text_room
from annotator.ui.window.database_actions import DatabaseActions
from annotator.ui.window.history_actions import HistoryActions
from annotator.ui.window.navigation import Navigation
from annotator.ui.window.offline_actions import OfflineActions
from annotator.ui.window.shortcuts_dialog import ShortcutsDialog
from annotator.ui.window.status_bar import WorkspaceStatusBar
from annotator.ui.window.team_actions import TeamActions
from annotator.ui.window.window_actions import build_actions


class MainWindow(QMainWindow):
    def __init__(
        self, workspace: Workspace, settings: QSettings, annotator: Annotator | None = None
    ) -> None:
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
        self.wiring = PanelWiring(self)  # connected once every part is made

        self.annotating = AnnotatingActions(self.controller, self.view, self.panel, self.status)
        self.files = FileActions(self, workspace, self.wiring.after_import)
        self.learning = LearnAction(self, workspace, self.suggestions.refresh)
        self.navigation = Navigation(self.list_panel, self.controller, self.status)
        self.team = TeamActions(
            self, workspace, self.controller, self.reveal_article, self.status.mark_failed
        )
        self.team.choose_default_layers()
        self.remover = TrashActions(workspace, self, self.controller)
        # File › Open …: the app gives it the opener that puts a new window in place of this.
        self.databases = DatabaseActions(
            self, settings, workspace.location if workspace.is_server else str(workspace.path)
        )
        self.offline = OfflineActions(
            self,
            workspace,
            self.controller,
            self.databases,
            self.panel.claim_form.flush,
            self.wiring.after_import,
        )
        # Hidden until View › Entities.
        self.entities_dock = EntitiesDock(
            workspace.entities, self.controller, self.wiring.reveal_from_entities, self
        )
        self.entities_dock.float_beside(self)
        # Others' changes to the open article come in; edits the team database could not take
        # are saved again on reconnect.
        self.watch = ArticleWatch(self.controller, self)
        self.save_retry = SaveRetry(self.controller, self)
        self.history_actions = HistoryActions(
            self, self.controller.history, self.panel.claim_form.flush
        )
        self.mention_menu: QMenu | None = None  # Annotate › New mention, set by build_actions
        self.actions_by_name = build_actions(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_article_menu)
        self.setAcceptDrops(True)
        self.wiring.connect()
        self.kept_layout = KeptLayout(settings, self, self.splitter, self.panel, self.view)
        self.kept_layout.restore(self.actions_by_name["suggestions"], self.entities_dock)
        self.resize(1380, 860) if not settings.contains("window/geometry") else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Not on the first show: the layout the user left is restored as it was.
        if event.oldSize().isValid() and event.oldSize().width() > 0 and self.isVisible():
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

    def add_offered_alias(self) -> None:
        self.status.showMessage(self.suggestions.add_offered_alias(), 8000)

    def toggle_suggestions(self, shown: bool) -> None:
        self.settings.setValue("view/suggestions", shown)
        self.suggestions.set_visible(shown)

    def accept_all_suggestions(self) -> None:
        count = self.suggestions.accept_all()
        self.status.showMessage(self.tr("Accepted {0} suggestions.").format(count), 8000)

    def reject_all_suggestions(self) -> None:
        count = self.suggestions.reject_all()
        self.status.showMessage(self.tr("Rejected {0} suggestions.").format(count), 8000)

    def show_suggestion_list(self) -> None:
        """F8: the list of suggestions, shown (and the suggestions with it) and focused."""
        if not self.suggestions.visible:
            self.actions_by_name["suggestions"].setChecked(True)
        self.panel.show_tab(self.suggestion_list)
        self.suggestion_list.table.setFocus()

    def step_suggestion(self, direction: int) -> None:
        cursor = self.view.selected_span() or (0, 0)
        if not self.suggestions.visible:
            self.actions_by_name["suggestions"].setChecked(True)
        if not self.suggestions.step(direction, cursor[0]):
            self.status.showMessage(self.tr("No suggestions in this article."), 4000)

    def article_menu(self) -> QMenu:
        """The article's context menu: copy, then what can be made of the selection."""
        menu = self.view.createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(self.actions_by_name["claim"])
        if self.mention_menu is not None:
            menu.addMenu(self.mention_menu)
        menu.addAction(self.actions_by_name["bounds"])
        menu.addAction(self.actions_by_name["delete"])
        return menu

    def _show_article_menu(self, point: QPoint) -> None:
        menu = self.article_menu()
        menu.exec(self.view.mapToGlobal(point))
        menu.deleteLater()

    # --- schemes -----------------------------------------------------------------------------

    def edit_schemes(self) -> None:
        if schemes_dialog.edit_schemes(self, self.workspace.schemes) is not None:
            self.reload_schemes()

    def edit_preferences(self) -> None:
        preferences_dialog.edit_preferences(self, self.workspace.preferences, self.settings)

    def reload_schemes(self) -> None:
        """New labels, colours and shortcuts: rebuild the actions and redraw the article."""
        self.controller.reload_schemes()
        for widget in (self.view, self.panel.table, self.suggestion_list):
            for action in widget.actions():
                widget.removeAction(action)
        # The old menus and actions go for good: left as children of the window they would
        # pile up with every edit of the schemes.
        history = self.history_actions
        kept = {self.entities_dock.toggleViewAction(), history.undo, history.redo}
        kept.add(history.show_history)
        for menu_action in self.menuBar().actions():
            if menu_action.menu() is not None:
                menu_action.menu().deleteLater()
        self.menuBar().clear()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        for action in self.actions_by_name.values():
            if action not in kept and action.parent() is self:
                action.deleteLater()
        self.actions_by_name = build_actions(self)

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
                    "{0} change(s) could not reach the database, which does not answer. "
                    "Close anyway and lose them?"
                ).format(kept),
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
