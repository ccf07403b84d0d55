"""Headless commands: import, export, stats (DESIGN §7). A contract: scripts depend on it.

Exit codes: 0 all done; 1 some inputs failed (each named on stderr as ``PATH: reason``, the
good ones still imported); 2 usage error or unusable database (a message, nothing changed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annotator.domain.errors import AnnotatorError, DatabaseUnusable
from annotator.paths import AppPaths
from annotator.services.exporting import FORMATS
from annotator.services.import_report import Outcome
from annotator.services.statistics import CollectionStats
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
        description="Write every article with its annotations as a dataset (format v1).",
    )
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    exporting.add_argument("--format", choices=FORMATS, default="json")
    exporting.set_defaults(command=run_export)

    stats = subparsers.add_parser("stats", parents=[common], help="count what the database holds")
    stats.add_argument("--json", action="store_true", help="print JSON instead of a table")
    stats.set_defaults(command=run_stats)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    try:
        return args.command(args, paths)
    except DatabaseUnusable as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE


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
        summary = workspace.export(output, args.format)
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as error:
        print(f"annotator: cannot write {output}: {error.strerror}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
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


def format_stats(stats: CollectionStats) -> str:
    rows: list[tuple[str, int | str]] = [("Database", stats.database), ("", "")]
    for label, total, parts in (
        ("Articles", stats.articles, stats.articles_by_status),
        ("Claims", stats.claims, stats.claims_by_status),
        ("Mentions", stats.mentions, stats.mentions_by_type),
    ):
        rows.append((label, total))
        rows.extend((f"  {name}", count) for name, count in parts.items())
    rows += [("Entities", stats.entities), ("Annotators", stats.annotators)]
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(
        f"{label:<{width}}{value:>8}" if isinstance(value, int) else f"{label:<{width}}{value}"
        for label, value in rows
    ).replace(" " * width + "\n", "\n")
