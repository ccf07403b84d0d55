"""CI runs exactly the README's test command, so a newcomer's first command is the tested one."""

from __future__ import annotations

import re

from tests.conftest import REPO


def _readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_the_readme_starts_with_the_two_commands() -> None:
    start, test = _readme_commands()[:2]
    assert start.endswith(".venv/bin/annotator") and "pip install -e ." in start
    assert "pytest" in test and "[test]" in test


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _readme_commands()[1]
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines
