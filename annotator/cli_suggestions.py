"""Commands of the offline suggestions: suggest, and learn. Part of the CLI contract.

``annotator suggest [--article ID] [--min-score X] [--json]``: mentions of known entities
and check-worthy claims (every sentence with its score at ``--min-score 0``), nothing
stored; ``annotator learn [--json]``: the claim model from this database.
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
    from annotator.services.suggestions.suggestion_service import Suggestion


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    suggest = subparsers.add_parser(
        "suggest",
        parents=[common],
        help="list offline suggestions: entity mentions and check-worthy claims",
        description="Suggest mentions of known entities (their names and aliases, whole words) "
        "and check-worthy claim sentences, in every article or in one. Nothing is stored.",
    )
    suggest.add_argument("--article", metavar="ID", help="only this article")
    suggest.add_argument(
        "--min-score",
        type=_score,
        metavar="X",
        help="suggest claim sentences scoring at least X, 0 to 1 (default: the "
        "suggestions.min_score setting, else 0.5 with the claim model and 0.35 with the cues "
        "alone); 0 lists every sentence with its claim score",
    )
    suggest.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of {article_id, kind, start, end, quote, type, entity_id, "
        "score, reason}",
    )
    suggest.set_defaults(command=run_suggest)

    learn = subparsers.add_parser(
        "learn",
        parents=[common],
        help="learn claim suggestions from this database's own claims",
        description="Train the claim suggestions' model from the database's annotations "
        "(claims are check-worthy sentences; sentences of articles marked done outside every "
        "claim, and rejected claim suggestions, are not), print its cross-validated quality "
        "and store it in the database, where suggestions use it from then on.",
    )
    learn.add_argument("--json", action="store_true", help="print the quality as JSON")
    learn.set_defaults(command=run_learn)


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= score <= 1.0:
        raise argparse.ArgumentTypeError("give a number from 0 to 1")
    return score


def run_suggest(args: argparse.Namespace, paths: AppPaths) -> int:
    from annotator.services.suggestions.suggestion_service import UnknownArticle

    workspace = open_workspace(paths, create=False)
    try:
        service = workspace.suggestions
        if args.min_score is not None:
            service.threshold = args.min_score
        found = service.for_article(args.article) if args.article else service.for_all()
        if args.json:
            write_suggestions_json(found)
        else:
            for suggestion in found:
                print(format_suggestion(suggestion))
    except UnknownArticle as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:  # a reader that stops early (| head) is met in cli.main
        workspace.close()
    return EXIT_OK


def run_learn(args: argparse.Namespace, paths: AppPaths) -> int:
    from annotator.services.suggestions.claim_model import NotEnoughExamples

    workspace = open_workspace(paths, create=False)
    try:
        report = workspace.suggestions.models.learn()
    except NotEnoughExamples as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return EXIT_OK


def write_suggestions_json(suggestions: Iterable[Suggestion]) -> None:
    """A JSON list, one suggestion per line, written as found: flat memory on any collection."""
    separator = "[\n  "
    for suggestion in suggestions:
        sys.stdout.write(separator + json.dumps(suggestion.as_dict(), ensure_ascii=False))
        separator = ",\n  "
    sys.stdout.write("[]\n" if separator.startswith("[") else "\n]\n")


def format_suggestion(suggestion: Suggestion) -> str:
    what = suggestion.kind if suggestion.type is None else f"{suggestion.kind} {suggestion.type}"
    quote = " ".join(suggestion.quote.split())
    quote = quote if len(quote) <= 80 else quote[:79] + "…"
    return (
        f"{suggestion.article_id}  {suggestion.start}–{suggestion.end}  {what}  "
        f"{suggestion.score:.2f}  {quote}  ({suggestion.reason})"
    )
