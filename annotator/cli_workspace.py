"""The one way every command opens the workspace: its storage imported only when a command
runs, so building the parser stays cheap and ``annotator stats`` never loads what it does not
need (tests/e2e/test_cli_startup.py watches this)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.paths import AppPaths

if TYPE_CHECKING:
    from annotator.services.workspace import Workspace


def open_workspace(paths: AppPaths, *, create: bool = True, alone: bool = False) -> Workspace:
    """The workspace of the database ``paths`` names; ``create``: make it when it is missing;
    ``alone``: the command is its only user (``storage.database.open_database``)."""
    from annotator.domain.speed.collector import collection_paused, keep_for_good

    # The storage's modules (SQLAlchemy's above all) live as long as the command: the
    # collections their import set off, and those after it (the last one as the program
    # ends), walked them in vain (domain/speed/collector.py): 0.05 s of a short command.
    with collection_paused():
        from annotator.services import workspace

        opened = workspace.open_workspace(paths, create=create, alone=alone)
    keep_for_good()
    return opened
