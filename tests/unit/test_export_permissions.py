"""Exports are ordinary files a colleague can read, not mkstemp's 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
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
