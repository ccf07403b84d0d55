"""Folding text for comparison: what makes "Izyum", "IZYUM" and "Izyúm" the same key.

Only for matching (entity completion, related claims); stored text is never folded
(docs/design/text-and-offsets.md).
"""

from __future__ import annotations

import re
import unicodedata

# Letters, digits and the joiners inside numbers ("2,700", "3.5"); everything else separates.
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def fold(text: str) -> str:
    """Compatibility-normalised, case-folded, without diacritics, whitespace collapsed.

    NFKC first so ligatures and full-width forms become plain letters; then NFD to split off
    the combining marks, which are dropped ("Járkov" → "jarkov").
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def words(text: str) -> list[str]:
    """The folded words and numbers of ``text``, punctuation dropped."""
    return _WORD.findall(fold(text))
