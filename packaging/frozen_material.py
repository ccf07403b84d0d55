"""The frozen build's check of material: one file of each kind imported by the frozen program
and by the source program, their exports compared (texts, provenance, passages). A reader
whose library the bundle lacks fails here, not on a user's machine.

Each kind of material adds one file to ``files`` below.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests import material_files as documents
from tests import material_mail_and_web as mail_web
from tests import material_samples as samples


def files(folder: Path) -> list[Path]:
    """One file of each kind, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    telegram = folder / "result.json"
    shutil.copyfile(samples.TG2MD, telegram)
    (html_page, _) = samples.write_html_export(folder / "html")
    srt = folder / "interview.srt"
    srt.write_bytes(samples.SRT_CP1252)
    vtt = folder / "captions.vtt"
    shutil.copyfile(samples.YOUTUBE_VTT, vtt)
    # AES-256 with an empty password: the bundle's pycryptodome decrypts it.
    pdf = folder / "statement.pdf"
    pdf.write_bytes(documents.encrypted(documents.statement_pdf(), "", "AES-256"))
    docx = documents.docx_statement(folder / "report.docx")
    odt = documents.odt_statement(folder / "report.odt")
    # koi8-r, with an attachment that is a PDF of its own.
    mail = folder / "letter.eml"
    attached = documents.pdf(["Attached statement", "Page two"])
    mail.write_bytes(mail_web.koi8_mail([("attached.pdf", "application/pdf", attached)]))
    mbox = mail_web.mbox(folder / "inbox.mbox", [mail_web.forwarding_mail()])
    warc = mail_web.warc(folder / "crawl.warc.gz")
    wacz = folder / "collection.wacz"
    shutil.copyfile(mail_web.EXAMPLE_WACZ, wacz)
    return [telegram, html_page, srt, vtt, pdf, docx, odt, mail, mbox, warc, wacz]


def check(checks: Any) -> None:
    """``checks``: frozen_checks.Checks (``run`` and ``check``)."""
    inputs = files(checks.work / "material")
    exported: dict[str, list[dict[str, Any]]] = {}
    for which in ("source", "frozen"):
        db = checks.work / f"material-{which}.sqlite3"
        imported = checks.run(which, "import", *inputs, "--db", db, "--telegram-channel", "tg_test")
        checks.check(f"{which}: material imported", imported.code == 0, imported.err.strip())
        out = checks.work / f"material-{which}.json"
        checks.run(which, "export", "-o", out, "--db", db)
        articles = json.loads(out.read_text(encoding="utf-8"))["articles"]
        exported[which] = sorted(
            (
                {key: a.get(key) for key in ("text", "source", "url", "publisher", "passages")}
                for a in articles
            ),
            key=lambda a: (a["source"], a["text"]),
        )
    # An e-mail's attachment and a mailbox's messages are stored as "file › part".
    sources = {a["source"].split(" › ")[0] for a in exported["frozen"]}
    checks.check(
        "frozen: one file of each kind of material read",
        sources == {p.name for p in inputs},
        ", ".join(sorted(sources)),
    )
    checks.check(
        "frozen: material reads as in the source program",
        exported["frozen"] == exported["source"],
    )
