"""Word and OpenDocument text read as an article: paragraphs, headings, lists and tables as
text (a table row per line), footnotes and endnotes after the body; comments and tracked
deletions left out and counted; title and author from the properties."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.text import canonicalize
from annotator.services.importing.material import opendocument, registry, word
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from tests import material_files as files


def read_word(path: Path) -> MaterialRead:
    return word.read(Source(path.name, path.read_bytes(), path), ReadOptions())


def read_odt(path: Path) -> MaterialRead:
    return opendocument.read(Source(path.name, path.read_bytes(), path), ReadOptions())


def test_a_docx_with_a_table_and_footnotes_reads_as_the_document_says(tmp_path: Path) -> None:
    result = read_word(files.docx_statement(tmp_path / "звіт.docx"))
    (draft,) = result.drafts
    assert draft.text == files.DOCX_TEXT
    assert draft.title == "Звіт про ціни"
    assert draft.authors == ["Олена Коваль"]
    assert draft.published_at == "2024-03-01T08:15:30Z"
    assert result.notes == [
        "1 footnote(s) and endnote(s) after the text",
        "1 comment(s) left out",
        "1 tracked deletion(s) left out",
    ]
    # The comment's words and the deleted words are nowhere in the text.
    assert "Перевірити" not in draft.text and "загинули" not in draft.text
    assert canonicalize(draft.text) == draft.text


def test_mammoths_own_sample_keeps_its_footnotes_after_the_text() -> None:
    (draft,) = read_word(files.FOOTNOTES_DOCX).drafts
    assert draft.text == "Ouch[1].[2]\n\n[1] A tachyon walks into a bar.\n[2] Fin."
    assert draft.authors == ["Michael Williamson"]
    assert draft.title == "mammoth__footnotes"  # the document has no title of its own


def test_python_docxs_sample_paragraphs() -> None:
    sample = files.SHARED / "docx" / "python-docx__par-known-paragraphs.docx"
    if not sample.exists():
        pytest.skip(f"the shared samples are not here ({sample.parent})")
    (draft,) = read_word(sample).drafts
    assert draft.text == "Heading Paragraph\n\nNormal paragraph"
    assert draft.authors == ["Steve Canny"]


def test_an_odt_reads_as_the_same_document_in_word_does(tmp_path: Path) -> None:
    result = read_odt(files.odt_statement(tmp_path / "звіт.odt"))
    (draft,) = result.drafts
    assert draft.text == files.ODT_TEXT
    assert draft.title == "Звіт про ціни"
    assert draft.authors == ["Олена Коваль"]  # the initial creator, not the last editor
    assert draft.published_at == "2024-03-01"  # the metadata's time has no zone: the day
    assert draft.language == "uk-UA"
    assert result.notes == [
        "1 footnote(s) and endnote(s) after the text",
        "1 comment(s) left out",
        "1 tracked deletion(s) left out",
    ]


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("reader", "data", "reason"),
    [
        (word.read, b"plain text, no zip", "not a Word document (.docx): it is not a ZIP archive"),
        (word.read, b"PK\x03\x04broken", "not a Word document (.docx): a damaged ZIP archive"),
        (word.read, _zip({"x.txt": b"x"}), "it has no word/document.xml"),
        (word.read, files.OLE_SIGNATURE_SAMPLE, "it is encrypted with a password, or an old"),
        (
            word.read,
            _zip({"word/document.xml": b"<w:document"}),
            "the document cannot be read: ",
        ),
        (opendocument.read, _zip({"mimetype": b"x"}), "it has no content.xml"),
        (
            opendocument.read,
            _zip({"content.xml": b"<office:"}),
            "content.xml is not well-formed XML (line 1): ",
        ),
    ],
)
def test_what_is_no_document_is_refused_with_the_reason(reader, data: bytes, reason: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputRefused) as refused:
        reader(Source("a.docx", data), ReadOptions())
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    # A member that declares 300 MiB inflated (a real bomb's declaration; its few bytes
    # are never inflated to find out).
    data = bytearray(_zip({"word/document.xml": b"<w:document/>"}))
    declared = (300 * 1024 * 1024).to_bytes(4, "little")
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 22 : local + 26] = declared
    data[central + 24 : central + 28] = declared
    with pytest.raises(InputRefused) as refused:
        word.read(Source("bomb.docx", bytes(data)), ReadOptions())
    assert "inflate to 300 MiB, more than the 256 MiB" in str(refused.value)


def test_docx_and_odt_are_recognised_by_their_extension(tmp_path: Path) -> None:
    docx_path = files.docx_statement(tmp_path / "a.DOCX")
    odt_path = files.odt_statement(tmp_path / "b.odt")
    assert registry.kind_of(docx_path) is registry.BY_NAME["word"]
    assert registry.kind_of(odt_path) is registry.BY_NAME["opendocument"]


def test_an_odd_namespace_in_one_document_spoils_none_read_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # odfpy keeps the prefixes of the namespaces it meets in global tables: an attribute
    # without a prefix (the empty namespace) once made every document written afterwards in
    # the process undeclare a prefix (xmlns:ns42=""), which no parser reads.
    good = files.odt_statement(tmp_path / "good.odt").read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["content.xml"] = members["content.xml"].replace(b"<text:p>", b'<text:p odd="1">', 1)
    (odd,) = opendocument.read(Source("odd.odt", _zip(members)), ReadOptions()).drafts
    assert odd.text == files.ODT_TEXT
    (draft,) = read_odt(files.odt_statement(tmp_path / "after.odt")).drafts
    assert draft.text == files.ODT_TEXT
    # A file odfpy's parser refuses is refused in one line; odfpy's own print stays unseen.
    members["content.xml"] = members["content.xml"][:-40]
    with pytest.raises(InputRefused):
        opendocument.read(Source("cut.odt", _zip(members)), ReadOptions())
    assert capsys.readouterr().out == ""
