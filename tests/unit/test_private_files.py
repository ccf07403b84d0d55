"""Everything the program keeps for the user is theirs alone whatever the umask: folders 0700,
files 0600 (the data folder and the folders above it that we make, the database, -wal, -shm,
the open marker, backups, logs and the state folder holding them, settings). `annotator
check` names what others may read and `--fix-permissions` makes it private. A data folder
that cannot be made is exit 2 with advice; the log never falls back to a fixed name in the
shared temporary folder. Exports still follow the umask: they are for sharing."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import dataset_document, write_json

# Files on disk, permissions and logs: SQLite's files, the same on either engine's CLI.
pytestmark = pytest.mark.sqlite_only(reason="file permissions of SQLite files and logs")


@contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_under_umask_000_every_folder_and_file_we_make_is_private(tmp_path: Path, run_cli) -> None:
    from annotator.paths import resolve_paths
    from annotator.services.workspace import open_workspace
    from annotator.storage.sqlite import backup_file

    data = tmp_path / "made" / "by" / "us"
    source = write_json(tmp_path / "d.json", dataset_document(["Rogov said Izium fell."]))
    with umask(0):
        assert run_cli("import", source, "--data-dir", data).code == 0
        paths = resolve_paths(data_dir=data)
        workspace = open_workspace(paths)  # open: -wal, -shm and the open marker exist now
        try:
            workspace.preferences.set("organization.name", "Desk")
            beside = [Path(f"{paths.db}{end}") for end in ("-wal", "-shm", "-open")]
            assert {p.name: oct(mode(p)) for p in beside} == {p.name: "0o600" for p in beside}
            backup_file(paths.db, paths.backups / "by-hand" / "copy.sqlite3")
        finally:
            workspace.close()
        exported = tmp_path / "shared.json"
        assert run_cli("export", "-o", exported, "--data-dir", data).code == 0
    for folder in (tmp_path / "made", tmp_path / "made" / "by", data, paths.backups):
        assert oct(mode(folder)) == "0o700", folder
    assert oct(mode(paths.backups / "by-hand")) == "0o700"
    assert oct(mode(paths.backups / "by-hand" / "copy.sqlite3")) == "0o600"
    assert oct(mode(paths.db)) == "0o600"
    assert oct(mode(exported)) == "0o666"  # an export follows the umask: it is for sharing


def test_the_logs_and_the_state_folder_holding_them_are_private_under_umask_000(
    tmp_path: Path,
) -> None:
    from annotator.logs import log, setup_logging

    state = tmp_path / "state"
    log_file = state / "factcheck-annotator" / "log" / "annotator.log"
    with umask(0):
        setup_logging(log_file)
        log.info("importing “Izium”")
    setup_logging(tmp_path / "elsewhere" / "annotator.log")  # let go of the file
    for folder in (state, log_file.parent.parent, log_file.parent):
        assert oct(mode(folder)) == "0o700", folder
    assert oct(mode(log_file)) == "0o600"
    assert "Izium" in log_file.read_text(encoding="utf-8")


def test_the_window_settings_are_private(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from annotator.paths import resolve_paths
    from annotator.ui.app import open_settings

    paths = resolve_paths(data_dir=tmp_path / "data")
    with umask(0):
        settings = open_settings(paths)
        settings.setValue("recent/databases", [str(paths.db)])
        settings.sync()
    assert oct(mode(paths.settings)) == "0o600"
    assert oct(mode(paths.settings.parent)) == "0o700"


def test_the_windows_instance_lock_is_private(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from annotator.paths import resolve_paths
    from annotator.ui.instance_lock import take_instance_lock

    paths = resolve_paths(data_dir=tmp_path / "data")
    paths.ensure()
    with umask(0):
        lock = take_instance_lock(paths)
    try:
        assert oct(mode(Path(f"{paths.db}.lock"))) == "0o600"
    finally:
        lock.unlock()


def test_check_names_what_others_may_read_and_fix_permissions_makes_it_private(
    tmp_path: Path, run_cli
) -> None:
    data = tmp_path / "data"
    source = write_json(tmp_path / "d.json", dataset_document(["Rogov said Izium fell."]))
    assert run_cli("import", source, "--data-dir", data).code == 0
    database = data / "annotator.sqlite3"
    data.chmod(0o755)
    database.chmod(0o644)
    checked = run_cli("check", "--data-dir", data)
    assert checked.code == 0, checked.err
    assert checked.err.splitlines() == [
        f"warning: {data} can be read by other users (mode 0755); annotator check "
        "--fix-permissions makes it yours alone",
        f"warning: {database} can be read by other users (mode 0644); annotator check "
        "--fix-permissions makes it yours alone",
    ]
    assert mode(database) == 0o644  # only named: changed when asked
    fixed = run_cli("check", "--fix-permissions", "--data-dir", data)
    assert fixed.code == 0, fixed.err
    assert f"{data}: made private (0755 → 0700)" in fixed.out
    assert f"{database}: made private (0644 → 0600)" in fixed.out
    assert (mode(data), mode(database)) == (0o700, 0o600)
    again = run_cli("check", "--data-dir", data)
    assert again.err == "" and again.code == 0


def test_check_leaves_the_folder_of_a_database_named_with_db_alone(tmp_path: Path, run_cli) -> None:
    """--db puts a database in a folder of the user's (their documents): not ours to judge."""
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    documents.chmod(0o755)
    database = documents / "desk.sqlite3"
    source = write_json(tmp_path / "d.json", dataset_document(["Rogov said Izium fell."]))
    assert run_cli("import", source, "--db", database).code == 0
    checked = run_cli("check", "--fix-permissions", "--db", database)
    assert checked.code == 0 and str(documents) + ":" not in checked.out
    assert mode(documents) == 0o755


