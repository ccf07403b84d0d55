"""Bytes of a text file → str (docs/design/text-and-offsets.md, docs/design/bad-input.md): BOM
first, then UTF-8, then detection.

Newsrooms receive cp1251 wire copy, cp1252 Word exports and UTF-16 text from Windows tools;
all must arrive as the same canonical text. Binary files must be refused, not decoded into
mojibake, so a detected encoding is only accepted when the result reads as text.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from annotator.domain.errors import InputRefused, said
from annotator.domain.text import line_and_column
from annotator.services.importing.binary_content import refuse_binary, refuse_cjk_wall
from annotator.services.importing.encoding_guess import guess_encoding

MAX_FILE_BYTES = 50 * 1024 * 1024  # an article file; datasets: file_bytes.MAX_DATASET_BYTES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v", "\x1c", "\x1d", "\x1e", "\x85"}


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    confidence: float = 1.0  # below 1 only for a detected encoding
    candidates: tuple[str, ...] = ()  # other encodings that read as well: check the text
    guessed: bool = False  # detected, not stated by a BOM, valid UTF-8 or the user

    def uncertainty(self) -> str | None:
        """The import report's note when the encoding is a guess that could be wrong."""
        if not self.candidates:
            return None
        names = " or ".join((self.encoding, *self.candidates))
        return said(
            "encoding uncertain: {names} (read as {encoding}, confidence {confidence:.2f}) — "
            "check the text or use --encoding",
            names=names,
            encoding=self.encoding,
            confidence=self.confidence,
        )


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode a text file, or raise InputRefused saying why it is not readable text.

    Size limits are the caller's: an article file has one, a dataset this program wrote has
    a far larger one.
    """
    if not data:
        raise InputRefused(said("file is empty"))
    decoded: DecodedText | None
    if encoding is not None:
        decoded = _decode_as(data, encoding)
    else:
        refuse_binary(data)
        decoded = (
            _decode_with_bom(data)
            or _decode_iso2022(data)
            or _decode_utf8(data)
            or _decode_detected(data)
        )
    if decoded is None:
        raise InputRefused(said("not a text file (binary content or an unknown encoding)"))
    if not decoded.text.strip(" \t\n\r\f\v\ufeff\u00a0\u2028\u2029\u200b"):
        raise InputRefused(said("file holds only whitespace"))
    if not _reads_as_text(decoded.text):
        raise InputRefused(said("not a text file (it holds control characters: binary content?)"))
    nul = decoded.text.find("\x00")
    if nul >= 0:  # UTF-16 text may decode to one: no text column can store it
        line, column = line_and_column(decoded.text, nul)
        raise InputRefused(
            said(
                "line {line}, column {column}: a NUL character (U+0000), which is not text",
                line=line,
                column=column,
            )
        )
    return decoded


def _decode_with_bom(data: bytes) -> DecodedText | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), encoding.removesuffix("-sig"))
            except UnicodeDecodeError:
                raise InputRefused(
                    said(
                        "file starts with a {encoding} byte-order mark but is not valid {encoding}",
                        encoding=encoding,
                    )
                ) from None
    return None


def _decode_utf8(data: bytes) -> DecodedText | None:
    if b"\x00" in data:
        return None  # valid UTF-8 text has no NUL; let detection try UTF-16/32 without BOM
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _decode_as(data: bytes, encoding: str) -> DecodedText:
    """The encoding the user named (``--encoding``): a BOM of it is still dropped."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputRefused(said("unknown encoding {encoding!r}", encoding=encoding)) from None
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise InputRefused(
            said(
                "not valid {name} (byte {start}: {byte!r})",
                name=name,
                start=error.start,
                byte=data[error.start : error.start + 1],
            )
        ) from None
    return DecodedText(text.removeprefix("\ufeff"), name)


_ISO2022_ESCAPES = (
    (b"\x1b$)C", "iso2022_kr"),
    (b"\x1b$(D", "iso2022_jp_2"),
    (b"\x1b$B", "iso2022_jp"),
    (b"\x1b$@", "iso2022_jp"),
    (b"\x1b(J", "iso2022_jp"),
    (b"\x1b$A", "iso2022_jp_2"),
)


def _decode_iso2022(data: bytes) -> DecodedText | None:
    """7-bit ISO-2022 (Japanese, Korean mail and news) switches with escape sequences; its
    bytes are valid ASCII, so it must be recognised before UTF-8 takes it as controls."""
    if b"\x1b" not in data or any(byte > 0x7F for byte in data[:65536]):
        return None
    for escape, encoding in _ISO2022_ESCAPES:
        if escape in data:
            for candidate in (encoding, "iso2022_jp_ext", "iso2022_jp_2"):
                try:
                    return DecodedText(data.decode(candidate), codecs.lookup(candidate).name)
                except UnicodeDecodeError:
                    continue
    return None


def _decode_detected(data: bytes) -> DecodedText | None:
    guess = guess_encoding(data)
    if guess is None:
        return None
    if guess.encoding.startswith(("utf-16", "utf-32")):
        refuse_cjk_wall(guess.text)
    return DecodedText(guess.text, guess.encoding, guess.confidence, guess.candidates, True)


def _reads_as_text(text: str) -> bool:
    """Text has next to no control characters; decoded binary is full of them.

    The category of each distinct character is looked up once: per character, this check
    cost more than everything else in importing a folder.
    """
    sample = text[:65536]
    suspicious = [
        ch
        for ch in set(sample)
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
    ]
    controls = sum(map(sample.count, suspicious))
    return controls <= max(2, len(sample) // 1000)
