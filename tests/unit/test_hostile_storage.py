"""Full disks, read-only media and special files around the database: the right
diagnosis (never "damaged, restore a backup" for an intact file), no debris, nothing lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.errors import DatabaseUnusable
from annotator.storage import migrate
from annotator.storage.database import open_database
from tests.conftest import SEEDS


def _mount(folder: Path, size: str) -> None:
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real small file system that fills up: the disk-full paths run for real."""
    folder = tmp_path / "disk"
    _mount(folder, "2m")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk, then give back ``leave`` bytes."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError:
                pass
        if leave:
            os.ftruncate(descriptor, max(0, os.fstat(descriptor).st_size - leave))
    finally:
        os.close(descriptor)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill_at_first_revision(path: Path) -> None:
    migrate.upgrade(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.executescript("""
            INSERT INTO annotators VALUES ('ann-1', 'Olena');
            INSERT INTO articles VALUES ('art-1', 'Rogov on Izium', 'Rogov said Izium fell.',
                'sha-1', 'a.txt', NULL, NULL, '[]', NULL, 'en', '2026-01-01T00:00:00Z', 'todo');
        """)
    connection.close()


def test_a_named_pipe_as_database_is_refused_without_hanging(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "db.sqlite3"
    os.mkfifo(pipe)
    outcome: dict[str, object] = {}
    worker = threading.Thread(
        target=lambda: outcome.update(result=run_cli("stats", "--db", pipe)), daemon=True
    )
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():
        with pipe.open("wb"):
            pass
        pytest.fail("opening a named pipe as database hung")
    result = outcome["result"]
    assert result.code == 2  # type: ignore[attr-defined]
    assert "not a regular file" in result.err  # type: ignore[attr-defined]


def test_a_database_on_a_read_only_medium_is_read_without_wal_or_shm(
    run_cli, small_disk: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = small_disk / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db, "--data-dir", tmp_path / "d").code == 0
    before = db.read_bytes()
    remount_read_only(small_disk)
    assert sorted(p.name for p in small_disk.iterdir()) == ["a.sqlite3"]

    stats = run_cli("stats", "--json", "--db", db, "--data-dir", tmp_path / "d")
    assert stats.code == 0, stats.err
    assert '"articles": 5' in stats.out
    export = run_cli(
        "export", "-o", tmp_path / "out.json", "--db", db, "--data-dir", tmp_path / "d"
    )
    assert export.code == 0, export.err
    assert "5 articles" in export.out

    refused = run_cli("import", SEEDS, "--db", db, "--data-dir", tmp_path / "d")
    assert refused.code == 2
    assert "read-only" in refused.err and "damaged" not in refused.err
    assert "backups" not in refused.err
    assert sorted(p.name for p in small_disk.iterdir()) == ["a.sqlite3"]
    assert db.read_bytes() == before


def test_a_full_disk_when_creating_is_said_to_be_a_full_disk(small_disk: Path) -> None:
    fill(small_disk)
    with pytest.raises(DatabaseUnusable) as refused:
        open_database(small_disk / "new.sqlite3")
    assert "no space left" in str(refused.value)
    assert "damaged" not in str(refused.value) and "Restore" not in str(refused.value)


def test_a_full_disk_when_opening_is_not_called_damage(run_cli, small_disk: Path) -> None:  # type: ignore[no-untyped-def]
    db = small_disk / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    for debris in small_disk.glob("a.sqlite3-*"):  # closed cleanly: no -wal, no -shm
        debris.unlink()
    fill(small_disk)
    before = db.read_bytes()
    result = run_cli("stats", "--db", db)
    assert result.code == 2
    assert "no space left" in result.err
    assert "damaged" not in result.err and "Restore" not in result.err
    assert db.read_bytes() == before


def test_a_full_disk_during_a_schema_upgrade_is_a_clear_message_without_debris(
    run_cli, small_disk: Path
) -> None:  # type: ignore[no-untyped-def]
    db = small_disk / "old.sqlite3"
    fill_at_first_revision(db)
    fill(small_disk, leave=48 * 1024)  # room for the -shm file, not for the backup
    before = db.read_bytes()
    for _attempt in range(3):
        result = run_cli("stats", "--db", db)
        assert result.code == 2, result.err
        assert "no space left" in result.err and "unexpected" not in result.err
    backups = small_disk / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []
    assert db.read_bytes() == before
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()
    # Room again: the upgrade goes through and keeps the article.
    (small_disk / "filler").unlink()
    assert run_cli("stats", "--db", db).code == 0


def test_one_backup_per_revision_and_no_partials_after_interrupted_upgrades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.sqlite3"
    backups = tmp_path / "backups"
    fill_at_first_revision(db)
    backups.mkdir()
    # A kill during an earlier backup left its debris.
    (backups / "old-rev0001-2026-01-01T000000Z.sqlite3.partial").write_bytes(b"x")
    (backups / "old-rev0001-2026-01-01T000000Z.sqlite3.partial-journal").write_bytes(b"x")

    def killed(_path: Path, target: str = "head") -> None:
        raise KeyboardInterrupt  # as a kill in the middle of the upgrade would

    real_upgrade = migrate.upgrade
    monkeypatch.setattr(migrate, "upgrade", killed)
    for _ in range(3):
        with pytest.raises(KeyboardInterrupt):
            open_database(db, backup_dir=backups)
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    database = open_database(db, backup_dir=backups)
    database.close()
    left = sorted(p.name for p in backups.iterdir())
    assert len(left) == 1 and left[0].startswith("old-rev0001-"), left
    assert not left[0].endswith(".partial")
