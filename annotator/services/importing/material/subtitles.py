"""Subtitles: SubRip (``.srt``) and WebVTT (``.vtt``), read with webvtt-py.

The article is the spoken text: one line per cue (a cue's own line breaks are display
wrapping, so they become spaces, except before a dialogue dash), without cue numbers,
timings, settings, styling tags (``<i>``, ``<font>``, ``<c>``, voice spans ``<v Name>``,
karaoke times, SubRip's ``{\\an8}``) or NOTE, STYLE and REGION blocks. Each cue's start time
is a passage (``00:12:04.500``), so a span is cited by its time ("at 12:04").

YouTube's automatic captions roll: each cue repeats the line before it, and a 10 ms cue
repeats it once more. A cue's lines that only repeat the last lines already taken are left
out, so every sentence appears once.

The bytes are decoded as text files are (docs/design/text-and-offsets.md): a BOM, UTF-8, or
a detected encoding (a cp1252 .srt), CRLF made LF.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from annotator.domain.errors import InputRefused, said
from annotator.domain.sources.passages import cue_label
from annotator.domain.text import canonicalize
from annotator.services.importing.article_files import ArticleDraft
from annotator.services.importing.decoding import decode_bytes
from annotator.services.importing.material.reading import (
    MaterialRead,
    ReadOptions,
    Source,
    TextBuilder,
)

_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")
_LANGUAGE = re.compile(r"^\s*Language\s*:\s*([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\s*$")
_DIALOGUE = ("-", "–", "—")


def recognises(name: str, head: bytes) -> bool:
    """A .srt or .vtt file is taken as subtitles; its content is checked when it is read."""
    return True


def read(source: Source, options: ReadOptions) -> MaterialRead:
    import webvtt  # loaded only when subtitles are read
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    decoded = decode_bytes(source.data, options.encoding)
    text = canonicalize(decoded.text)
    is_vtt = text.lstrip().startswith("WEBVTT")
    try:
        captions = webvtt.WebVTT.from_buffer(io.StringIO(text), format="vtt" if is_vtt else "srt")
    except MalformedFileError:
        raise InputRefused(
            said(
                "not a WebVTT file: {reason}",
                reason=said("it must start with WEBVTT and hold cues"),
            )
            if is_vtt
            else said(
                "not a SubRip file: it must begin with a cue number, then a timing line "
                "such as 00:00:01,000 --> 00:00:02,000"
            )
        ) from None
    except MalformedCaptionError as error:
        raise InputRefused(said("a cue is malformed: {reason}", reason=str(error)[:120])) from None
    builder = TextBuilder("\n")
    taken: list[str] = []  # the lines taken so far: what a rolling caption repeats
    cues = repeats = 0
    for caption in captions.captions:
        cues += 1
        lines = _lines(caption.text, is_vtt)
        repeated = _repeated(taken, lines)
        repeats += repeated
        fresh = lines[repeated:]
        if not fresh:
            continue
        taken.extend(fresh)
        seconds = caption.start_time.in_milliseconds() / 1000
        builder.add(_joined(fresh), "cue", cue_label(seconds))
    if not builder:
        raise InputRefused(said("holds no spoken text (no cue with text)"))
    notes: list[str] = [said("{count} cue(s)", count=cues)]
    if repeats:
        notes.append(said("{count} repeated caption line(s) left out", count=repeats))
    draft = ArticleDraft(
        title=Path(source.name).stem or source.name,
        text=builder.text,
        source=source.name,
        language=_language(getattr(captions, "metadata", None) or []) if is_vtt else "und",
        encoding=decoded.encoding,
        warning=decoded.uncertainty() or "",
        passages=builder.passages,
    )
    return MaterialRead([draft], notes)


def _lines(text: str, is_vtt: bool) -> list[str]:
    """A cue's lines of text, tags already gone (webvtt-py), entities and SubRip's override
    codes resolved, blank lines dropped."""
    text = html.unescape(text) if is_vtt else _ASS_OVERRIDE.sub("", text)
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _repeated(taken: list[str], lines: list[str]) -> int:
    """How many of ``lines``' first lines repeat the last lines taken (rolling captions)."""
    for size in range(min(len(taken), len(lines)), 0, -1):
        if taken[-size:] == lines[:size]:
            return size
    return 0


def _joined(lines: list[str]) -> str:
    joined = lines[0]
    for line in lines[1:]:
        joined += ("\n" if line.startswith(_DIALOGUE) else " ") + line
    return joined


def _language(header: list[str]) -> str:
    for line in header:
        found = _LANGUAGE.match(line)
        if found:
            return found.group(1)
    return "und"
