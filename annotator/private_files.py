"""Files and folders only the user can read: everything the program keeps for itself (the data
folder, the database and its -wal, -shm and backups, the logs and the folders holding them,
the marker of an open database, settings, temporary files) is created 0700 (folders) or 0600
(files) whatever the umask. They hold unpublished fact-checks and what is being worked on.

Exports are the exception: they are made for sharing and follow the umask
(services/exporting/atomic_file.py; README, "Private by default").

The umask only narrows the mode given to mkdir and open, and a umask such as 0o277 would
narrow it below what we need ourselves, so each new folder and file gets its mode set
explicitly after it is made. Existing folders above the ones we make (the user's home, a
shared mount) are never changed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """``path`` as a folder; the folders made for it (itself and missing parents) are 0700."""
    missing: list[Path] = []
    folder = Path(path)
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # made meanwhile by another program (or another of ours)
            continue
        folder.chmod(FOLDER_MODE)
    if not Path(path).is_dir():
        Path(path).mkdir()  # the error that says why it is no folder (a file in the way…)
    return Path(path)


def private_file(path: Path, *, truncate: bool = False) -> Path:
    """Create ``path`` empty (or leave its content, unless ``truncate``) as the user's alone."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if truncate else 0)
    descriptor = os.open(path, flags, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)
    return Path(path)


def open_to_others(path: Path) -> int | None:
    """The permission bits that let others than the owner in, or None when there are none
    (or the file cannot be looked at)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    return mode if mode & 0o077 else None


def make_private(path: Path) -> bool:
    """Take the group's and others' permissions away; True when it was needed and done."""
    mode = open_to_others(path)
    if mode is None:
        return False
    with contextlib.suppress(OSError):
        path.chmod(mode & 0o700)
        return True
    return False
