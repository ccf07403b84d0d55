"""Code point ⇄ UTF-16 offsets, for the boundary with Qt (docs/design/text-and-offsets.md), and
offsets into a text as another tool's file gave it, mapped onto the text's canonical form.

Python offsets count code points; Qt's QTextCursor counts UTF-16 code units, so every character
outside the Basic Multilingual Plane (emoji, many CJK extensions, mathematical alphanumerics)
counts 1 here and 2 there. One ``Utf16Map`` is built per opened article: a sorted list of the
positions of its astral characters, searched with bisect, so both directions are O(log n) and
building it is a single pass.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from typing import Literal

from annotator.domain.text import BOM, canonicalize

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

Snap = Literal["down", "up"]


class Utf16Map:
    """Maps offsets of one text between code points and UTF-16 code units."""

    __slots__ = ("_astral_cp", "_astral_u16", "cp_length", "utf16_length")

    def __init__(self, text: str) -> None:
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        # The UTF-16 position of the k-th astral character is its code point position plus k,
        # the number of astral characters before it.
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]
        self.cp_length = len(text)
        self.utf16_length = len(text) + len(self._astral_cp)

    @property
    def is_identity(self) -> bool:
        """True when the text has no astral characters: both units agree everywhere."""
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of the code point offset ``cp`` (0 ≤ cp ≤ len(text))."""
        if not 0 <= cp <= self.cp_length:
            raise ValueError(f"code point offset {cp} outside 0..{self.cp_length}")
        return cp + bisect_left(self._astral_cp, cp)

    def to_utf16_all(self, cps: list[int]) -> list[int]:
        """``to_utf16`` of many offsets at once (an article's spans when it opens)."""
        if cps and not (min(cps) >= 0 and max(cps) <= self.cp_length):
            outside = next(cp for cp in cps if not 0 <= cp <= self.cp_length)
            raise ValueError(f"code point offset {outside} outside 0..{self.cp_length}")
        if not self._astral_cp:
            return list(cps)
        astral = self._astral_cp
        return [cp + bisect_left(astral, cp) for cp in cps]

    def to_codepoint(self, u16: int, snap: Snap = "down") -> int:
        """Code point offset of the UTF-16 offset ``u16``.

        An offset between the two halves of a surrogate pair snaps to the start of that character
        (``snap="down"``) or past its end (``snap="up"``): a span never splits a character.
        """
        if not 0 <= u16 <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {u16} outside 0..{self.utf16_length}")
        # Astral characters starting strictly before u16 each add one extra code unit ...
        before = bisect_left(self._astral_u16, u16)
        if before and self._astral_u16[before - 1] + 1 == u16:
            # ... except the one whose second half u16 points at: u16 splits it.
            character = self._astral_cp[before - 1]
            return character if snap == "down" else character + 1
        return u16 - before

    def splits_pair(self, u16: int) -> bool:
        """True when ``u16`` points between the two halves of a surrogate pair."""
        i = bisect_right(self._astral_u16, u16 - 1)
        return bool(i) and self._astral_u16[i - 1] + 1 == u16


# A run of non-ASCII characters with the character before it: NFC composes and reorders only
# within such a run (no ASCII character is a non-starter or the second of a composition), so
# each run is normalised on its own.
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


class CanonicalOffsets:
    """Offsets into a text as a file holds it (a BOM, CR or CRLF line ends, decomposed accents)
    mapped onto its canonical form ``self.text`` (docs/design/text-and-offsets.md point 3).

    ``map(offset)`` is None where the offset has no exact place in the canonical text: between
    the CR and the LF of a line end, or inside characters that NFC joins into one.
    """

    __slots__ = ("_bom", "_crs", "_run_starts", "_runs", "raw_length", "text")

    def __init__(self, raw: str) -> None:
        self.raw_length = len(raw)
        self.text = canonicalize(raw)
        self._bom = raw.startswith(BOM)
        body = raw[1:] if self._bom else raw
        # Each CR of a CRLF is dropped: their positions in ``body``.
        self._crs = [m.start() for m in re.finditer("\r\n", body)]
        lines = body.replace("\r\n", "\n").replace("\r", "\n")
        # The runs NFC changes, in ``lines``: (start, end, canonical start, shift after, run).
        self._runs: list[tuple[int, int, int, int, str]] = []
        if not unicodedata.is_normalized("NFC", lines):
            shift = 0
            for match in _NON_ASCII_RUN.finditer(lines):
                run = match.group()
                composed = unicodedata.normalize("NFC", run)
                if composed != run:
                    canonical_start = match.start() + shift
                    shift += len(composed) - len(run)
                    self._runs.append((match.start(), match.end(), canonical_start, shift, run))
        self._run_starts = [run[0] for run in self._runs]

    @property
    def identity(self) -> bool:
        return not (self._bom or self._crs or self._runs)

    def map(self, offset: int) -> int | None:
        """The canonical offset of ``offset`` (0 ≤ offset ≤ the raw length), or None."""
        if not 0 <= offset <= self.raw_length:
            return None
        if self._bom:
            offset = max(offset - 1, 0)
        before = bisect_left(self._crs, offset)
        if before and self._crs[before - 1] + 1 == offset:
            return None  # between a CR and its LF
        offset -= before
        index = bisect_right(self._run_starts, offset) - 1
        if index < 0:
            return offset
        start, end, canonical_start, shift, run = self._runs[index]
        if offset >= end:
            return offset + shift
        head, tail = run[: offset - start], run[offset - start :]
        composed_head = unicodedata.normalize("NFC", head)
        if composed_head + unicodedata.normalize("NFC", tail) != unicodedata.normalize("NFC", run):
            return None  # the offset falls inside characters NFC joins
        return canonical_start + len(composed_head)