def _unmakeable(tmp_path: Path) -> list[Path]:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    places = [blocker / "data", Path("/proc/annotator-cannot-be-here/data")]
    if os.geteuid() != 0:  # root may write anywhere: a read-only parent stops others only
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        places.append(locked / "data")
    return places


def test_a_data_folder_that_cannot_be_created_is_exit_2_with_advice(
    tmp_path: Path, run_cli
) -> None:
    source = write_json(tmp_path / "d.json", dataset_document(["Rogov said Izium fell."]))
    for place in _unmakeable(tmp_path):
        for args in (("--data-dir", place), ("--db", place / "desk.sqlite3")):
            result = run_cli("import", source, *args)
            assert result.code == 2, (place, result.err)
            (line,) = result.err.strip().splitlines()
            assert line.startswith(f"annotator: The folder {place} cannot be created")
            assert "Choose a" in line and "folder" in line and "--data-dir" in line


def test_the_log_falls_back_to_the_users_runtime_folder_never_the_shared_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.logs import current_log_file, log, setup_logging

    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    (shared / "factcheck-annotator.log").mkdir()  # another user's, say: cannot be opened
    monkeypatch.setattr(tempfile, "tempdir", str(shared))  # the shared temporary folder
    runtime = tmp_path / "run" / "user"
    runtime.mkdir(parents=True, mode=0o700)
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    blocked = tmp_path / "logs-blocked"
    blocked.write_text("a file where the log folder should be", encoding="utf-8")
    setup_logging(blocked / "annotator.log")
    log.error("a record that must land somewhere private")
    where = current_log_file()
    setup_logging(tmp_path / "elsewhere" / "annotator.log")
    assert where == runtime / "factcheck-annotator" / "annotator.log"
    assert oct(mode(where.parent)) == "0o700" and oct(mode(where)) == "0o600"
    assert "land somewhere private" in where.read_text(encoding="utf-8")
    assert "Logging error" not in capsys.readouterr().err
    assert list((shared / "factcheck-annotator.log").iterdir()) == []


def test_an_unexpected_error_is_written_in_the_runtime_folder_when_there_is_no_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator import logs

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the shared temporary folder
    monkeypatch.setattr(logs.log, "handlers", [])  # no log file set up yet
    line = logs.report_unexpected(RuntimeError("a bug"))
    crash = runtime / "factcheck-annotator" / "crash.log"
    assert line.endswith(f"the details are in {crash}")
    assert oct(mode(crash)) == "0o600" and "RuntimeError: a bug" in crash.read_text("utf-8")


def test_a_checked_out_file_goes_into_private_folders_or_is_exit_2(tmp_path: Path, run_cli) -> None:
    team = tmp_path / "team.sqlite3"
    source = write_json(tmp_path / "d.json", dataset_document(["Rogov said Izium fell."]))
    assert run_cli("import", source, "--db", team).code == 0
    trip = tmp_path / "trip" / "kharkiv" / "offline.sqlite3"
    with umask(0):
        taken = run_cli("checkout", "--from", team, "--to", trip)
    assert taken.code == 0, taken.err
    assert [oct(mode(p)) for p in (trip.parent.parent, trip.parent, trip)] == [
        "0o700",
        "0o700",
        "0o600",
    ]
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    refused = run_cli("checkout", "--from", team, "--to", blocker / "offline.sqlite3")
    assert refused.code == 2
    assert refused.err.strip() == (
        f"annotator: The folder {blocker} cannot be created: {blocker} is a file. Choose "
        "another folder with --data-dir (or --db FILE)."
    )
