"""What an import did, file by file: the CLI prints it, the window shows it in a dialog."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


def shown_path(path: Path | str) -> str:
    """A file name printable on one line, as ``ls`` shows it: a newline, a control or a
    direction override (U+202E, which would reverse the rest of the line) is written as an
    escape, and so are bytes that are not UTF-8 (``\\xff``)."""
    return _escaped(str(path), {"Cc", "Cf", "Cs", "Zl", "Zp"})


def one_line(reason: str) -> str:
    """A reason that quotes the file's own values (an id with a carriage return in it) kept on
    its one line: line breaks, controls and direction overrides escaped; the joiners of emoji
    sequences, which a quote may hold, left alone."""
    return _escaped(reason, {"Cc", "Cs", "Zl", "Zp"}, _DIRECTION_CONTROLS)


# U+202A–U+202E and U+2066–U+2069: they reorder the rest of a line.
_DIRECTION_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))


def _escaped(text: str, categories: set[str], also: frozenset[str] = frozenset()) -> str:
    out: list[str] = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by surrogateescape
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char in also or unicodedata.category(char) in categories:
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # nothing new in it: importing the same file twice adds nothing
    REFUSED = "refused"


@dataclass(slots=True)
class FileResult:
    path: Path
    outcome: Outcome
    reason: str = ""
    articles: int = 0
    mentions: int = 0
    claims: int = 0
    warning: str = ""  # imported, but check it: "encoding uncertain: iso-8859-2 or cp1250 …"
    known: int = 0  # published fact-checks (ClaimReview) stored in the library of known ones
    needs_password: bool = False  # refused: encrypted, and no password (or a wrong one) given

    def line(self) -> str:
        shown = shown_path(self.path)
        if self.outcome is Outcome.REFUSED:
            return f"{shown}: {one_line(self.reason)}"
        if self.outcome is Outcome.DUPLICATE:
            return f"{shown}: already in the database ({one_line(self.reason)})"
        parts = []
        if self.articles or not self.known:
            parts.append(f"{self.articles} article{'s' if self.articles != 1 else ''}")
        if self.mentions or self.claims:
            parts.append(f"{self.mentions} mentions, {self.claims} claims")
        if self.known:
            parts.append(f"{self.known} known fact-check{'s' if self.known != 1 else ''}")
        extra = f"; {one_line(self.reason)}" if self.reason else ""
        extra += f"; {self.warning}" if self.warning else ""
        return f"{shown}: imported {', '.join(parts)}{extra}"


@dataclass(slots=True)
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # in folders, not article files
    cancelled: bool = False

    @property
    def refused(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome is Outcome.REFUSED]

    @property
    def warned(self) -> list[FileResult]:
        return [r for r in self.results if r.warning and r.outcome is not Outcome.REFUSED]

    @property
    def articles_added(self) -> int:
        return sum(r.articles for r in self.results if r.outcome is Outcome.IMPORTED)

    @property
    def known_added(self) -> int:
        """Published fact-checks written to the library (new or changed)."""
        return sum(r.known for r in self.results if r.outcome is not Outcome.REFUSED)

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.results if r.outcome is Outcome.DUPLICATE)

    def summary(self) -> str:
        text = (
            f"{self.articles_added} new article(s) from {len(self.results)} file(s); "
            f"{self.duplicates} already present; {len(self.refused)} refused"
        )
        if self.known_added:
            text += f"; {self.known_added} known fact-check(s) in the library"
        if self.warned:
            text += f"; {len(self.warned)} to check (see the warnings)"
        if self.skipped:
            text += f"; {len(self.skipped)} other file(s) skipped"
        if self.cancelled:
            text += "; cancelled before the end"
        return text
