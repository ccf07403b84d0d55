"""Word documents (``.docx``, Office Open XML), read with mammoth.

mammoth turns the document into its structure (headings, paragraphs, lists, tables, notes)
with tracked changes accepted: inserted text kept, deleted text gone, comments out. From
that structure the article is written as text (``blocks.py``): a paragraph or heading per
block, a list item per line ("1. ", "• "), a table row per line (cells between " | "), and
the footnotes and endnotes after the body, each after its mark ("[1] …").

Why mammoth: python-docx reads neither footnotes nor the text inside a tracked insertion
(it is not a run of the paragraph); docx2python repeats a merged cell once per column it
spans and leaves lists unmarked. mammoth does all of it and is small and pure Python.

The document's properties (``docProps/core.xml``: title, creator, created) and the counts
of what is left out (comments, tracked deletions) are read from the package's XML with lxml:
mammoth does not give them.
"""

from __future__ import annotations

import io
from pathlib import Path
from zipfile import ZipFile

from annotator.domain.errors import InputRefused, said
from annotator.services.importing.article_files import ArticleDraft
from annotator.services.importing.material import blocks
from annotator.services.importing.material.reading import (
    MaterialRead,
    ReadOptions,
    Source,
    one_line_label,
)
from annotator.services.importing.material.zip_files import (
    MIB,
    check_inflated,
    open_zip,
    read_member,
)

MAX_XML = 256 * MIB  # the document's XML parts, inflated: what mammoth holds in memory
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "creator": "{http://purl.org/dc/elements/1.1/}creator",
    "created": "{http://purl.org/dc/terms/}created",
}


def recognises(name: str, head: bytes) -> bool:
    """A .docx file is taken as Word's; one that is not is refused with the reason."""
    return True


def read(source: Source, options: ReadOptions) -> MaterialRead:
    archive = open_zip(source.data, said("a Word document (.docx)"))
    names = archive.namelist()
    if "word/document.xml" not in names:
        raise InputRefused(said("not a Word document (.docx): it has no word/document.xml"))
    check_inflated(archive, [n for n in names if n.lower().endswith((".xml", ".rels"))], MAX_XML)
    markup = _converted(source.data)
    text, footnotes = blocks.from_html(markup)
    if not text:
        raise InputRefused(said("the document holds no text"))
    properties = blocks.core_properties(read_member(archive, "docProps/core.xml", MIB), _CORE)
    notes = _left_out(archive)
    if footnotes:
        notes.insert(0, said("{count} footnote(s) and endnote(s) after the text", count=footnotes))
    draft = ArticleDraft(
        title=one_line_label(properties.get("title", ""), 200)
        or Path(source.name).stem
        or source.name,
        text=text,
        source=source.name,
        authors=blocks.authors(properties.get("creator", "")),
        published_at=blocks.date(properties.get("created", "")),
    )
    return MaterialRead([draft], notes)


def _converted(data: bytes) -> str:
    import mammoth

    # Images are not read: an <img> without its bytes (mammoth would inline each as base64).
    no_images = mammoth.images.img_element(lambda image: {})
    try:
        result = mammoth.convert_to_html(io.BytesIO(data), convert_image=no_images)
    except Exception as error:  # a hostile file: mammoth raises what its parser met
        raise InputRefused(
            said("the document cannot be read: {reason}", reason=blocks.reason(error))
        ) from None
    return str(result.value)


def _left_out(archive: ZipFile) -> list[str]:
    """Report notes: the comments and tracked deletions the text leaves out."""
    notes: list[str] = []
    comments = blocks.count_elements(
        read_member(archive, "word/comments.xml", MAX_XML), f"{_W}comment"
    )
    deletions = sum(
        blocks.count_elements(read_member(archive, part, MAX_XML), f"{_W}del")
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
    )
    if comments:
        notes.append(said("{count} comment(s) left out", count=comments))
    if deletions:
        notes.append(said("{count} tracked deletion(s) left out", count=deletions))
    return notes
