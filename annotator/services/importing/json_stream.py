"""Holds JsonStream: one JSON object read piece by piece, its keys' values whole and the items
of one array key one at a time, so a dataset of any size is read in bounded memory.

Each value is parsed by the standard library's C scanner (``raw_decode``) from a window of
the text that grows only while a value is cut by the window's end; what has been read is
dropped. Errors carry the line and column of the whole text, as ``json.loads`` gives them.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from annotator.domain.errors import InputRefused, said

READ_CHARS = 1 << 20  # characters read at a time; a value larger than this widens the window

_SPACE = re.compile(r"[ \t\n\r]*")
_PARTIAL_TOKEN = re.compile(r"[-+0-9.eE]*|t(r(ue?)?)?|f(a(l(se?)?)?)?|n(u(ll?)?)?")
_decoder = json.JSONDecoder()
_ODD_ESCAPES = ("\\ud", "\\uD", "\\u0000")  # a surrogate or a NUL, written as an escape
_ESCAPES_ONE_BY_ONE = 200


class TextSource(Protocol):
    def read(self, size: int, /) -> str: ...


class Utf8File:
    """A UTF-8 file's text, read strictly (bytes that are not UTF-8 raise UnicodeDecodeError)
    in pieces of about ``size`` bytes, a BOM dropped and line endings left as written.
    ``open(encoding=...)`` decodes 8 KiB at a time whatever is asked of it: reading a 29 MB
    dataset so took 0.095 s of CPU, this way 0.025 s."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()

    def read(self, size: int, /) -> str:
        """Up to about ``size`` characters; "" only at the end of the file."""
        while True:
            data = self._file.read(max(size, 4))  # room for one whole character at least
            text = self._decoder.decode(data, final=not data)
            if text or not data:  # a piece may hold only a BOM or part of a character
                return text

    def close(self) -> None:
        self._file.close()


def cut_short(text: str, error: json.JSONDecodeError) -> bool:
    """The parser stopped at the end of the text, or inside its last token (a string, a
    number or a literal cut in half): the text ends too early, it is not malformed."""
    rest = text[error.pos :].rstrip()
    return (
        not rest
        or error.msg.startswith("Unterminated string")
        or (error.msg.startswith("Invalid \\uXXXX escape") and len(text) - error.pos < 6)
        or _PARTIAL_TOKEN.fullmatch(rest) is not None
    )


def json_refusal(
    text: str, error: json.JSONDecodeError, where: str = "", lines: int = 0, column: int = 0
) -> InputRefused:
    """The refusal for ``error`` in ``text``, which starts after ``lines`` newlines and
    ``column`` characters of a line of the whole file."""
    if cut_short(text, error):
        return InputRefused(said("{where}JSON ends too early (truncated file?)", where=where))
    line = error.lineno + lines
    col = error.colno + (column if error.lineno == 1 else 0)
    return InputRefused(
        said(
            "{where}not valid JSON ({msg} at line {line}, column {col})",
            where=where,
            msg=error.msg,
            line=line,
            col=col,
        )
    )


