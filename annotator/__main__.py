"""Entry point: parse the arguments, then run a headless command or start the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from annotator import __version__
from annotator.exits import EXIT_UNEXPECTED, EXIT_UNUSABLE


def build_parser() -> argparse.ArgumentParser:
    from annotator import cli
    from annotator.paths import database_location

    # --data-dir and --db are accepted before or after the command; SUPPRESS keeps a
    # subcommand's parser from overwriting a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="keep the database, backups and logs in DIR (portable use)",
    )
    common.add_argument(
        "--db",
        type=database_location,
        default=argparse.SUPPRESS,
        metavar="FILE|URL",
        help="use this database file, or a team database: postgresql://[user@]host[:port]/db "
        "(password from PGPASSWORD, ~/.pgpass or a service file)",
    )
    parser = argparse.ArgumentParser(
        prog="annotator",
        parents=[common],
        description="Fact-Check Annotator: annotate claims, entities and verdicts in news "
        "articles, offline. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (database, migrations, import, "
        "export, schema), print a report and exit: 0 if all is well, 1 if not",
    )
    parser.add_argument(
        "--annotator",
        dest="gui_annotator",
        metavar="NAME",
        help="open the window as this annotator, without asking (also: ANNOTATOR_NAME)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    cli.add_commands(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    from annotator.logs import report_unexpected, setup_logging
    from annotator.paths import resolve_paths

    arguments = sys.argv[1:] if argv is None else argv
    if arguments == ["--version"]:
        # Scripts ask this often; answering it needs no database library (0.6 s of imports).
        print(f"annotator {__version__}")
        return 0
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:  # before any path is resolved: it touches only a temporary folder
            return run_self_test()
        if getattr(args, "command", None) is None and (missing := no_display()) is not None:
            print(missing, file=sys.stderr)  # before Qt, which would abort the process
            return EXIT_UNUSABLE
        paths = resolve_paths(getattr(args, "data_dir", None), getattr(args, "db", None))
        setup_logging(paths.log_file)
        command = getattr(args, "command", None)
        if command is not None:
            from annotator import cli

            try:
                return cli.run(args, paths)
            finally:
                if argv is not None:  # called by a program that goes on (a test, a script)
                    from annotator.domain.speed.collector import collect_again

                    collect_again()
        from annotator.domain.speed.collector import collection_paused

        with collection_paused():  # its modules live as long as the program: see run_gui
            from annotator.ui.app import run_gui

        return run_gui(paths, args.gui_annotator or os.environ.get("ANNOTATOR_NAME"))
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # never a traceback in the user's face: log it, say where
        print(report_unexpected(error), file=sys.stderr)
        return EXIT_UNEXPECTED


def no_display(environment: Mapping[str, str] = os.environ) -> str | None:
    """Why the window cannot open here, or None. On Linux Qt needs an X11 or Wayland display
    unless a platform is chosen (QT_QPA_PLATFORM=offscreen); without one it aborts the process
    saying "libxcb-cursor0 is needed", which sends the user looking for a library."""
    if not sys.platform.startswith("linux"):
        return None
    if any(environment.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "annotator: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set). Start it from a desktop session; on a server, run a command (annotator --help), "
        "run the window offscreen with QT_QPA_PLATFORM=offscreen, or under a virtual display "
        "with xvfb-run annotator."
    )


def run_self_test() -> int:
    from annotator.services.self_test import run_self_test as run_checks

    report = run_checks()
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
