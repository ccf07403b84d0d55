"""Documents made for the material tests, each from its format's specification or with the
format's own library: PDF (written by hand after ISO 32000-1 §7.5, encrypted with pypdf),
Word (python-docx, with the footnotes part and tracked changes added as ECMA-376 lays them
out), OpenDocument text (odfpy), e-mail (the standard library's email and mailbox) and web
archives (warcio's WARCWriter; a WACZ zipped as the WACZ 1.1 specification lays it out).
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

REAL = Path(__file__).parent / "data" / "material"
HELLO_PDF = REAL / "pypdf__hello-world.pdf"
FOOTNOTES_DOCX = REAL / "mammoth__footnotes.docx"
EXAMPLE_WARC = REAL / "warcio__example.warc.gz"
EXAMPLE_WACZ = REAL / "py-wacz__valid_example_1.wacz"
BILINGUAL_EML = REAL / "flanker__bilingual-simple.eml"
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


# --- E-mail -----------------------------------------------------------------------------------

KOI8_BODY = (
    "Добрый день!\n\nПересылаю заявление министерства: цены выросли на 40 %.\n"
    "Проверьте, пожалуйста, цифры.\n"
)
KOI8_SUBJECT = "Заявление министерства о ценах"


def koi8_mail(attachments: list[tuple[str, str, bytes]] | None = None) -> bytes:
    """A message in koi8-r, as a Russian mail program of old sends it: the Subject and the
    sender's name in RFC 2047 words of koi8-r, the body quoted-printable; with attachments
    (name, MIME type, bytes)."""
    from email.header import Header

    message = EmailMessage()
    message["From"] = "SENDER-NAME <elena@example.org>"
    message["To"] = "desk@factcheck.example"
    message["Subject"] = "SUBJECT-WORDS"
    message["Date"] = "Fri, 01 Mar 2024 10:15:30 +0200"
    message["Message-ID"] = "<koi8-1@example.org>"
    message.set_content(KOI8_BODY, charset="koi8-r", cte="quoted-printable")
    for name, mime, data in attachments or []:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    raw = bytes(message)
    for placeholder, words in ((b"SENDER-NAME", "Елена Коваль"), (b"SUBJECT-WORDS", KOI8_SUBJECT)):
        raw = raw.replace(placeholder, Header(words, "koi8-r").encode().encode("ascii"), 1)
    assert b"=?koi8-r?" in raw and b'charset="koi8-r"' in raw, raw[:600]
    return raw


def forwarding_mail() -> bytes:
    """A message in windows-1251 with an HTML part only, forwarding a message (as
    message/rfc822) in UTF-8."""
    inner = EmailMessage()
    inner["From"] = "Прес-служба <press@mfa.example>"
    inner["Subject"] = "Офіційна заява"
    inner["Date"] = "Thu, 29 Feb 2024 18:00:00 +0000"
    inner.set_content("Офіційна заява: жодних втрат немає.\n")
    outer = EmailMessage()
    outer["From"] = "Петро <petro@example.org>"
    outer["Subject"] = "Fwd: Офіційна заява"
    outer["Date"] = "Fri, 01 Mar 2024 09:00:00 +0200"
    page = (
        "<html><body><article><p>Колеги, дивіться нижче — чи правда, що втрат немає? "
        "Я перевірив дані двох обласних адміністрацій, і вони не збігаються з тим, "
        "що пише прес-служба. Потрібна ваша думка до вечора.</p></article></body></html>"
    )
    outer.set_content(page, subtype="html", charset="windows-1251")
    outer.add_attachment(inner)
    return bytes(outer)


def mbox(path: Path, messages: list[bytes]) -> Path:
    import mailbox

    box = mailbox.mbox(path)
    try:
        for raw in messages:
            box.add(raw)
        box.flush()
    finally:
        box.close()
    return path


# --- Web archives -----------------------------------------------------------------------------

ARTICLE_HTML = (
    "<!doctype html><html lang='uk'><head><meta charset='utf-8'><title>{title}</title></head>"
    "<body><nav>Головна | Новини</nav><article><h1>{title}</h1>"
    "<p>{body}</p><p>Міністерство заявило, що ціни на хліб зросли на сорок відсотків з "
    "лютого, але обласні дані показують значно менше зростання за той самий час.</p>"
    "</article><footer>© Новини</footer></body></html>"
)


def page(title: str, body: str) -> bytes:
    return ARTICLE_HTML.format(title=title, body=body).encode("utf-8")


def warc(path: Path, *, gzip_records: bool = True) -> Path:
    """A WARC as a crawler writes it: a warcinfo, a page served gzip-compressed and chunked
    (with its request), a revisit of it found identical, an image, a 404 page, a redirect,
    a resource record of a page, and a second page in windows-1251."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)

        def write(record: Any) -> None:
            writer.write_record(record)
            record.raw_stream.close()  # warcio buffered the payload in a temporary file

        def response(
            uri: str, status: str, headers: list[tuple[str, str]], body: bytes, date: str
        ) -> Any:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )
            write(record)
            return record

        write(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        first = page("Ціни на хліб", "Перша новина: ціни зросли.")
        compressed = gzip.compress(first)
        chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(compressed), compressed)
        original = response(
            "https://news.example/bread",
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Encoding", "gzip"),
                ("Transfer-Encoding", "chunked"),
            ],
            chunked,
            "2024-03-01T08:15:30Z",
        )
        request = writer.create_warc_record(
            "https://news.example/bread",
            "request",
            http_headers=StatusAndHeaders(
                "GET /bread HTTP/1.1", [("Host", "news.example")], is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": "2024-03-01T08:15:30Z"},
        )
        write(request)
        revisit = writer.create_revisit_record(
            "https://news.example/bread",
            digest=original.rec_headers.get_header("WARC-Payload-Digest"),
            refers_to_uri="https://news.example/bread",
            refers_to_date="2024-03-01T08:15:30Z",
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            ),
            warc_headers_dict={"WARC-Date": "2024-03-02T09:00:00Z"},
        )
        write(revisit)
        response(
            "https://news.example/photo.jpg",
            "200 OK",
            [("Content-Type", "image/jpeg")],
            b"\xff\xd8\xff\xe0 not really a photo",
            "2024-03-01T08:15:31Z",
        )
        response(
            "https://news.example/missing",
            "404 Not Found",
            [("Content-Type", "text/html")],
            page("Not found", "Сторінку не знайдено."),
            "2024-03-01T08:15:32Z",
        )
        response(
            "https://news.example/old",
            "301 Moved Permanently",
            [("Location", "https://news.example/bread")],
            b"",
            "2024-03-01T08:15:33Z",
        )
        resource = writer.create_warc_record(
            "https://news.example/statement",
            "resource",
            payload=io.BytesIO(page("Заява мера", "Мер заявив, що ніхто не постраждав.")),
            warc_content_type="text/html; charset=utf-8",
            warc_headers_dict={"WARC-Date": "2024-03-01T08:16:00Z"},
        )
        write(resource)
        response(
            "https://news.example/cp1251",
            "200 OK",
            [("Content-Type", "text/html; charset=windows-1251")],
            page("Друга новина", "Текст у кодуванні windows-1251.").decode().encode("cp1251"),
            "2024-03-01T08:17:00Z",
        )
    return path


def wacz(path: Path, warc_path: Path, titles: dict[str, str] | None = None) -> Path:
    """A WACZ: the WARC under archive/, pages/pages.jsonl with the pages' titles, and
    datapackage.json, zipped as the WACZ 1.1 specification lays them out."""
    pages = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
    for url, title in (titles or {}).items():
        pages.append(json.dumps({"url": url, "ts": "2024-03-01T08:15:30Z", "title": title}))
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(warc_path, f"archive/{warc_path.name}", compress_type=zipfile.ZIP_STORED)
        archive.writestr("pages/pages.jsonl", "\n".join(pages) + "\n")
        archive.writestr(
            "datapackage.json",
            json.dumps({"profile": "data-package", "wacz_version": "1.1.1", "resources": []}),
        )
    return path
