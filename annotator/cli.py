"""Headless commands: import, export, stats, config (DESIGN §7). A contract: scripts depend on it.

Exit codes: 0 all done; 1 some inputs failed (each named on stderr as ``PATH: reason``, the
good ones still imported); 2 usage error or unusable database (a message, nothing changed).
A ClaimReview export that leaves claims out (not final, no review URL) still exits 0: the
file holds every publishable claim, and the others are listed on stderr with the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from annotator.domain.errors import AnnotatorError, DatabaseUnusable, StorageFailed
from annotator.paths import AppPaths
from annotator.services.exporting.exporter import FORMATS
from annotator.services.importing.import_report import Outcome
from annotator.services.preferences import KNOWN_PREFERENCES, checked_value
from annotator.services.statistics import CollectionStats
from annotator.services.suggestions.suggestion_service import Suggestion, UnknownArticle
from annotator.services.workspace import open_workspace

EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE = 0, 1, 2


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    importing = subparsers.add_parser(
        "import",
        parents=[common],
        help="import article files, folders and datasets",
        description="Import .txt, .md, .html articles and .json/.jsonl datasets; folders are "
        "searched recursively. Importing the same file twice adds nothing.",
    )
    importing.add_argument("inputs", nargs="+", type=Path, metavar="PATH")
    importing.add_argument(
        "-v", "--verbose", action="store_true", help="list every file, not only the refused ones"
    )
    importing.set_defaults(command=run_import)

    exporting = subparsers.add_parser(
        "export",
        parents=[common],
        help="export the dataset",
        description="Write every article with its annotations as a dataset (format v1: json, "
        "or jsonl with one article per line); or the claims alone: claimreview (schema.org "
        "ClaimReview JSON-LD of the final verdicts with a review URL) or csv (one row per "
        "claim, for spreadsheets).",
    )
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    exporting.add_argument("--format", choices=FORMATS, default="json")
    exporting.add_argument(
        "--org-name",
        metavar="NAME",
        help="the organisation named as ClaimReview author, for this export only "
        "(default: annotator config organization.name)",
    )
    exporting.add_argument("--org-url", metavar="URL", help="its web address, for this export only")
    exporting.add_argument(
        "--csv-raw",
        action="store_true",
        help="csv: write cells that start with =, +, - or @ as they are (by default they get "
        "a leading ' so that a spreadsheet shows them instead of running them as formulas)",
    )
    exporting.set_defaults(command=run_export)

    stats = subparsers.add_parser("stats", parents=[common], help="count what the database holds")
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
    config.add_argument("key", nargs="?", metavar="KEY")
    config.add_argument("value", nargs="?", metavar="VALUE")
    config.set_defaults(command=run_config)

    suggest = subparsers.add_parser(
        "suggest",
        parents=[common],
        help="list offline suggestions: entity mentions and check-worthy claims",
        description="Suggest mentions of known entities (their names and aliases, whole words) "
        "and check-worthy claim sentences, in every article or in one. Nothing is stored.",
    )
    suggest.add_argument("--article", metavar="ID", help="only this article")
    suggest.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of {article_id, kind, start, end, quote, type, entity_id, "
        "score, reason}",
    )
    suggest.set_defaults(command=run_suggest)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    bad = _not_text_arguments(args)
    if bad is not None:
        print(
            f"annotator: the argument {bad} holds bytes that are not UTF-8 text; give it as text",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    try:
        return args.command(args, paths)
    except DatabaseUnusable as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except StorageFailed as error:  # e.g. another program holds the write lock
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except BrokenPipeError:
        # The reader stopped early (| head): not an error. Send what is left nowhere, so
        # Python's flush at exit does not complain. https://docs.python.org/3/library/signal.html
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


# Text arguments stored in the database or written into files; paths may be any bytes.
_TEXT_ARGUMENTS = ("key", "value", "org_name", "org_url", "article")


def _not_text_arguments(args: argparse.Namespace) -> str | None:
    """The option whose value holds undecodable bytes (kept by Python as surrogates)."""
    for name in _TEXT_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return {"key": "KEY", "value": "VALUE", "article": "--article"}.get(
                    name, "--" + name.replace("_", "-")
                )
    return None


def run_import(args: argparse.Namespace, paths: AppPaths) -> int:
    paths.ensure()
    workspace = open_workspace(paths)
    try:
        report = workspace.import_paths(args.inputs)
    finally:
        workspace.close()
    for result in report.results:
        if result.outcome is Outcome.REFUSED:
            print(result.line(), file=sys.stderr)
        elif args.verbose:
            print(result.line())
    print(report.summary())
    return EXIT_SOME_FAILED if report.refused else EXIT_OK


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    output: Path = args.output
    if output.is_dir():
        print(f"annotator: {output} is a folder; give a file name to export to", file=sys.stderr)
        return EXIT_UNUSABLE
    if not output.parent.exists():
        print(f"annotator: the folder {output.parent} does not exist", file=sys.stderr)
        return EXIT_UNUSABLE
    workspace = open_workspace(paths, create=False)
    try:
        organization = None
        if args.org_name is not None or args.org_url is not None:
            organization = workspace.preferences.organization(args.org_name, args.org_url)
        summary = workspace.export(
            output, args.format, organization=organization, csv_raw=args.csv_raw
        )
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as error:
        print(f"annotator: cannot write {output}: {error.strerror}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    for skipped in summary.skipped:
        print(skipped.line(), file=sys.stderr)
    if summary.format == "claimreview":
        left_out = f"; {len(summary.skipped)} claim(s) left out (on stderr)"
        print(
            f"exported {summary.records} ClaimReview item(s) from {summary.claims} claims in "
            f"{summary.articles} articles to {summary.path} (claimreview)"
            + (left_out if summary.skipped else "")
        )
    elif summary.format == "csv":
        print(
            f"exported {summary.records} claims of {summary.articles} articles to "
            f"{summary.path} (csv)"
        )
    else:
        print(
            f"exported {summary.articles} articles, {summary.mentions} mentions, "
            f"{summary.claims} claims to {summary.path} ({summary.format})"
        )
    return EXIT_OK


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
    ]
    if stats.top_entities:
        rows.append(("Most mentioned", ""))
        rows.extend((f"  {e['name']} ({e['type']})", e["mentions"]) for e in stats.top_entities)
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(
        (
            f"{label:<{width}}{value:>8}" if isinstance(value, int) else f"{label:<{width}}{value}"
        ).rstrip()
        for label, value in rows
    )


def run_suggest(args: argparse.Namespace, paths: AppPaths) -> int:
    workspace = open_workspace(paths, create=False)
    try:
        service = workspace.suggestions
        found = service.for_article(args.article) if args.article else service.for_all()
        if args.json:
            write_suggestions_json(found)
        else:
            for suggestion in found:
                print(format_suggestion(suggestion))
    except UnknownArticle as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except BrokenPipeError:
        # The reader stopped early (| head): not an error. Send what is left nowhere, so
        # Python's flush at exit does not complain. https://docs.python.org/3/library/signal.html
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        workspace.close()
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
