"""Writing a file so that it is either complete or not there at all (docs/design/dataset-format.md).

A temporary file in the same folder, fsync, then os.replace: a crash, a full disk or a
cancelled export leaves the previous file intact and no half-written one behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from annotator.domain.errors import AnnotatorError, said

# A partial file whose writer left no process id (older versions) is stale after this long.
STALE_AFTER_SECONDS = 3600


class ExportTargetRefused(AnnotatorError):
    """The export target is not a file we may replace; it was left untouched."""


def checked_target(target: Path) -> tuple[Path, int | None]:
    """The file to write for ``target`` and the mode to give it (None: a new file).

    A symlink is written through (the file it points to is replaced, the link stays); a
    device, pipe or socket is refused, and so is a read-only file — replacing it would
    defeat the protection its owner gave it.
    """
    target = Path(target)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        found = target.stat()
    except FileNotFoundError:
        return target, None
    except OSError as error:
        raise ExportTargetRefused(
            said("{target} cannot be checked: {strerror}", target=target, strerror=error.strerror)
        ) from None
    if stat.S_ISDIR(found.st_mode):
        raise ExportTargetRefused(
            said("{target} is a folder; give a file name to export to", target=target)
        )
    if not stat.S_ISREG(found.st_mode):
        raise ExportTargetRefused(
            said(
                "{target} is not a regular file (a device, pipe or socket); nothing was written",
                target=target,
            )
        )
    # os.access alone says yes to root; the mode bits say what the owner meant.
    if not os.access(target, os.W_OK) or not found.st_mode & 0o222:
        raise ExportTargetRefused(
            said(
                "{target} is read-only; it was left as it is. Export to another name, or make it "
                "writable first",
                target=target,
            )
        )
    return target, stat.S_IMODE(found.st_mode)


def remove_stale_partials(folder: Path, name: str) -> None:
    """Remove what killed exports to ``name`` left behind: our own partial files whose
    writer is gone (its process id no longer runs), never one still being written."""
    for partial in folder.glob(f".{glob_escape(name)}.*.partial"):
        middle = partial.name[len(name) + 2 : -len(".partial")]
        pid_text = middle.split("-", 1)[0]
        try:
            if pid_text.isdigit() and "-" in middle:
                if _running(int(pid_text)):
                    continue
            elif time.time() - partial.stat().st_mtime < STALE_AFTER_SECONDS:
                continue
            partial.unlink()
        except OSError:
            continue


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True  # this process: another export of ours may be writing it right now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, AttributeError):
        return True
    return True


@contextlib.contextmanager
def atomic_text_writer(
    target: Path, newline: str | None = "\n", encoding: str = "utf-8"
) -> Iterator[TextIO]:
    target, keep_mode = checked_target(Path(target))
    folder = target.parent if str(target.parent) else Path()
    remove_stale_partials(folder, target.name)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=".partial", dir=folder
    )
    try:
        # mkstemp makes the file 0600; an export is for sharing, and a replaced
        # export keeps the mode it had.
        if hasattr(os, "fchmod"):
            os.fchmod(handle, keep_mode if keep_mode is not None else _mode_for(target))
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
        """``name`` may hold folders (a brat corpus's ``train/doc``); the format checks it
        stays inside (no ``..``, not absolute)."""
        target = self.folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")

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
        for file in (f for f in temporary.rglob("*") if f.is_file()):
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
