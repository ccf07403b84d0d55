"""OpenDocument text (``.odt``: LibreOffice, Google Docs' download), read with odfpy.

The body is written as Word's is (``blocks.py``): headings and paragraphs as blocks, a list
item per line with its number or bullet (from the list's style), a table row per line, and
the footnotes and endnotes after the body, each after its citation mark. Comments
(``office:annotation``) and the deleted text that tracked changes keep aside are left out and
counted; sections are read through; tables of contents and indexes (generated from the
headings) are left out. Title, author (the initial creator) and creation date come from the
document's metadata.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

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

MAX_INFLATED = 512 * MIB  # odfpy holds every part of the package in memory
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_BLOCKS = {(_TEXT, "p"), (_TEXT, "h")}
_READ_THROUGH = {(_TEXT, "section"), (_TEXT, "soft-page-break"), (_OFFICE, "forms")}
_LEFT_OUT_INLINE = {
    (_OFFICE, "annotation"),
    (_OFFICE, "annotation-end"),
    (_TEXT, "tracked-changes"),
    (_TEXT, "change"),
    (_TEXT, "change-start"),
    (_TEXT, "change-end"),
    ("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "frame"),
}


def recognises(name: str, head: bytes) -> bool:
    """An .odt file is taken as OpenDocument text; one that is not is refused with the reason."""
    return True


def read(source: Source, options: ReadOptions) -> MaterialRead:
    archive = open_zip(source.data, said("an OpenDocument text (.odt)"))
    if "content.xml" not in archive.namelist():
        raise InputRefused(said("not an OpenDocument text (.odt): it has no content.xml"))
    check_inflated(archive, archive.namelist(), MAX_INFLATED)
    blocks.check_well_formed(read_member(archive, "content.xml", MAX_INFLATED), "content.xml")
    document = _loaded(source.data)
    body = getattr(document, "text", None)
    if body is None:
        raise InputRefused(said("not an OpenDocument text: it holds no text body"))
    walker = _Walker(_list_styles(document))
    try:
        walker.body(body)
    except RecursionError:
        raise InputRefused(said("the document is nested too deeply to be read")) from None
    text = blocks.joined(walker.blocks, walker.notes)
    if not text:
        raise InputRefused(said("the document holds no text"))
    meta = _meta(document)
    notes: list[str] = []
    if walker.notes:
        notes.append(
            said("{count} footnote(s) and endnote(s) after the text", count=len(walker.notes))
        )
    if walker.comments:
        notes.append(said("{count} comment(s) left out", count=walker.comments))
    if walker.deletions:
        notes.append(said("{count} tracked deletion(s) left out", count=walker.deletions))
    draft = ArticleDraft(
        title=one_line_label(meta.get("title", ""), 200) or Path(source.name).stem or source.name,
        text=text,
        source=source.name,
        authors=blocks.authors(meta.get("initial-creator") or meta.get("creator") or ""),
        published_at=blocks.date(meta.get("creation-date", "")),
        language=meta.get("language", "und"),
    )
    return MaterialRead([draft], notes)


def _loaded(data: bytes) -> Any:
    from odf.element import Element
    from odf.namespaces import nsdict
    from odf.opendocument import load

    # odfpy gives every namespace it meets a prefix in two global tables (and declares them
    # all in every document it writes): a file's odd namespace (an empty one) would spoil
    # them for every document read or written afterwards in this process.
    known, declared = dict(nsdict), dict(Element.namespaces)
    try:
        # odfpy prints the whole XML it failed to parse: the refusal says why, in one line.
        with contextlib.redirect_stdout(io.StringIO()):
            return load(io.BytesIO(data))
    except Exception as error:  # a hostile file: odfpy raises what its parser met
        raise InputRefused(
            said("the document cannot be read: {reason}", reason=blocks.reason(error))
        ) from None
    finally:
        nsdict.clear()
        nsdict.update(known)
        Element.namespaces.clear()
        Element.namespaces.update(declared)


def _meta(document: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in getattr(document.meta, "childNodes", []):
        if getattr(node, "nodeType", 0) == 1 and node.qname[0] in (_DC, _META):
            value = " ".join(_plain(node).split())
            if value:
                found.setdefault(node.qname[1], value)
    language = found.get("language", "")
    if not (2 <= len(language.split("-")[0]) <= 3 and language.replace("-", "").isalnum()):
        found.pop("language", None)
    return found


def _plain(node: Any) -> str:
    if node.nodeType == 3:
        return str(node.data)
    return "".join(_plain(child) for child in node.childNodes)


class _Walker:
    """The body's blocks and notes, and what was left out, found by walking its elements."""

    def __init__(self, list_styles: dict[tuple[str, int], tuple[str, str, str, str]]) -> None:
        self.blocks: list[str] = []
        self.notes: list[str] = []
        self.comments = 0
        self.deletions = 0
        self._list_styles = list_styles

    def body(self, element: Any) -> None:
        for child in element.childNodes:
            if child.nodeType != 1:
                continue
            name = child.qname
            if name in _BLOCKS:
                self.blocks.append(self.inline(child))
            elif name == (_TEXT, "list"):
                self.blocks.append("\n".join(self.list_lines(child, 0, None)))
            elif name == (_TABLE, "table"):
                self.blocks.append("\n".join(self.rows(child)))
            elif name == (_TEXT, "tracked-changes"):
                self.deletions += sum(
                    1
                    for region in child.childNodes
                    if region.nodeType == 1
                    and any(
                        c.nodeType == 1 and c.qname == (_TEXT, "deletion")
                        for c in region.childNodes
                    )
                )
            elif name in _READ_THROUGH:
                self.body(child)

    def inline(self, element: Any) -> str:
        parts: list[str] = []
        for child in element.childNodes:
            if child.nodeType == 3:
                parts.append(str(child.data))
                continue
            if child.nodeType != 1:
                continue
            name = child.qname
            if name == (_TEXT, "s"):
                parts.append(" " * _count(child.getAttrNS(_TEXT, "c")))
            elif name == (_TEXT, "tab"):
                parts.append("\t")
            elif name == (_TEXT, "line-break"):
                parts.append("\n")
            elif name == (_TEXT, "note"):
                parts.append(self.note(child))
            elif name == (_OFFICE, "annotation"):
                self.comments += 1
            elif name not in _LEFT_OUT_INLINE:
                parts.append(self.inline(child))
        return "".join(parts)

    def note(self, element: Any) -> str:
        mark = ""
        for child in element.childNodes:
            if child.nodeType == 1 and child.qname == (_TEXT, "note-citation"):
                mark = f"[{' '.join(_plain(child).split())}]"
            elif child.nodeType == 1 and child.qname == (_TEXT, "note-body"):
                inner = _Walker(self._list_styles)
                inner.body(child)
                self.comments += inner.comments
                self.notes.append(f"{mark} {' '.join(' '.join(inner.blocks).split())}")
        return mark

    def list_lines(self, element: Any, depth: int, style: str | None) -> list[str]:
        style = element.getAttrNS(_TEXT, "style-name") or style
        number = 0
        lines: list[str] = []
        for item in element.childNodes:
            if item.nodeType != 1 or item.qname not in (
                (_TEXT, "list-item"),
                (_TEXT, "list-header"),
            ):
                continue
            own: list[str] = []
            nested: list[str] = []
            for child in item.childNodes:
                if child.nodeType != 1:
                    continue
                if child.qname == (_TEXT, "list"):
                    nested.extend(self.list_lines(child, depth + 1, style))
                elif child.qname in _BLOCKS:
                    own.append(self.inline(child))
            if item.qname == (_TEXT, "list-item"):
                number += 1
            text = " ".join(" ".join(own).split())
            if text:
                marker = self._marker(style, depth, number)
                lines.append("  " * depth + f"{marker} {text}".strip())
            lines.extend(nested)
        return lines

    def rows(self, table: Any) -> list[str]:
        rows: list[str] = []
        for child in table.childNodes:
            if child.nodeType != 1:
                continue
            if child.qname == (_TABLE, "table-row"):
                cells = [
                    " ".join(self.cell(cell).split())
                    for cell in child.childNodes
                    if cell.nodeType == 1 and cell.qname == (_TABLE, "table-cell")
                ]
                while cells and not cells[-1]:
                    cells.pop()  # a spreadsheet-like row's repeated empty cells
                if cells:
                    rows.append(blocks.CELL_SEPARATOR.join(cells))
            elif child.qname in ((_TABLE, "table-header-rows"), (_TABLE, "table-rows")):
                rows.extend(self.rows(child))
        return rows

    def cell(self, cell: Any) -> str:
        parts: list[str] = []
        for child in cell.childNodes:
            if child.nodeType == 1 and child.qname in _BLOCKS:
                parts.append(self.inline(child))
            elif child.nodeType == 1 and child.qname == (_TEXT, "list"):
                parts.extend(self.list_lines(child, 0, None))
            elif child.nodeType == 1 and child.qname == (_TABLE, "table"):
                parts.extend(self.rows(child))
        return " ".join(parts)

    def _marker(self, style: str | None, depth: int, number: int) -> str:
        level = self._list_styles.get((style or "", depth + 1))
        if level is None:
            return blocks.BULLET
        kind, format_, prefix, suffix = level
        if kind == "bullet":
            return blocks.BULLET
        return f"{prefix}{_numeral(number, format_)}{suffix}"


