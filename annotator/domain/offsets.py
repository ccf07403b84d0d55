"""Code point ⇄ UTF-16 offsets, for the boundary with Qt (docs/design/text-and-offsets.md).

Python offsets count code points; Qt's QTextCursor counts UTF-16 code units, so every character
outside the Basic Multilingual Plane (emoji, many CJK extensions, mathematical alphanumerics)
counts 1 here and 2 there. One ``Utf16Map`` is built per opened article: a sorted list of the
positions of its astral characters, searched with bisect, so both directions are O(log n) and
building it is a single pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Literal

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
