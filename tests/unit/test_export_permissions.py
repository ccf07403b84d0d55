"""Exports are ordinary files a colleague can read, not mkstemp's 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
from tests import engines
from tests.conftest import SEEDS
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path)
    ws.import_paths([SEEDS])
    yield ws
    ws.close()


@contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.parametrize("format", ["json", "jsonl", "csv"])
def test_a_new_export_gets_the_permissions_the_umask_gives(
    workspace: Workspace, tmp_path: Path, mask: int, expected: int, format: str
) -> None:
    target = tmp_path / f"shared.{format}"
    with umask(mask):
        workspace.export(target, format=format)
    assert mode(target) == expected


def test_replacing_an_export_keeps_the_mode_the_user_gave_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "private.json"
    target.write_text("{}")
    target.chmod(0o640)
    with umask(0o022):
        workspace.export(target)
    assert mode(target) == 0o640
    assert target.read_text() != "{}"


@pytest.mark.parametrize("format", ["claimreview", "brat", "inception"])
def test_under_umask_000_an_export_is_shared_while_what_we_keep_stays_private(
    workspace: Workspace, tmp_path: Path, format: str
) -> None:
    """The other exports too, folders and every file in them: the umask decides, not
    private_files.py, even where the program keeps its own files 0600 (README, "Private by
    default")."""
    from annotator.services.formats.claimreview import Organization

    target = tmp_path / "shared" / format
    target.parent.mkdir(mode=0o777)
    with umask(0o000):
        workspace.export(target, format=format, organization=Organization("Desk", None))
    made = [target, *target.rglob("*")] if target.is_dir() else [target]
    assert {oct(mode(p)) for p in made} == (
        {"0o666"} if format == "claimreview" else {"0o777", "0o666"}
    ), sorted((p.name, oct(mode(p))) for p in made)
    if engines.active is None:  # a SQLite run: the database beside it stays the user's alone
        assert mode(tmp_path / "annotator.sqlite3") == 0o600
