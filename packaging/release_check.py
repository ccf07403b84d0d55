"""Is this commit ready to be released as TAG? And what does the release say?

    python packaging/release_check.py                  # the CHANGELOG and metainfo know the version
    python packaging/release_check.py v0.2.0 --notes build/release-notes.md

The version is set in one place, ``annotator/__init__.py``. Without a tag the script checks
that CHANGELOG.md has a section for that version and resources/annotator.metainfo.xml a
``<release>`` for it. With a tag (the release workflow passes the pushed one) it also checks
that the tag is ``v`` + the version, that the section is dated (not "Unreleased"), and that the
metainfo's release has the same date and is no longer a development release. ``--notes`` writes
the section's text, which the workflow publishes with the release. Exit 0 when all is well, 1
with one line per problem otherwise. Needs nothing but Python.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHANGELOG = REPO / "CHANGELOG.md"
METAINFO = REPO / "resources" / "annotator.metainfo.xml"
VERSION_FILE = REPO / "annotator" / "__init__.py"

UNRELEASED = "Unreleased"
SEMVER = r"\d+\.\d+\.\d+"
HEADING = re.compile(rf"^## \[({SEMVER})\] - (\d{{4}}-\d{{2}}-\d{{2}}|{UNRELEASED})\s*$")
KINDS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")


@dataclass(frozen=True)
class Section:
    """One version's part of the changelog: ``date`` is ISO or "Unreleased"."""

    version: str
    date: str
    text: str  # what follows the heading, up to the next version


def package_version(path: Path = VERSION_FILE) -> str:
    """``__version__`` as written in the package, read without importing it."""
    found = re.search(r'^__version__ = "([^"]+)"$', path.read_text(encoding="utf-8"), re.M)
    if found is None:
        raise SystemExit(f"{path}: no __version__ line")
    return found.group(1)


def sections(text: str) -> list[Section]:
    """The changelog's version sections, in the order written (newest first)."""
    found: list[Section] = []
    heading: re.Match[str] | None = None
    body: list[str] = []
    for line in [*text.splitlines(), "## end"]:
        if line.startswith("## "):
            if heading is not None:
                found.append(Section(heading[1], heading[2], "\n".join(body).strip() + "\n"))
            heading, body = HEADING.match(line), []
        elif heading is not None:
            body.append(line)
    return found


def releases(path: Path = METAINFO) -> list[dict[str, str]]:
    """The metainfo's ``<release>`` elements' attributes, in the order written."""
    return [dict(element.attrib) for element in ET.parse(path).getroot().iter("release")]


def problems(
    tag: str | None, version: str, changelog: str, metainfo: list[dict[str, str]]
) -> list[str]:
    """What stands between this commit and a release; empty when nothing does."""
    found = []
    if not re.fullmatch(SEMVER, version):
        found.append(f"annotator/__init__.py: version {version} is not MAJOR.MINOR.PATCH")
    if tag is not None and tag != f"v{version}":
        found.append(
            f"tag {tag} is not the package's version: annotator/__init__.py says {version}"
        )
    section = next((s for s in sections(changelog) if s.version == version), None)
    if section is None:
        found.append(f"CHANGELOG.md: no section '## [{version}] - YYYY-MM-DD'")
    elif tag is not None and section.date == UNRELEASED:
        found.append(f"CHANGELOG.md: {version} is still '{UNRELEASED}': write the release date")
    release = next((r for r in metainfo if r.get("version") == version), None)
    if release is None:
        found.append(f'annotator.metainfo.xml: no <release version="{version}">')
    elif tag is not None and section is not None and section.date != UNRELEASED:
        if release.get("date") != section.date:
            found.append(
                f"annotator.metainfo.xml: {version} is dated {release.get('date')}, "
                f"CHANGELOG.md says {section.date}"
            )
        if release.get("type") == "development":
            found.append(f'annotator.metainfo.xml: {version} is still type="development"')
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tag", nargs="?", help="the tag to be released, e.g. v0.2.0")
    parser.add_argument("--notes", type=Path, metavar="FILE", help="write the release notes here")
    args = parser.parse_args(argv)
    version = package_version()
    changelog = CHANGELOG.read_text(encoding="utf-8")
    found = problems(args.tag, version, changelog, releases())
    for problem in found:
        print(f"release_check: {problem}", file=sys.stderr)
    if found:
        return 1
    if args.notes is not None:
        section = next(s for s in sections(changelog) if s.version == version)
        args.notes.parent.mkdir(parents=True, exist_ok=True)
        args.notes.write_text(section.text, encoding="utf-8")
    ready = f"{args.tag} can be released" if args.tag else f"{version} has its sections"
    print(f"release_check: {ready}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
