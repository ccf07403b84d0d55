"""Fuzzing the readers of documents, mail and web archives (as test_material_fuzz does the
others): mutated bytes of the real and the made samples. A ZIP-based file (Word,
OpenDocument, WACZ) is also mutated inside: one of its parts changed and the archive zipped
again, so the fuzzing reaches the library behind the ZIP; a .warc.gz is mutated before it is
compressed. A reader either reads (every article canonical, every passage inside its text)
or refuses with one line; any other exception is a bug.

``ANNOTATOR_FUZZ_CASES=5000`` runs more. Word documents take a quarter of the cases: mammoth
parses every part of the package (Word's styles alone are 40 KB of XML), 0.3 s a document.
"""

from __future__ import annotations

import gzip
import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.services.importing.material import registry
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from tests import material_files as files
from tests import material_mail_and_web as mail_web
from tests.unit.test_material_fuzz import CASES, holds_the_contract, mutate

TOKENS = [b"<", b">", b"</w:p>", b"<text:p>", b"obj", b"endobj", b"stream", b"/Filter", b"\r\n\r\n"]


def seeds(folder: Path) -> dict[str, list[tuple[str, bytes]]]:
    folder.mkdir(parents=True, exist_ok=True)
    crawl = mail_web.warc(folder / "crawl.warc.gz")
    return {
        "pdf": [
            ("a.pdf", files.statement_pdf()),
            ("b.pdf", files.HELLO_PDF.read_bytes()),
            ("c.pdf", files.encrypted(files.pdf(["Hello", "World"]), "", "AES-128")),
            ("d.pdf", files.pdf(["a", "b", "c"], scanned={2})),
        ],
        "word": [
            ("a.docx", files.docx_statement(folder / "a.docx").read_bytes()),
            ("b.docx", files.FOOTNOTES_DOCX.read_bytes()),
        ],
        "opendocument": [("a.odt", files.odt_statement(folder / "a.odt").read_bytes())],
        "mail": [
            ("a.eml", mail_web.koi8_mail([("s.pdf", "application/pdf", files.pdf(["Заява"]))])),
            ("b.eml", mail_web.forwarding_mail()),
            ("c.eml", mail_web.BILINGUAL_EML.read_bytes()),
            ("d.mbox", mail_web.mbox(folder / "d.mbox", [mail_web.koi8_mail()]).read_bytes()),
        ],
        "web-archive": [
            ("a.warc.gz", crawl.read_bytes()),
            ("b.warc.gz", mail_web.EXAMPLE_WARC.read_bytes()),
            ("c.wacz", mail_web.wacz(folder / "c.wacz", crawl).read_bytes()),
            ("d.wacz", mail_web.EXAMPLE_WACZ.read_bytes()),
        ],
    }


def mutated(name: str, data: bytes, rng: random.Random) -> bytes:
    """The file mutated as bytes, or (half the time) inside: a ZIP's part, a gzip's content."""
    if rng.random() < 0.5:
        if data.startswith(b"PK"):
            return _mutated_inside_zip(data, rng)
        if data.startswith(b"\x1f\x8b"):
            return gzip.compress(mutate(gzip.decompress(data), rng), mtime=0)
    if rng.random() < 0.3:
        at = rng.randrange(len(data) + 1)
        return data[:at] + rng.choice(TOKENS) + data[at:]
    return mutate(data, rng)


def _mutated_inside_zip(data: bytes, rng: random.Random) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    target = rng.choice(sorted(members))
    content = members[target]
    if content.startswith(b"\x1f\x8b"):
        members[target] = gzip.compress(mutate(gzip.decompress(content), rng), mtime=0)
    else:
        members[target] = mutate(content, rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def reader_of(kind_name: str) -> Callable[[Source, ReadOptions], MaterialRead]:
    kind = registry.BY_NAME[kind_name]
    return lambda source, options: registry.read_source(source, kind, options)


@pytest.mark.parametrize("kind", ["pdf", "word", "opendocument", "mail", "web-archive"])
def test_mutated_documents_are_read_or_refused_in_one_line(kind: str, tmp_path: Path) -> None:
    rng = random.Random(f"material-{kind}")
    corpus = seeds(tmp_path)[kind]
    reader = reader_of(kind)
    for case in range(CASES // 4 if kind == "word" else CASES):
        name, data = corpus[case % len(corpus)]
        changed = mutated(name, data, rng)
        try:
            holds_the_contract(reader, Source(name, changed))
        except AssertionError:
            raise
        except Exception as error:  # the bug found, with the bytes that show it
            raise AssertionError(
                f"case {case} of {kind}: {error!r} on {changed[:300]!r}"
            ) from error
