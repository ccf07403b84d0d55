"""Evidence files in the database: their bytes once per SHA-256, in chunks of 1 MiB, written
and read one chunk at a time so that memory never grows with a file, on SQLite as on
PostgreSQL (docs/design/storage.md, "Evidence files").

A file is written in one pass: each chunk is inserted as it is read while a second thread
hashes it (hashlib lets go of the GIL), so attaching costs about one read and one write of the
file, not a hashing pass first. The chunks are keyed by the file's row id, since its hash is
known only at the end. Everything happens in the caller's transaction: a file is stored with
the evidence that keeps it, or not at all.
"""

from __future__ import annotations

import hashlib
import io
import queue
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import delete, exists, func, insert, literal, select, update

from annotator.domain.errors import InputRefused, said
from annotator.domain.timestamps import now_timestamp
from annotator.storage.repositories.repository_base import Repository, chunks
from annotator.storage.rows import EvidenceRow, StoredChunkRow, StoredFileRow, TrashedArticleRow

CHUNK_SIZE = 1024 * 1024

# Reads a file's next bytes, at most the given number; b"" at its end.
Read = Callable[[int], bytes]


@dataclass(frozen=True, slots=True)
class StoredFile:
    id: str
    sha256: str
    size: int
    chunk_size: int
    stored_at: str


@dataclass(frozen=True, slots=True)
class Damage:
    """A stored file whose bytes no longer hash to its name (or whose chunks are missing)."""

    sha256: str
    reason: str


