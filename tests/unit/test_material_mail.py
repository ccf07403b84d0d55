"""E-mail read as a fact-checker reads it: the decoded Subject, the sender, the date and the
text in any charset; a forwarded message in its place; attachments that are material or text
imported as articles of their own and named, the others listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.sources.passages import cited_span
from annotator.domain.text import canonicalize
from annotator.services.importing.material import registry
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from tests import material_files as files
from tests import material_mail_and_web as mail_web

MAIL = registry.BY_NAME["mail"]


def read(name: str, data: bytes, path: Path | None = None) -> MaterialRead:
    return registry.read_source(Source(name, data, path), MAIL, ReadOptions())


def test_a_koi8_r_message_with_attachments_gives_its_text_and_theirs() -> None:
    note = "Примітка до листа: перевірити цифри в заяві.".encode("cp1251")
    data = mail_web.koi8_mail(
        [
            ("заява.pdf", "application/pdf", files.statement_pdf()),
            ("photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 a photo"),
            ("note.txt", "text/plain", note),
            ("звіт.docx", "application/octet-stream", b"PK\x03\x04 not really a document"),
        ]
    )
    result = read("letter.eml", data)
    message, statement, text = result.drafts
    assert message.title == mail_web.KOI8_SUBJECT
    assert message.authors == ["Елена Коваль <elena@example.org>"]
    assert message.published_at == "2024-03-01T08:15:30Z"
    assert message.text == mail_web.KOI8_BODY.strip()
    assert message.part == "" and message.passages == []
    # The attached PDF is an article of its own, its pages kept.
    assert statement.part == "заява.pdf" and statement.title == "Заява про ціни"
    start = statement.text.index("Цитата.")
    assert cited_span(statement.passages, start, start + 7) == "p. 7"
    assert text.part == "note.txt" and text.text == note.decode("cp1251")
    assert result.notes[:2] == [
        "attachment заява.pdf imported (7 page(s))",
        "attachment photo.jpg not imported",
    ]
    assert result.notes[2] == "attachment note.txt imported"
    assert result.notes[3].startswith("attachment звіт.docx not imported: not a Word document")
    for draft in result.drafts:
        assert canonicalize(draft.text) == draft.text


def test_a_forwarded_message_follows_in_order_each_message_a_passage() -> None:
    (draft,) = read("fwd.eml", mail_web.forwarding_mail()).drafts
    assert draft.title == "Fwd: Офіційна заява"
    assert draft.authors == ["Петро <petro@example.org>"]
    # The HTML part (windows-1251) through the web page extraction, then the forward.
    assert draft.text.startswith("Колеги, дивіться нижче — чи правда, що втрат немає?")
    forward = draft.text.index("---------- Forwarded message ----------")
    assert draft.text[forward:] == (
        "---------- Forwarded message ----------\n"
        "From: Прес-служба <press@mfa.example>\n"
        "Date: Thu, 29 Feb 2024 18:00:00 +0000\n"
        "Subject: Офіційна заява\n\n"
        "Офіційна заява: жодних втрат немає."
    )
    assert [(p.start, p.kind, p.label) for p in draft.passages] == [
        (0, "message", "Петро · 2024-03-01"),
        (forward, "message", "Прес-служба · 2024-02-29"),
    ]
    quote = "жодних втрат немає"
    start = draft.text.index(quote)
    assert cited_span(draft.passages, start, start + len(quote)) == (
        "message Прес-служба · 2024-02-29"
    )


def test_a_mailbox_is_one_article_per_message(tmp_path: Path) -> None:
    box = mail_web.mbox(tmp_path / "inbox.mbox", [mail_web.koi8_mail(), mail_web.forwarding_mail()])
    result = read(box.name, box.read_bytes(), box)
    first, second = result.drafts
    assert (first.part, first.title) == ("message 1", mail_web.KOI8_SUBJECT)
    assert (second.part, second.title) == ("message 2", "Fwd: Офіційна заява")
    assert result.notes[0] == "2 message(s)"


def test_flankers_bilingual_sample_decodes_its_subject_and_body() -> None:
    (draft,) = read("bilingual.eml", mail_web.BILINGUAL_EML.read_bytes()).drafts
    assert draft.title == "Simple text. How are you? Как ты поживаешь?"
    assert draft.text == "This line is in English\nА эта линия по-русски."
    assert draft.authors == ["Hello <hello@example.com>"]
    assert draft.published_at == "2010-02-07T22:02:38Z"


def test_a_wrong_or_missing_charset_is_detected() -> None:
    body = "Доброго дня! Ціни зросли на 40 % з лютого, як заявило міністерство.".encode("cp1251")
    for declared in (b"us-ascii", b"x-unknown", None):
        header = b"Content-Type: text/plain" + (b"; charset=" + declared if declared else b"")
        data = b"From: a@example.org\nSubject: Test\n" + header + b"\n\n" + body + b"\n"
        (draft,) = read("a.eml", data).drafts
        assert draft.text == body.decode("cp1251"), declared


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.eml", b"just a line of text\n", "not an e-mail message"),
        ("a.mbox", b"Subject: x\n\nno From line\n", "not an mbox mailbox"),
        (
            "a.eml",
            b"From: a@example.org\nSubject: x\nContent-Type: image/png\n\n\x89PNG",
            "no text",
        ),
    ],
)
def test_what_is_no_mail_is_refused_with_the_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused) as refused:
        read(name, data)
    assert reason in str(refused.value) and "\n" not in str(refused.value)


def test_an_attached_message_file_of_attachments_is_read_within_bounds() -> None:
    # A message attached as a file (.eml) to a message, to a message … : read a few deep.
    data = mail_web.koi8_mail()
    for level in range(6):
        data = mail_web.koi8_mail([(f"level{level}.eml", "application/octet-stream", data)])
    result = read("deep.eml", data)
    assert len(result.drafts) == 1 + registry.MAX_NESTING
    assert any("not imported" in note for note in result.notes)
