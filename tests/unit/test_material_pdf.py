"""PDF read as its text layer, page by page, each page's start kept so a span is cited as
"p. 7"; encrypted, scanned and broken files refused with the reason (or opened with the
password)."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.sources.passages import check_passages, cited_span
from annotator.domain.text import canonicalize
from annotator.services.importing.material import pdf, registry
from annotator.services.importing.material.reading import (
    MaterialRead,
    PasswordNeeded,
    ReadOptions,
    Source,
)
from tests import material_files as files


def read(data: bytes, password: str | None = None, name: str = "statement.pdf") -> MaterialRead:
    return pdf.read(Source(name, data), ReadOptions(password=password))


def where(draft_text: str, passages: list, quote: str) -> str:  # type: ignore[type-arg]
    start = draft_text.index(quote)
    return cited_span(passages, start, start + len(quote))


def test_a_several_page_pdf_keeps_each_page_start_and_its_metadata() -> None:
    result = read(files.statement_pdf())
    (draft,) = result.drafts
    assert draft.text.startswith(
        "Заява Міністерства\nМіністерство заявило, що ціни зросли на 40 %.\n\n"
        "Друга сторінка\n«Ніхто не постраждав», — сказав мер."
    )
    assert [p.label for p in draft.passages] == ["1", "2", "3", "4", "5", "6", "7"]
    assert {p.kind for p in draft.passages} == {"page"}
    assert where(draft.text, draft.passages, "Цитата.") == "p. 7"
    assert where(draft.text, draft.passages, "«Ніхто не постраждав»") == "p. 2"
    # A span across a page break cites both pages.
    assert where(draft.text, draft.passages, "40 %.\n\nДруга") == "pp. 1–2"
    # "(p. 3)" in the text is text: the passage of page 3 starts at its own first line.
    third = draft.passages[2].start
    assert draft.text[third:].startswith("Third page\nThe report (p. 3) ends here.")
    assert draft.title == "Заява про ціни"
    assert draft.authors == ["Прес-служба МЗС", "Олена Коваль"]
    assert draft.published_at == "2024-03-01T08:15:30Z"  # D:20240301101530+02'00' in UTC
    assert result.notes == ["7 page(s)"]
    assert canonicalize(draft.text) == draft.text
    check_passages(draft.passages, len(draft.text))


def test_every_page_passage_starts_where_its_page_text_does() -> None:
    (draft,) = read(files.statement_pdf()).drafts
    for passage, page_text in zip(draft.passages, files.STATEMENT_PAGES, strict=False):
        assert draft.text[passage.start :].startswith(page_text)
        assert passage.start == 0 or draft.text[passage.start - 2 : passage.start] == "\n\n"


def test_pypdfs_own_sample_reads_its_languages_in_logical_order() -> None:
    (draft,) = read(files.HELLO_PDF.read_bytes(), name="hello-world.pdf").drafts
    for line in ("Hello World", "Привет, мир", "مرحبا بالعالم", "你好世界", "こんにちは世界"):
        assert line in draft.text.split("\n")
    assert draft.title == "hello-world"  # its metadata has no title
    assert draft.published_at == "2022-06-06T12:39:33Z"


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_an_empty_user_password_opens_as_it_is(algorithm: str) -> None:
    locked = files.encrypted(files.statement_pdf(), "", algorithm)
    (plain,) = read(files.statement_pdf()).drafts
    (draft,) = read(locked).drafts
    assert draft.text == plain.text and draft.passages == plain.passages
    assert draft.title == "Заява про ціни"


def test_a_password_pdf_is_refused_naming_the_password_or_opened_with_it() -> None:
    locked = files.encrypted(files.statement_pdf(), "секрет", "AES-256")
    with pytest.raises(PasswordNeeded) as refused:
        read(locked)
    assert str(refused.value) == (
        "encrypted with a password: give it with --password (the window asks for it)"
    )
    with pytest.raises(PasswordNeeded) as wrong:
        read(locked, password="guess")
    assert "the password given does not open it" in str(wrong.value)
    (draft,) = read(locked, password="секрет").drafts
    assert draft.text.endswith("Сьома сторінка\nЦитата.")


def test_a_scan_without_a_text_layer_is_refused_with_the_advice_to_run_ocr() -> None:
    with pytest.raises(InputRefused) as refused:
        read(files.pdf(["a", "b"], scanned={1, 2}))
    message = str(refused.value)
    assert message.startswith("it has no text layer (a scanned document?)")
    assert "ocrmypdf" in message and "\n" not in message


def test_scanned_pages_among_text_pages_are_left_out_and_counted() -> None:
    result = read(files.pdf(["One.", "Two.", "Three.", "Four.", "Five."], scanned={2, 3, 4}))
    (draft,) = result.drafts
    assert draft.text == "One.\n\nFive."
    assert [p.label for p in draft.passages] == ["1", "5"]
    assert result.notes[0] == "5 page(s)"
    assert result.notes[1].startswith("3 page(s) without text left out (2–4)")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Not a PDF at all, only text.\n", "not a PDF file"),
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "not a readable PDF"),
        (b"%PDF-1.4\n" + b"\x00\xff" * 300, "not a readable PDF"),
    ],
)
def test_a_malformed_file_is_refused_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused) as refused:
        read(data)
    assert str(refused.value).startswith(reason)
    assert "\n" not in str(refused.value)


def test_a_broken_page_is_refused_naming_the_page() -> None:
    data = files.statement_pdf()
    # Page 3's content stream (object 10) claims a filter the standard does not define.
    at = data.index(b"10 0 obj\n<< /Length")
    broken = data[:at] + data[at:].replace(b">>", b"/Filter /Undefined >>", 1)
    with pytest.raises(InputRefused) as refused:
        read(broken)
    assert str(refused.value) == "page 3 cannot be read: Unsupported filter /Undefined"


def test_a_pdf_is_recognised_by_its_content_when_its_name_says_nothing() -> None:
    kind = registry.kind_of_content("document", files.statement_pdf())
    assert kind is registry.BY_NAME["pdf"]
    assert registry.kind_of_content("notes", b"Just some text") is None
