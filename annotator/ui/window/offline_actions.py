"""File › Take articles offline… and File › Bring work back…: the checkout and checkin of a
team database's articles from the window.

Taking offline copies the open article, all articles or those still to do from the team
database open in the window into a new SQLite file, and offers to open that file here. Bringing
back stores the work of such a file on the team database it came from, and shows what came
back: added, updated, unchanged, and the conflicts, of which both versions are kept. The
password is asked for as when opening the team database; a failure (server down, a file not
made by checkout) is one line in a dialog and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from annotator.domain.errors import AnnotatorError, DatabaseUnusable
from annotator.domain.models import ArticleStatus
from annotator.services.team import offline
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.jobs.workers import run_with_progress
from annotator.ui.team.offline_dialogs import (
    ALL_ARTICLES,
    OPEN_ARTICLE,
    TODO_ARTICLES,
    CheckinReportDialog,
    CheckoutDialog,
)
from annotator.ui.window.database_actions import DatabaseActions


class OfflineActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        controller: ArticleController,
        databases: DatabaseActions,
        flush: Callable[[], object],
        after_checkin: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.workspace, self.controller = parent, workspace, controller
        self.databases, self.flush, self.after_checkin = databases, flush, after_checkin

    def can_take_offline(self) -> bool:
        return self.workspace.is_server

    # --- File › Take articles offline… --------------------------------------------------------

    def take_offline(self) -> bool:
        """True when the articles were copied (whether or not the file was then opened)."""
        if not self.workspace.is_server:
            return False
        document = self.controller.document
        open_id = document.article.id if document is not None else None
        dialog = CheckoutDialog(
            document.article.title if document is not None else None,
            self._suggested_target(),
            self.parent_widget,
        )
        try:
            if dialogs.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return False
            chosen, target = dialog.chosen(), dialog.target_path()
            if not target.is_absolute():  # a bare name typed: into the data folder
                target = self._data_folder() / target
        finally:
            dialog.deleteLater()
        ids = [open_id] if chosen == OPEN_ARTICLE and open_id else []
        status = ArticleStatus.TODO if chosen == TODO_ARTICLES else None
        if chosen == ALL_ARTICLES:
            ids, status = [], None
        source = self.workspace.location
        done: list[offline.CheckoutSummary] = []
        if not self.databases.with_password(
            source,
            lambda password: done.append(
                self._in_worker(
                    self.tr("Taking articles offline"),
                    lambda: offline.checkout(source, target, ids, status, password=password),
                )
            ),
            self.tr("Cannot take the articles offline"),
        ):
            return False
        summary = done[0]
        question = self.tr(
            "{0} article(s) with {1} mention(s) and {2} claim(s) were copied into {3}.\n\n"
            "Open that file in this window to work on them offline?"
        ).format(summary.articles, summary.mentions, summary.claims, target)
        if dialogs.confirm(self.parent_widget, self.tr("Articles Taken Offline"), question):
            self.databases.open_location(str(target.resolve()))
        return True

    def _suggested_target(self) -> Path:
        """In the data folder (where the settings are), named for the team database; a new
        name each time, as checkout never writes over a file."""
        name = self.workspace.location.rsplit("/", 1)[-1].split("?", 1)[0] or "team"
        suggested = self._data_folder() / f"{name}-offline.sqlite3"
        number = 1
        while suggested.exists():
            number += 1
            suggested = suggested.with_name(f"{name}-offline-{number}.sqlite3")
        return suggested

    def _data_folder(self) -> Path:
        return Path(self.databases.settings.fileName()).parent

    # --- File › Bring work back… --------------------------------------------------------------

    def bring_back(self) -> bool:
        """True when the work came back (the report was shown)."""
        local = self._checked_out_file()
        if local is None:
            return False
        failed = self.tr("Cannot bring the work back")
        self.flush()  # the claim being typed goes back too
        try:
            destination = offline.checked_out_from(local)
        except AnnotatorError as error:
            dialogs.show_error(self.parent_widget, failed, in_window_language(error))
            return False
        if destination is None:
            dialogs.show_error(
                self.parent_widget,
                failed,
                self.tr(
                    "{0} was not taken offline from a team database: only files made by "
                    "File › Take articles offline… can be brought back."
                ).format(local),
            )
            return False
        reports: list[offline.CheckinReport] = []
        if not self.databases.with_password(
            destination,
            lambda password: reports.append(
                self._in_worker(
                    self.tr("Bringing the work back"),
                    lambda: offline.checkin(local, destination, password=password),
                )
            ),
            failed,
        ):
            return False
        if self.workspace.location == destination:
            self.after_checkin()  # the work is in the database open here
        dialog = CheckinReportDialog(reports[0], destination, self.parent_widget)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        return True

    def _in_worker(self, title: str, work: Callable[[], Any]) -> Any:
        """``work`` in a worker thread, the window responsive meanwhile; its failure raised
        here (a file that cannot be written as one line, like a database that cannot be used).
        No Cancel: a checkin is one transaction on the server, a checkout one new file."""
        ok, outcome = run_with_progress(
            self.parent_widget, title, lambda _progress, _cancelled: work(), cancellable=False
        )
        if ok:
            return outcome
        if isinstance(outcome, OSError):  # a file: said as the system says it, no errno
            where = f"{outcome.filename}: " if outcome.filename else ""
            raise DatabaseUnusable(f"{where}{outcome.strerror or outcome}.") from outcome
        raise outcome

    def _checked_out_file(self) -> Path | None:
        """The file open here when it was taken offline, else the one the user chooses."""
        if not self.workspace.is_server:
            try:
                if offline.checked_out_from(Path(self.workspace.path)) is not None:
                    return Path(self.workspace.path)
            except AnnotatorError:
                pass  # then the user chooses
        return dialogs.choose_database_file(self.parent_widget)
