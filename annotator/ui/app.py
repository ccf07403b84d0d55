"""Starting the window: one instance per database (its lock in instance_lock.py), the
annotator's name, crash handling."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from annotator import APP_NAME, __version__
from annotator.domain.errors import AnnotatorError, ConnectionLost, DatabaseUnusable
from annotator.domain.models import Annotator
from annotator.domain.speed.collector import collection_paused, keep_for_good
from annotator.exits import EXIT_UNUSABLE
from annotator.logs import report_unexpected
from annotator.paths import SERVER_SCHEMES, AppPaths
from annotator.private_files import private_file, private_folder
from annotator.resources import resource_path
from annotator.services.workspace import Workspace, cannot_be_written, open_workspace
from annotator.ui.common import dialogs, translation
from annotator.ui.common.messages import in_window_language
from annotator.ui.instance_lock import instance_lock, take_instance_lock
from annotator.ui.window.main_window import MainWindow
from annotator.ui.window.recent_databases import remember as remember_recent


def create_application(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Fact-Check Annotator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("factcheck-annotator")
    # The PNG sizes of resources/icons (no SVG plugin needed); on Wayland the compositor takes
    # the icon from the desktop file instead, which it finds by this name (annotator.desktop).
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/factcheck-annotator.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    app.setDesktopFileName("annotator")
    return app


def install_crash_handler() -> None:
    """Unhandled exceptions in slots are logged with their traceback and shown; the program
    keeps running where it can (docs/design/bad-input.md)."""
    showing = False

    def handle(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            close_all_windows()
            return
        if isinstance(error, ConnectionLost):
            # A read of a team database while the server is away: not a crash, and nothing
            # to report; an edit in flight is kept and retried by the window (SaveRetry).
            if not showing:
                showing = True
                try:
                    dialogs.show_error(
                        None,
                        QCoreApplication.translate("App", "The team database does not answer"),
                        in_window_language(error),
                    )
                finally:
                    showing = False
            return
        line = report_unexpected(error.with_traceback(trace))
        print(line, file=sys.stderr)
        if not showing:  # an error inside the dialog must not open dialogs without end
            showing = True
            try:
                dialogs.show_error(
                    None,
                    QCoreApplication.translate("App", "Something went wrong"),
                    QCoreApplication.translate(
                        "App",
                        "{0}\n\nYour saved work is safe. The program keeps "
                        "running; please send the log file with a report.",
                    ).format(line),
                )
            finally:
                showing = False

    sys.excepthook = handle


def close_all_windows() -> None:
    """Leave through the windows' own shutdown (closeEvent), never around it: closing the
    last window ends the event loop once the work in flight is saved and waited for."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    for window in windows:
        window.close()
    if not windows:
        QApplication.quit()


@contextmanager
def interrupt_closes_windows() -> Iterator[None]:
    """Ctrl+C in the terminal closes the window as its close button would. Python handles
    signals only while Python code runs, so a timer gives it the chance now and then."""
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(200)
    try:
        if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
            # Started with Ctrl+C ignored (a background job, `nohup … &`): it stays ignored.
            previous = None
        else:
            previous = signal.signal(
                signal.SIGINT, lambda *_: QTimer.singleShot(0, close_all_windows)
            )
    except ValueError:  # not the main thread: leave the handler alone
        previous = None
    try:
        yield
    finally:
        ticker.stop()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def paths_for(paths: AppPaths, location: str) -> AppPaths:
    """The same folders for settings and logs, another database: a team URL or a file."""
    if is_team_location(location):
        return replace(paths, db_url=location)
    database = Path(location).expanduser().resolve()
    return replace(paths, db=database, db_url=None, backups=database.parent / "backups")


def is_team_location(location: str) -> bool:
    return location.lower().startswith(SERVER_SCHEMES)


class WindowSession:
    """The window on one database at a time: File › Open … puts a new window on another
    database in place of this one, and only once that database opened; until then (and when
    it fails) the current window, its database and its lock stay as they are."""

    def __init__(
        self, paths: AppPaths, settings: QSettings, annotator_name: str | None = None
    ) -> None:
        self.paths, self.settings, self.annotator_name = paths, settings, annotator_name
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.lock: QLockFile | None = None
        self.location = ""

    def open(self, location: str, password: str | None = None) -> None:
        """Raises AnnotatorError (DatabaseUnusable, PasswordRefused), changing nothing."""
        paths = paths_for(self.paths, location)
        team = paths.db_url is not None
        read_only = not team and cannot_be_written(paths)
        lock = None if team or read_only else take_instance_lock(paths)
        try:
            workspace = open_workspace(paths, create=not read_only, demo=False, password=password)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        try:
            annotator = (
                reader(self.settings)
                if workspace.read_only
                else who_annotates(workspace, self.settings, self.annotator_name)
            )
            window = MainWindow(workspace, self.settings, annotator, self.paths.data_dir)
        except BaseException:
            workspace.close()
            if lock is not None:
                lock.unlock()
            raise
        self._replace(window, workspace, lock, location)

    def adopt(self, window: MainWindow, workspace: Workspace, location: str) -> None:
        """The window made at start-up (its lock, if any, is held by run_gui)."""
        self.window, self.workspace, self.location = window, workspace, location
        self._wire(window, location)

    def _wire(self, window: MainWindow, location: str) -> None:
        window.databases.current = location
        window.databases.opener = self.open
        remember_recent(self.settings, location)

    def _replace(
        self, window: MainWindow, workspace: Workspace, lock: QLockFile | None, location: str
    ) -> None:
        old = (self.window, self.workspace, self.lock)
        self.window, self.workspace, self.lock, self.location = window, workspace, lock, location
        self._wire(window, location)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(window.shutdown)
        window.show()
        window.start()
        old_window, old_workspace, old_lock = old
        if old_window is not None:
            if app is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    app.aboutToQuit.disconnect(old_window.shutdown)
            old_window.close()
            # Python owns the window: it goes with the last reference (a deleteLater here
            # would delete it under the Qt objects still being torn down with it).
        if old_workspace is not None:
            old_workspace.close()
        if old_lock is not None:
            old_lock.unlock()

    def close(self) -> None:
        if self.window is not None:
            self.window.shutdown()
            self.window.close()
        if self.workspace is not None:
            self.workspace.close()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def who_annotates(
    workspace: Workspace, settings: QSettings, given_name: str | None = None
) -> Annotator:
    """Asked once, prefilled with the login name, then remembered. A name given on the
    command line (``--annotator``, ``ANNOTATOR_NAME``) is used without asking."""
    given = " ".join((given_name or "").split())
    if given:
        annotator = workspace.annotations.annotator(None, given)
    else:
        stored_id = settings.value("annotator/id")
        stored_name = settings.value("annotator/name")
        name = stored_name if isinstance(stored_name, str) and stored_name else None
        if name is None:
            name = dialogs.ask_annotator_name(None) or _login_name()
        annotator = workspace.annotations.annotator(
            stored_id if isinstance(stored_id, str) else None, name
        )
    settings.setValue("annotator/id", annotator.id)
    settings.setValue("annotator/name", annotator.name)
    return annotator


