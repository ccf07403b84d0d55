"""The window can start with no one to answer a dialog: the annotator's name given as an
option or in the environment, ANNOTATOR_QUIT_AFTER_SHOW to leave once shown."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest


def start(data: Path, *args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=90,  # a modal name dialog would wait for ever: the timeout fails the test
        env={**os.environ, "ANNOTATOR_QUIT_AFTER_SHOW": "1", **environment},
        check=False,
    )


def annotator_names(data: Path) -> list[str]:
    with closing(sqlite3.connect(data / "annotator.sqlite3")) as connection:
        return [name for (name,) in connection.execute("SELECT name FROM annotators")]


@pytest.mark.parametrize(
    ("args", "environment"),
    [(("--annotator", "Olena Petrenko"), {}), ((), {"ANNOTATOR_NAME": "Olena Petrenko"})],
    ids=["option", "environment"],
)
def test_a_first_start_with_the_name_given_shows_the_window_and_exits(
    tmp_path: Path, args: tuple[str, ...], environment: dict[str, str]
) -> None:
    data = tmp_path / "data"
    try:
        done = start(data, *args, **environment)
    except subprocess.TimeoutExpired:
        pytest.fail("the window waited for the annotator's name in a dialog")
    assert done.returncode == 0, done.stderr
    assert annotator_names(data) == ["Olena Petrenko"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_without_a_display_it_says_so_and_how_to_run_offscreen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    headless = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "annotator", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            timeout=90,
            env=headless,
            check=False,
        )

    window = run("--annotator", "Olena Petrenko")
    assert window.returncode == 2, window.stderr  # not Qt's abort (134)
    message = window.stderr.strip()
    assert message.startswith("annotator: no display to open the window on")
    assert "QT_QPA_PLATFORM=offscreen" in message and "xvfb-run annotator" in message
    assert "libxcb" not in message and "\n" not in message
    assert not data.exists()  # refused before anything was made

    article = tmp_path / "izium.txt"
    article.write_text("Izium was liberated on 10 September 2022.\n", encoding="utf-8")
    command = run("import", str(article))  # the commands need no display
    assert command.returncode == 0, command.stderr