class _Hasher:
    """SHA-256 and size of the chunks given to it, computed in a thread of its own while the
    caller writes them; a few chunks wait at most (memory stays bounded)."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._thread = threading.Thread(target=self._run, name="evidence-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            self.digest.update(chunk)
            self.size += len(chunk)

    def add(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def finish(self) -> str:
        self._queue.put(None)
        self._thread.join()
        return self.digest.hexdigest()


def hash_stream(read: Read) -> tuple[str, int]:
    """The SHA-256 and size of what ``read`` gives, read chunk by chunk."""
    digest, size = hashlib.sha256(), 0
    while chunk := read(CHUNK_SIZE):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


class StoredFileRepository(Repository):
    # --- writing ---------------------------------------------------------------------------

    def store(self, read: Read, limit: int, expected: str | None = None) -> tuple[StoredFile, bool]:
        """Store the bytes ``read`` gives (at most ``limit``), or find them stored already;
        returns the stored file and whether it was new. ``expected``: the SHA-256 the bytes
        must have (a bundle's file), InputRefused otherwise, nothing kept.

        Written in one pass under a fresh id; when the hash turns out to be stored already
        (a duplicate), the new chunks are deleted again and the stored copy is returned."""
        connection = self.session.connection()
        file_id = str(uuid.uuid4())
        connection.execute(
            insert(StoredFileRow).values(
                id=file_id,
                sha256=f"pending-{file_id}",
                size=0,
                chunk_size=CHUNK_SIZE,
                stored_at=now_timestamp(),
            )
        )
        hasher = _Hasher()
        position = written = 0
        try:
            while chunk := read(CHUNK_SIZE):
                written += len(chunk)
                if written > limit:
                    raise InputRefused(too_large(limit))
                hasher.add(chunk)
                connection.execute(
                    insert(StoredChunkRow).values(file_id=file_id, position=position, data=chunk)
                )
                position += 1
        finally:
            sha256 = hasher.finish()
        if expected is not None and sha256 != expected:
            raise InputRefused(
                said("its bytes do not match their SHA-256 {expected}", expected=expected)
            )
        found = self.get(sha256)
        if found is not None:
            self._delete_ids([file_id])
            return found, False
        connection.execute(
            update(StoredFileRow)
            .where(StoredFileRow.id == file_id)
            .values(sha256=sha256, size=written)
        )
        stored = self.get(sha256)
        assert stored is not None
        return stored, True

    def copy_from(self, source: StoredFileRepository, sha256: str) -> bool:
        """Copy a stored file from another database's session (checkout, checkin), chunk by
        chunk; False when ``source`` lacks it. A file already here is left as it is."""
        if self.get(sha256) is not None:
            return True
        found = source.get(sha256)
        if found is None:
            return False
        with source.open(found) as stream:
            self.store(stream.read, found.size, expected=sha256)
        return True

    def delete(self, hashes: Iterable[str]) -> int:
        ids = [
            file_id
            for chunk in chunks(list(hashes))
            for file_id in self.session.scalars(
                select(StoredFileRow.id).where(StoredFileRow.sha256.in_(chunk))
            )
        ]
        self._delete_ids(ids)
        return len(ids)

    def _delete_ids(self, ids: list[str]) -> None:
        # The chunks first: SQLite's cascade needs foreign keys on, which a copy may not have.
        for chunk in chunks(ids):
            self.session.execute(delete(StoredChunkRow).where(StoredChunkRow.file_id.in_(chunk)))
            self.session.execute(delete(StoredFileRow).where(StoredFileRow.id.in_(chunk)))

    # --- reading ---------------------------------------------------------------------------

    def get(self, sha256: str) -> StoredFile | None:
        row = self.session.execute(
            select(
                StoredFileRow.id,
                StoredFileRow.sha256,
                StoredFileRow.size,
                StoredFileRow.chunk_size,
                StoredFileRow.stored_at,
            ).where(StoredFileRow.sha256 == sha256)
        ).first()
        return StoredFile(*row) if row is not None else None

    def has_size(self, size: int) -> bool:
        """Whether any stored file has exactly this size (a duplicate is possible)."""
        query = select(exists().where(StoredFileRow.size == size))
        return bool(self.session.scalar(query))

    def hashes(self) -> list[str]:
        query = select(StoredFileRow.sha256).where(~StoredFileRow.sha256.startswith("pending-"))
        return list(self.session.scalars(query.order_by(StoredFileRow.sha256)))

    def present(self, hashes: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in chunks(list(dict.fromkeys(hashes))):
            query = select(StoredFileRow.sha256).where(StoredFileRow.sha256.in_(chunk))
            found.update(self.session.scalars(query))
        return found

    def total_size(self) -> int:
        return int(self.session.scalar(select(func.coalesce(func.sum(StoredFileRow.size), 0))) or 0)

    def chunk(self, stored: StoredFile, position: int) -> bytes:
        data = self.session.connection().scalar(
            select(StoredChunkRow.data).where(
                StoredChunkRow.file_id == stored.id, StoredChunkRow.position == position
            )
        )
        return bytes(data) if data is not None else b""

    def open(self, stored: StoredFile) -> BinaryIO:
        """The file as a seekable binary stream, read chunk by chunk within this session."""
        return io.BufferedReader(_ChunkReader(self, stored), buffer_size=CHUNK_SIZE)

    def iter_chunks(self, stored: StoredFile) -> Iterator[bytes]:
        for position in range(-(-stored.size // stored.chunk_size)):
            yield self.chunk(stored, position)

    def damage(self, stored: StoredFile) -> Damage | None:
        """Hash the stored bytes again: None when they are whole."""
        digest, size = hashlib.sha256(), 0
        for data in self.iter_chunks(stored):
            digest.update(data)
            size += len(data)
        if size != stored.size:
            return Damage(
                stored.sha256,
                said("{size} bytes stored of {expected}", size=size, expected=stored.size),
            )
        if digest.hexdigest() != stored.sha256:
            return Damage(stored.sha256, said("its bytes no longer match its SHA-256"))
        return None

    # --- which files are used --------------------------------------------------------------

    def unused(self) -> list[str]:
        """Stored files that no evidence keeps, nor an article waiting in the Trash (its
        evidence comes back with it)."""
        used_by_evidence = select(literal(1)).where(EvidenceRow.file_sha256 == StoredFileRow.sha256)
        in_trash = select(literal(1)).where(
            TrashedArticleRow.payload.contains(StoredFileRow.sha256)
        )
        query = select(StoredFileRow.sha256).where(
            ~exists(used_by_evidence),
            ~exists(in_trash),
            ~StoredFileRow.sha256.startswith("pending-"),
        )
        return list(self.session.scalars(query.order_by(StoredFileRow.sha256)))

    def claims_naming_files(self) -> list[str]:
        """The ids of the claims with evidence that keeps a file, in id order."""
        query = select(EvidenceRow.claim_id).where(EvidenceRow.file_sha256.is_not(None))
        return sorted(set(self.session.scalars(query)))

    def missing(self) -> list[str]:
        """Hashes that evidence names but this database does not hold (a dataset imported
        without its files)."""
        query = (
            select(EvidenceRow.file_sha256)
            .where(
                EvidenceRow.file_sha256.is_not(None),
                ~exists(select(literal(1)).where(StoredFileRow.sha256 == EvidenceRow.file_sha256)),
            )
            .distinct()
        )
        return sorted(h for h in self.session.scalars(query) if h is not None)


def too_large(limit: int) -> str:
    return said(
        "the file is larger than the limit for evidence files ({limit} MB; annotator config "
        "evidence.max_file_mb)",
        limit=limit // (1024 * 1024),
    )


class _ChunkReader(io.RawIOBase):
    """A stored file as a raw seekable stream: each read fetches the chunk it falls in."""

    def __init__(self, repository: StoredFileRepository, stored: StoredFile) -> None:
        super().__init__()
        self.repository, self.stored = repository, stored
        self.position = 0
        self._cached: tuple[int, bytes] = (-1, b"")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.stored.size}[whence]
        self.position = max(0, base + offset)
        return self.position

    # io.RawIOBase promises any writable buffer; the readers of a stored file (zipfile, shutil,
    # hashlib) hand a bytearray or a memoryview, which is all this one takes.
    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.position >= self.stored.size:
            return 0
        index, offset = divmod(self.position, self.stored.chunk_size)
        if self._cached[0] != index:
            self._cached = (index, self.repository.chunk(self.stored, index))
        data = self._cached[1][offset : offset + len(buffer)]
        if not data:
            return 0
        buffer[: len(data)] = data
        self.position += len(data)
        return len(data)
