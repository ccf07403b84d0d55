"""Reading a file's bytes within a limit: only regular files, never more than the limit,
whatever the file says its size is. Article files, dataset files and folder formats are read
through it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from annotator.domain.errors import InputRefused, said

MAX_DATASET_BYTES = 2 * 1024**3


def read_bytes(path: Path, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of a regular file (after following links, unless ``follow_links`` is
    False: then a link is refused), never more than ``limit``.

    A FIFO would block the open forever and a device such as /dev/zero never ends (its
    st_size is 0), so the file is opened without blocking, checked to be regular, and read
    in chunks that stop at the limit whatever st_size says.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise InputRefused(said("cannot be read ({strerror})", strerror=error.strerror)) from None
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode):
            raise InputRefused(
                said(
                    "not a regular file ({kind}); only files are read", kind=_kind_of(found.st_mode)
                )
            )
        if found.st_size > limit:
            raise InputRefused(
                said(
                    "file is too large ({size:.0f} MB; the limit is {limit:.0f} MB)",
                    size=found.st_size / 1e6,
                    limit=limit / 1e6,
                )
            )
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(descriptor, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputRefused(
                said("file is too large (the limit is {limit:.0f} MB)", limit=limit / 1e6)
            )
        return b"".join(chunks)
    except OSError as error:
        raise InputRefused(said("cannot be read ({strerror})", strerror=error.strerror)) from None
    finally:
        os.close(descriptor)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"
