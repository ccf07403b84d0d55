"""Documents made for the material tests, each from its format's specification or with the
format's own library: PDF (written by hand after ISO 32000-1 §7.5, encrypted with pypdf),
Word (python-docx, with the footnotes part and tracked changes added as ECMA-376 lays them
out) and OpenDocument text (odfpy). E-mail and web archives: tests/material_mail_and_web.py.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

REAL = Path(__file__).parent / "data" / "material"
HELLO_PDF = REAL / "pypdf__hello-world.pdf"
FOOTNOTES_DOCX = REAL / "mammoth__footnotes.docx"
SHARED = Path("/work/shared/data/material-samples")  # real samples; tests skip without them

# --- PDF ------------------------------------------------------------------------------------

# Cyrillic through a ToUnicode CMap (§9.10.3): one byte per letter, so extraction gives
# Unicode whatever glyphs a viewer draws.
_CYRILLIC = "абвгдеєжзиіїйклмнопрстуфхцчшщьюяАБВГДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯґҐ’«»—…№"
_CODES = {ch: 0x80 + i for i, ch in enumerate(_CYRILLIC)}


def _pdf_string(line: str) -> bytes:
    out = bytearray(b"(")
    for ch in line:
        if ch in _CODES:
            out += b"\\%03o" % _CODES[ch]
        elif ch in "()\\":
            out += b"\\" + ch.encode()
        else:
            out += ch.encode("ascii")
    return bytes(out + b")")


def _to_unicode() -> bytes:
    pairs = "\n".join(f"<{code:02X}> <{ord(ch):04X}>" for ch, code in _CODES.items())
    ascii_range = "<20> <7E> <0020>"
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"1 beginbfrange {ascii_range} endbfrange\n"
        f"{len(_CODES)} beginbfchar\n{pairs}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")


def pdf(
    pages: list[str], info: dict[str, str] | None = None, scanned: set[int] = frozenset()
) -> bytes:  # type: ignore[assignment]
    """A PDF with one page per text (its lines drawn top down in Helvetica); pages whose
    number is in ``scanned`` draw an image and no text, as a scanner's do."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)

    catalog = add(b"")  # filled in once the pages are known
    tree = add(b"")
    cmap = add(stream(_to_unicode()))
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode %d 0 R >>" % cmap)
    image = add(
        stream(
            b"\x80" * 16,
            b"/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 ",
        )
    )
    kids = []
    for number, text in enumerate(pages, start=1):
        if number in scanned:
            content = b"q 400 0 0 600 100 100 cm /Im1 Do Q"
        else:
            lines = [
                b"BT /F1 11 Tf 72 %d Td %s Tj ET" % (760 - 16 * i, _pdf_string(line))
                for i, line in enumerate(text.split("\n"))
            ]
            content = b"\n".join(lines)
        contents = add(stream(content))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                % (tree, contents, font, image)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    trailer_info = b""
    if info:
        # Text strings of the document information: UTF-16BE with its BOM (§7.9.2.2).
        entries = b" ".join(
            b"/%s <FEFF%s>" % (key.encode(), value.encode("utf-16-be").hex().upper().encode())
            for key, value in info.items()
        )
        trailer_info = b" /Info %d 0 R" % add(b"<< " + entries + b" >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        trailer_info,
        xref,
    )
    return bytes(out)


