"""Looking up the selected claim in the library of known fact-checks, off the UI thread.

A lookup takes tens of milliseconds at 50,000 fact-checks, more on a team server far away,
and the user moves from claim to claim meanwhile. One worker thread runs at a time; a request
made while it runs waits, and only the newest waiting one is run; a result for a claim no
longer asked about is dropped. The worker talks to the window only through signals.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from annotator.domain.sources.known_checks import KnownMatch
from annotator.logs import log
from annotator.services.workspace import Workspace
from annotator.ui.common.messages import in_window_language

SHOWN = 3  # the best few: a fact-checker opens one, perhaps two


@dataclass(frozen=True, slots=True)
class Lookup:
    """What is asked: a claim's id and the texts it is looked up by."""

    claim_id: str
    quote: str
    claim_reviewed: str | None


class LookupWorker(QObject):
    found = Signal(int, object, object)  # request number, Lookup, list[KnownMatch]
    failed = Signal(int, object, str)  # request number, Lookup, what went wrong
    finished = Signal()

    def __init__(self, workspace: Workspace, request: int, lookup: Lookup) -> None:
        super().__init__()
        self.workspace, self.request, self.lookup = workspace, request, lookup

    @Slot()
    def run(self) -> None:
        try:
            lookup = self.lookup
            matches: list[KnownMatch] = self.workspace.known.for_claim(
                lookup.quote, lookup.claim_reviewed, top=SHOWN
            )
        except Exception as error:  # reported in the panel; the window goes on
            log.exception("looking up known fact-checks failed")
            self.failed.emit(self.request, self.lookup, in_window_language(error))
        else:
            self.found.emit(self.request, self.lookup, matches)
        self.finished.emit()


class KnownChecksSearch(QObject):
    """Matches for the claim asked last, computed in the background, newest request wins."""

    found = Signal(object, object)  # Lookup, list[KnownMatch]
    failed = Signal(object, str)  # Lookup, message

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._latest = 0
        self._wanted: Lookup | None = None
        self._thread: QThread | None = None
        self._worker: LookupWorker | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._thread is not None or self._wanted is not None

    def request(self, lookup: Lookup | None) -> None:
        """Look this claim up (None: nothing; what runs is dropped when it ends)."""
        self._latest += 1
        self._wanted = None if self._closed else lookup
        if self._wanted is not None and self._thread is None:
            self._start()

    def _start(self) -> None:
        lookup, self._wanted = self._wanted, None
        assert lookup is not None
        thread = QThread()
        worker = LookupWorker(self.workspace, self._latest, lookup)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.found.connect(self._found)
        worker.failed.connect(self._failed)
        worker.finished.connect(thread.quit)
        thread.finished.connect(self._thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(int, object, object)
    def _found(self, request: int, lookup: Lookup, matches: list[KnownMatch]) -> None:
        if request == self._latest:
            self.found.emit(lookup, matches)

    @Slot(int, object, str)
    def _failed(self, request: int, lookup: Lookup, message: str) -> None:
        if request == self._latest:
            self.failed.emit(lookup, message)

    @Slot()
    def _thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        if self._wanted is not None:
            self._start()

    def shutdown(self) -> None:
        """The window closes: nothing more is started, and the running lookup is waited for
        (a QThread destroyed while it runs takes the program down with it)."""
        self._latest += 1
        self._closed = True
        self._wanted = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
