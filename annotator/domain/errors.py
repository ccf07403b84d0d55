"""The errors that carry a message meant for the user, not a traceback."""

from __future__ import annotations


class AnnotatorError(Exception):
    """Base of every error whose message can be shown to the user as it is."""


class InputRefused(AnnotatorError):
    """An input file (or one record in it) cannot be imported; nothing of it was stored."""


class SpanError(InputRefused):
    """A span does not fit its text: out of range, or its quote differs from the text."""


class DatabaseUnusable(AnnotatorError):
    """The database cannot be opened safely; the file was left exactly as it was.

    ``advice`` tells the user what to do about it.
    """

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.advice = advice

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} {self.advice}".strip()


class StorageFailed(AnnotatorError):
    """A write did not reach the database (disk full, file locked …); nothing of it was kept."""


class EditConflict(StorageFailed):
    """Someone else changed (or deleted) the annotation since it was read (team mode, optimistic
    locking); this edit was not stored, and the caller still holds it to re-apply."""


class PasswordRefused(DatabaseUnusable):
    """The team database wants a password that libpq's own sources did not give (``missing``)
    or that the server refused: the window asks for it; the command line says where to put it."""

    def __init__(self, message: str, advice: str = "", *, missing: bool = False) -> None:
        super().__init__(message, advice)
        self.missing = missing


class ConnectionLost(StorageFailed):
    """The team database could not be reached for this write (the server went away, refuses
    connections, the network dropped): nothing was stored; the same write may succeed later."""
