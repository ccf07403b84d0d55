"""Writing a file so that it is either complete or not there at all (DESIGN §8).

A temporary file in the same folder, fsync, then os.replace: a crash, a full disk or a
cancelled export leaves the previous file intact and no half-written one behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def atomic_text_writer(
    target: Path, newline: str | None = "\n", encoding: str = "utf-8"
) -> Iterator[TextIO]:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path()
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    try:
        # mkstemp makes the file 0600; an export is for sharing (issue 10 §13).
        os.fchmod(handle, _mode_for(target))
        with os.fdopen(handle, "w", encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise
    _fsync_folder(folder)


def _mode_for(target: Path) -> int:
    """The mode a file being replaced has, else what a new file gets under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:  # Linux ≥ 4.7 states it; reading it avoids setting the process-wide umask
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class FolderWriter:
    """Files written into the hidden folder that becomes the export when complete."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write(self, name: str, text: str) -> None:
        (self.folder / name).write_text(text, encoding="utf-8", newline="\n")

    def write_bytes(self, name: str, data: bytes) -> None:
        (self.folder / name).write_bytes(data)


class FolderNotEmpty(OSError):
    pass


@contextlib.contextmanager
def atomic_folder_writer(target: Path) -> Iterator[FolderWriter]:
    """A folder export: written beside the target, renamed into place when complete; an
    existing target must be an empty folder (it is never merged into or overwritten)."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FolderNotEmpty(
            f"{target} exists and is not an empty folder; choose a new folder name"
        )
    parent = target.parent if str(target.parent) else Path()
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=parent))
    try:
        yield FolderWriter(temporary)
        for file in temporary.iterdir():
            with file.open("rb") as stream:
                os.fsync(stream.fileno())
        mask = os.umask(0)
        os.umask(mask)
        temporary.chmod(0o777 & ~mask)  # mkdtemp makes it private; an export is shared
        if target.exists():
            target.rmdir()
        temporary.replace(target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    _fsync_folder(parent)
