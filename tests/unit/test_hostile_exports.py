"""Exports to odd targets and exports of hostile text: nothing but a regular,
writable file is replaced; spreadsheets and web pages that open our files run nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.helpers import dataset_document, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def db(run_cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.sqlite3"
    assert run_cli("import", SEEDS, "--db", path).code == 0
    return path


def hostile_dataset(tmp_path: Path) -> Path:
    document = dataset_document(['=HYPERLINK("http://evil.example") said Rogov.'])
    claim = document["articles"][0]["claims"][0]
    claim["claim_reviewed"] = "</script><script>alert(1)</script> & more"
    claim["claimant"]["name"] = "+cmd|' /C calc'!A0"
    claim["justification"] = "-2+3"
    claim["tags"] = ["@SUM(1)"]
    return write_json(tmp_path / "hostile.json", document)


def test_a_device_as_export_target_is_refused_and_left_alone(
    run_cli, db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX only")
    pipe = tmp_path / "out.json"
    os.mkfifo(pipe)
    result = run_cli("export", "-o", pipe, "--db", db)
    assert result.code == 2
    assert "not a regular file" in result.err
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []


def test_a_link_to_a_device_is_refused_too(run_cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null here")
    link = tmp_path / "null.json"
    link.symlink_to("/dev/null")
    result = run_cli("export", "-o", link, "--db", db)
    assert result.code == 2 and "not a regular file" in result.err
    assert link.is_symlink() and stat.S_ISCHR(link.stat().st_mode)


def test_a_read_only_file_is_not_overwritten(run_cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "published.json"
    target.write_text("the published version", encoding="utf-8")
    target.chmod(0o444)
    result = run_cli("export", "-o", target, "--db", db)
    assert result.code == 2 and "read-only" in result.err
    assert target.read_text(encoding="utf-8") == "the published version"


def test_a_symlink_to_a_file_is_written_through(run_cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    real = tmp_path / "shared" / "dataset.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert run_cli("export", "-o", link, "--db", db).code == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["format_version"] == 1


def test_a_replaced_export_keeps_its_mode(run_cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o664)
    assert run_cli("export", "-o", target, "--db", db).code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert json.loads(target.read_text(encoding="utf-8"))["format_version"] == 1


def test_partials_of_killed_exports_are_cleaned_up_on_the_next_export(
    run_cli, db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    # A process that ran and ended: its pid is free now.
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(gone.stdout)
    stale = tmp_path / f".out.json.{dead_pid}-abc123.partial"
    stale.write_bytes(b"x" * 1000)
    old_style = tmp_path / ".out.json.k2j3h4.partial"
    old_style.write_bytes(b"x")
    os.utime(old_style, (0, 0))
    alive = tmp_path / f".out.json.{os.getppid()}-zzz.partial"  # a writer still running
    alive.write_bytes(b"x")
    other = tmp_path / ".other.json.123-abc.partial"  # not this target's
    other.write_bytes(b"x")
    assert run_cli("export", "-o", target, "--db", db).code == 0
    assert not stale.exists() and not old_style.exists()
    assert alive.exists() and other.exists()


def test_csv_cells_that_look_like_formulas_are_neutralised_unless_raw(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", hostile_dataset(tmp_path), "--db", db).code == 0
    assert run_cli("export", "-o", tmp_path / "safe.csv", "--format", "csv", "--db", db).code == 0
    (row,) = list(csv.DictReader(io.StringIO((tmp_path / "safe.csv").read_text("utf-8-sig"))))
    assert row["quote"] == '\'=HYPERLINK("http://evil.example") said Rogov.'
    assert row["claimant"] == "'+cmd|' /C calc'!A0"
    assert row["justification"] == "'-2+3"
    assert row["tags"] == "'@SUM(1)"
    assert row["status"] == "false"  # ordinary cells untouched

    assert (
        run_cli(
            "export", "-o", tmp_path / "raw.csv", "--format", "csv", "--csv-raw", "--db", db
        ).code
        == 0
    )
    (raw,) = list(csv.DictReader(io.StringIO((tmp_path / "raw.csv").read_text("utf-8-sig"))))
    assert raw["quote"] == '=HYPERLINK("http://evil.example") said Rogov.'
    assert raw["claimant"] == "+cmd|' /C calc'!A0"


@pytest.mark.sqlite_only(reason="opens no database")
def test_the_readme_tells_about_csv_formulas() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "--csv-raw" in readme


def test_claimreview_cannot_break_out_of_a_script_element(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.sqlite3"
    assert run_cli("import", hostile_dataset(tmp_path), "--db", db).code == 0
    out = tmp_path / "reviews.jsonld"
    result = run_cli(
        "export", "-o", out, "--format", "claimreview", "--org-name", "<b>KFC</b> & co", "--db", db
    )
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    assert "<" not in text and ">" not in text and "&" not in text
    (item,) = json.loads(text)["@graph"]
    assert item["claimReviewed"] == "</script><script>alert(1)</script> & more"
    assert item["author"]["name"] == "<b>KFC</b> & co"


def test_a_review_address_that_is_not_a_web_address_is_refused_at_import(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    document = dataset_document(["Rogov said Izium was taken."])
    document["articles"][0]["claims"][0]["review"]["url"] = "javascript:alert(1)"
    path = write_json(tmp_path / "js.json", document)
    result = run_cli("import", path, "--db", tmp_path / "a.sqlite3")
    assert result.code == 1
    assert f"{path}:" in result.err and "review.url" in result.err


@pytest.mark.sqlite_only(reason="opens no database")
def test_a_stored_non_web_review_address_is_never_exported(tmp_path: Path) -> None:
    from annotator.domain.models import Claim, Review
    from annotator.domain.schemes import Schemes
    from annotator.services.formats.claimreview import skip_reason

    status = {s.id: s for s in Schemes.defaults().statuses}["false"]
    claim = Claim(
        id="c",
        article_id="a",
        start=0,
        end=1,
        quote="x",
        status="false",
        review=Review(url="javascript:alert(1)"),
    )
    assert skip_reason(claim, status) is not None and "not a web address" in skip_reason(
        claim, status
    )


@pytest.mark.sqlite_only(reason="the database file's permissions")
def test_files_we_create_are_the_users_alone(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old_umask = os.umask(0o022)
    try:
        data = tmp_path / "data"
        assert run_cli("import", SEEDS, "--data-dir", data).code == 0
        bad = tmp_path / "bad.json"
        bad.write_text("{", encoding="utf-8")
        assert run_cli("import", bad, "--data-dir", data).code == 1
        out = tmp_path / "export.json"
        assert run_cli("export", "-o", out, "--data-dir", data).code == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "annotator.sqlite3").stat().st_mode) == 0o600
    for sidecar in data.glob("annotator.sqlite3-*"):
        assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600, sidecar


@pytest.mark.sqlite_only(reason="backups of a SQLite file before an upgrade")
def test_backups_and_logs_are_private(tmp_path: Path) -> None:
    import logging
    import sqlite3

    from annotator.logs import setup_logging
    from annotator.storage import migrate
    from annotator.storage.database import open_database

    old_umask = os.umask(0o022)
    try:
        db = tmp_path / "old.sqlite3"
        migrate.upgrade(db, "0001")
        sqlite3.connect(db).close()
        database = open_database(db, backup_dir=tmp_path / "backups")
        database.close()
        log_file = setup_logging(tmp_path / "logs" / "annotator.log")
        logging.getLogger("annotator").error("something to log")
    finally:
        os.umask(old_umask)
    (backup,) = (tmp_path / "backups").iterdir()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    setup_logging(tmp_path / "logs2" / "annotator.log")  # let go of the file
