"""Office documents (Word, OpenDocument) written as an article's text: the blocks of the
body (paragraphs and headings, a list item per line, a table row per line with its cells
between " | "), then the notes, each after its mark. Also what both kinds read from their
package's XML: properties, counts of what is left out, dates and authors.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterable, Mapping
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.domain.timestamps import normalize_date_or_timestamp
from annotator.services.importing.material.reading import TextBuilder, without_controls

CELL_SEPARATOR = " | "
BULLET = "•"
_LISTS = ("ul", "ol")
_PARAGRAPHS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th")
_NOTE_ID = re.compile(r"^(footnote|endnote)-")


def joined(body: Iterable[str], notes: Iterable[str]) -> str:
    """The body's blocks with a blank line between them, then the notes, one per line."""
    builder = TextBuilder("\n\n")
    for block in body:
        builder.add(without_controls(block))
    notes_text = "\n".join(
        " ".join(line.split()) for line in map(without_controls, notes) if line.strip()
    )
    builder.add(notes_text)
    return builder.text


def from_html(markup: str) -> tuple[str, int]:
    """mammoth's HTML as the article's text, and how many notes follow the body."""
    from lxml import html

    if not markup.strip():
        return "", 0
    root = html.fragment_fromstring(markup, create_parent="div")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    marks = {a.get("id"): a.text_content() for a in root.iter("a") if a.get("id")}
    body: list[str] = []
    notes: list[str] = []
    for element in root:
        items = [li for li in element if li.tag == "li"] if element.tag == "ol" else []
        if items and all(_NOTE_ID.match(li.get("id") or "") for li in items):
            notes.extend(_note(li, marks) for li in items)
        else:
            body.append(_block(element))
    return joined(body, notes), len(notes)


def _block(element: Any) -> str:
    if element.tag in _LISTS:
        return "\n".join(_list_lines(element, 0))
    if element.tag == "table":
        return "\n".join(_rows(element))
    return str(element.text_content())


def _list_lines(element: Any, depth: int) -> list[str]:
    lines: list[str] = []
    number = 0
    for item in element:
        if item.tag != "li":
            continue
        number += 1
        own = copy.deepcopy(item)
        nested = [child for child in own if child.tag in _LISTS]
        for child in nested:
            own.remove(child)
        marker = f"{number}." if element.tag == "ol" else BULLET
        text = _flat_text(own)
        lines.append("  " * depth + f"{marker} {text}".rstrip())
        for child in item:
            if child.tag in _LISTS:
                lines.extend(_list_lines(child, depth + 1))
    return lines


def _rows(table: Any) -> list[str]:
    rows = []
    for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
        cells = [_flat_text(cell) for cell in row.xpath("./td | ./th")]
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells))
    return rows


def _flat_text(element: Any) -> str:
    """An element's text on one line: its paragraphs (a cell's, a list item's) with a space
    between them."""
    for inner in element.iter(_PARAGRAPHS):
        inner.tail = " " + (inner.tail or "")
    return " ".join(element.text_content().split())


def _note(item: Any, marks: Mapping[str | None, str]) -> str:
    for back in item.xpath(".//a[starts-with(@href, '#')]"):
        target = (back.get("href") or "")[1:]
        if target in marks and back.getparent() is not None:
            back.drop_tree()
    mark = marks.get(_reference_id(item.get("id") or "")) or ""
    return f"{mark} {item.text_content()}".strip()


def _reference_id(note_id: str) -> str:
    """mammoth marks the reference to note ``footnote-3`` with the id ``footnote-ref-3``."""
    kind, _, number = note_id.partition("-")
    return f"{kind}-ref-{number}"


def xml_root(data: bytes | None) -> Any:
    """The XML document ``data`` (None when absent or not XML); no entity is expanded and
    nothing is fetched."""
    from lxml import etree

    if not data:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(data, parser)
    except etree.LxmlError:
        return None


def check_well_formed(data: bytes | None, name: str) -> None:
    """Refuse a part that is not well-formed XML (cut short, say): a library that reads it
    with SAX may stop there silently and leave the rest of the text out."""
    from lxml import etree

    if not data:
        return
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputRefused(
            said(
                "{name} is not well-formed XML (line {line}): {reason}",
                name=name,
                line=error.lineno,
                reason=" ".join(str(error.msg or error).split())[:160],
            )
        ) from None


def count_elements(data: bytes | None, tag: str) -> int:
    """How many ``tag`` elements the XML ``data`` holds (0 when it is absent or broken)."""
    from lxml import etree

    if not data:
        return 0
    count = 0
    try:
        for _ in etree.iterparse(
            io.BytesIO(data), events=("start",), tag=tag, resolve_entities=False, no_network=True
        ):
            count += 1
    except etree.LxmlError:
        pass
    return count


def core_properties(data: bytes | None, fields: Mapping[str, str]) -> dict[str, str]:
    """The text of each of ``fields`` (name → XML tag) found in the properties XML."""
    root = xml_root(data)
    if root is None:
        return {}
    found: dict[str, str] = {}
    for name, tag in fields.items():
        element = next(root.iter(tag), None)
        value = element.text if element is not None else None
        if isinstance(value, str) and value.strip():
            found[name] = " ".join(without_controls(value).split())
    return found


def authors(value: str) -> list[str]:
    """Office programs write several authors with ";" between them."""
    return [name.strip() for name in value.split(";") if name.strip()][:20]


def date(value: str) -> str | None:
    """A W3CDTF date of the properties (``2024-03-01T08:15:00Z``) in canonical form; the day
    alone when it has no zone; None when it is none."""
    value = value.strip()
    for candidate in (value, value[:10]):  # a time without its zone: the day is still known
        try:
            return normalize_date_or_timestamp(candidate)
        except InputRefused:
            continue
    return None


def reason(error: BaseException) -> str:
    """A library's exception as a reason of one line."""
    return " ".join(str(error).split())[:160] or type(error).__name__
