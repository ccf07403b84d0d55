"""Headless commands: import, export, remove, and the parser that gathers the others from the
cli_*.py modules (docs/design/command-line.md). A contract: scripts depend on it.

Exit codes: 0 all done; 1 some inputs failed (each named on stderr as ``PATH: reason``, the
good ones still imported); 2 usage error or unusable database (a message, nothing changed).
A ClaimReview export that leaves claims out (not final, no review URL) still exits 0: the
file holds every publishable claim, and the others are listed on stderr with the reason.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from pathlib import Path

from annotator import (
    cli_agreement,
    cli_collection,
    cli_evidence,
    cli_known,
    cli_suggestions,
    cli_team,
)
from annotator.cli_workspace import open_workspace
from annotator.domain.errors import AnnotatorError, DatabaseUnusable, StorageFailed
from annotator.exits import EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE
from annotator.paths import AppPaths
from annotator.services.formats import registry

# A command imports what it needs when it runs (open_workspace loads the storage, each
# service its own libraries): building the parser stays cheap, and `annotator stats` never
# loads the import formats or Alembic. tests/e2e/test_cli_startup.py watches this.


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    importing = subparsers.add_parser(
        "import",
        parents=[common],
        help="import article files, folders and datasets",
        description="Import .txt, .md, .html articles, .json/.jsonl datasets and other tools' "
        "files (" + ", ".join(registry.import_names()) + ", recognised by content), Telegram "
        "Desktop exports (result.json, messages.html) and subtitles (.srt, .vtt); folders are "
        "searched recursively, a brat or INCEpTION export folder is read as one. Importing the "
        "same file twice adds nothing.",
    )
    importing.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="a file or a folder (searched recursively); give as many as you like",
    )
    importing.add_argument(
        "-v", "--verbose", action="store_true", help="list every file, not only the refused ones"
    )
    importing.add_argument(
        "--from",
        dest="from_format",
        choices=registry.import_names(),
        metavar="NAME",
        help="read the dataset files as this format ("
        + ", ".join(registry.import_names())
        + "); by default each file is recognised by its content",
    )
    importing.add_argument(
        "--encoding",
        metavar="ENC",
        help="read article files in this encoding (e.g. iso-8859-2, cp1251) instead of "
        "detecting it",
    )
    importing.add_argument(
        "--telegram-channel",
        dest="telegram_channels",
        action="append",
        default=[],
        metavar="NAME",
        help="the public username of the Telegram channel being imported (the NAME of "
        "t.me/NAME): each post keeps its address https://t.me/NAME/<post>. For a "
        "full-account export, give 'CHAT=NAME' once per channel (CHAT: the channel's name "
        "as the export shows it)",
    )
    importing.add_argument(
        "--password",
        metavar="PASSWORD",
        help="the password that opens encrypted PDFs among the files ('-': read it from the "
        "first line of standard input, out of sight of other users' process lists). A PDF "
        "that needs a password and has none is refused, saying so",
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
    exporting.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="the file to write (a folder for brat and inception); replaced only once the "
        "export is complete",
    )
    exporting.add_argument(
        "--format",
        choices=registry.export_names(),
        default=None,
        help="default: the output file's extension decides (.json → json, .jsonl → jsonl, "
        ".csv → csv, .jsonld → claimreview); a --format the extension contradicts is refused",
    )
    exporting.add_argument(
        "--org-name",
        metavar="NAME",
        help="the organisation named as ClaimReview author, for this export only "
        "(default: annotator config organization.name)",
    )
    exporting.add_argument("--org-url", metavar="URL", help="its web address, for this export only")
    exporting.add_argument(
        "--layer",
        default="all",
        metavar="all|adjudicated|NAME_OR_ID",
        help="which annotations: everyone's (default), the adjudicated layer, or one "
        "annotator's own (json and jsonl)",
    )
    exporting.add_argument(
        "--csv-raw",
        action="store_true",
        help="csv: write cells that start with =, +, - or @ as they are (by default they get "
        "a leading ' so that a spreadsheet shows them instead of running them as formulas)",
    )
    exporting.add_argument(
        "--with-evidence",
        action="store_true",
        help="write a zip: the JSON dataset and every file its evidence keeps "
        "(evidence/<sha256>), with a manifest of hashes; import checks every hash",
    )
    exporting.set_defaults(command=run_export)

    cli_collection.add_commands(subparsers, common)  # stats, config, check
    cli_suggestions.add_commands(subparsers, common)  # suggest, learn
    cli_known.add_commands(subparsers, common)  # match
    cli_agreement.add_commands(subparsers, common)  # agreement, adjudicate
    cli_team.add_commands(subparsers, common)  # checkout, checkin
    cli_evidence.add_commands(subparsers, common)  # evidence add, list, export, remove
    remove = subparsers.add_parser(
        "remove",
        parents=[common],
        help="remove articles (to the Trash, or for good with --purge), or empty the library "
        "of known fact-checks (--known)",
        description="Remove articles with all their annotations. They wait in the Trash (the "
        "window can restore them) unless --purge deletes them for good. An unknown id exits 2 "
        "and nothing is removed. --known empties the library of known fact-checks (published "
        "ClaimReview brought in by import); the articles stay.",
    )
    remove.add_argument(
        "article_ids",
        nargs="*",
        metavar="ARTICLE_ID",
        help="the articles' ids, as an export or annotator suggest --json shows them",
    )
    remove.add_argument("--purge", action="store_true", help="delete for good, not to the Trash")
    remove.add_argument(
        "--known", action="store_true", help="empty the library of known fact-checks"
    )
    remove.set_defaults(command=run_remove)


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
_TEXT_ARGUMENTS = ("key", "value", "org_name", "org_url", "article", "note")


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
    if args.encoding is not None:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            print(f"annotator import: unknown encoding {args.encoding!r}", file=sys.stderr)
            return EXIT_UNUSABLE
    channels = _telegram_channels(args.telegram_channels)
    if channels is None:
        return EXIT_UNUSABLE
    password = args.password
    if password == "-":
        password = sys.stdin.readline().rstrip("\r\n")
    paths.ensure()
    # A new database is filled by this command alone: written once, without the WAL.
    workspace = open_workspace(paths, alone=True)
    try:
        report = workspace.import_paths(
            args.inputs,
            from_format=args.from_format,
            encoding=args.encoding,
            telegram_channels=channels,
            password=password,
        )
    finally:
        workspace.close()
    from annotator.services.importing.import_report import Outcome

    for result in report.results:
        if result.outcome is Outcome.REFUSED:
            print(result.line(), file=sys.stderr)
        elif result.warning:  # imported; stderr stays the list of refused files
            print(f"warning: {result.line()}")
        elif args.verbose:
            print(result.line())
    for item in report.set_aside:  # never read: a link out of a folder, a pipe, a device
        print(f"warning: {item.line()}")
    print(report.summary())
    return EXIT_SOME_FAILED if report.refused else EXIT_OK


def _telegram_channels(given: list[str]) -> dict[str, str] | None:
    """``--telegram-channel NAME`` (any chat) or ``CHAT=NAME``, checked; None after saying
    what is wrong."""
    if not given:  # most imports: the Telegram reader (and what it imports) stays unloaded
        return {}
    from annotator.domain.errors import InputRefused
    from annotator.services.importing.material.telegram_posts import telegram_username

    channels: dict[str, str] = {}
    for value in given:
        chat, _, name = value.rpartition("=")
        try:
            channels[chat.strip()] = telegram_username(name)
        except InputRefused as error:
            print(f"annotator import: --telegram-channel: {error}", file=sys.stderr)
            return None
    return channels


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    output: Path = args.output
    if args.with_evidence:
        return _export_bundle(args, paths)
    try:
        format_ = registry.export_format_for(output, args.format)
    except registry.FormatMismatch as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    folder = registry.BY_NAME[format_].folder
    if output.is_dir() and not folder:
        print(f"annotator: {output} is a folder; give a file name to export to", file=sys.stderr)
        return EXIT_UNUSABLE
    if output.exists() and folder and (not output.is_dir() or any(output.iterdir())):
        print(
            f"annotator: {output} exists; --format {format_} writes a new folder", file=sys.stderr
        )
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
            output, format_, organization=organization, layer=args.layer, csv_raw=args.csv_raw
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
    for note in summary.notes:
        print(f"{output}: {note}", file=sys.stderr)
    for recommendation in summary.recommendations:
        print(f"warning: {recommendation.line()}", file=sys.stderr)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
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


def _export_bundle(args: argparse.Namespace, paths: AppPaths) -> int:
    output: Path = args.output
    if args.format not in (None, "json") or output.suffix.lower() != ".zip":
        print(
            "annotator: --with-evidence writes a .zip holding a JSON dataset; give -o NAME.zip "
            "(and no other --format)",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    if not output.parent.exists():
        print(f"annotator: the folder {output.parent} does not exist", file=sys.stderr)
        return EXIT_UNUSABLE
    workspace = open_workspace(paths, create=False)
    try:
        summary = workspace.export(output, layer=args.layer, with_evidence=True)
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
        f"{summary.claims} claims and {summary.records} evidence file(s) to {summary.path} "
        "(json with evidence)"
    )
    return EXIT_OK


def run_remove(args: argparse.Namespace, paths: AppPaths) -> int:
    from annotator.services.removing.article_removal import UnknownArticles

    if args.known and not args.article_ids:
        return cli_known.run_remove_known(paths)
    if not args.article_ids or args.known:
        print(
            "annotator remove: give ARTICLE_ID... (articles), or --known alone (the library "
            "of known fact-checks)",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE

    workspace = open_workspace(paths, create=False)
    try:
        plan = workspace.removal.remove(args.article_ids, purge=args.purge)
    except UnknownArticles as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    where = "deleted for good" if args.purge else "moved to the Trash"
    print(f"{plan.describe()}: {where}")
    return EXIT_OK
