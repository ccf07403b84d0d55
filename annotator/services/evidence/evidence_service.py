"""Holds the use cases of evidence files (EvidenceService): attaching files to a claim's
evidence, listing, reading and saving them, removing evidence, and checking the stored files.

Attaching is one transaction: every file's bytes and the claim's new evidence commit together
(a file stored without the evidence that keeps it, or evidence naming a file not stored,
never survives a crash). Each file is stored once by its SHA-256; attaching the same bytes
again keeps the stored copy. Removing evidence leaves the stored file for the undo; ``check``
with ``fix`` removes the files that nothing keeps (docs/design/storage.md, "Evidence files").
"""

from __future__ import annotations

import contextlib
import copy
import os
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from annotator.domain.errors import AnnotatorError, EditConflict, InputRefused, said
from annotator.domain.models import Claim, Evidence, EvidenceFile, Stance
from annotator.domain.timestamps import now_timestamp
from annotator.services.evidence import media
from annotator.services.evidence.captures import Capture, CapturedText
from annotator.services.evidence.previews import Preview
from annotator.services.preferences import DEFAULT_EVIDENCE_MAX_FILE_MB, EVIDENCE_MAX_FILE_MB
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.preference_repository import PreferenceRepository
from annotator.storage.repositories.stored_files import (
    Damage,
    StoredFile,
    StoredFileRepository,
    hash_stream,
    too_large,
)

MEGABYTE = 1024 * 1024
# From this size on an attach is a large transaction (Database.transaction): on SQLite its
# commit would otherwise also copy the WAL, which passes 1,000 pages of 4 KiB, into the file.
LARGE_BYTES = 4 * MEGABYTE


class UnknownClaim(AnnotatorError):
    """No claim of that id in this database; nothing was changed."""


class FileNotStored(AnnotatorError):
    """The evidence names a file this database does not hold (imported without it)."""


@dataclass(slots=True)
class Attached:
    """What one attach stored: the claim before and after, the new evidence, and the files
    refused (each with its reason; the others were attached)."""

    before: Claim
    claim: Claim
    added: list[Evidence] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    duplicates: int = 0  # files whose bytes were stored already: the stored copy is kept


@dataclass(slots=True)
class FileCheck:
    """``annotator check`` on the stored files: damaged ones, ones no evidence keeps (removed
    with ``fix``), and hashes evidence names that this database does not hold."""

    checked: int = 0
    damaged: list[Damage] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)
    removed: int = 0
    missing: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class KeptFile:
    """A piece of evidence that keeps a file, and the claim it belongs to."""

    claim_id: str
    evidence: Evidence

    @property
    def file(self) -> EvidenceFile:
        assert self.evidence.file is not None
        return self.evidence.file