def encrypted(data: bytes, user_password: str, algorithm: str = "AES-128") -> bytes:
    """``data`` encrypted by pypdf: with an empty user password it opens for anyone (only its
    permissions are restricted), with another it needs that password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


STATEMENT_PAGES = [
    "Заява Міністерства\nМіністерство заявило, що ціни зросли на 40 %.",
    "Друга сторінка\n«Ніхто не постраждав», — сказав мер.",
    "Third page\nThe report (p. 3) ends here.",
]
STATEMENT_INFO = {
    "Title": "Заява про ціни",
    "Author": "Прес-служба МЗС; Олена Коваль",
    "CreationDate": "D:20240301101530+02'00'",
}


def statement_pdf() -> bytes:
    """Seven pages, the seventh holding the claim cited in the tests as "p. 7"."""
    pages = [*STATEMENT_PAGES, "Page four", "Page five", "Page six", "Сьома сторінка\nЦитата."]
    return pdf(pages, STATEMENT_INFO)


# --- Word and OpenDocument --------------------------------------------------------------------

# What Office writes for a document saved with a password: an OLE compound file's header.
OLE_SIGNATURE_SAMPLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

_FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
    "Дані Держстату за лютий.</w:t></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)
_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_statement(path: Path) -> Path:
    """A Word document with a heading, a numbered and a bulleted list, a table, a footnote,
    a comment, a tracked insertion and a tracked deletion; title and author set."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.core_properties.title = "Звіт про ціни"
    document.core_properties.author = "Олена Коваль"
    document.core_properties.created = datetime(2024, 3, 1, 8, 15, 30, tzinfo=UTC)
    document.add_heading("Ціни на хліб", level=1)
    paragraph = document.add_paragraph("Ціни зросли на 40 %")
    paragraph._p.append(
        parse_xml(f'<w:r {_W_NS}><w:footnoteReference w:id="1"/></w:r>')  # the mark [1]
    )
    paragraph.add_run(".")
    document.add_paragraph("Перший пункт", style="List Number")
    document.add_paragraph("Другий пункт", style="List Number")
    document.add_paragraph("Окремо", style="List Bullet")
    changed = document.add_paragraph("Мер сказав: ")
    changed._p.append(
        parse_xml(
            f'<w:del {_W_NS} w:id="91" w:author="Редактор" w:date="2024-03-01T10:00:00Z">'
            "<w:r><w:delText>усі загинули</w:delText></w:r></w:del>"
        )
    )
    changed._p.append(
        parse_xml(
            f'<w:ins {_W_NS} w:id="92" w:author="Редактор" w:date="2024-03-01T10:00:00Z">'
            "<w:r><w:t>ніхто не постраждав</w:t></w:r></w:ins>"
        )
    )
    commented = changed.add_run(".")
    document.add_comment([commented], text="Перевірити з мером", author="Петро")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(
        table.rows,
        (("Місто", "Січень", "Лютий"), ("Київ", "30", "42"), ("Львів", "28", "39")),
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Кінець звіту.")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _FOOTNOTES_XML.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.save(str(path))
    return path


DOCX_TEXT = (
    "Ціни на хліб\n\n"
    "Ціни зросли на 40 %[1].\n\n"
    "1. Перший пункт\n2. Другий пункт\n\n"
    "• Окремо\n\n"
    "Мер сказав: ніхто не постраждав.\n\n"
    "Місто | Січень | Лютий\nКиїв | 30 | 42\nЛьвів | 28 | 39\n\n"
    "Кінець звіту.\n\n"
    "[1] Дані Держстату за лютий."
)


def odt_statement(path: Path) -> Path:
    """An OpenDocument text with a heading, a numbered list (its style says "1."), a bullet
    list, a table, a footnote, a comment and a tracked deletion; title, creator, date."""
    from odf import dc, meta, office, table, text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text="Звіт про ціни"))
    document.meta.addElement(meta.InitialCreator(text="Олена Коваль"))
    document.meta.addElement(dc.Creator(text="Петро"))
    document.meta.addElement(meta.CreationDate(text="2024-03-01T10:15:00"))
    document.meta.addElement(dc.Language(text="uk-UA"))
    numbered = text.ListStyle(name="Numbering")
    numbered.addElement(text.ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    numbered.addElement(text.ListLevelStyleNumber(level=2, numformat="a", numsuffix=")"))
    document.automaticstyles.addElement(numbered)
    bullets = text.ListStyle(name="Bullets")
    bullets.addElement(text.ListLevelStyleBullet(level=1, bulletchar="•"))
    document.automaticstyles.addElement(bullets)

    changes = text.TrackedChanges()
    region = text.ChangedRegion(qattributes={("http://www.w3.org/XML/1998/namespace", "id"): "ct1"})
    deletion = text.Deletion()
    deletion.addElement(office.ChangeInfo())
    deletion.addElement(text.P(text="усі загинули"))
    region.addElement(deletion)
    changes.addElement(region)
    document.text.addElement(changes)
    document.text.addElement(text.H(outlinelevel=1, text="Ціни на хліб"))
    paragraph = text.P(text="Ціни зросли на")
    paragraph.addElement(text.S(c=1))
    paragraph.addText("40 %")
    note = text.Note(id="ftn1", noteclass="footnote")
    note.addElement(text.NoteCitation(text="1"))
    body = text.NoteBody()
    body.addElement(text.P(text="Дані Держстату за лютий."))
    note.addElement(body)
    paragraph.addElement(note)
    paragraph.addText(".")
    document.text.addElement(paragraph)
    items = text.List(stylename="Numbering")
    for words in ("Перший пункт", "Другий пункт"):
        item = text.ListItem()
        item.addElement(text.P(text=words))
        items.addElement(item)
    inner = text.List()
    inner_item = text.ListItem()
    inner_item.addElement(text.P(text="Підпункт"))
    inner.addElement(inner_item)
    item.addElement(inner)
    document.text.addElement(items)
    bulleted = text.List(stylename="Bullets")
    single = text.ListItem()
    single.addElement(text.P(text="Окремо"))
    bulleted.addElement(single)
    document.text.addElement(bulleted)
    said_ = text.P(text="Мер сказав: ")
    said_.addElement(text.Change(changeid="ct1"))
    said_.addText("ніхто не постраждав.")
    comment = office.Annotation()
    comment.addElement(dc.Creator(text="Петро"))
    comment.addElement(text.P(text="Перевірити з мером"))
    said_.addElement(comment)
    document.text.addElement(said_)
    grid = table.Table(name="Ціни")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=3))
    for values in (("Місто", "Січень", "Лютий"), ("Київ", "30", "42"), ("Львів", "28", "39")):
        row = table.TableRow()
        for value in values:
            cell = table.TableCell()
            cell.addElement(text.P(text=value))
            row.addElement(cell)
        grid.addElement(row)
    document.text.addElement(grid)
    document.text.addElement(text.P(text="Кінець звіту."))
    document.save(str(path))
    return path


ODT_TEXT = (
    "Ціни на хліб\n\n"
    "Ціни зросли на 40 %[1].\n\n"
    "1. Перший пункт\n2. Другий пункт\n  a) Підпункт\n\n"
    "• Окремо\n\n"
    "Мер сказав: ніхто не постраждав.\n\n"
    "Місто | Січень | Лютий\nКиїв | 30 | 42\nЛьвів | 28 | 39\n\n"
    "Кінець звіту.\n\n"
    "[1] Дані Держстату за лютий."
)
