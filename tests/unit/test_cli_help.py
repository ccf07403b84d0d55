"""`annotator --help` and each command's help say what every command and argument is for:
the man page of the .deb is made from the same parser (packaging/manpage.py)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from annotator.__main__ import build_parser


def _walk(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ("annotator",)
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser, list[argparse.Action]]]:
    """Each parser of the command tree with its path and its arguments."""
    arguments = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield from _walk(command, (*path, name))
        else:
            arguments.append(action)
    yield path, parser, arguments


def _missing_help(parser: argparse.ArgumentParser) -> list[str]:
    missing = []
    for path, command, arguments in _walk(parser):
        where = " ".join(path)
        if not (command.description or "").strip():
            missing.append(f"{where}: no description")
        for action in arguments:
            if not action.help or action.help == argparse.SUPPRESS:
                missing.append(f"{where} {'/'.join(action.option_strings) or action.dest}")
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                # A command added without help= is not even listed in the parent's --help.
                listed = {choice.dest: choice.help for choice in action._choices_actions}
                missing += [
                    f"{where} {name}: no help" for name in action.choices if not listed.get(name)
                ]
    return missing


def test_every_command_and_argument_says_what_it_is_for() -> None:
    parser = build_parser()
    commands = [path for path, _parser, _arguments in _walk(parser)]
    assert len(commands) >= 13  # the walk reached every command, not only the top
    assert _missing_help(parser) == []


def test_an_argument_without_help_is_found() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subparsers.choices["stats"].add_argument("--bare")
    subparsers.add_parser("mute", description="")
    assert _missing_help(parser) == [
        "annotator stats --bare",
        "annotator mute: no description",
        "annotator mute: no help",
    ]
