"""The reader interface of a kind of material (see this room's ``__init__``): what a reader
is given (``Source``, ``ReadOptions``), what it gives back (``MaterialRead``), what the
registry knows of it (``Kind``), and ``TextBuilder``, which makes an article's canonical text
from pieces so that each passage's offset points into the final text
(docs/design/text-and-offsets.md).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Passage
from annotator.domain.text import BOM, canonicalize
from annotator.services.importing.article_files import ArticleDraft

HEAD_BYTES = 65536  # what the registry reads of a file to recognise its kind


@dataclass(frozen=True, slots=True)
class Source:
    """One file of material. ``path`` is None when the bytes come from elsewhere (a test, an
    attachment): a reader whose library opens files itself uses ``on_disk``."""

    name: str  # the file's name: a title's fallback, never opened
    data: bytes
    path: Path | None = None

    @contextlib.contextmanager
    def on_disk(self) -> Iterator[Path]:
        """The file's path, or a temporary copy of its bytes removed afterwards."""
        if self.path is not None:
            yield self.path
            return
        with tempfile.TemporaryDirectory(prefix="annotator-") as folder:
            copy = Path(folder) / (Path(self.name).name or "material")
            copy.write_bytes(self.data)
            yield copy


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user said about the material (``annotator import`` options, the import
    dialog's fields)."""

    encoding: str | None = None  # --encoding: text-based material is in it, not guessed
    # Telegram: the public username of a channel (t.me/NAME), by the chat's name as its
    # export gives it; the key "" serves every chat without an entry of its own.
    telegram_channels: Mapping[str, str] = field(default_factory=dict)
    password: str | None = None  # --password: opens an encrypted PDF

    def telegram_username(self, chat_name: str) -> str | None:
        return self.telegram_channels.get(chat_name) or self.telegram_channels.get("") or None


@dataclass(slots=True)
class MaterialRead:
    """A file's articles (with their provenance and passages) and its report notes (what was
    left out and why), each note one line. ``attached``: files carried inside this one (an
    e-mail's attachments), which the registry reads as whatever kind they are."""

    drafts: list[ArticleDraft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    attached: list[Source] = field(default_factory=list)


class PasswordNeeded(InputRefused):
    """The file is encrypted and no password, or a wrong one, was given: the window asks for
    the password and reads the file again."""


Reader = Callable[[Source, ReadOptions], MaterialRead]


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of material, as the registry lists it."""

    name: str  # short id: "telegram", "subtitles"
    title: str  # for people: "Telegram Desktop export"
    suffixes: frozenset[str]  # lower-case, with the dot
    # True when a file of one of ``suffixes`` is this kind: given its lower-case name and its
    # first HEAD_BYTES bytes. A ``.json`` of Telegram is not our dataset; ``messages.html``
    # is not a web page.
    recognises: Callable[[str, bytes], bool]
    read: Reader  # pure: the file's content in, no database
    kept: str  # the README's table: what is kept …
    left_out: str  # … and what is left out
    max_bytes: int = 50 * 1024 * 1024
    # True when the content alone says the file is this kind, whatever its name (an e-mail's
    # attachment named "document" that begins with %PDF-).
    signature: Callable[[bytes], bool] | None = None


class TextBuilder:
    """An article's text made of pieces (posts, cues, pages), each piece canonicalised before
    it is added and joined by ``separator``, so the whole stays canonical and every
    passage's start is the offset of its piece in the final text."""

    def __init__(self, separator: str = "\n\n") -> None:
        self.separator = separator
        self._parts: list[str] = []
        self._length = 0
        self.passages: list[Passage] = []

    def add(self, piece: str, kind: str | None = None, label: str | None = None) -> bool:
        """Add a piece (surrounding whitespace dropped); with ``kind`` and ``label``, a
        passage starts at it. False, and nothing added, when the piece is empty."""
        piece = clean_piece(piece)
        if not piece:
            return False
        if self._parts:
            self._parts.append(self.separator)
            self._length += len(self.separator)
        if kind is not None and label is not None:
            self.passages.append(Passage(self._length, kind, label))
        self._parts.append(piece)
        self._length += len(piece)
        return True

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __bool__(self) -> bool:
        return bool(self._parts)


def clean_piece(piece: str) -> str:
    """A piece in canonical form without surrounding whitespace: NFC, LF, no BOM at its
    start (a text may begin with it), so joined pieces are canonical as they stand."""
    piece = canonicalize(piece).strip()
    while piece.startswith(BOM):
        piece = piece[1:].strip()
    return piece


_CONTROLS: dict[int, str | None] = {
    code: None for code in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]
}
_CONTROLS.update({0x0B: "\n", 0x0C: "\n", 0x85: "\n"})  # vertical tab, form feed, NEL


def without_controls(text: str) -> str:
    """Text a library extracted, without the control characters a broken font or a stray
    byte leaves in it (NUL, which PostgreSQL cannot store, among them); tabs and line
    breaks stay, a form feed or vertical tab becomes one."""
    return text.translate(_CONTROLS)


def one_line_label(value: str, limit: int = 60) -> str:
    """A name from the file made fit for a passage's label: one line, at most ``limit``
    characters."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def joined(notes: list[str]) -> str:
    """Report notes on one line, "; " between them, each still translatable in the window."""
    if not notes:
        return ""
    line = notes[0]
    for note in notes[1:]:
        line = said("{first}; {second}", first=line, second=note)
    return line
