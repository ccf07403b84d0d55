"""Material that is a ZIP archive (Word, OpenDocument, WACZ), opened within bounds.

A ZIP bomb is a few kilobytes that inflate to gigabytes. Python's zipfile never inflates a
member beyond the size its entry declares, so checking the declared sizes before anything is
inflated bounds the memory a file can take; a member that inflates to something else than it
declares is refused by zipfile's own check (its CRC).
"""

from __future__ import annotations

import io
import zipfile
import zlib

from annotator.domain.errors import InputRefused, TranslatableMessage, said

MAX_MEMBERS = 20_000
MIB = 1024 * 1024
# An Office document saved with a password, and Word 97–2003's .doc: OLE compound files.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_zip(data: bytes, what: TranslatableMessage) -> zipfile.ZipFile:
    """``data`` as a ZIP archive, or InputRefused saying why it is not ``what``."""
    if data.startswith(OLE_SIGNATURE):
        raise InputRefused(
            said(
                "not {what}: it is encrypted with a password, or an old binary Office file "
                "(.doc): open it and save it unprotected as .docx or .odt",
                what=what,
            )
        )
    if not data.startswith(b"PK"):
        raise InputRefused(said("not {what}: it is not a ZIP archive", what=what))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = len(archive.infolist())
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,  # "zip file version 12.6": a version zipfile does not read
    ) as error:
        raise InputRefused(
            said("not {what}: a damaged ZIP archive ({reason})", what=what, reason=_reason(error))
        ) from None
    if members > MAX_MEMBERS:
        raise InputRefused(
            said(
                "{what} holding {count} files is more than this program reads",
                what=what,
                count=members,
            )
        )
    return archive


def check_inflated(archive: zipfile.ZipFile, names: list[str], limit: int) -> None:
    """Refuse when the members ``names`` would inflate to more than ``limit`` bytes."""
    total = 0
    for name in names:
        try:
            total += archive.getinfo(name).file_size
        except KeyError:
            continue
    if total > limit:
        raise InputRefused(
            said(
                "its parts inflate to {size} MiB, more than the {limit} MiB this program reads "
                "(a ZIP bomb?)",
                size=total // MIB,
                limit=limit // MIB,
            )
        )


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes | None:
    """The member ``name`` inflated (None when the archive has none), within ``limit`` bytes."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise InputRefused(
            said(
                "{name} inflates to {size} MiB, more than the {limit} MiB this program reads "
                "(a ZIP bomb?)",
                name=name,
                size=info.file_size // MIB,
                limit=limit // MIB,
            )
        )
    try:
        with archive.open(info) as member:
            return member.read(limit + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        RuntimeError,  # a member encrypted with a password
        NotImplementedError,  # a compression method zipfile does not know
        ValueError,
    ) as error:
        raise InputRefused(
            said("{name} cannot be inflated: {reason}", name=name, reason=_reason(error))
        ) from None


def _reason(error: BaseException) -> str:
    return " ".join(str(error).split())[:160] or type(error).__name__
