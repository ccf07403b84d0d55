"""seeds/ and resources/ are found in a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from annotator import resources
from tests.conftest import REPO


@pytest.fixture(autouse=True)
def _fresh_lookup() -> None:
    resources.bundled_dir.cache_clear()
    yield
    resources.bundled_dir.cache_clear()


def test_a_checkout_finds_the_top_level_folders() -> None:
    assert resources.seeds_dir() == REPO / "seeds"
    assert resources.resource_path("dataset-v1.schema.json").is_file()
    assert len(list(resources.seeds_dir().glob("*.txt"))) == 5


def test_a_frozen_bundle_is_looked_in_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "seeds").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.seeds_dir() == tmp_path / "seeds"


def test_the_seeds_are_the_shared_ones_unchanged() -> None:
    shared = REPO.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared is not beside this checkout")
    for original in shared.glob("*.txt"):
        assert (REPO / "seeds" / original.name).read_bytes() == original.read_bytes()


def test_the_wheel_carries_seeds_resources_and_migrations(tmp_path: Path) -> None:
    # Built with the hatchling of the test environment (the `test` extra): no package index
    # is reachable here, as on a machine without network.
    offline = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    offline.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1")
    built = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"),
            *("-q", "-w", str(tmp_path), str(REPO)),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=offline,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("factcheck_annotator-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for seed in (REPO / "seeds").glob("*.txt"):
        assert f"annotator/_bundled/seeds/{seed.name}" in names
    assert "annotator/_bundled/resources/dataset-v1.schema.json" in names
    assert "annotator/storage/migrations/env.py" in names
    assert "annotator/storage/migrations/script.py.mako" in names
    assert any(n.startswith("annotator/storage/migrations/versions/0002_") for n in names)