def reader(settings: QSettings) -> Annotator:
    """Who is reading a read-only database: remembered, never written into it."""
    stored_id, stored_name = settings.value("annotator/id"), settings.value("annotator/name")
    return Annotator(
        stored_id if isinstance(stored_id, str) and stored_id else "reader",
        stored_name if isinstance(stored_name, str) and stored_name else _login_name(),
    )


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser() or "Annotator"
    except Exception:  # no login name on this system
        return "Annotator"


def open_settings(paths: AppPaths) -> QSettings:
    """The window's settings (layout, language, recent databases: where the work is), the
    user's alone: the file is made 0600 before Qt writes it, and Qt keeps that mode."""
    with contextlib.suppress(OSError):  # unwritable: Qt keeps the settings in memory
        private_folder(paths.settings.parent)
        private_file(paths.settings)
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)


def _cannot_open() -> str:
    return QCoreApplication.translate("App", "Cannot open the database")


def run_gui(paths: AppPaths, annotator_name: str | None = None) -> int:
    # Everything made until the window is shown lives on: the collector is paused until then
    # (annotator/domain/speed/collector.py), whichever way the start-up ends.
    with ExitStack() as start_up:
        start_up.enter_context(collection_paused())
        return _run_gui(paths, annotator_name, start_up.close)


def _run_gui(paths: AppPaths, annotator_name: str | None, shown: Callable[[], None]) -> int:
    app = create_application()
    install_crash_handler()
    try:
        paths.ensure()
    except DatabaseUnusable as error:  # the folder and what to do about it
        dialogs.show_error(
            None,
            QCoreApplication.translate("App", "Cannot create the data folder"),
            in_window_language(error),
        )
        return EXIT_UNUSABLE
    except OSError as error:
        dialogs.show_error(
            None,
            QCoreApplication.translate("App", "Cannot create the data folder"),
            f"{paths.data_dir}: {in_window_language(error)}",
        )
        return EXIT_UNUSABLE
    # Before the first dialog: the language chosen in Preferences, else the system's.
    language = translation.chosen_language(open_settings(paths))
    translation.install_translators(app, translation.effective_language(language))
    # A team database is shared on purpose: the single-instance lock is for SQLite files. A
    # database on a read-only medium or with read-only permissions opens for reading: no lock
    # file can be made beside it, and nothing can change it anyway.
    read_only = paths.db_url is None and cannot_be_written(paths)
    lock = None if read_only or paths.db_url is not None else instance_lock(paths)
    if lock is None and not read_only and paths.db_url is None:
        return EXIT_UNUSABLE
    try:
        try:
            workspace = open_workspace(paths, create=not read_only, demo=not read_only)
        except DatabaseUnusable as error:
            dialogs.show_error(None, _cannot_open(), in_window_language(error))
            return EXIT_UNUSABLE
        try:
            settings = open_settings(paths)
            try:
                annotator = (
                    reader(settings)
                    if workspace.read_only
                    else who_annotates(workspace, settings, annotator_name)
                )
            except AnnotatorError as error:
                dialogs.show_error(None, _cannot_open(), in_window_language(error))
                workspace.close()
                return EXIT_UNUSABLE
            window = MainWindow(workspace, settings, annotator, paths.data_dir)
        except BaseException:
            workspace.close()
            raise
        # From here the session holds the window, its database and its lock: File › Open …
        # replaces all three together.
        session = WindowSession(paths, settings, annotator_name)
        session.adopt(window, workspace, str(paths.db_url or paths.db))
        session.lock, lock = lock, None
        # Whatever ends the event loop, the window's shutdown has run before the database
        # closes (it is idempotent: after closeEvent this does nothing).
        app.aboutToQuit.connect(window.shutdown)
        window.show()
        window.start()
        keep_for_good()
        shown()
        if os.environ.get("ANNOTATOR_QUIT_AFTER_SHOW"):
            # Start-up benchmarks and smoke tests of the frozen build: show, then leave
            # the way the user would, through the window's close.
            QTimer.singleShot(0, window.close)
        try:
            with interrupt_closes_windows():
                code = app.exec()
        finally:
            if session.window is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    app.aboutToQuit.disconnect(session.window.shutdown)
            session.close()
        return code
    finally:
        if lock is not None:
            lock.unlock()
