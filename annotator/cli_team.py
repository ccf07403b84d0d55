"""Headless commands of team mode: checkout and checkin. Part of the CLI contract.

``annotator checkout --from URL --to FILE.sqlite3 [--article ID]... [--status todo]``
``annotator checkin FILE --to URL``: one line per annotation (added, updated, unchanged,
conflict) with ``-v``, the conflicts always; exit 0 when all came back, 1 when there were
conflicts (both versions kept, listed for the editor), 2 when a database cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.exits import EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE
from annotator.paths import AppPaths, database_location, folder_refusal
from annotator.private_files import private_folder

EXIT_CONFLICTS = EXIT_SOME_FAILED  # both versions kept, listed for the editor
# ArticleStatus's values, spelled out: building the parser of every command must not import
# the domain's records. tests/e2e/test_cli_startup.py compares the two.
STATUSES = ("todo", "in_progress", "done")


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    out = subparsers.add_parser(
        "checkout",
        help="take articles offline from a team database into a SQLite file",
        description="Copy articles with their annotations, and the schemes, entities and "
        "annotators, from a team database into a new SQLite file to work on offline.",
    )
    out.add_argument(
        "--from",
        dest="source",
        required=True,
        type=database_location,
        metavar="URL",
        help="the team database (or another database file)",
    )
    out.add_argument(
        "--to",
        dest="target",
        required=True,
        type=Path,
        metavar="FILE",
        help="the new SQLite file to work in offline (must not exist yet); open it with "
        "annotator --db FILE",
    )
    out.add_argument(
        "--article",
        dest="articles",
        action="append",
        default=[],
        metavar="ID",
        help="only this article (repeat for more)",
    )
    out.add_argument("--status", choices=STATUSES, help="only articles of this status")
    out.set_defaults(command=run_checkout)

    back = subparsers.add_parser(
        "checkin",
        help="bring the work of a checked-out file back to the team database",
        description="Store what was done offline in FILE on the team database, reporting each "
        "annotation as added, updated, unchanged or conflict (changed on both sides since "
        "checkout: both versions are kept and listed).",
    )
    back.add_argument("file", type=Path, metavar="FILE", help="the file made by checkout")
    back.add_argument(
        "--to",
        dest="destination",
        required=True,
        type=database_location,
        metavar="URL",
        help="the team database it was taken from",
    )
    back.add_argument("-v", "--verbose", action="store_true", help="list every annotation")
    back.set_defaults(command=run_checkin)


def run_checkout(args: argparse.Namespace, _paths: AppPaths) -> int:
    from annotator.domain.models import ArticleStatus
    from annotator.services.team.offline import checkout

    status = ArticleStatus(args.status) if args.status else None
    try:  # first its folder: one that cannot be made is a usage error, not a crash
        private_folder(Path(args.target).parent)
    except OSError as error:
        print(f"annotator: {folder_refusal(Path(args.target).parent, error)}", file=sys.stderr)
        return EXIT_UNUSABLE
    summary = checkout(args.source, args.target, args.articles, status)
    print(
        f"checked out {summary.articles} article(s), {summary.mentions} mentions, "
        f"{summary.claims} claims to {args.target}"
    )
    return EXIT_OK


def run_checkin(args: argparse.Namespace, _paths: AppPaths) -> int:
    from annotator.services.team.offline import Outcome, checkin

    report = checkin(args.file, args.destination)
    for item in report.annotations:
        if args.verbose or item.outcome is Outcome.CONFLICT:
            print(item.line(), file=sys.stdout if args.verbose else sys.stderr)
    print(report.summary())
    return EXIT_CONFLICTS if report.count(Outcome.CONFLICT) else EXIT_OK
