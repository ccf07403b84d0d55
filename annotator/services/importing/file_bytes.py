"""Reading files from disk: a file's bytes within a limit (only regular files, never more
than the limit, whatever the file says its size is), and the walk of an imported folder. Article
files, dataset files and folder formats are read through it.

The walk of a folder lists the files to read, and what is set aside and why. Every folder
import (article files, brat, INCEpTION) lists its folder here, so one rule holds for all.

A folder may come from anyone, and what is imported may go out with the next export: a link
in it must not pull the machine's own files (the list of its users, a key) into a dataset
that is then shared. So a link is followed only when it leads to a file inside the folder,
and that file is read once, under its own name when it has one in the folder. Links to
folders are not followed (their files are read where they are; no loop can form). Named
pipes, devices and sockets are never opened: a pipe would block, a device may never end.
Everything set aside is named in the import report with the reason
(docs/design/bad-input.md).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from annotator.domain.errors import InputRefused, said
from annotator.services.importing.import_report import SetAside

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


# --- the walk of an imported folder ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FolderFile:
    """A regular file of the folder: where it was found, its name inside the folder, and
    what to read (the file itself, or the file inside the folder its link leads to)."""

    path: Path
    relative: str
    target: Path

    @property
    def through_link(self) -> bool:
        return self.target != self.path


@dataclass(slots=True)
class FolderListing:
    files: list[FolderFile] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)

    def names(self) -> list[str]:
        return [file.relative for file in self.files]


def walk_folder(root: Path) -> FolderListing:
    """The files of ``root`` and below, in a stable order (sorted by their paths), each real
    file once; links out of the folder and special files set aside."""
    real_root = root.resolve()
    listing = FolderListing()
    found: list[FolderFile] = []
    folders = [root]
    while folders:
        folder = folders.pop(0)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            listing.set_aside.append(
                SetAside(folder, said("cannot be read ({strerror})", strerror=error.strerror))
            )
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            relative = path.relative_to(root).as_posix()
            if entry.is_symlink():
                _follow_link(path, relative, real_root, found, listing)
            elif entry.is_dir(follow_symlinks=False):
                subfolders.append(path)
            elif entry.is_file(follow_symlinks=False):
                found.append(FolderFile(path, relative, path))
            else:
                listing.set_aside.append(SetAside(path, _special_reason(path)))
        folders.extend(subfolders)
    found.sort(key=lambda file: file.path)  # as sorted(rglob) listed them: by their parts
    _each_real_file_once(found, real_root, listing)
    listing.set_aside.sort(key=lambda item: item.path)
    return listing


def _follow_link(
    path: Path, relative: str, real_root: Path, found: list[FolderFile], listing: FolderListing
) -> None:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # a dangling link, or a loop of links
        listing.set_aside.append(SetAside(path, said("broken link, not followed")))
        return
    if not target.is_relative_to(real_root):
        listing.set_aside.append(SetAside(path, said("link to outside the folder, not followed")))
        return
    try:
        mode = target.stat().st_mode
    except OSError as error:
        listing.set_aside.append(
            SetAside(path, said("cannot be read ({strerror})", strerror=error.strerror))
        )
        return
    if stat.S_ISDIR(mode):
        reason = said("link to a folder, not followed (its files are read where they are)")
        listing.set_aside.append(SetAside(path, reason))
    elif stat.S_ISREG(mode):
        found.append(FolderFile(path, relative, target))
    else:
        listing.set_aside.append(SetAside(path, _special_reason(target)))


def _each_real_file_once(found: list[FolderFile], real_root: Path, listing: FolderListing) -> None:
    """A file reached under several names (itself and links to it) is read once: under its
    own name when it is in the folder, else under the first link's."""

    def real(file: FolderFile) -> Path:
        # No link to a folder is followed, so a file that is no link lies where its name says.
        return file.target if file.through_link else real_root / file.relative

    chosen: dict[Path, FolderFile] = {}
    for file in found:
        kept = chosen.get(real(file))
        if kept is None or (kept.through_link and not file.through_link):
            chosen[real(file)] = file
    for file in found:
        key = real(file)
        if chosen[key] is file:
            listing.files.append(file)
        else:
            listing.set_aside.append(
                SetAside(
                    file.path,
                    said(
                        "link to {name}, which is read under that name",
                        name=chosen[key].relative,
                    ),
                )
            )


def _special_reason(path: Path) -> str:
    try:
        mode = path.lstat().st_mode
    except OSError as error:
        return said("cannot be read ({strerror})", strerror=error.strerror)
    if stat.S_ISFIFO(mode):
        return said("a named pipe, not imported")
    if stat.S_ISSOCK(mode):
        return said("a socket, not imported")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return said("a device file, not imported")
    return said("not a regular file, not imported")
