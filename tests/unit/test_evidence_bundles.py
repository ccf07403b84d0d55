"""Handing evidence on: a bundle (dataset + evidence/<sha256> + manifest) round trip with every
hash checked, a tampered bundle refused whole, plain exports naming files by hash, and the
files going offline and back with checkout and checkin; on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
from annotator.storage.database import open_database
from tests.helpers import new_workspace
from tests.unit.test_evidence_files import PNG, a_claim, stored_count

pytestmark = pytest.mark.both_engines


def with_files(folder: Path, tmp_path: Path) -> tuple[str, list[str]]:
    workspace = new_workspace(folder, demo=True)
    try:
        claim = a_claim(workspace)
        (tmp_path / "post.png").write_bytes(PNG)
        (tmp_path / "statement.txt").write_text("TranslatableMessage on air, 3 March.\n")
        added = workspace.evidence.attach(
            claim.id, [tmp_path / "post.png", tmp_path / "statement.txt"]
        ).added
        return claim.id, [e.file.sha256 for e in added]  # type: ignore[union-attr]
    finally:
        workspace.close()


def dataset_of(path: Path) -> dict:  # type: ignore[type-arg]
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def test_a_bundle_round_trip_restores_every_file_and_the_same_dataset(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first", tmp_path / "second"
    _claim, hashes = with_files(first, tmp_path)
    bundle = tmp_path / "bundle.zip"
    exported = run_cli("--data-dir", first, "export", "--with-evidence", "-o", bundle)
    assert exported.code == 0, exported.err
    assert "2 evidence file(s)" in exported.out
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        for entry in manifest["files"]:
            data = archive.read(entry["path"])
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["size"]
    assert names == {"dataset.json", "manifest.json", *(f"evidence/{h}" for h in hashes)}
    imported = run_cli("--data-dir", second, "import", bundle)
    assert imported.code == 0, imported.err
    workspace = new_workspace(second)
    try:
        assert stored_count(workspace) == 2
        with workspace.evidence.opened(hashes[0]) as stream:
            assert stream.read() == PNG
        assert workspace.evidence.check().damaged == []
    finally:
        workspace.close()
    # The same dataset comes out of the second database, files and all.
    for folder, out in ((first, tmp_path / "a.json"), (second, tmp_path / "b.json")):
        assert run_cli("--data-dir", folder, "export", "-o", out).code == 0
    assert dataset_of(tmp_path / "a.json") == dataset_of(tmp_path / "b.json")
    again = run_cli("--data-dir", second, "import", bundle)
    assert again.code == 0 and "0 new article(s)" in again.out


def test_a_plain_export_names_the_files_by_hash_and_imports_without_them(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first", tmp_path / "second"
    claim_id, hashes = with_files(first, tmp_path)
    out = tmp_path / "plain.json"
    assert run_cli("--data-dir", first, "export", "-o", out).code == 0
    claims = [c for a in json.loads(out.read_text())["articles"] for c in a["claims"]]
    (claim,) = [c for c in claims if c["id"] == claim_id]
    assert [e["file"]["sha256"] for e in claim["evidence"]] == hashes
    assert claim["evidence"][0]["file"]["media_type"] == "image/png"
    assert run_cli("--data-dir", second, "import", out).code == 0
    listed = run_cli("--data-dir", second, "evidence", "list", "--json")
    assert [row["stored"] for row in json.loads(listed.out)] == [False, False]
    checked = run_cli("--data-dir", second, "check")
    assert checked.code == 0 and "2 evidence file(s) named by hash" in checked.out


def tampered(bundle: Path, target: Path, sha256: str) -> None:
    """The bundle with one evidence file's bytes changed, its name and manifest kept."""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == f"evidence/{sha256}":
                data = data[:-1] + bytes([data[-1] ^ 1])
            out.writestr(info, data)


def test_a_tampered_bundle_is_refused_whole_and_nothing_is_stored(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first", tmp_path / "second"
    _claim, hashes = with_files(first, tmp_path)
    bundle = tmp_path / "bundle.zip"
    assert run_cli("--data-dir", first, "export", "--with-evidence", "-o", bundle).code == 0
    bad = tmp_path / "tampered.zip"
    tampered(bundle, bad, hashes[1])
    refused = run_cli("--data-dir", second, "import", bad)
    assert refused.code == 1
    assert f"evidence/{hashes[1]}: its bytes do not match their SHA-256" in refused.err
    workspace = new_workspace(second)
    try:
        assert workspace.article_count() == 0 and stored_count(workspace) == 0
    finally:
        workspace.close()


def test_checkout_takes_the_files_offline_and_checkin_brings_new_ones_back(
    tmp_path: Path,
) -> None:
    from annotator.services.team.offline import checkin, checkout
    from tests.helpers import database_at

    team = tmp_path / "team"
    claim_id, hashes = with_files(team, tmp_path)
    location = database_at(team / "annotator.sqlite3")
    offline = tmp_path / "offline.sqlite3"
    checkout(location, offline)
    local = Workspace(open_database(offline))
    try:
        assert all(local.evidence.is_stored(h) for h in hashes)
        (tmp_path / "new.txt").write_text("Found offline.\n")
        new = local.evidence.attach(claim_id, [tmp_path / "new.txt"]).added[0]
    finally:
        local.close()
    checkin(offline, location)
    server = new_workspace(team)
    try:
        assert server.evidence.is_stored(new.file.sha256)  # type: ignore[union-attr]
        kept = [k.evidence.id for k in server.evidence.kept_files(claim_id)]
        assert new.id in kept
    finally:
        server.close()
