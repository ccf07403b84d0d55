"""The one place that knows where files live (docs/design/storage.md).

platformdirs decides by default; ``--data-dir`` puts everything in one folder (portable use,
tests) and ``--db`` names the database file. platformdirs is imported only when it decides.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from annotator.domain.errors import DatabaseUnusable, said
from annotator.private_files import private_folder

APP_DIR_NAME = "factcheck-annotator"
DB_FILE_NAME = "annotator.sqlite3"

# Set by the test suite to the real home directory: any location inside it is refused, so a
# test that forgot --data-dir fails instead of writing into the developer's home.
FORBIDDEN_ROOT_ENV = "ANNOTATOR_FORBIDDEN_ROOT"


class ForbiddenLocationError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    db: Path
    backups: Path
    logs: Path
    settings: Path
    # Team mode: --db postgresql://… ; ``db`` is then unused (no file, no lock).
    db_url: str | None = None
    # False when --db alone chose the folder (a file in the user's documents, say): the
    # folder is theirs, not ours to make private.
    own_data_dir: bool = True

    @property
    def database(self) -> Path | str:
        """What to open: the SQLite file, or the PostgreSQL URL."""
        return self.db_url or self.db

    def ensure(self) -> None:
        """The folders a database needs; the logs folder appears with the first log record.

        Folders we create are the user's alone (0700, private_files.py): they hold
        unpublished fact-checks. One that cannot be made is a usage error (exit 2) with
        advice, not a crash."""
        if self.db_url:
            return
        for folder in (self.data_dir, self.db.parent):
            try:
                private_folder(folder)
            except OSError as error:
                raise folder_refusal(folder, error) from None

    @property
    def log_file(self) -> Path:
        return self.logs / "annotator.log"

    def kept_places(self) -> list[Path]:
        """What the program keeps for the user alone and that exists now: the data folder
        (when it is ours), the database and the files beside it, backups, logs, settings."""
        places: list[Path] = []
        if self.own_data_dir:
            places.append(self.data_dir)
        if not self.db_url:
            places += [self.db, *(Path(f"{self.db}{end}") for end in ("-wal", "-shm", "-open"))]
            places += [self.backups, *_files_in(self.backups)]
        places += [self.logs, *_files_in(self.logs), self.settings]
        return [place for place in places if place.exists() and not place.is_symlink()]


def folder_refusal(folder: Path, error: OSError) -> DatabaseUnusable:
    """A folder of ours that cannot be made: what stands in the way, and what to do."""
    existing = _existing_parent(folder)
    if not existing.is_dir():
        return DatabaseUnusable(
            said(
                "The folder {folder} cannot be created: {existing} is a file.",
                folder=folder,
                existing=existing,
            ),
            said("Choose another folder with --data-dir (or --db FILE)."),
        )
    return DatabaseUnusable(
        said(
            "The folder {folder} cannot be created ({strerror}).",
            folder=folder,
            strerror=error.strerror or str(error),
        ),
        said(
            "Choose a folder you may write with --data-dir (or --db FILE), or ask for the "
            "permission to write in {parent}.",
            parent=existing,
        ),
    )


def _existing_parent(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _files_in(folder: Path) -> list[Path]:
    try:
        return sorted(path for path in folder.iterdir() if path.is_file())
    except OSError:
        return []


SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def database_location(value: str) -> Path | str:
    """``--db``: a ``postgresql://`` URL stays a URL (team mode); anything else is a file."""
    return value if value.lower().startswith(SERVER_SCHEMES) else Path(value)


def resolve_paths(data_dir: Path | None = None, db: Path | str | None = None) -> AppPaths:
    if isinstance(db, str) and db.lower().startswith(SERVER_SCHEMES):
        # A server database: logs, settings and backups stay in the user's folders.
        paths = resolve_paths(data_dir, None)
        paths = AppPaths(
            data_dir=paths.data_dir,
            db=paths.db,
            backups=paths.backups,
            logs=paths.logs,
            settings=paths.settings,
            db_url=db,
            own_data_dir=paths.own_data_dir,
        )
        return paths
    if data_dir is not None:
        base = Path(data_dir).expanduser().resolve()
        logs = base / "logs"
    elif db is not None:
        # A portable database: everything stays beside it, nothing in the user's profile.
        base = Path(db).expanduser().resolve().parent
        logs = base / "logs"
    else:
        import platformdirs

        base = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
        logs = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    database = Path(db).expanduser().resolve() if db is not None else base / DB_FILE_NAME
    backups = (database.parent / "backups") if db is not None else base / "backups"
    # Window layout and preferences: beside the data in portable use, else the user's config.
    if data_dir is not None:
        settings = base / "settings.ini"
    elif db is not None:
        settings = database.parent / "settings.ini"
    else:
        import platformdirs

        config = Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))
        settings = config / "settings.ini"
    paths = AppPaths(
        data_dir=base,
        db=database,
        backups=backups,
        logs=logs,
        settings=settings,
        own_data_dir=data_dir is not None or db is None,
    )
    _refuse_forbidden(paths)
    return paths


def _refuse_forbidden(paths: AppPaths) -> None:
    forbidden = os.environ.get(FORBIDDEN_ROOT_ENV)
    if not forbidden:
        return
    root = Path(forbidden).resolve()
    for location in (paths.data_dir, paths.db, paths.backups, paths.logs, paths.settings):
        if location.resolve().is_relative_to(root):
            raise ForbiddenLocationError(
                f"{location} lies in {root}, which the test suite forbids: pass --data-dir"
            )
