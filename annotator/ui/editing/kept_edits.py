"""Edits pushed onto the one history, and those kept while the team database is away.

Every edit of the open article goes through ``push``: its command writes, and a write that
fails is reported (Qt drops the command). When the failure was only that the team database
could not be reached, the edit is kept, as a way to make the same step anew, and pushed again
in order once the database answers (SaveRetry calls ``retry``); later edits wait behind it, so
none overtakes one kept already. The article status, never a step of the history, is kept the
same way (``run``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.domain.errors import AnnotatorError, ConnectionLost
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import translate

# Makes a step anew (a command to push), or makes a write itself (a status) and gives None.
Again = Callable[[], QUndoCommand | None]


class KeptEdits:
    def __init__(
        self,
        history: QUndoStack,
        *,
        failed: SignalInstance,
        connection_lost: SignalInstance,
        saved: SignalInstance,
    ) -> None:
        self.history = history
        self._failed, self._connection_lost, self._saved = failed, connection_lost, saved
        # Edits refused only because the team database could not be reached, oldest first:
        # each makes its step anew, to be pushed again on reconnect.
        self.unsaved: list[Again] = []
        self.push_failed = False
        self.lost = False
        self.kept_now = False  # the last push kept its edit for a reconnect

    def push(self, command: QUndoCommand, again: Callable[[], QUndoCommand] | None = None) -> bool:
        """Push and run a command; False when its write failed (Qt then drops it). ``again``
        makes the same step anew: kept when the team database could not be reached."""
        self.push_failed, self.lost, self.kept_now = False, False, False
        if self.unsaved and again is not None:
            self.keep(again, behind=True)
            self.kept_now = True
            return False
        self.history.push(command)
        if self.lost and again is not None:
            self.keep(again, behind=False)
            self.kept_now = True
        return not self.push_failed

    def run(self, write: Callable[[], None]) -> bool:
        """A write that is no step of the history (an article's status), made now or kept;
        False when it failed for another reason than a lost connection (reported)."""

        def again() -> None:
            self._attempt(write)

        if self.unsaved:
            self.keep(again, behind=True)
            return True
        self.push_failed, self.lost = False, False
        again()
        if self.lost:  # kept: shown as done, and saved once the database answers
            self.keep(again, behind=False)
            return True
        return not self.push_failed

    def _attempt(self, write: Callable[[], None]) -> None:
        """Make a write, reporting a failure, and a lost connection as such (``lost``)."""
        try:
            write()
        except ConnectionLost as error:
            self.report_lost(in_window_language(error))
        except AnnotatorError as error:
            self.report_failure(in_window_language(error))

    def keep(self, again: Again, *, behind: bool) -> None:
        """Keep an edit to be saved once the team database answers (SaveRetry). ``behind``:
        it was not even tried, because edits wait in order and a later one never overtakes
        one kept already."""
        self.unsaved.append(again)
        if behind:
            self.report_failure(
                translate("ArticleController", "Not saved yet: waiting for the database to answer")
            )
        self._connection_lost.emit()

    def report_failure(self, message: str) -> None:
        self.push_failed = True
        self._failed.emit(message)

    def report_lost(self, message: str) -> None:
        """A write that did not reach the team database: not saved, said so, kept to retry."""
        self.lost = True
        self.report_failure(
            translate(
                "ArticleController",
                "{0} — kept; it is saved as soon as the database answers again",
            ).format(message)
        )

    def retry(self) -> bool:
        """Save the kept edits again, oldest first; True when none is left. One that fails
        for another reason (someone else saved first) is reported as usual and not kept."""
        while self.unsaved:
            self.push_failed, self.lost = False, False
            step = self.unsaved[0]()
            if step is not None:  # a status is written by the call itself
                self.history.push(step)
            if self.lost:
                return False
            self.unsaved.pop(0)
            if step is None and not self.push_failed and not self.unsaved:
                self._saved.emit()  # a command says so itself once written
        return True
