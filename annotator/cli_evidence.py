"""Headless commands of evidence files (docs/design/command-line.md): part of the CLI contract.

``annotator evidence add CLAIM_ID FILE... [--note TEXT] [--stance S] [--as NAME]``
``annotator evidence list [CLAIM_ID] [--json]``
``annotator evidence export ID -o OUT`` (ID: an evidence id or a file's SHA-256)
``annotator evidence remove CLAIM_ID EVIDENCE_ID...``

Exit codes as every command: 1 when some files were refused (each named on stderr as
``PATH: reason``, the others attached), 2 for an unknown claim or an unusable database.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli_workspace import open_workspace
from annotator.domain.errors import AnnotatorError
from annotator.exits import EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE
from annotator.paths import AppPaths

if TYPE_CHECKING:
    from annotator.services.evidence.evidence_service import KeptFile

STANCES = ("supports", "refutes", "neutral")  # Stance's values, without importing the domain


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    evidence = subparsers.add_parser(
        "evidence",
        parents=[common],
        help="keep files with a claim's evidence: add, list, export, remove",
        description="Evidence files (screenshots, PDFs, videos, WARC/WACZ web captures) are "
        "stored in the database once by their SHA-256, so they travel with it. The largest "
        "file accepted is set by annotator config evidence.max_file_mb.",
    )
    actions = evidence.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[common],
        help="attach files to a claim, one piece of evidence each",
        description="Attach files to a claim: each becomes one piece of evidence, its file "
        "stored once by its SHA-256 (a file already stored is attached again, not copied).",
    )
    add.add_argument("claim_id", metavar="CLAIM_ID", help="the claim the files support or refute")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files of any kind")
    add.add_argument("--note", default="", help="what the file shows (the evidence's title)")
    add.add_argument(
        "--stance", choices=STANCES, default="neutral", help="what the files say of the claim"
    )
    add.add_argument("--as", dest="by", metavar="NAME", help="the annotator who attaches them")
    add.set_defaults(command=run_add)

    listing = actions.add_parser(
        "list",
        parents=[common],
        help="the files kept with one claim's evidence, or all",
        description="List the files kept with a claim's evidence (or every claim's): name, "
        "media type, size, SHA-256, when and by whom attached.",
    )
    listing.add_argument(
        "claim_id", nargs="?", metavar="CLAIM_ID", help="one claim (default: every claim)"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of lines")
    listing.set_defaults(command=run_list)

    export = actions.add_parser(
        "export",
        parents=[common],
        help="save a kept file to disk",
        description="Write a kept evidence file to disk, byte for byte as it was attached.",
    )
    export.add_argument("id", metavar="ID", help="an evidence id, or the file's SHA-256")
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="a file, or a folder"
    )
    export.set_defaults(command=run_export)

    remove = actions.add_parser(
        "remove",
        parents=[common],
        help="remove pieces of evidence from a claim (their files stay until check --fix)",
        description="Remove pieces of evidence from a claim. A stored file no claim uses any "
        "more is removed by annotator check --fix.",
    )
    remove.add_argument("claim_id", metavar="CLAIM_ID", help="the claim the evidence is kept with")
    remove.add_argument(
        "evidence_ids", nargs="+", metavar="EVIDENCE_ID", help="the evidence to remove"
    )
    remove.set_defaults(command=run_remove)


def run_add(args: argparse.Namespace, paths: AppPaths) -> int:
    from annotator.domain.models import Stance
    from annotator.services.importing.import_report import one_line, shown_path

    workspace = open_workspace(paths, create=False)
    try:
        by = workspace.annotations.annotator(None, args.by.strip()).id if args.by else None
        result = workspace.evidence.attach(
            args.claim_id, args.files, by=by, note=args.note, stance=Stance(args.stance)
        )
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    for path, reason in result.refused:
        print(f"{shown_path(path)}: {one_line(reason)}", file=sys.stderr)
    for item in result.added:
        assert item.file is not None
        print(f"{item.id}  {item.file.sha256}  {item.file.name}")
    again = (
        f" ({result.duplicates} stored before: the stored copy kept)" if result.duplicates else ""
    )
    print(f"attached {len(result.added)} file(s) to claim {args.claim_id}{again}")
    return EXIT_SOME_FAILED if result.refused else EXIT_OK


def _as_dict(kept: KeptFile) -> dict[str, object]:
    evidence, file = kept.evidence, kept.file
    return {
        "claim_id": kept.claim_id,
        "evidence_id": evidence.id,
        "title": evidence.title,
        "stance": str(evidence.stance),
        "sha256": file.sha256,
        "name": file.name,
        "media_type": file.media_type,
        "size": file.size,
        "attached_at": file.attached_at,
        "attached_by": file.attached_by,
    }


def run_list(args: argparse.Namespace, paths: AppPaths) -> int:
    workspace = open_workspace(paths, create=False)
    try:
        kept = workspace.evidence.kept_files(args.claim_id)
        stored = {k.file.sha256: workspace.evidence.is_stored(k.file.sha256) for k in kept}
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    if args.json:
        rows = [{**_as_dict(k), "stored": stored[k.file.sha256]} for k in kept]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in kept:
        missing = "" if stored[item.file.sha256] else "  (not in this database)"
        print(
            f"{item.claim_id}  {item.evidence.id}  {item.file.sha256}  {item.file.size:>10}  "
            f"{item.file.media_type}  {item.file.name}{missing}"
        )
    return EXIT_OK


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    output: Path = args.output
    workspace = open_workspace(paths, create=False)
    try:
        kept = workspace.evidence.kept_files()
        chosen = next(
            (k for k in kept if args.id in (k.evidence.id, k.file.sha256)),
            None,
        )
        if chosen is None:
            print(f"annotator: no evidence file with id or SHA-256 {args.id}", file=sys.stderr)
            return EXIT_UNUSABLE
        target = output / Path(chosen.file.name).name if output.is_dir() else output
        written = workspace.evidence.save_copy(chosen.file.sha256, target)
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as error:
        print(f"annotator: cannot write {output}: {error.strerror}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    print(f"{written}  {chosen.file.sha256}")
    return EXIT_OK


def run_remove(args: argparse.Namespace, paths: AppPaths) -> int:
    workspace = open_workspace(paths, create=False)
    try:
        workspace.evidence.remove(args.claim_id, args.evidence_ids)
    except AnnotatorError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        workspace.close()
    print(
        f"removed {len(args.evidence_ids)} piece(s) of evidence from claim {args.claim_id}; "
        "their files stay stored until annotator check --fix"
    )
    return EXIT_OK


def check_files(paths: AppPaths, fix: bool) -> tuple[list[str], list[str]]:
    """``annotator check`` on the evidence files: (damage, notes)."""
    workspace = open_workspace(paths, create=False)
    try:
        if not workspace.keeps_files():
            return [], []
        found = workspace.evidence.check(fix=fix)
    finally:
        workspace.close()
    damage = [f"evidence file {d.sha256}: {d.reason}" for d in found.damaged]
    notes = []
    if found.removed:
        notes.append(f"removed {found.removed} stored file(s) that no evidence keeps")
    elif found.unused:
        notes.append(
            f"{len(found.unused)} stored file(s) that no evidence keeps "
            "(annotator check --fix removes them)"
        )
    if found.missing:
        notes.append(
            f"{len(found.missing)} evidence file(s) named by hash but not in this database "
            "(imported without them; import the bundle exported with --with-evidence)"
        )
    return damage, notes