class JsonStream:
    """A JSON text whose top level is an object, read from ``source`` in windows."""

    def __init__(self, source: TextSource) -> None:
        self._source = source
        self._text = ""
        self._pos = 0
        self._ended = False
        self._lines = 0  # newlines before the window
        self._column = 0  # characters of the window's first line before the window
        self._last = (0, 0)  # where the last value read lies in the window

    # --- the object ----------------------------------------------------------------------

    def members(self, streamed: str) -> Iterator[tuple[str, Any]]:
        """(key, value) of the top-level object in file order; the value of key ``streamed``,
        when it is an array, is an iterator of its items, to be consumed before the next."""
        self._skip_space()
        if self._peek() != "{":
            # Not an object: read whole (such a file is refused as no dataset), so that
            # JSON errors are worded as for any other file.
            self._value()
            self._skip_space()
            if self._peek() != "":
                raise self._error("Extra data")
            return
        self._pos += 1
        self._skip_space()
        if self._peek() == "}":
            self._pos += 1
        else:
            while True:
                self._skip_space()
                if self._peek() != '"':
                    raise self._error("Expecting property name enclosed in double quotes")
                key = self._value()
                self._skip_space()
                if self._peek() != ":":
                    raise self._error("Expecting ':' delimiter")
                self._pos += 1
                self._skip_space()
                if key == streamed and self._peek() == "[":
                    self._pos += 1
                    items = self._items()
                    yield key, items
                    for _ in items:  # whatever the caller left unread
                        pass
                else:
                    yield key, self._value()
                self._skip_space()
                found = self._peek()
                self._pos += 1
                if found == "}":
                    break
                if found != ",":
                    self._pos -= 1
                    raise self._error("Expecting ',' delimiter")
        self._skip_space()
        if self._peek() != "":
            raise self._error("Extra data")

    def _items(self) -> Iterator[Any]:
        self._skip_space()
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            self._skip_space()
            yield self._value()
            self._skip_space()
            found = self._peek()
            self._pos += 1
            if found == "]":
                return
            if found != ",":
                self._pos -= 1
                raise self._error("Expecting ',' delimiter")

    def last_may_hold_surrogates(self) -> bool:
        """Whether the value just handed out may hold a lone surrogate or a NUL: only the
        escape of one ("\\ud800", "\\u0000") can put one in (the text was decoded strictly,
        and JSON allows no raw control character in a string), and most values hold no such
        escape, so need no walk through their strings."""
        start, end = self._last
        # From backslash to backslash (a search for one character is a memchr; one for "\u"
        # went through every character at a nanosecond each, 9 µs an article): an escape
        # is a backslash and the character after it, and few values hold many. A value of
        # many escapes (a dump of Windows paths) is searched as a whole instead.
        text = self._text
        at = text.find("\\", start, end)
        for _ in range(_ESCAPES_ONE_BY_ONE):
            if at < 0:
                return False
            if text.startswith(_ODD_ESCAPES, at, end):
                return True
            at = text.find("\\", at + 1, end)
        return at >= 0 and any(text.find(escape, at, end) >= 0 for escape in _ODD_ESCAPES)

    # --- the window ----------------------------------------------------------------------

    def _value(self) -> Any:
        while True:
            try:
                value, end = _decoder.raw_decode(self._text, self._pos)
            except json.JSONDecodeError as error:
                if self._ended or not cut_short(self._text, error):
                    raise self._refusal(error) from None
                self._read(max(READ_CHARS, len(self._text) - self._pos))
                continue
            except RecursionError:
                raise InputRefused(said("JSON nested too deeply to be a dataset")) from None
            except ValueError as error:  # Python's limit on integer digits
                raise InputRefused(said("not a usable dataset ({error})", error=error)) from None
            if end == len(self._text) and not self._ended:
                # A number at the window's end may go on in the next read.
                self._read(READ_CHARS)
                continue
            self._last = (self._pos, end)
            self._pos = end
            return value

    def _peek(self) -> str:
        if self._pos >= len(self._text) and not self._ended:
            self._read(READ_CHARS)
        return self._text[self._pos : self._pos + 1]

    def _skip_space(self) -> None:
        while True:
            space = _SPACE.match(self._text, self._pos)  # always a match, maybe empty
            if space is not None:
                self._pos = space.end()
            if self._pos < len(self._text) or self._ended:
                return
            self._read(READ_CHARS)

    def _read(self, size: int) -> None:
        """Drop what has been read and append up to ``size`` more characters."""
        more = self._source.read(size)
        if not more:
            self._ended = True
        if self._pos:
            text, pos = self._text, self._pos
            newlines = text.count("\n", 0, pos)
            if newlines:
                self._lines += newlines
                self._column = pos - text.rindex("\n", 0, pos) - 1
            else:
                self._column += pos
            self._text = text[pos:] + more
            self._pos = 0
        else:
            self._text += more

    def _refusal(self, error: json.JSONDecodeError) -> InputRefused:
        return json_refusal(self._text, error, "", self._lines, self._column)

    def _error(self, message: str) -> InputRefused:
        if self._ended and self._pos >= len(self._text.rstrip()):
            return InputRefused(said("JSON ends too early (truncated file?)"))
        return self._refusal(json.JSONDecodeError(message, self._text, self._pos))
