"""The commands about the collection itself: ``stats`` (its figures, text or JSON), ``check``
(every page read) and ``config`` (the preferences kept in it). Part of the command-line
contract (docs/design/command-line.md), as annotator.cli.

They load only what they need when they run: ``annotator stats`` is timed against
``import sqlalchemy``, and tests/e2e/test_cli_startup.py watches what it imports.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from annotator.cli_workspace import open_workspace
from annotator.domain.errors import AnnotatorError
from annotator.exits import EXIT_OK, EXIT_UNUSABLE
from annotator.paths import AppPaths
from annotator.private_files import make_private, open_to_others
from annotator.services.preferences import KNOWN_PREFERENCES, checked_value

if TYPE_CHECKING:
    from annotator.services.statistics import CollectionStats


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    stats = subparsers.add_parser(
        "stats",
        parents=[common],
        help="count what the database holds",
        description="Count the articles (per status), mentions (per entity type), claims (per "
        "status), entities and annotators, and what each annotator has done. --json prints "
        "the same for scripts.",
    )
    stats.add_argument("--json", action="store_true", help="print JSON instead of a table")
    stats.set_defaults(command=run_stats)

    config = subparsers.add_parser(
        "config",
        parents=[common],
        help="show or change the settings stored with the data",
        description="Without KEY, list the settings; with KEY, print its value; with KEY and "
        "VALUE, store it (an empty VALUE removes it). Settings: "
        + "; ".join(f"{key}: {about}" for key, (about, _) in KNOWN_PREFERENCES.items())
        + ".",
    )
    config.add_argument("key", nargs="?", metavar="KEY", help="the setting to show or change")
    config.add_argument(
        "value", nargs="?", metavar="VALUE", help="its new value (empty: remove the setting)"
    )
    config.set_defaults(command=run_config)

    check = subparsers.add_parser(
        "check",
        parents=[common],
        help="check the database file for damage",
        description="Read every page and index of the database (SQLite integrity_check and "
        "foreign_key_check): exit 0 when it is sound, 2 with what is wrong when it is not. "
        "A data folder, database, backup or log that other users may read is named on stderr "
        "(a warning: the exit code stays 0); --fix-permissions makes them yours alone. "
        "The program checks by itself only when the file was not closed cleanly (a crash, a "
        "power cut) or was changed by another program since.",
    )
    check.add_argument(
        "--fix",
        action="store_true",
        help="also remove the stored evidence files that no evidence keeps any longer",
    )
    check.add_argument(
        "--fix-permissions",
        action="store_true",
        help="make the data folder, the database, its backups and logs readable by you alone "
        "(0700 folders, 0600 files) where others may read them",
    )
    check.set_defaults(command=run_check)


def run_stats(args: argparse.Namespace, paths: AppPaths) -> int:
    workspace = open_workspace(paths, create=False)
    try:
        stats = workspace.stats()
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_stats(stats))
    return EXIT_OK


def run_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from annotator.cli_evidence import check_files
    from annotator.services.workspace import check_database

    check_permissions(paths, fix=args.fix_permissions)

    location, problems = check_database(paths)  # a file too damaged to open: DatabaseUnusable
    notes: list[str] = []
    if not problems:  # the evidence files, hashed again (a damaged file can still be opened)
        problems, notes = check_files(paths, getattr(args, "fix", False))
    for note in notes:
        print(f"{location}: {note}")
    if problems:
        shown = "; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" * (len(problems) > 5))
        print(
            f"annotator: {location} is damaged ({shown}). Restore the latest copy from the "
            "backups folder beside it; the damaged file was left as it is.",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    print(f"{location}: ok")
    return EXIT_OK


def check_permissions(paths: AppPaths, *, fix: bool) -> None:
    """What others may read of what we keep for the user alone: named on stderr (a
    warning), or with ``fix`` made private (folders 0700, files 0600) and named on stdout."""
    for place in paths.kept_places():
        mode = open_to_others(place)
        if mode is None:
            continue
        if fix and make_private(place):
            print(f"{place}: made private ({mode:04o} → {mode & 0o700:04o})")
        elif fix:
            print(
                f"annotator: {place} could not be made private (mode {mode:04o})", file=sys.stderr
            )
        else:
            print(
                f"warning: {place} can be read by other users (mode {mode:04o}); "
                "annotator check --fix-permissions makes it yours alone",
                file=sys.stderr,
            )


def run_config(args: argparse.Namespace, paths: AppPaths) -> int:
    try:
        if args.key is not None:
            # Checked before the database is opened: a wrong key or value changes nothing.
            checked_value(args.key, args.value or "")
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.value is None:
        workspace = open_workspace(paths, create=False)
    else:
        paths.ensure()
        workspace = open_workspace(paths)
    try:
        if args.key is None:
            print(format_preferences(workspace.preferences.all()))
        elif args.value is None:
            value = workspace.preferences.get(args.key)
            if value is None:
                print(f"annotator: {args.key} is not set", file=sys.stderr)
            else:
                print(value)
        else:
            stored = workspace.preferences.set(args.key, args.value)
            print(f"{args.key} = {stored}" if stored else f"{args.key} removed")
    finally:
        workspace.close()
    return EXIT_OK


def format_preferences(values: dict[str, str]) -> str:
    keys = [*KNOWN_PREFERENCES, *(key for key in values if key not in KNOWN_PREFERENCES)]
    width = max(len(key) for key in keys) + 2
    lines = []
    for key in keys:
        if key in values:
            lines.append(f"{key:<{width}}{values[key]}")
        else:
            about = KNOWN_PREFERENCES[key][0] if key in KNOWN_PREFERENCES else ""
            lines.append(f"{key:<{width}}(not set: {about})")
    return "\n".join(lines)


def format_stats(stats: CollectionStats) -> str:
    rows: list[tuple[str, int | str]] = [("Database", stats.database), ("", "")]
    for label, total, parts in (
        ("Articles", stats.articles, stats.articles_by_status),
        ("Claims", stats.claims, stats.claims_by_status),
        ("Mentions", stats.mentions, stats.mentions_by_type),
    ):
        rows.append((label, total))
        rows.extend((f"  {name}", count) for name, count in parts.items())
    rows += [
        ("Final verdicts", stats.claims_final),
        ("Ready for ClaimReview", stats.claims_publishable),
        ("Entities", stats.entities),
        ("Annotators", stats.annotators),
        ("Known fact-checks", stats.known_fact_checks),
    ]
    if stats.annotators_progress:
        rows.append(("Progress per annotator", ""))
        rows.extend(
            (
                f"  {p.name}",
                f"{p.articles:>8} articles ({p.articles_done} done), "
                f"{p.articles_finished} marked finished, "
                f"{p.mentions} mentions, {p.claims} claims",
            )
            for p in stats.annotators_progress
        )
    if stats.top_entities:
        rows.append(("Most mentioned", ""))
        rows.extend((f"  {e.name} ({e.type})", e.mentions) for e in stats.top_entities)
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(
        (
            f"{label:<{width}}{value:>8}" if isinstance(value, int) else f"{label:<{width}}{value}"
        ).rstrip()
        for label, value in rows
    )
