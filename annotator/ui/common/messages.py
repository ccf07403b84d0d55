"""Holds how the window says the messages of the layers below it in the user's language.

Services and storage make their messages with ``said`` (annotator.domain.errors): plain
English for the command line, which never translates, and a template with named values the
window looks up in its catalogue (context "Messages", listed for the translators in
message_catalogue.py). A message made otherwise, or one missing from the catalogue, is shown
in English as before.

May import: Qt, domain, ui.common.translation.
"""

from __future__ import annotations

from typing import Any

from annotator.domain.errors import TranslatableMessage, message_of
from annotator.ui.common.translation import translate

CONTEXT = "Messages"


def in_window_language(message: str | BaseException) -> str:
    """``message`` (or the error's message and advice) in the window's language."""
    if isinstance(message, BaseException):
        message = message_of(message)  # with its advice, if it has one
    if not isinstance(message, TranslatableMessage):
        return str(message)
    values = {name: _value(value) for name, value in message.values.items()}
    try:
        return translate(CONTEXT, message.template).format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation whose placeholders went wrong: the English rather than nothing.
        return str(message)


def _value(value: Any) -> Any:
    return (
        in_window_language(value)
        if isinstance(value, (TranslatableMessage, BaseException))
        else value
    )
