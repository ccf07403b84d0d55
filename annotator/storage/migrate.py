"""Run the Alembic revisions shipped inside the package, safely (docs/design/storage.md).

Alembic (with mako and pygments, 0.1–0.4 s of imports) is loaded only when a database is not
at ``HEAD_REVISION``: opening an up-to-date database reads its revision with one query and
compares it with this constant.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from annotator.domain.errors import DatabaseUnusable, said
from annotator.storage import postgres
from annotator.storage.sqlite import foreign_key_problems, make_engine

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions. A new migration changes it too:
# tests/unit/test_migrations.py compares it with Alembic's own head, so it cannot drift.
HEAD_REVISION = "0017"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The head as Alembic finds it in the shipped revisions (loads Alembic)."""
    head = _script().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _script().walk_revisions()}


def upgrade(path: Path, target: str = "head") -> None:
    """Upgrade the database file at ``path`` to ``target`` in one transaction.

    Batch migrations rebuild tables by copy-and-drop; with foreign keys on, dropping a parent
    table cascades into its children and deletes them. So revisions run on a connection with
    foreign keys off, and ``PRAGMA foreign_key_check`` must come back empty before the commit.
    """
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
            problems = foreign_key_problems(connection)
            if problems:
                raise DatabaseUnusable(
                    said(
                        "Upgrading {path} would leave {problems_count} broken references (first: "
                        "{first}); nothing was changed.",
                        path=path,
                        problems_count=len(problems),
                        first=problems[0],
                    ),
                    said("Please report this with the backup file."),
                )
    finally:
        engine.dispose()


def upgrade_server(engine: Engine, url: str, *, create: bool) -> bool:
    """Bring a PostgreSQL database to head under an advisory lock; True if it was empty.

    DDL is transactional there: a failed migration leaves the database as it was. No backup
    step: the server's own backups are the administrator's. A newer revision is refused.
    """
    where = postgres.display(url)
    try:
        if postgres.current_revision(engine) == HEAD_REVISION:
            return False  # the everyday case: one query, no lock, no Alembic
        with engine.begin() as connection:
            postgres.take_migration_lock(connection)
            revision = postgres.read_revision(connection, where)
            if revision is None and not create:
                raise DatabaseUnusable(
                    said("There is no annotator collection in {where}.", where=where),
                    said("Import articles first (annotator import …) or check --db."),
                )
            if revision is not None and revision not in known_revisions():
                raise DatabaseUnusable(
                    said(
                        "{where} was written by a newer version of Fact-Check Annotator (schema "
                        "revision {revision}); this version knows revisions up to {head}.",
                        where=where,
                        revision=revision,
                        head=head_revision(),
                    ),
                    said("Install the newer version to open it; the database was left untouched."),
                )
            if revision != HEAD_REVISION:
                from alembic import command

                command.upgrade(alembic_config(connection), "head")
    except DBAPIError as error:
        raise postgres.unusable(url, error) from None
    return revision is None
