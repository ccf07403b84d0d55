"""Commands of the library of known fact-checks (docs/design/command-line.md): ``match``, and
``remove --known`` (through annotator.cli). Part of the CLI contract.

``annotator match [--json] [--article ID] [--top N]``: for each claim (its restatement or
quote) and each whole article, the known fact-checks that match it best; nothing is stored.
The library is filled by ``annotator import`` of ClaimReview files and fact-check pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from annotator.cli_workspace import open_workspace
from annotator.exits import EXIT_OK, EXIT_UNUSABLE
from annotator.paths import AppPaths

if TYPE_CHECKING:  # the services are imported when a command runs (see cli.py)
    from annotator.services.known.known_library import MatchEntry

DEFAULT_TOP = 5  # known_library.DEFAULT_TOP, without importing the storage to build the parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("give 1 or more")
    return number


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    match = subparsers.add_parser(
        "match",
        parents=[common],
        help="find published fact-checks of the claims and articles (has this been checked?)",
        description="Compare every claim (its restatement, else its quote) and every whole "
        "article with the library of known fact-checks (published ClaimReview, brought in by "
        "annotator import) and list the best matches of each. Nothing is stored.",
    )
    match.add_argument("--article", metavar="ID", help="only this article")
    match.add_argument(
        "--top",
        type=_positive,
        default=DEFAULT_TOP,
        metavar="N",
        help=f"at most N matches per claim or article (default {DEFAULT_TOP})",
    )
    match.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of {article_id, claim_id, start, end, matches: [{url, "
        "claim_reviewed, rating, publisher, date, score}]}; claim_id null for a whole article",
    )
    match.set_defaults(command=run_match)


def run_match(args: argparse.Namespace, paths: AppPaths) -> int:
    from annotator.services.known.known_library import UnknownArticle

    workspace = open_workspace(paths, create=False)
    try:
        entries = workspace.known.matches(args.article, args.top)
        if args.json:
            write_matches_json(entries)
        else:
            for entry in entries:
                for line in format_entry(entry):
                    print(line)
    except UnknownArticle as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:  # a reader that stops early (| head) is met in cli.main
        workspace.close()
    return EXIT_OK


def run_remove_known(paths: AppPaths) -> int:
    workspace = open_workspace(paths, create=False)
    try:
        removed = workspace.known.clear()
    finally:
        workspace.close()
    print(f"{removed} known fact-check(s) removed from the library")
    return EXIT_OK


def write_matches_json(entries: Iterable[MatchEntry]) -> None:
    """A JSON list, one entry per line, written as found: flat memory on any collection."""
    separator = "[\n  "
    for entry in entries:
        sys.stdout.write(separator + json.dumps(entry.as_dict(), ensure_ascii=False))
        separator = ",\n  "
    sys.stdout.write("[]\n" if separator.startswith("[") else "\n]\n")


def format_entry(entry: MatchEntry) -> list[str]:
    """A claim or article with its matches, one line each; nothing when none matched."""
    if not entry.matches:
        return []
    what = f"claim {entry.claim_id}" if entry.claim_id else "whole article"
    lines = [f"{entry.article_id}  {entry.start}–{entry.end}  {what}"]
    for match in entry.matches:
        check = match.check
        verdict = check.rating or "no rating"
        claim = " ".join(check.claim_reviewed.split())
        claim = claim if len(claim) <= 70 else claim[:69] + "…"
        lines.append(
            f"  {match.score:.2f}  {check.publisher or '?'}: {verdict}  “{claim}”  {check.url}"
        )
    return lines
