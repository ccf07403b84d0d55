"""Release habits: one version, set in one place and followed everywhere; a changelog in Keep a
Changelog form whose versions are the AppStream metadata's releases; a tag per release that the
release workflow refuses unless it is the package's version, and publishes with its notes."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import annotator
from tests.conftest import REPO


def _load(name: str) -> ModuleType:
    # packaging/ is no package (and "packaging" is also a PyPI library): load by path.
    spec = importlib.util.spec_from_file_location(f"annotator_packaging_{name}", REPO / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


release_check = _load("packaging/release_check.py")
CHANGELOG = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
SECTIONS = release_check.sections(CHANGELOG)
VERSION = annotator.__version__


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


# --- one version --------------------------------------------------------------------------------


def test_the_version_is_semantic_and_written_once() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION)
    assert release_check.package_version() == VERSION
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "annotator/__init__.py"


def _text_files(folder: Path) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in {".png", ".qm", ".gz", ".pyc", ".json"}
    ]


def test_no_file_but_the_package_spells_a_version_of_ours() -> None:
    """Every other place that shows the version reads it: a version written out (the current
    one or an earlier one) would be left behind by the next release."""
    ours = {section.version for section in SECTIONS}
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, ours)) + r")(?![\w.])")
    files = [REPO / ".github" / "workflows" / "release.yml", REPO / "pyproject.toml"]
    for folder in ("packaging", "resources", ".ci", "annotator", "docs"):
        files += _text_files(REPO / folder)
    offenders = []
    for path in files:
        if path in (REPO / "annotator" / "__init__.py", *DOCUMENTS_NAMING_IT):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and not line.lstrip().startswith("<release "):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_builds_read_the_version_from_the_package() -> None:
    for script in ("packaging/build.sh", "packaging/annotator.spec", "packaging/build_deb.py"):
        assert "__version__" in (REPO / script).read_text(encoding="utf-8"), script
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "annotator.__version__" in workflow
    assert "/DAppVersion=${{ steps.version.outputs.version }}" in workflow  # the installer's

    from annotator.services.formats import dataset_v1

    assert dataset_v1.GENERATOR["version"] == VERSION  # every export says who wrote it
    spec_rules = _load("packaging/spec_rules.py")
    assert spec_rules.info_plist(VERSION)["CFBundleShortVersionString"] == VERSION


# Where a reader copies a file name or an example, the version is written out: checked instead.
DOCUMENTS_NAMING_IT = (REPO / "README.md", REPO / "docs" / "design" / "dataset-format.md")


def test_the_documents_name_the_files_of_this_version(capsys: pytest.CaptureFixture[str]) -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in DOCUMENTS_NAMING_IT)
    named = re.findall(
        r"factcheck-annotator_([\d.]+)_amd64\.deb|FactCheck-Annotator-([\d.]+)-"
        r"|annotator-([\d.]+)-linux|\"version\": \"([\d.]+)\"",
        text,
    )
    versions = {next(filter(None, groups)) for groups in named}
    assert len(named) >= 6 and versions == {VERSION}

    from annotator.__main__ import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"annotator {VERSION}\n"


# --- the changelog ------------------------------------------------------------------------------


def test_the_changelog_is_in_keep_a_changelog_form_newest_first() -> None:
    assert CHANGELOG.startswith("# Changelog\n")
    headings = [line for line in CHANGELOG.splitlines() if line.startswith("## ")]
    assert len(headings) == len(SECTIONS) >= 2, "a heading that is not '## [X.Y.Z] - date'"
    assert SECTIONS[0].version == VERSION, "the package's version has no section yet"
    versions = [_key(section.version) for section in SECTIONS]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    dates = [section.date for section in SECTIONS[1:]]
    assert release_check.UNRELEASED not in dates, "only the newest may be unreleased"
    assert dates == sorted(dates, reverse=True)
    for section in SECTIONS:
        kinds = re.findall(r"^### (.+)$", section.text, re.M)
        assert kinds and set(kinds) <= set(release_check.KINDS), section.version
        assert re.search(r"^- ", section.text, re.M), section.version


def test_the_metainfo_releases_are_the_changelog_versions() -> None:
    releases = release_check.releases()
    assert [r["version"] for r in releases] == [s.version for s in SECTIONS]
    for release, section in zip(releases, SECTIONS, strict=True):
        if section.date == release_check.UNRELEASED:
            assert release.get("type") == "development", section.version
        else:
            assert release.get("date") == section.date, section.version
            assert release.get("type", "stable") == "stable", section.version


# --- the tag ------------------------------------------------------------------------------------

FIRST_HEADING = re.compile(r"^## \[[\d.]+\] - .*$", re.M)
DATED = FIRST_HEADING.sub(f"## [{VERSION}] - 2027-01-15", CHANGELOG, count=1)
UNDATED = FIRST_HEADING.sub(f"## [{VERSION}] - Unreleased", CHANGELOG, count=1)
RELEASED = [{"version": VERSION, "date": "2027-01-15"}]


def test_a_tag_must_be_the_package_version_with_a_dated_section() -> None:
    releases = release_check.releases()
    assert release_check.problems(None, VERSION, CHANGELOG, releases) == []
    assert release_check.problems(f"v{VERSION}", VERSION, DATED, RELEASED) == []
    (wrong,) = release_check.problems("v9.9.9", VERSION, DATED, RELEASED)
    assert wrong == f"tag v9.9.9 is not the package's version: annotator/__init__.py says {VERSION}"
    (no_v,) = release_check.problems(VERSION, VERSION, DATED, RELEASED)
    assert "is not the package's version" in no_v


def test_a_tag_is_refused_while_its_release_is_unfinished() -> None:
    (problem,) = release_check.problems(f"v{VERSION}", VERSION, UNDATED, RELEASED)
    assert "still 'Unreleased'" in problem
    other_day = [{"version": VERSION, "date": "2027-01-16"}]
    (problem,) = release_check.problems(f"v{VERSION}", VERSION, DATED, other_day)
    assert "dated 2027-01-16, CHANGELOG.md says 2027-01-15" in problem
    development = [{**RELEASED[0], "type": "development"}]
    (problem,) = release_check.problems(f"v{VERSION}", VERSION, DATED, development)
    assert 'still type="development"' in problem
    without = release_check.problems(f"v{VERSION}", VERSION, "# Changelog\n", [])
    assert [p.split(":")[0] for p in without] == ["CHANGELOG.md", "annotator.metainfo.xml"]
    assert "not MAJOR.MINOR.PATCH" in release_check.problems(None, "1.0", "", [])[0]


def test_the_release_notes_are_the_version_section(tmp_path: Path) -> None:
    notes = tmp_path / "notes" / "release-notes.md"
    assert release_check.main(["--notes", str(notes)]) == 0
    text = notes.read_text(encoding="utf-8")
    assert text == SECTIONS[0].text
    assert text.startswith("### ") and "## [" not in text
    assert release_check.main(["v9.9.9"]) == 1


def test_the_workflow_checks_the_tag_builds_then_publishes_the_notes() -> None:
    workflow = yaml.safe_load(
        (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    )
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads "on" as True
    assert triggers["push"]["tags"] == ["v*"]
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    check = "\n".join(str(step.get("run", "")) for step in jobs["check"]["steps"])
    assert "packaging/release_check.py" in check and "--notes" in check
    env = next(step["env"] for step in jobs["check"]["steps"] if "env" in step)
    assert "github.ref_name" in env["TAG"] and "github.ref_type == 'tag'" in env["TAG"]
    assert jobs["build"]["needs"] == "check"
    publish = jobs["publish"]
    assert publish["needs"] == "build"
    assert publish["if"] == "github.ref_type == 'tag'"
    assert publish["permissions"] == {"contents": "write"}
    run = "\n".join(str(step.get("run", "")) for step in publish["steps"])
    assert "gh release create" in run and "--notes-file notes/release-notes.md" in run
    for files in ("dist/*.deb", "dist/*.tar.gz", "dist/*-setup.exe", "dist/*.dmg"):
        assert files in run, files


# --- a maintainer's tools -----------------------------------------------------------------------

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
EXTRAS = PROJECT["optional-dependencies"]


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.match(r"[A-Za-z0-9_.-]+", r)[0].lower() for r in requirements}  # type: ignore[index]


def test_every_extra_the_documents_name_exists() -> None:
    named = set()
    for document in ("README.md", "CONTRIBUTING.md", "ARCHITECTURE.md", "benchmarks/README.md"):
        text = (REPO / document).read_text(encoding="utf-8")
        named |= set(re.findall(r"\.\[([\w,]+)\]", text))  # pip install -e '.[train]'
        named |= set(re.findall(r"factcheck-annotator\[(\w+)\]", text))
        named |= set(re.findall(r"the `(\w+)` extra", text))
    wanted = {extra for names in named for extra in names.split(",")}
    assert {"test", "train", "spacy", "dev"} <= wanted
    assert wanted <= set(EXTRAS), wanted - set(EXTRAS)
    # What benchmarks/train_checkworthiness.py imports beyond the program's own needs.
    script = (REPO / "benchmarks" / "train_checkworthiness.py").read_text(encoding="utf-8")
    assert "from sklearn" in script and "scikit-learn" in _requirement_names(EXTRAS["train"])


def test_the_git_hooks_run_the_suites_own_tools_on_what_exists() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert {repo["repo"] for repo in config["repos"]} == {"local"}  # nothing downloaded
    entries = " ".join(hook["entry"] for hook in hooks)
    assert "ruff check" in entries and "ruff format" in entries and "lint-imports" in entries
    tools = set(re.findall(r"\.venv/bin/python -m (\w+)", entries))
    tools |= {"import-linter" for _ in re.findall(r"\.venv/bin/lint-imports", entries)}
    assert tools == {"ruff", "pytest", "import-linter"}
    assert tools <= _requirement_names(EXTRAS["test"])
    assert "pre-commit" in _requirement_names(EXTRAS["dev"])
    for test_file in re.findall(r"tests/[\w/]+\.py", entries):
        assert (REPO / test_file).is_file(), test_file
    for hook in hooks:
        assert hook["language"] == "system" and hook["name"], hook["id"]
        re.compile(hook["files"])


# --- the Linux systems the release files run on -------------------------------------------------

# The glibc of each runner and distribution named. The bundle carries libraries of the machine
# that built it (libstdc++, libexpat, libsqlite3 …), so it needs that machine's glibc.
GLIBC = {
    "ubuntu-22.04": "2.35",
    "ubuntu-24.04": "2.39",
    "Ubuntu 22.04": "2.35",
    "Ubuntu 24.04": "2.39",
    "Debian 12": "2.36",
    "Debian 13": "2.41",
    "Fedora 36": "2.35",
    "Fedora 37": "2.36",
}


def test_the_readme_names_the_systems_the_release_runner_builds_for() -> None:
    workflow_text = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    matrix = yaml.safe_load(workflow_text)["jobs"]["build"]["strategy"]["matrix"]["os"]
    (runner,) = [system for system in matrix if system.startswith("ubuntu-")]
    needed = GLIBC[runner]
    assert f"{runner}: the oldest glibc ({needed})" in workflow_text
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert set(re.findall(r"glibc (\d+\.\d+)", readme)) == {needed}
    assert f"built on Ubuntu {runner.removeprefix('ubuntu-')}" in readme
    named = set(re.findall(r"(?:Ubuntu|Debian|Fedora) \d+(?:\.\d+)?", readme))
    assert {"Ubuntu 22.04", "Debian 12", "Fedora 36"} <= named
    for system in named:  # every system the README promises has the glibc the files need
        assert _key(GLIBC[system]) >= _key(needed), system
    packaging = (REPO / "packaging" / "README.md").read_text(encoding="utf-8")
    assert f"**{runner}**, the oldest glibc ({needed})" in " ".join(packaging.split())
