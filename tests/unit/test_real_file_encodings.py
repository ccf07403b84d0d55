"""Real files: binary junk refused with the reason, legacy encodings read by the language of
the result, doubtful guesses named in the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.services.importing.decoding import decode_bytes

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

FRENCH = (
    "Le ministre a déclaré mardi que la décision dépend à la fois du budget et de l'été "
    "prochain. « Où est la vérité ? », a demandé un élève devant la préfecture."
)
POLISH = (
    "Mieszkańcy zauważyli, że żołnierze przeszli przez wieś nocą. Świadkowie mówią o "
    "łodziach na rzece i o źródłach wody, które wyschły."
)
CZECH = (
    "Obyvatelé si všimli, že vojáci prošli vesnicí v noci. Svědci říkají, že řeka je "
    "šťastně čistá a že žádné škody nevznikly."
)
TURKISH = (
    "Merkez bankası faiz oranlarını değiştirmedi. Şirketin yöneticisi açıklama yaptı ve "
    "İstanbul'da düzenlenen toplantıda konuştu."
)
SPANISH_SHORT = "Mañana será otro día, dijo el señor del pueblo."
UKRAINIAN = "Збройні сили України повідомили, що біля Ізюма знищено два танки та гармату."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "iso-8859-1"),
        (POLISH, "iso-8859-2"),
        (POLISH, "cp1250"),
        (CZECH, "iso-8859-2"),
        (CZECH, "cp1250"),
        (TURKISH, "iso-8859-9"),
        (TURKISH, "cp1254"),
        (SPANISH_SHORT, "cp1252"),
        (UKRAINIAN, "cp1251"),
    ],
)
@pytest.mark.sqlite_only(reason="opens no database")
def test_legacy_encodings_come_back_as_the_text_that_was_written(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("東京で記者会見が開かれ、首相は「調査を続ける」と述べた。\n", "iso-2022-jp"),
        ("서울에서 기자회견이 열렸고 장관은 조사를 계속하겠다고 말했다.\n", "iso-2022-kr"),
    ],
)
@pytest.mark.sqlite_only(reason="opens no database")
def test_iso_2022_files_are_decoded_not_refused_as_binary(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding.startswith("iso2022")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02garbage", "too short to tell"),
        (b"\x00\x01\x02garbage" * 40, "binary content"),
        (b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4, "a program (ELF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"word/document.xml" * 5, "a ZIP archive"),
        (b"\xc0\xc1\xf5xy", "too short to tell"),
    ],
)
@pytest.mark.sqlite_only(reason="opens no database")
def test_binary_and_tiny_inputs_are_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_bytes(data)


@pytest.mark.sqlite_only(reason="opens no database")
def test_a_wall_of_cjk_from_a_bomless_utf16_guess_is_refused() -> None:
    junk = bytes((i * 97 + 13) % 251 + 1 for i in range(600))  # no NUL, no BOM, not UTF-8
    with pytest.raises(InputRefused, match=r"CJK|not a text file"):
        decode_bytes(junk)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [POLISH, UKRAINIAN + " 😀 𝔘𝔨𝔯𝔞𝔦𝔫𝔢 🇺🇦"])
@pytest.mark.sqlite_only(reason="opens no database")
def test_real_utf16_and_utf32_without_bom_still_read(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


AMBIGUOUS = b"Report from the border post\n\nThe patrol met Jan Pa\xb9ek near the bridge.\n"


@pytest.mark.parametrize(("encoding", "letters"), [("iso-8859-2", "Pašek"), ("cp1250", "Paąek")])
def test_the_encoding_given_on_the_command_line_wins_over_detection(
    tmp_path: Path, run_cli, encoding: str, letters: str
) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "post.txt"
    article.write_bytes(AMBIGUOUS)
    db = tmp_path / "data" / "a.sqlite3"
    result = run_cli("import", "--encoding", encoding, article, "--db", db)
    assert (result.code, result.err) == (0, "")
    exported = tmp_path / "out.json"
    assert run_cli("export", "-o", exported, "--db", db).code == 0
    assert f"The patrol met Jan {letters} near" in exported.read_text(encoding="utf-8")


def test_an_unknown_encoding_is_a_usage_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text(POLISH, encoding="utf-8")
    result = run_cli("import", "--encoding", "klingon-8", article, "--db", tmp_path / "a.sqlite3")
    assert result.code == 2
    assert "unknown encoding 'klingon-8'" in result.err


def test_an_uncertain_guess_is_named_in_the_report_with_its_candidates(
    tmp_path: Path, run_cli
) -> None:  # type: ignore[no-untyped-def]
    # One non-ASCII byte, a letter in both cp1250 (ą) and ISO-8859-2 (š): nothing in the
    # text says which was meant.
    article = tmp_path / "ambiguous.txt"
    article.write_bytes(AMBIGUOUS)
    result = run_cli("import", article, "--db", tmp_path / "a.sqlite3")
    assert result.code == 0
    assert result.err == ""  # stderr lists refused files only
    assert "ambiguous.txt: imported 1 article; encoding uncertain:" in result.out
    assert "cp1250" in result.out and "iso8859-2" in result.out and "--encoding" in result.out
    assert "1 to check (see the warnings)" in result.out
    assert "confidence 0." in result.out
