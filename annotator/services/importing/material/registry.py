"""The one list of kinds of material: which files are material (by extension AND content),
the files carried inside material (an e-mail's attachments) read as whatever they are, and
the README's table of what each kind keeps and leaves out.

Adding a kind is one module in this room and one entry in ``KINDS``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from annotator.domain.errors import InputRefused, message_of, said
from annotator.services.importing.article_files import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    read_html_article,
    read_text_article,
)
from annotator.services.importing.file_bytes import MAX_DATASET_BYTES, read_bytes
from annotator.services.importing.material import (
    mail,
    opendocument,
    pdf,
    subtitles,
    telegram_html,
    telegram_json,
    web_archive,
    word,
)
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
    Kind(
        name="pdf",
        title="PDF (with a text layer)",
        suffixes=frozenset({".pdf"}),
        recognises=pdf.recognises,
        read=pdf.read,
        kept="the text layer page by page in the order it is drawn, each page's start as a "
        'passage ("p. 7"); title, author and creation date from the metadata; files '
        "encrypted with an empty password, or with the one given by --password (the window "
        "asks for it)",
        left_out="images, and pages without text (counted; a scan without text is refused: "
        "run OCR first, e.g. OCRmyPDF), annotations and form fields; running heads and page "
        "numbers stay in the text",
        max_bytes=pdf.MAX_BYTES,
        signature=pdf.signature,
    ),
    Kind(
        name="word",
        title="Word document",
        suffixes=frozenset({".docx"}),
        recognises=word.recognises,
        read=word.read,
        kept="paragraphs and headings, list items (numbered or •) and table rows one per line "
        "(cells between vertical bars), text boxes after their paragraph, footnotes and "
        "endnotes after the text with their marks, tracked insertions; title, author and "
        "creation date from the properties",
        left_out="comments and tracked deletions (counted), images, headers and footers, "
        "formatting; old binary .doc files and password-protected ones are refused",
    ),
    Kind(
        name="opendocument",
        title="OpenDocument text",
        suffixes=frozenset({".odt"}),
        recognises=opendocument.recognises,
        read=opendocument.read,
        kept="as a Word document (lists numbered as their style says); title, initial "
        "creator, creation date and language from the metadata",
        left_out="comments and tracked deletions (counted), images and frames, tables of "
        "contents and indexes, headers and footers, formatting",
    ),
    Kind(
        name="mail",
        title="E-mail (a message, a mailbox)",
        suffixes=frozenset({".eml", ".mbox"}),
        recognises=mail.recognises,
        read=mail.read,
        kept="one article per message: the decoded Subject as title, From as authors, the "
        "Date, the plain-text part (or the HTML part's main text) in any charset; forwarded "
        "messages in order, each a passage; attachments of a kind this table lists, .txt, "
        ".md and .html imported as articles of their own (named in the report)",
        left_out="other attachments (listed), inline images, the HTML part when a plain-text "
        "one says the same, signatures and encrypted parts, the other headers",
        max_bytes=mail.MAX_BYTES,
    ),
    Kind(
        name="web-archive",
        title="Web archive (WARC, WACZ)",
        suffixes=frozenset({".warc", ".warc.gz", ".wacz"}),
        recognises=web_archive.recognises,
        read=web_archive.read,
        kept="one article per archived HTML page (response and resource records; revisits "
        "resolved to the capture they repeat), its main text as for a saved web page, its "
        "captured address and capture date; a WACZ's page titles",
        left_out="other records (requests, metadata, images, scripts: counted), pages "
        "without readable text, the page's layout",
        max_bytes=web_archive.MAX_BYTES,
    ),
)

BY_NAME = {kind.name: kind for kind in KINDS}
SUFFIXES = frozenset().union(*(kind.suffixes for kind in KINDS))
# Suffixes that are material and nothing else: a folder import takes them.
OWN_SUFFIXES = SUFFIXES - {".json", ".html", ".htm"}
MAX_ATTACHED = 200  # files inside one file (an e-mail's attachments) read at most
MAX_NESTING = 3  # an e-mail attached to an e-mail attached to …


def suffix_of(name: str) -> str:
    """A file name's extension as the kinds know it: ``.warc.gz`` is one, lower-case."""
    lower = name.lower()
    double = "".join(Path(lower).suffixes[-2:])
    return double if double in SUFFIXES else Path(lower).suffix


