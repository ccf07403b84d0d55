"""The guard that keeps tests out of the real home directory must itself work."""

from pathlib import Path

import pytest

from annotator.paths import ForbiddenLocationError, resolve_paths
from tests.conftest import _REAL_HOME


def test_locations_in_the_real_home_are_refused() -> None:
    with pytest.raises(ForbiddenLocationError):
        resolve_paths(data_dir=_REAL_HOME / "annotator-data")
    with pytest.raises(ForbiddenLocationError):
        resolve_paths(db=_REAL_HOME / "x.sqlite3")


def test_default_locations_follow_the_sandboxed_home() -> None:
    paths = resolve_paths()
    assert not paths.db.resolve().is_relative_to(_REAL_HOME)
    assert paths.db.name == "annotator.sqlite3"


def test_data_dir_holds_everything(tmp_path: Path) -> None:
    paths = resolve_paths(data_dir=tmp_path)
    assert paths.db == tmp_path / "annotator.sqlite3"
    assert paths.backups.parent == tmp_path and paths.logs.parent == tmp_path
