"""The one list of kinds of material: which files are material (by extension AND content),
and the README's table of what each keeps and leaves out.

Adding a kind is one module in this room and one entry in ``KINDS``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from annotator.domain.errors import InputRefused, said
from annotator.services.importing.file_bytes import MAX_DATASET_BYTES, read_bytes
from annotator.services.importing.material import subtitles, telegram_html, telegram_json
from annotator.services.importing.material.reading import (
    HEAD_BYTES,
    Kind,
    MaterialRead,
    ReadOptions,
    Source,
    joined,
)

KINDS: tuple[Kind, ...] = (
    Kind(
        name="telegram",
        title="Telegram Desktop export (JSON)",
        suffixes=frozenset({".json"}),
        recognises=telegram_json.recognises,
        read=telegram_json.read,
        kept="one article per post with text (an album's posts joined): the text as written "
        "(links as written), the channel as publisher, the signature or sender as author, the "
        "date (UTC from date_unixtime), each post's id, forward and reply as a passage, "
        "the post's address with --telegram-channel",
        left_out="media files (counted), service messages, reactions, the addresses "
        "behind linked words",
        max_bytes=MAX_DATASET_BYTES // 2,  # a channel's years of posts
    ),
    Kind(
        name="telegram-html",
        title="Telegram Desktop export (HTML)",
        suffixes=frozenset({".html", ".htm"}),
        recognises=telegram_html.recognises,
        read=telegram_html.read,
        kept="as the JSON export, page by page (messages.html, messages2.html …)",
        left_out="as the JSON export; the date is the exporter's local time in older exports",
    ),
    Kind(
        name="subtitles",
        title="Subtitles (SubRip, WebVTT)",
        suffixes=frozenset({".srt", ".vtt"}),
        recognises=subtitles.recognises,
        read=subtitles.read,
        kept="the spoken text, one line per cue, each cue's start time as a passage "
        '("at 12:04"); the language of a WebVTT header',
        left_out="cue numbers, timings, styling and voice tags, NOTE and STYLE blocks, "
        "the repeated lines of YouTube's rolling captions",
    ),
)

BY_NAME = {kind.name: kind for kind in KINDS}
SUFFIXES = frozenset().union(*(kind.suffixes for kind in KINDS))
# Suffixes that are material and nothing else: a folder import takes them.
OWN_SUFFIXES = SUFFIXES - {".json", ".html", ".htm"}


def kind_of(path: Path) -> Kind | None:
    """The kind of material ``path`` holds, from its extension and its first bytes; None
    when it is none (an article, a dataset) or cannot be looked at (the import then
    refuses it with the reason)."""
    suffix = path.suffix.lower()
    candidates = [kind for kind in KINDS if suffix in kind.suffixes]
    if not candidates:
        return None
    head = _head(path)
    if head is None:
        return candidates[0] if suffix in OWN_SUFFIXES else None
    name = path.name.lower()
    return next((kind for kind in candidates if kind.recognises(name, head)), None)


def read_material(path: Path, kind: Kind, options: ReadOptions) -> MaterialRead:
    """The file read as ``kind``: its articles and notes, or InputRefused with the reason.
    A file with no article in it is refused, saying what it held instead."""
    data = read_bytes(path, kind.max_bytes)
    read = kind.read(Source(path.name, data, path), options)
    if not read.drafts:
        reason = joined(read.notes) or said("nothing to import")
        raise InputRefused(said("no text to import ({reason})", reason=reason))
    return read


def _head(path: Path) -> bytes | None:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        return os.read(descriptor, HEAD_BYTES)
    except OSError:
        return None
    finally:
        os.close(descriptor)


def readme_table() -> str:
    """The README's table of the kinds of material (docs/architecture_lists.py writes it)."""
    lines = ["| kind | files | what is kept | what is left out |", "|---|---|---|---|"]
    for kind in KINDS:
        files = " ".join(f"`{suffix}`" for suffix in sorted(kind.suffixes))
        lines.append(f"| {kind.title} | {files} | {kind.kept} | {kind.left_out} |")
    return "\n".join(lines)