def kind_of(path: Path) -> Kind | None:
    """The kind of material ``path`` holds, from its extension and its first bytes; None
    when it is none (an article, a dataset) or cannot be looked at (the import then
    refuses it with the reason)."""
    suffix = suffix_of(path.name)
    candidates = [kind for kind in KINDS if suffix in kind.suffixes]
    if not candidates:
        return None
    head = _head(path)
    if head is None:
        return candidates[0] if suffix in OWN_SUFFIXES else None
    name = path.name.lower()
    return next((kind for kind in candidates if kind.recognises(name, head)), None)


def kind_of_content(name: str, data: bytes) -> Kind | None:
    """The kind of a file that is not on disk (an attachment): by its name and first bytes,
    or by its content alone when its name says nothing (a PDF named "document")."""
    suffix, head = suffix_of(name), data[:HEAD_BYTES]
    for kind in KINDS:
        if suffix in kind.suffixes and kind.recognises(name.lower(), head):
            return kind
    if suffix in SUFFIXES or suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        return None
    return next((k for k in KINDS if k.signature is not None and k.signature(head)), None)


def read_material(path: Path, kind: Kind, options: ReadOptions) -> MaterialRead:
    """The file read as ``kind``: its articles and notes, or InputRefused with the reason.
    A file with no article in it is refused, saying what it held instead."""
    data = read_bytes(path, kind.max_bytes)
    return read_source(Source(path.name, data, path), kind, options)


def read_source(source: Source, kind: Kind, options: ReadOptions, depth: int = 0) -> MaterialRead:
    """``source`` read as ``kind``, and the files it carries read as what they are."""
    read = kind.read(source, options)
    attached, read.attached = read.attached, []
    for file in attached[:MAX_ATTACHED]:
        _read_attached(file, options, read, depth)
    if len(attached) > MAX_ATTACHED:
        read.notes.append(
            said("{count} more attachment(s) not read", count=len(attached) - MAX_ATTACHED)
        )
    if not read.drafts:
        reason = joined(read.notes) or said("nothing to import")
        raise InputRefused(said("no text to import ({reason})", reason=reason))
    return read


def _read_attached(file: Source, options: ReadOptions, into: MaterialRead, depth: int) -> None:
    """An attachment imported as an article of its own (a kind of material, a text or a web
    page), or listed as not imported; a refusal is a note, never the whole file's."""
    kind = kind_of_content(file.name, file.data)
    suffix = suffix_of(file.name)
    try:
        notes: list[str] = []
        if kind is not None and depth < MAX_NESTING and len(file.data) <= kind.max_bytes:
            inner = read_source(file, kind, options, depth + 1)
            drafts, notes = inner.drafts, inner.notes
        elif kind is None and suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            reader = read_html_article if suffix in HTML_SUFFIXES else read_text_article
            drafts = [reader(Path(file.name), file.data, options.encoding)]
        else:
            into.notes.append(said("attachment {name} not imported", name=file.name))
            return
    except InputRefused as refusal:
        reason = message_of(refusal)
        into.notes.append(
            said("attachment {name} not imported: {reason}", name=file.name, reason=reason)
        )
        return
    for draft in drafts:
        draft.part = f"{file.name} › {draft.part}" if draft.part else file.name
    into.drafts.extend(drafts)
    into.notes.append(
        said("attachment {name} imported ({notes})", name=file.name, notes=joined(notes))
        if notes
        else said("attachment {name} imported", name=file.name)
    )


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
