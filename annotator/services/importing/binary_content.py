"""Refusing binary files before an encoding guess turns them into an article.

A 10-byte file ``\\x00\\x01\\x02garbage`` once became an article titled "Ȃ社慢敍": any bytes
decode as *something* in UTF-16. So known binary signatures, NUL bytes where no UTF-16/32
text would have them, inputs too short to guess from, and guesses that read only as a wall
of unrelated CJK characters are refused with the reason.
"""

from __future__ import annotations

import codecs

from annotator.domain.errors import InputRefused, said

MIN_GUESS_BYTES = 32  # below this, a guessed encoding is a coin toss

_SIGNATURES = (
    (b"\x7fELF", "a program (ELF)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file: save it as text)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (save it as text)"),
    (b"MZ", "a Windows program"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an audio file (Ogg)"),
    (b"ID3", "an audio file (MP3)"),
    (b"RIFF", "a media file (RIFF)"),
)
_EAST_ASIAN_BREAKS = set("\n \u3000、。，．！？「」『』（）・：；")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def refuse_binary(data: bytes) -> None:
    """Raise InputRefused when ``data`` is plainly not a text file."""
    if data.startswith(_BOMS):
        return
    for signature, kind in _SIGNATURES:
        if data.startswith(signature) and not _plain_text_start(data, signature):
            raise InputRefused(said("not a text file: it is {kind}", kind=kind))
    if b"\x00" in data and not _looks_like_utf16_or_32(data):
        raise InputRefused(said("not a text file (it holds NUL bytes: binary content)"))
    if len(data) < MIN_GUESS_BYTES and not _is_utf8(data):
        raise InputRefused(
            said(
                "too short to tell what it is ({data_count} bytes, not UTF-8 text); if it is "
                "text, give its encoding with --encoding",
                data_count=len(data),
            )
        )


def _plain_text_start(data: bytes, signature: bytes) -> bool:
    """ "MZ", "BZh", "ID3" and "RIFF" can begin a sentence; those only count with binary after."""
    if not signature.isascii() or not signature.isalpha():
        return False
    return b"\x00" not in data[:512] and _is_utf8(data[:512])


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(data) - 3 and error.reason == "unexpected end of data"
    return b"\x00" not in data


def _looks_like_utf16_or_32(data: bytes) -> bool:
    """UTF-16 of mostly Latin or Cyrillic text has its zero bytes on one side of each pair;
    UTF-32 in three of every four. Binary has them anywhere."""
    if len(data) % 2:
        return False
    sample = data[:65536]
    zero_even = sum(1 for b in sample[0::2] if b == 0)
    zero_odd = sum(1 for b in sample[1::2] if b == 0)
    if min(zero_even, zero_odd) <= max(zero_even, zero_odd) // 3:
        return True  # a few the other way: characters outside the BMP, as surrogate pairs
    if len(data) % 4 == 0:
        # The top byte of every UTF-32 code unit is zero (nothing lies above U+10FFFF).
        for top in (0, 3):
            if all(b == 0 for b in sample[top::4]):
                return True
    return False


def refuse_cjk_wall(text: str) -> None:
    """A BOM-less UTF-16 guess that reads as East Asian characters with none of the
    punctuation and spacing real Chinese, Japanese or Korean text has is binary."""
    sample = text[:20000]
    east_asian = sum(1 for ch in sample if _is_east_asian(ch))
    visible = sum(1 for ch in sample if not ch.isspace())
    if not visible or east_asian < visible / 2:
        return
    punctuation = sum(1 for ch in sample if ch in _EAST_ASIAN_BREAKS)
    rare = sum(1 for ch in sample if "\u3400" <= ch <= "\u4dbf" or "\ua000" <= ch <= "\ua4cf")
    if punctuation * 80 < east_asian or rare * 10 > east_asian:
        raise InputRefused(
            said(
                "not a text file: it reads only as a wall of unrelated CJK characters (a guess "
                "of UTF-16 without a byte-order mark); binary content?"
            )
        )


def _is_east_asian(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3400 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xA000 <= code <= 0xA4CF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )
