"""Looking for related claims off the UI thread.

Ranking a claim against 50,000 others takes seconds, and the user keeps moving from claim to
claim meanwhile. One worker thread runs at a time; a request made while it runs waits, and only
the newest waiting request is run: the ones in between are stale and dropped, and a result that
arrives for a claim no longer selected is thrown away. The worker is a QObject in a QThread and
talks to the window only through signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal, Slot

from annotator.logs import log
from annotator.services.related.related_claims import RelatedCandidate
from annotator.services.workspace import Workspace
from annotator.ui.common.messages import in_window_language

CANDIDATE_LIMIT = 5  # more than five suggestions is a list nobody reads to the end


@dataclass(slots=True)
class CandidateResult:
    """What the worker found for one claim: candidates, and names of the entities they share."""

    claim_id: str
    candidates: list[RelatedCandidate] = field(default_factory=list)
    entity_names: dict[str, str] = field(default_factory=dict)


class CandidateWorker(QObject):
    found = Signal(int, object)  # request number, CandidateResult
    failed = Signal(int, str)  # request number, what went wrong
    finished = Signal()

    def __init__(self, workspace: Workspace, request: int, claim_id: str) -> None:
        super().__init__()
        self.workspace, self.request, self.claim_id = workspace, request, claim_id

    @Slot()
    def run(self) -> None:
        try:
            candidates = self.workspace.related.candidates(self.claim_id, limit=CANDIDATE_LIMIT)
            shared = {e for c in candidates for e in c.similarity.shared_entity_ids}
            names = {}
            for entity_id in shared:
                entity = self.workspace.entities.get(entity_id)
                names[entity_id] = entity.name if entity is not None else entity_id
        except Exception as error:  # reported in the panel; the window goes on
            log.exception("looking for related claims failed")
            self.failed.emit(self.request, in_window_language(error))
        else:
            self.found.emit(self.request, CandidateResult(self.claim_id, candidates, names))
        self.finished.emit()


class RelatedClaimsSearch(QObject):
    """Candidates for the selected claim, computed in the background, newest request wins."""

    found = Signal(object)  # CandidateResult for the claim asked for last
    failed = Signal(str, str)  # claim id, message

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._latest = 0
        self._wanted: str | None = None
        self._thread: QThread | None = None
        self._worker: CandidateWorker | None = None
        self._waiting = False
        self._closed = False

    @property
    def running(self) -> bool:
        """A worker thread is running right now."""
        return self._thread is not None and self._thread.isRunning()

    @property
    def busy(self) -> bool:
        return self._thread is not None or self._waiting

    def request(self, claim_id: str | None) -> None:
        """Look for candidates of this claim (None: of nothing, drop what is under way)."""
        self._latest += 1
        self._wanted = claim_id
        if self._closed:  # the window is closing: a thread started now would outlive it
            self._wanted, self._waiting = None, False
            return
        if claim_id is None:
            self._waiting = False
        elif self._thread is not None:
            self._waiting = True  # started when the running one ends
        else:
            self._start(claim_id)

    def _start(self, claim_id: str) -> None:
        self._waiting = False
        thread = QThread()
        worker = CandidateWorker(self.workspace, self._latest, claim_id)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.found.connect(self._found)
        worker.failed.connect(self._failed)
        worker.finished.connect(thread.quit)
        thread.finished.connect(self._thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(int, object)
    def _found(self, request: int, result: CandidateResult) -> None:
        if request == self._latest:
            self.found.emit(result)

    @Slot(int, str)
    def _failed(self, request: int, message: str) -> None:
        if request == self._latest and self._worker is not None:
            self.failed.emit(self._worker.claim_id, message)

    @Slot()
    def _thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.wait()
        if self._worker is not None:
            self._worker.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = self._worker = None
        if self._waiting and self._wanted is not None:
            self._start(self._wanted)

    def shutdown(self) -> None:
        """The window closes: nothing more to start, and the running lookup is waited for (a
        QThread destroyed while it runs takes the program down with it)."""
        self._latest += 1
        self._closed = True
        self._waiting = False
        self._wanted = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
