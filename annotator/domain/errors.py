"""The errors that carry a message meant for the user, not a traceback, and the messages
themselves: English for the command line, translatable for the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class TranslatableMessage(str):
    """A message in English that remembers how it was made: its template and the values put
    in it. It is a plain string wherever one is expected (the command line, JSON, logs); the
    window finds the template in its catalogue (context "Messages") and says it in the
    user's language with the same values.

    Templates name their values (``{path}: file is too large ({size} MB)``): a translation
    may put them in another order. Values may be messages themselves.
    """

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> TranslatableMessage:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    def __reduce__(
        self,
    ) -> tuple[Callable[[str, dict[str, Any]], TranslatableMessage], tuple[str, dict[str, Any]]]:
        # Kept whole through pickling (a worker process hands its errors back).
        return (_rebuilt, (self.template, self.values))


def _rebuilt(template: str, values: dict[str, Any]) -> TranslatableMessage:
    return TranslatableMessage(template, **values)


def said(template: str, **values: Any) -> TranslatableMessage:
    """The message ``template`` with ``values`` put in; see ``TranslatableMessage``. The
    template must be a literal: docs/message_catalogue.py collects them for the translators."""
    return TranslatableMessage(template, **values)


def message_of(error: BaseException) -> str:
    """The error's message as it was made, its advice after it: a ``TranslatableMessage`` when
    it was made with ``said``, where ``str(error)`` would flatten it into plain English."""
    first = error.args[0] if len(error.args) == 1 else None
    if not isinstance(first, TranslatableMessage):
        return str(error)  # as it always read: an OSError's "[Errno 2] …", an advice added
    advice = getattr(error, "advice", "")
    return said("{message} {advice}", message=first, advice=advice) if advice else first


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
        return f"{BaseException.__str__(self)} {self.advice}".strip()


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
