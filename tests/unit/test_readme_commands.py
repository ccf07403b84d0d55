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


TARBALL = "### Other Linux distributions: the tarball"


def _readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def test_the_readme_names_the_ci_steps_in_the_order_ci_runs_them() -> None:
    steps = ["packaging/build.sh", "benchmarks/bench_startup.py", "packaging/frozen_checks.sh"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    ci_bullet = _readme().split("- CI:", 1)[1].split("\n- ", 1)[0]
    assert sorted(steps, key=ci.index) == steps
    assert sorted(steps, key=ci_bullet.index) == steps


def test_the_readme_says_how_to_start_without_the_name_dialog() -> None:
    readme = _readme()
    assert "--annotator" in readme and "ANNOTATOR_NAME" in readme
    assert "ANNOTATOR_QUIT_AFTER_SHOW=1" in readme


def test_the_readme_install_says_where_the_tarball_is_and_about_path() -> None:
    install = (
        _readme().split("### Other Linux distributions: the tarball", 1)[1].split("\n## ", 1)[0]
    )
    assert "(`dist/` on the build machine)" in install
    assert 'export PATH="$HOME/.local/bin:$PATH"' in install


def test_removing_the_packaged_app_removes_every_icon_it_copied() -> None:
    import fnmatch

    install = (
        _readme().split("### Other Linux distributions: the tarball", 1)[1].split("\n## ", 1)[0]
    )
    removal = install.split("To remove it", 1)[1]
    patterns = re.findall(r"~/\.local/share/icons/(\S+)", removal)
    icons = REPO / "resources" / "icons"
    copied = [p.relative_to(icons).as_posix() for p in icons.rglob("*") if p.is_file()]
    assert copied
    for icon in copied:
        assert any(fnmatch.fnmatch(icon, pattern) for pattern in patterns), icon


def test_the_html_cleaner_is_a_direct_dependency_not_an_lxml_extra() -> None:
    import tomllib

    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("lxml_html_clean") for d in dependencies)
    assert not any("lxml[" in d for d in dependencies)


def test_the_readme_says_how_many_files_a_folder_import_commits_at_once() -> None:
    """Not "each action is one transaction" where a folder commits in batches."""
    from annotator.services.importing.importer import BATCH_SIZE

    assert f"committed in batches of {BATCH_SIZE}" in _readme()
