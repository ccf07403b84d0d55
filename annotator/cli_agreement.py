"""Commands of several annotators: agreement and adjudication. Part of the CLI
contract (README › Several annotators).

``annotator agreement [--json] [--annotator NAME_OR_ID]... [--article ID]...``
``annotator adjudicate --agreed --as NAME [--annotator NAME_OR_ID]... [--article ID]...``
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

if TYPE_CHECKING:  # the services are imported when a command runs (see cli.py)
    from annotator.services.agreement.agreement_service import AgreementReport


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    agreement = subparsers.add_parser(
        "agreement",
        parents=[common],
        help="agreement between annotators: F1 of spans, Cohen's kappa, Krippendorff's alpha",
        description="Compare the annotators' own layers on the articles they both annotated "
        '(definitions in the README, "Several annotators"). Default: every annotator with '
        "annotations.",
    )
    agreement.add_argument("--json", action="store_true", help="print JSON instead of a table")
    agreement.add_argument(
        "--annotator",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help="take part (repeat for each; at least two)",
    )
    agreement.add_argument(
        "--article", action="append", default=[], metavar="ID", help="only these articles"
    )
    agreement.set_defaults(command=run_agreement)

    adjudicate = subparsers.add_parser(
        "adjudicate",
        parents=[common],
        help="build the adjudicated layer: accept what the annotators agree on",
        description="With --agreed, accept every annotation that all chosen annotators made "
        "identically (mentions: same offsets and type; claims: same offsets and status) into "
        "the adjudicated layer, as the editor NAME; the rest is adjudicated in the window "
        "(View › Several annotators › Adjudicate this article). Running it again adds nothing.",
    )
    adjudicate.add_argument(
        "--agreed", action="store_true", required=True, help="accept the agreed annotations"
    )
    adjudicate.add_argument(
        "--as",
        dest="editor",
        required=True,
        metavar="NAME",
        help="the editor who adjudicates: recorded as created_by of the adjudicated layer",
    )
    adjudicate.add_argument(
        "--annotator", action="append", default=[], metavar="NAME_OR_ID",
        help="the annotators compared (repeat; default: everyone with annotations)",
    )  # fmt: skip
    adjudicate.add_argument(
        "--article", action="append", default=[], metavar="ID", help="only these articles"
    )
    adjudicate.set_defaults(command=run_adjudicate)


def run_agreement(args: argparse.Namespace, paths: AppPaths) -> int:
    workspace = open_workspace(paths, create=False)
    try:
        report = workspace.agreement.report(args.annotator, args.article)
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_agreement(report))
    return EXIT_OK


def run_adjudicate(args: argparse.Namespace, paths: AppPaths) -> int:
    if not args.editor.strip():
        print("annotator: --as needs the editor's name", file=sys.stderr)
        return EXIT_UNUSABLE
    workspace = open_workspace(paths, create=False)
    try:
        editor = workspace.adjudication.editor(args.editor.strip())
        result = workspace.adjudication.accept_agreed(editor, args.annotator, args.article)
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    already = f"; {result.already} adjudicated before" if result.already else ""
    print(
        f"accepted {result.accepted} agreed annotation(s) as {result.editor.name} "
        f"({result.accepted_mentions} mentions, {result.accepted_claims} claims); "
        f"{result.disputed} remain disputed{already}"
    )
    return EXIT_OK


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def format_agreement(report: AgreementReport) -> str:
    names = {a.id: a.name for a in report.annotators}
    lines = [
        f"{len(report.annotators)} annotators, {report.articles} articles annotated by two or more",
        "",
    ]
    for pair in report.pairs:
        mentions, claims = pair.mentions, pair.claims
        lines += [
            f"{names[pair.a]} × {names[pair.b]}  ({pair.articles} articles in common)",
            f"  mentions      exact F1 {_figure(mentions.exact_f1)}  overlap F1 "
            f"{_figure(mentions.overlap_f1)}  ({mentions.n_a} / {mentions.n_b})",
        ]
        for entity_type, figures in (mentions.by_type or {}).items():
            lines.append(
                f"    {entity_type:<12}exact F1 {_figure(figures.exact_f1)}  "
                f"({figures.n_a} / {figures.n_b})"
            )
        lines += [
            f"  claims        exact F1 {_figure(claims.exact_f1)}  overlap F1 "
            f"{_figure(claims.overlap_f1)}  ({claims.n_a} / {claims.n_b})",
            f"  claim status  kappa {_figure(pair.claim_status.cohen_kappa)}  observed "
            f"{_figure(pair.claim_status.observed)}  (n = {pair.claim_status.n})",
            f"  mention type  kappa {_figure(pair.mention_type.cohen_kappa)}  observed "
            f"{_figure(pair.mention_type.observed)}  (n = {pair.mention_type.n})",
            f"  disagreements {len(pair.disagreements)}",
            "",
        ]
    lines.append(
        f"Krippendorff's alpha (nominal): claim status {_figure(report.alpha_claim_status)}, "
        f"mention type {_figure(report.alpha_mention_type)}"
    )
    return "\n".join(lines)
