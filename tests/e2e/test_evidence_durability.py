"""Evidence files at size and under a kill: a 200 MB file is attached, read back and bundled
with memory that does not grow with it; a writer killed while it attaches leaves no file
without its evidence and no evidence without its file; on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.storage.database import open_database
from annotator.storage.rows import EvidenceRow, StoredChunkRow, StoredFileRow
from tests import engines
from tests.helpers import database_at, new_workspace
from tests.unit.test_evidence_files import a_claim

pytestmark = [pytest.mark.both_engines, pytest.mark.slow]

MEGABYTE = 1024 * 1024


def big_file(path: Path, megabytes: int) -> str:
    """A file of varied bytes (no two chunks alike), written a megabyte at a time; its hash."""
    digest = hashlib.sha256()
    block = os.urandom(MEGABYTE)
    with path.open("wb") as out:
        for number in range(megabytes):
            chunk = number.to_bytes(8, "big") + block[8:]
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def test_a_200_mb_file_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    source = tmp_path / "screen recording.mp4"
    expected = big_file(source, 200)
    workspace = new_workspace(tmp_path / "data", demo=True)
    try:
        claim = a_claim(workspace)
        tracemalloc.start()
        attached = workspace.evidence.attach(claim.id, [source])
        _, attach_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        with workspace.evidence.opened(expected) as stream:
            while data := stream.read(MEGABYTE):
                digest.update(data)
        _, read_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        copy = workspace.evidence.save_copy(expected, tmp_path / "copy.mp4")
        _, copy_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert not attached.refused and attached.added[0].file.size == 200 * MEGABYTE  # type: ignore[union-attr]
        assert digest.hexdigest() == expected
        assert copy.stat().st_size == 200 * MEGABYTE
        assert workspace.evidence.check().damaged == []
    finally:
        workspace.close()
    # A few chunks in flight (the hashing thread's queue, the driver's buffers), never the
    # file: 200 MB read whole would show as 200 MB here.
    for peak in (attach_peak, read_peak, copy_peak):
        assert peak < 24 * MEGABYTE, f"peak {peak / MEGABYTE:.1f} MB"


WRITER = """
import sys
from pathlib import Path
from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
workspace = open_workspace(resolve_paths(data_dir=Path(sys.argv[1]), db=sys.argv[2]))
print("open", flush=True)
result = workspace.evidence.attach(sys.argv[3], [Path(p) for p in sys.argv[4:]])
print("attached", len(result.added), flush=True)
workspace.close()
"""


def consistent(location: str | Path) -> tuple[int, int]:
    """(stored files, evidence rows naming a file); fails on a file without its evidence,
    evidence without its file, a half-written file or a file with missing chunks."""
    database = open_database(location, create=False)
    try:
        with database.reading() as session:
            files = dict(session.execute(select(StoredFileRow.sha256, StoredFileRow.id)).all())
            named = set(
                session.scalars(
                    select(EvidenceRow.file_sha256).where(EvidenceRow.file_sha256.is_not(None))
                )
            )
            chunks = set(session.scalars(select(StoredChunkRow.file_id)))
        assert not [h for h in files if h.startswith("pending-")]
        assert set(files) == named, (set(files), named)
        assert chunks == set(files.values())
        return len(files), len(named)
    finally:
        database.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_writer_killed_while_attaching_leaves_files_and_evidence_together(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    workspace = new_workspace(folder, demo=True)
    claim = a_claim(workspace)
    workspace.close()
    location = str(database_at(folder / "annotator.sqlite3"))
    sources = []
    for number in range(3):
        sources.append(tmp_path / f"video-{number}.mp4")
        big_file(sources[-1], 40)
    environment = {**os.environ}
    if engines.active is not None:
        environment["PGPASSWORD"] = engines.active.cluster.password
    kills = 0
    for delay in (0.05, 0.3, 0.8, 1.5):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), location, claim.id, *map(str, sources)],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        ) as writer:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "open"
            time.sleep(delay)
            if writer.poll() is None:
                writer.send_signal(signal.SIGKILL)
                kills += 1
            writer.wait(timeout=120)
        files, _ = consistent(location)
        assert files in (0, 3)  # one transaction: all three files, or none
    assert kills >= 2  # the attach takes seconds: most kills land inside it
    finished = subprocess.run(
        [sys.executable, "-c", WRITER, str(folder), location, claim.id, *map(str, sources)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=True,
    )
    assert "attached 3" in finished.stdout
    assert consistent(location)[0] == 3
