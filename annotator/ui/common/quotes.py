"""Holds how the window quotes a text too long for its place: whitespace folded into single
spaces, cut after a whole word with “…”, never inside one ("the strike was intent…").

May import: the standard library only.
"""

from __future__ import annotations

ELLIPSIS = "…"


def shortened(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters with the ellipsis; a single word
    longer than the room is the only thing ever cut inside (nothing else would show)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = max(limit - len(ELLIPSIS), 1)
    cut = text[:room]
    if text[room] != " " and " " in cut:  # the room ends inside a word: leave that word out
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + ELLIPSIS