def open_regular(path: Path) -> BinaryIO:
    """A regular file opened for reading; a pipe, device or folder is refused without ever
    blocking on it."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise InputRefused(said("cannot be read ({strerror})", strerror=error.strerror)) from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise InputRefused(said("not a regular file; only files are attached"))
    return os.fdopen(descriptor, "rb")


class EvidenceService:
    def __init__(self, database: Database) -> None:
        self.database = database

    # --- settings ----------------------------------------------------------------------------

    def size_limit(self) -> int:
        """The largest file attached, in bytes (the preference evidence.max_file_mb)."""
        with self.database.reading() as session:
            stored = PreferenceRepository(session).get(EVIDENCE_MAX_FILE_MB)
        megabytes = int(stored) if stored and stored.isdigit() else DEFAULT_EVIDENCE_MAX_FILE_MB
        return megabytes * MEGABYTE

    # --- attaching ---------------------------------------------------------------------------

    def attach(
        self,
        claim_id: str,
        paths: list[Path],
        *,
        by: str | None = None,
        note: str = "",
        stance: Stance = Stance.NEUTRAL,
    ) -> Attached:
        """Attach each file as a new piece of evidence of the claim, in one transaction with
        the claim's new evidence list; returns the claim as stored. A file that cannot be
        attached (not readable, larger than the limit) is refused with its reason and the
        others are attached; the claim's other fields, saved by anyone, are kept as they are.

        ``note`` is the evidence's title (by default the file's name)."""
        limit = self.size_limit()
        result: Attached | None = None
        with self.database.transaction(large=_size_of(paths) >= LARGE_BYTES) as session:
            annotations = AnnotationRepository(session)
            claim = annotations.get_claim(claim_id)
            if claim is None:
                raise UnknownClaim(said("no claim with id {claim_id}", claim_id=claim_id))
            before = copy.deepcopy(claim)
            result = Attached(before, claim)
            files = StoredFileRepository(session)
            for path in paths:
                try:
                    with session.begin_nested():  # a refused file leaves nothing behind
                        item = self._store(files, Path(path), limit, by, note, stance, result)
                except InputRefused as error:
                    result.refused.append((Path(path), str(error)))
                    continue
                result.added.append(item)
            if result.added:
                claim.evidence.extend(result.added)
                claim.updated_at = now_timestamp()
                annotations.replace_claim(claim, (by, claim.updated_at))
        return result

    def _store(
        self,
        files: StoredFileRepository,
        path: Path,
        limit: int,
        by: str | None,
        note: str,
        stance: Stance,
        result: Attached,
    ) -> Evidence:
        with open_regular(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                raise InputRefused(too_large(limit))
            head = stream.read(media.HEAD_BYTES)
            kind = media.media_type(path.name, head)
            if head.startswith(b"PK\x03\x04"):
                stream.seek(0)
                kind = media.WACZ if media.is_wacz(stream) else kind
            stream.seek(0)
            expected = None
            if files.has_size(size):  # perhaps a duplicate: hashed first, stored only if new
                expected, _ = hash_stream(stream.read)
                stream.seek(0)
            found = files.get(expected) if expected else None
            if found is None:
                found, _new = files.store(stream.read, limit, expected)
            else:
                result.duplicates += 1
        name = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return Evidence(
            id=str(uuid.uuid4()),
            title=" ".join(note.split()) or name,
            stance=stance,
            file=EvidenceFile(
                sha256=found.sha256,
                name=name,
                media_type=kind,
                size=found.size,
                attached_at=now_timestamp(),
                attached_by=by,
            ),
        )

    def remove(self, claim_id: str, evidence_ids: list[str], by: str | None = None) -> Claim:
        """Remove pieces of evidence from a claim (the command line's ``evidence remove``; the
        window removes through its undo history). Their files stay stored until ``check
        --fix``: an undo puts the evidence back whole."""
        with self.database.transaction() as session:
            annotations = AnnotationRepository(session)
            claim = annotations.get_claim(claim_id)
            if claim is None:
                raise UnknownClaim(said("no claim with id {claim_id}", claim_id=claim_id))
            unknown = set(evidence_ids) - {e.id for e in claim.evidence}
            if unknown:
                raise EditConflict(
                    said(
                        "the claim has no evidence with id {evidence_id}",
                        evidence_id=sorted(unknown)[0],
                    )
                )
            claim.evidence = [e for e in claim.evidence if e.id not in set(evidence_ids)]
            claim.updated_at = now_timestamp()
            annotations.replace_claim(claim, (by, claim.updated_at))
        return claim

    # --- reading -----------------------------------------------------------------------------

    def kept_files(self, claim_id: str | None = None) -> list[KeptFile]:
        """The evidence that keeps a file: of one claim, or of every claim."""
        with self.database.reading() as session:
            annotations = AnnotationRepository(session)
            if claim_id is not None:
                claim = annotations.get_claim(claim_id)
                if claim is None:
                    raise UnknownClaim(said("no claim with id {claim_id}", claim_id=claim_id))
                claims = [claim]
            else:
                ids = StoredFileRepository(session).claims_naming_files()
                found = (annotations.get_claim(i) for i in ids)
                claims = [c for c in found if c is not None]
        return [KeptFile(c.id, e) for c in claims for e in c.evidence if e.file is not None]

    def is_stored(self, sha256: str) -> bool:
        with self.database.reading() as session:
            return StoredFileRepository(session).get(sha256) is not None

    @contextmanager
    def opened(self, sha256: str) -> Iterator[BinaryIO]:
        """The stored file as a seekable stream, read chunk by chunk while it is open."""
        with self.database.reading() as session:
            files = StoredFileRepository(session)
            stored = files.get(sha256)
            if stored is None:
                raise FileNotStored(not_stored(sha256))
            with files.open(stored) as stream:
                yield stream

    def head(self, sha256: str, size: int) -> bytes:
        """The first ``size`` bytes of a stored file (a preview)."""
        with self.opened(sha256) as stream:
            return stream.read(size)

    def read_all(self, sha256: str, limit: int) -> bytes:
        """A whole stored file of at most ``limit`` bytes (an image to show); larger ones are
        refused rather than read."""
        with self.database.reading() as session:
            files = StoredFileRepository(session)
            stored = files.get(sha256)
            if stored is None:
                raise FileNotStored(not_stored(sha256))
            if stored.size > limit:
                raise InputRefused(too_large(limit))
            return b"".join(files.iter_chunks(stored))

    def save_copy(self, sha256: str, target: Path) -> Path:
        """Write the stored file to ``target`` (a new file, 0600 as the database: evidence
        may be unpublished), chunk by chunk; the file appears only when complete."""
        from annotator.services.exporting.atomic_file import checked_target

        target, _mode = checked_target(Path(target))
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as out, self.database.reading() as session:
                files = StoredFileRepository(session)
                stored = files.get(sha256)
                if stored is None:
                    raise FileNotStored(not_stored(sha256))
                for data in files.iter_chunks(stored):
                    out.write(data)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target

    def preview(self, sha256: str, media_type: str) -> Preview:
        """The first page of a PDF or the first lines of a text, as text."""
        from annotator.services.evidence import previews

        if media.kind_of(media_type) is media.Kind.PDF:
            with self.opened(sha256) as stream:
                return previews.pdf_preview(stream)
        stored = self.stored(sha256)
        if stored is None:
            raise FileNotStored(not_stored(sha256))
        return previews.text_preview(self.head(sha256, previews.TEXT_HEAD_BYTES), stored.size)

    def captures(self, sha256: str, media_type: str) -> list[Capture]:
        """The pages a WARC or WACZ file holds."""
        from annotator.services.evidence.captures import list_captures

        with self.opened(sha256) as stream:
            return list_captures(stream, media_type)

    def capture_text(self, sha256: str, media_type: str, capture: Capture) -> CapturedText:
        """The main text of one captured page, read offline."""
        from annotator.services.evidence.captures import captured_text

        with self.opened(sha256) as stream:
            return captured_text(stream, media_type, capture)

    # --- checking ----------------------------------------------------------------------------

    def check(self, *, fix: bool = False) -> FileCheck:
        """Hash every stored file again; list the unused ones (removed with ``fix``, in one
        transaction) and the hashes evidence names that are not stored here."""
        found = FileCheck()
        with self.database.reading() as session:
            files = StoredFileRepository(session)
            for sha256 in files.hashes():
                stored = files.get(sha256)
                if stored is None:
                    continue
                found.checked += 1
                damage = files.damage(stored)
                if damage is not None:
                    found.damaged.append(damage)
            found.unused = files.unused()
            found.missing = files.missing()
        if fix and found.unused:
            with self.database.transaction() as session:
                files = StoredFileRepository(session)
                # Only what is still unused now: evidence attached since keeps its file.
                found.removed = files.delete(set(found.unused) & set(files.unused()))
        return found

    def stored(self, sha256: str) -> StoredFile | None:
        with self.database.reading() as session:
            return StoredFileRepository(session).get(sha256)


def _size_of(paths: list[Path]) -> int:
    """The files' sizes together, as they are now (those that cannot be read count 0: they
    are refused with their reason by the attach)."""
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += Path(path).stat().st_size
    return total


def not_stored(sha256: str) -> str:
    return said(
        "the file {sha256} is not in this database (imported without its files: import the "
        "bundle exported with --with-evidence)",
        sha256=sha256,
    )
