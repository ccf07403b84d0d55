"""File › Open Team Database…, Open Local Database… and Open Recent: choosing another database.

The window only asks where; ``opener`` (given by the app) opens it and puts a new window in
place of this one. When it fails (wrong password, unknown host, server down, no such
database, no rights, another program's tables, a newer schema) a dialog says what is wrong and
what to do, in one line from the storage layer, and this database stays open. A password is
asked for only when the server wants one that libpq's own sources (PGPASSWORD, ~/.pgpass, a
service file) did not give; it goes to the engine and nowhere else, unless the user chose the
system keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from annotator.domain.errors import AnnotatorError, PasswordRefused
from annotator.services.team import passwords
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.team.password_dialog import PasswordDialog
from annotator.ui.team.team_database_dialog import TeamDatabaseDialog
from annotator.ui.window import recent_databases

# Opens ``location`` with ``password`` (None: libpq's own sources) and replaces the window;
# raises AnnotatorError (DatabaseUnusable, PasswordRefused) and changes nothing when it cannot.
Opener = Callable[[str, str | None], None]


class DatabaseActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        settings: QSettings,
        current: str,
        opener: Opener | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.settings, self.current = parent, settings, current
        self.opener = opener

    # --- choosing ----------------------------------------------------------------------------

    def open_team(self) -> bool:
        last = next(
            (r for r in recent_databases.recent(self.settings) if recent_databases.is_team(r)),
            "",
        )
        dialog = TeamDatabaseDialog(last, self.parent_widget)
        try:
            if dialogs.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return False
            location, password = dialog.location(), dialog.password
        finally:
            dialog.deleteLater()
        return self.open_location(location, password)

    def open_local(self) -> bool:
        path = dialogs.choose_database_file(self.parent_widget)
        return path is not None and self.open_location(str(Path(path).resolve()))

    def open_location(self, location: str, password: str | None = None) -> bool:
        """Open ``location`` in place of this database; True when it opened."""
        if self.opener is None:
            return False
        if location == self.current:
            return True  # already open here
        opener = self.opener
        if not self.with_password(
            location,
            lambda typed: opener(location, typed),
            self.tr("Cannot open the database"),
            password,
        ):
            return False
        recent_databases.remember(self.settings, location)
        return True

    def with_password(
        self,
        location: str,
        attempt: Callable[[str | None], object],
        failed_title: str,
        password: str | None = None,
    ) -> bool:
        """Run ``attempt`` (which connects to ``location``) with a wait cursor, asking for the
        password as long as the server refuses it; True when it ran. A failure is one line in
        a dialog titled ``failed_title``; cancelling the password is no failure."""
        # Where the password came from: libpq's own sources (None), the URL pasted, the
        # system keyring, or the user just now; "keep": into the keyring once it worked.
        source, keep = ("given" if password is not None else "libpq"), False
        while True:
            try:
                self._try(attempt, password)
                break
            except PasswordRefused as error:
                if source == "keyring":
                    passwords.forget_password(location)  # out of date: asked anew
                elif source == "libpq":
                    stored = passwords.stored_password(location)
                    if stored is not None:
                        password, source = stored, "keyring"
                        continue
                asked = self._ask_password(location, refused=source != "libpq" or not error.missing)
                if asked is None:
                    return False
                (password, keep), source = asked, "typed"
            except AnnotatorError as error:
                dialogs.show_error(self.parent_widget, failed_title, in_window_language(error))
                return False
        if keep and password:
            passwords.remember_password(location, password)
        return True

    @staticmethod
    def _try(attempt: Callable[[str | None], object], password: str | None) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            attempt(password)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _ask_password(self, location: str, *, refused: bool) -> tuple[str, bool] | None:
        """The password typed, and whether to keep it in the keyring; None when cancelled."""
        user = unquote(urlsplit(location).username or "")
        dialog = PasswordDialog(
            location.split("?", 1)[0],
            user,
            refused=refused,
            can_remember=passwords.keyring_available(),
            parent=self.parent_widget,
        )
        try:
            if dialogs.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            return dialog.password(), dialog.remember.isChecked() and not dialog.remember.isHidden()
        finally:
            dialog.field.clear()
            dialog.deleteLater()

    # --- File › Open Recent ------------------------------------------------------------------

    def fill_recent(self, menu: QMenu) -> None:
        """The menu anew each time it opens: files that went missing show greyed out."""
        menu.clear()
        shown = [r for r in recent_databases.recent(self.settings) if r != self.current]
        for location in shown:
            action = menu.addAction(recent_databases.label(location))
            action.setData(location)
            if recent_databases.missing(location):
                action.setEnabled(False)
                action.setToolTip(self.tr("The file is not there any more"))
            action.triggered.connect(partial(self._open_recent, location))
        if not shown:
            menu.addAction(self.tr("No other databases yet")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Clear the list"), self.clear_recent)

    def _open_recent(self, location: str, _checked: bool = False) -> None:
        self.open_location(location)

    def clear_recent(self) -> None:
        for location in recent_databases.recent(self.settings):
            if location != self.current:
                recent_databases.forget(self.settings, location)
