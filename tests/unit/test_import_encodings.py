"""Files in the encodings newsrooms really receive import as the right canonical text."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from annotator.services.importing.import_report import Outcome
from annotator.services.workspace import Workspace
from tests.helpers import exported, new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

UKRAINIAN = (
    "Генштаб ЗСУ: за добу відбулося 120 бойових зіткнень.\n"
    "Ворог завдав ракетних ударів по Харкову та Ізюму; є загиблі серед цивільних.\n"
)
SPANISH = (
    "El ministro afirmó que la economía creció un 3,5% según datos oficiales.\n"
    "¿Es cierto? Los expertos señalan que la cifra no incluye la inflación.\n"
)
ENGLISH = "Kharkiv, Izium and Kursk: what we know\nRogov said more than ten were eliminated.\n"


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = new_workspace(tmp_path / "data")
    yield ws
    ws.close()


def import_one(workspace: Workspace, path: Path, data: bytes) -> str:
    path.write_bytes(data)
    report = workspace.import_paths([path])
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED], report.results[0].line()
    (article,) = exported(workspace, path.parent)["articles"]
    return article["text"]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("cp1251-ukrainian.txt", UKRAINIAN.encode("cp1251"), UKRAINIAN),
        ("cp1252-spanish.txt", SPANISH.encode("cp1252"), SPANISH),
        ("utf16-bom.txt", ENGLISH.encode("utf-16"), ENGLISH),
        ("utf16-be-bom.txt", codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH),
        (
            "utf8-bom-crlf-nfd.txt",
            codecs.BOM_UTF8
            + unicodedata.normalize("NFD", SPANISH).replace("\n", "\r\n").encode("utf-8"),
            SPANISH,
        ),
        ("lone-cr.txt", ENGLISH.replace("\n", "\r").encode("utf-8"), ENGLISH),
        ("utf8.md", ("# " + ENGLISH).encode("utf-8"), "# " + ENGLISH),
    ],
)
def test_each_encoding_arrives_as_canonical_text(
    workspace: Workspace, tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    text = import_one(workspace, tmp_path / name, data)
    assert text == expected
    assert "\r" not in text and not text.startswith("\ufeff")
    assert unicodedata.is_normalized("NFC", text)


def test_a_megabyte_wire_dump_keeps_every_character(workspace: Workspace, tmp_path: Path) -> None:
    body = ("Reuters 😀 Ізюм 漢字 \u2028 line\r\n" * 40_000)[:1_000_000]
    text = import_one(workspace, tmp_path / "wire.txt", body.encode("utf-8"))
    assert text == body.replace("\r\n", "\n").rstrip("\r")