def _list_styles(document: Any) -> dict[tuple[str, int], tuple[str, str, str, str]]:
    """Each list style's levels: (style name, level) → (kind, num-format, prefix, suffix)."""
    found: dict[tuple[str, int], tuple[str, str, str, str]] = {}
    for styles in (getattr(document, "styles", None), getattr(document, "automaticstyles", None)):
        for list_style in getattr(styles, "childNodes", []):
            if list_style.nodeType != 1 or list_style.qname != (_TEXT, "list-style"):
                continue
            name = list_style.getAttrNS(_STYLE, "name") or ""
            for level in list_style.childNodes:
                if level.nodeType != 1 or level.qname[0] != _TEXT:
                    continue
                kind = {
                    "list-level-style-number": "number",
                    "list-level-style-bullet": "bullet",
                }.get(level.qname[1], "bullet")
                found[(name, _count(level.getAttrNS(_TEXT, "level")))] = (
                    kind,
                    level.getAttrNS(_STYLE, "num-format") or "1",
                    level.getAttrNS(_STYLE, "num-prefix") or "",
                    level.getAttrNS(_STYLE, "num-suffix") or "",
                )
    return found


def _count(value: object) -> int:
    try:
        return max(1, min(int(str(value)), 1000))
    except ValueError:
        return 1


def _numeral(number: int, format_: str) -> str:
    """``number`` written as the list style says: 1, a, A, i, I."""
    if format_ in ("a", "A"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if format_ == "A" else letters
    if format_ in ("i", "I"):
        roman = ""
        for value, numeral in (
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ):  # fmt: skip
            count, number = divmod(number, value)
            roman += numeral * count
        return roman.upper() if format_ == "I" else roman
    return str(number)
