"""A received folder cannot pull the machine's own files into a dataset: a link out of the
folder is not followed, a named pipe, a device or a socket is never opened, each is named in
the import report; a link to a file inside the folder is read, once. The same walk serves
folders of article files and brat and INCEpTION folders."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from tests.format_samples import hard_document
from tests.helpers import new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

SECRET = "root:x:0:0:root:/root:/bin/bash — a line of this machine's own files."


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A private file of this machine, outside every folder the tests import."""
    secret = tmp_path / "elsewhere" / "passwd"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n", encoding="utf-8")
    return secret


def _brat_folder(folder: Path, outside: Path) -> Path:
    folder.mkdir()
    (folder / "annotation.conf").write_text("[entities]\nPERSON\n", encoding="utf-8")
    (folder / "ok.txt").write_text("Rogov said ten soldiers left.\n", encoding="utf-8")
    (folder / "ok.ann").write_text("T1\tPERSON 0 5\tRogov\n", encoding="utf-8")
    (folder / "x.txt").symlink_to(outside)
    (folder / "x.ann").write_text("T1\tPERSON 0 4\troot\n", encoding="utf-8")
    return folder


def test_a_brat_folder_linking_to_a_system_file_imports_and_exports_nothing_of_it(
    tmp_path: Path, outside: Path, run_cli
) -> None:
    system = Path("/etc/passwd")  # the list of the machine's users, where there is one
    if system.is_file() and os.access(system, os.R_OK):
        outside = system
    secret = outside.read_text(encoding="utf-8").splitlines()[0]
    folder = _brat_folder(tmp_path / "received", outside)
    data = tmp_path / "data"
    imported = run_cli("import", folder, "--data-dir", data)
    assert imported.code == 0, imported.err
    assert f"warning: {folder / 'x.txt'}: link to outside the folder, not followed" in (
        imported.out.splitlines()
    )
    assert "1 link(s) or special file(s) not read" in imported.out
    for fmt, out in (("json", tmp_path / "out.json"), ("brat", tmp_path / "out-brat")):
        exported = run_cli("export", "--format", fmt, "-o", out, "--data-dir", data)
        assert exported.code == 0, exported.err
        files = [out] if out.is_file() else list(out.rglob("*"))
        written = "".join(f.read_text(encoding="utf-8") for f in files if f.is_file())
        assert "Rogov said ten soldiers left." in written
        assert secret not in written


def test_an_inception_folder_does_not_follow_a_link_out(
    tmp_path: Path, outside: Path, run_cli
) -> None:
    first = tmp_path / "first"
    seeded = run_cli(
        "import", write_json(tmp_path / "hard.json", hard_document()), "--data-dir", first
    )
    assert seeded.code == 0, seeded.err
    folder = tmp_path / "inception"
    exported = run_cli("export", "--format", "inception", "-o", folder, "--data-dir", first)
    assert exported.code == 0, exported.err
    (folder / "passwd.xmi").symlink_to(outside)
    workspace = new_workspace(tmp_path / "data")
    try:
        report = workspace.import_paths([folder], from_format="inception")
        assert not report.refused, report.results[0].line()
        reasons = {item.path.name: item.reason for item in report.set_aside}
        assert reasons == {"passwd.xmi": "link to outside the folder, not followed"}
        assert workspace.stats().articles == len(hard_document()["articles"])
    finally:
        workspace.close()


def test_a_folder_of_articles_skips_links_out_and_special_files_and_names_them(
    tmp_path: Path, outside: Path
) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "kept.txt").write_text("Kharkiv was shelled on Monday.\n", encoding="utf-8")
    (folder / "a-link-inside.txt").symlink_to(folder / "kept.txt")
    (folder / "sub" / "second-name.md").symlink_to(Path("..") / "sub" / "deeper.md")
    (folder / "sub" / "deeper.md").write_text("Izium was retaken.\n", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "escape").symlink_to(outside.parent, target_is_directory=True)
    (folder / "dangling.txt").symlink_to(tmp_path / "nothing-here")
    os.mkfifo(folder / "pipe.txt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "socket.md"))
    devices = {}
    if os.geteuid() == 0:  # only root makes device nodes: a copy of /dev/zero never ends
        os.mknod(folder / "zero.txt", 0o600 | 0o020000, os.makedev(1, 5))
        devices = {"zero.txt": "a device file, not imported"}
    workspace = new_workspace(tmp_path / "data")
    try:
        report = workspace.import_paths([folder])
        reasons = {item.path.name: item.reason for item in report.set_aside}
        assert reasons == {
            "a-link-inside.txt": "link to kept.txt, which is read under that name",
            "second-name.md": "link to sub/deeper.md, which is read under that name",
            "dangling.txt": "broken link, not followed",
            "escape": "link to outside the folder, not followed",
            "passwd.txt": "link to outside the folder, not followed",
            "pipe.txt": "a named pipe, not imported",
            "socket.md": "a socket, not imported",
            **devices,
        }
        imported = sorted(r.path.name for r in report.results if r.articles)
        # A file inside the folder is read once, under its own name.
        assert imported == ["deeper.md", "kept.txt"]
        assert not report.refused
    finally:
        workspace.close()
        listener.close()


@pytest.mark.sqlite_only(reason="the walk opens no database")
def test_the_walk_never_opens_a_link_whose_target_changed_to_outside(
    tmp_path: Path, outside: Path
) -> None:
    """Read after the walk, without following the last link: a file swapped for a link to
    outside between the two is refused, not read."""
    from annotator.domain.errors import InputRefused
    from annotator.services.importing.file_bytes import read_bytes, walk_folder

    folder = tmp_path / "racy"
    folder.mkdir()
    (folder / "a.txt").write_text("first", encoding="utf-8")
    (listed,) = walk_folder(folder).files
    (folder / "a.txt").unlink()
    (folder / "a.txt").symlink_to(outside)
    with pytest.raises(InputRefused):
        read_bytes(listed.target, 1000, follow_links=False)


def test_the_window_report_names_what_was_not_read(tmp_path: Path, outside: Path) -> None:
    pytest.importorskip("PySide6")
    from annotator.ui.jobs import import_report_text

    folder = _brat_folder(tmp_path / "received", outside)
    workspace = new_workspace(tmp_path / "data")
    try:
        report = workspace.import_paths([folder])
    finally:
        workspace.close()
    details = import_report_text.details(report)
    assert f"{folder / 'x.txt'}: link to outside the folder, not followed" in details
    assert "links or special files not read: 1" in import_report_text.summary(report)
    assert json.dumps(str(outside)) not in details
