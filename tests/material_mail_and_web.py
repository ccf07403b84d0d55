"""E-mail and web archives made for the material tests, with their formats' own tools: the
standard library's email and mailbox (RFC 5322, 2045–2047, and the mbox layout), warcio's
WARCWriter (WARC 1.1), and a WACZ zipped as the WACZ 1.1 specification lays it out.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from email.message import EmailMessage
from pathlib import Path
from typing import Any

REAL = Path(__file__).parent / "data" / "material"
EXAMPLE_WARC = REAL / "warcio__example.warc.gz"
EXAMPLE_WACZ = REAL / "py-wacz__valid_example_1.wacz"
BILINGUAL_EML = REAL / "flanker__bilingual-simple.eml"


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
