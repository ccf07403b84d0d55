"""Everything PostgreSQL-only (team mode): the URL, the engine, the checks before
migrating under an advisory lock, the reading of connection failures, and full-text search.

Passwords come only from libpq's own sources (PGPASSWORD, ~/.pgpass, a service file): a URL
with a password in it is refused, and no message ever shows one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, TextClause, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, ProgrammingError, SQLAlchemyError

from annotator.domain.errors import DatabaseUnusable, PasswordRefused, said

if TYPE_CHECKING:  # the ORM is imported by those who pass a Session
    from sqlalchemy.orm import Session

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
# pg_advisory_xact_lock key: "ANNOTATE" in ASCII; one migration at a time per database.
MIGRATION_LOCK = 0x414E4E4F54415445
# Taken by every writing transaction: writers queue like SQLite's BEGIN IMMEDIATE, so the
# "look, then insert" steps of an import (dedup by id and text hash) never race another client.
WRITE_LOCK = 0x414E4E4F54575254
READ_ONLY_OPTION = "annotator_read_only"  # the same option sqlite.reader_engine sets
SEARCH_CONFIG = "simple"
TSVECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"
CONNECT_TIMEOUT_S = 10


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def display(url: str) -> str:
    """The URL as it may be shown: never a password, never the query's secrets."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"postgresql://{user}{host}{port}{parts.path}"


def make_engine(url: str, password: str | None = None) -> Engine:
    """An engine on psycopg 3; libpq finds the password itself, unless the window asked the
    user for it (``password``: handed to the driver, never part of the URL or any message)."""
    try:
        parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    except (ArgumentError, ValueError):
        raise DatabaseUnusable(
            said("{address} is not a PostgreSQL address.", address=display(url)),
            said("Use postgresql://[user@]host[:port]/database."),
        ) from None
    if parsed.password is not None:
        raise DatabaseUnusable(
            said(
                "The database address holds a password; passwords are never taken from the "
                "command line or settings."
            ),
            said("Put it in PGPASSWORD, ~/.pgpass or a service file, and leave it out of the URL."),
        )
    if not parsed.database:
        raise DatabaseUnusable(
            said("{address} names no database.", address=display(url)),
            said("Use postgresql://host/DATABASE."),
        )
    parsed = parsed.set(drivername="postgresql+psycopg")
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "annotator",
    }
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(
        parsed,
        connect_args=connect_args,
        pool_pre_ping=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        if not connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    return engine


def unusable(url: str, error: BaseException) -> DatabaseUnusable:
    """What went wrong connecting, in one line that says what to do; no password, no trace."""
    where = display(url)
    parts = urlsplit(url)
    detail = str(getattr(error, "orig", None) or error)
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return PasswordRefused(
            said(
                "The server at {where} refused the login of user {user}: wrong or missing "
                "password.",
                where=where,
                user=parts.username or "(default)",
            ),
            said("Set PGPASSWORD or add the password to ~/.pgpass."),
            missing="no password supplied" in lowered,
        )
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return DatabaseUnusable(
            said("The server {hostname} is unknown (no such host name).", hostname=parts.hostname),
            said("Check the host name in the URL and your network."),
        )
    if (
        "connection refused" in lowered
        or "timeout expired" in lowered
        or "is the server" in (lowered)
    ):
        return DatabaseUnusable(
            said(
                "No PostgreSQL server answers at {host}:{port}.",
                host=parts.hostname,
                port=parts.port or 5432,
            ),
            said("Check that the server is running and the port is right."),
        )
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseUnusable(
            said(
                "The database {database} does not exist on that server.",
                database=parts.path.lstrip("/"),
            ),
            said("Ask the administrator to create it (createdb), or check the name."),
        )
    if "permission denied" in lowered or "must be owner" in lowered:
        return DatabaseUnusable(
            said(
                "User {user} may not use {where}: {detail}.",
                user=parts.username or "(default)",
                where=where,
                detail=_first_line(detail),
            ),
            said("Ask the administrator for CONNECT and CREATE rights on the database."),
        )
    return DatabaseUnusable(
        said("{where} cannot be used: {detail}.", where=where, detail=_first_line(detail)),
        said("Check the URL and the server."),
    )


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0].rstrip(".") if message.strip() else "unknown error"


def read_revision(connection: Connection, where: str) -> str | None:
    """Our schema revision; None for an empty database. Refuses another program's tables."""
    tables = {
        row[0]
        for row in connection.execute(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        )
    }
    if not tables:
        return None
    if "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise DatabaseUnusable(
            said(
                "{where} holds the tables of another application ({shown}), not a Fact-Check "
                "Annotator collection.",
                where=where,
                shown=shown,
            ),
            said("It was left untouched. Point --db at an empty database or an annotator one."),
        )
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    """The revision in alembic_version with one query; None when there is none to read (an
    empty database, another program's, or no row): read_revision under the lock tells which."""
    try:
        with engine.connect() as connection:
            # A read: it must not queue behind writers on the write lock (see make_engine).
            connection.execution_options(**{READ_ONLY_OPTION: True})
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except ProgrammingError:  # no such table
        return None


def take_migration_lock(connection: Connection) -> None:
    """Two programs opening an old database at once: the second waits, then finds it done."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def check_reachable(engine: Engine, url: str) -> None:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (DBAPIError, SQLAlchemyError, OSError) as error:
        raise unusable(url, error) from None


# --- Full-text search: tsvector over title and text, a GIN index (revision 0004) -----------

_WORD = re.compile(r"\w+", re.UNICODE)

FTS_CREATE = [f"CREATE INDEX ix_articles_fulltext ON articles USING GIN (({TSVECTOR}))"]
FTS_DROP = ["DROP INDEX IF EXISTS ix_articles_fulltext"]


def ts_query(user_text: str) -> str | None:
    """Every word typed must match, as a prefix; words are quoted, so no query syntax leaks."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " & ".join(f"'{word}':*" for word in words)


def search_article_ids(session: Session, user_text: str, limit: int | None = None) -> list[str]:
    query = ts_query(user_text)
    if query is None:
        return []
    sql = (
        f"SELECT id FROM articles WHERE {TSVECTOR} @@ to_tsquery('simple', :q) "
        f"ORDER BY ts_rank({TSVECTOR}, to_tsquery('simple', :q)) DESC, id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in session.execute(text(sql), {"q": query})]


def search_condition(user_text: str) -> TextClause | None:
    query = ts_query(user_text)
    if query is None:
        return None
    return text(
        f"{TSVECTOR.replace('title', 'articles.title').replace(' text)', ' articles.text)')} "
        "@@ to_tsquery('simple', :pg_query)"
    ).bindparams(pg_query=query)


def passage_candidates(session: Session, heads: list[str]) -> list[tuple[str, str]]:
    """(id, text) of the articles that may hold a passage of one of these heads (its first
    words, ``ArticleRepository.holding``), earliest imported first: all the words of a head
    (AND, no positions: a tsvector keeps none past 16,383)."""
    if not heads:
        return []
    terms = " || ".join(f"plainto_tsquery('simple', :p{i})" for i in range(len(heads)))
    sql = f"SELECT id, text FROM articles WHERE {TSVECTOR} @@ ({terms}) ORDER BY imported_at, id"
    parameters = {f"p{i}": head for i, head in enumerate(heads)}
    return [(row[0], row[1]) for row in session.execute(text(sql), parameters)]


# --- The claims' candidate index: a GIN index over their tsvector (revision 0010) -----------
# A stored generated column, not an expression index as for the articles: ranking reads the
# vector of every matching claim, and an expression would be parsed again for each (230 ms
# against 50 ms at 50,000 claims). PostgreSQL keeps the column in step with every write itself.

CLAIM_TSVECTOR = "to_tsvector('simple', quote || ' ' || coalesce(claim_reviewed, ''))"
CLAIM_VECTOR_COLUMN = "search_words"
CLAIM_FTS_CREATE = [
    f"ALTER TABLE claims ADD COLUMN {CLAIM_VECTOR_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({CLAIM_TSVECTOR}) STORED",
    f"CREATE INDEX ix_claims_fulltext ON claims USING GIN ({CLAIM_VECTOR_COLUMN})",
]
CLAIM_FTS_DROP = [
    "DROP INDEX IF EXISTS ix_claims_fulltext",
    f"ALTER TABLE claims DROP COLUMN IF EXISTS {CLAIM_VECTOR_COLUMN}",
]


def any_term_query(terms: list[tuple[str, bool]]) -> str | None:
    """A tsquery that any of the terms satisfies; ``(word, True)`` matches as a prefix."""
    parts = []
    for word, prefix in dict.fromkeys(terms):
        for piece in _WORD.findall(word):
            parts.append(f"'{piece}':*" if prefix else f"'{piece}'")
    return " | ".join(dict.fromkeys(parts)) or None


def similar_claim_ids(
    session: Session, terms: list[tuple[str, bool]], exclude_article_id: str, limit: int
) -> list[str]:
    """Claims of other articles that share any of the terms, best ts_rank first.

    ts_rank knows no inverse document frequency (bm25 does); normalising by the log of the
    claim's length (flag 1) keeps long claims from winning on common words alone: 94.5 % of
    the exhaustive top 10 in the benchmark, against 92 % without and 90.5 % by length (2)."""
    query = any_term_query(terms)
    if query is None:
        return []
    sql = (
        f"SELECT id FROM claims, to_tsquery('simple', :q) AS q WHERE {CLAIM_VECTOR_COLUMN} @@ q "
        f"AND article_id != :article ORDER BY ts_rank({CLAIM_VECTOR_COLUMN}, q, 1) DESC, id "
        f"LIMIT {int(limit)}"
    )
    return list(session.scalars(text(sql), {"q": query, "article": exclude_article_id}))


# --- The library of known fact-checks: tsvector of search_text, a GIN index (revision 0016) -
# search_text holds the words the matcher normalised (the same SQLite's FTS5 reads). The
# vector is a stored generated column, as for the claims; its name is the claims' one, so the
# migrations' comparison leaves it out alike.

KNOWN_TSVECTOR = "to_tsvector('simple', search_text)"
KNOWN_FTS_CREATE = [
    f"ALTER TABLE known_fact_checks ADD COLUMN {CLAIM_VECTOR_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({KNOWN_TSVECTOR}) STORED",
    # No pending list: a feed of 50,000 reviews comes in one transaction, and GIN's pending
    # list (fastupdate) would then be read whole by every search until a vacuum merged it.
    f"CREATE INDEX ix_known_fact_checks_fulltext ON known_fact_checks "
    f"USING GIN ({CLAIM_VECTOR_COLUMN}) WITH (fastupdate = off)",
]
KNOWN_FTS_DROP = [
    "DROP INDEX IF EXISTS ix_known_fact_checks_fulltext",
    f"ALTER TABLE known_fact_checks DROP COLUMN IF EXISTS {CLAIM_VECTOR_COLUMN}",
]


def known_check_ranks(
    session: Session, terms: list[tuple[str, bool]], limit: int
) -> list[tuple[int, float]]:
    """``(id, score)`` of the known fact-checks sharing any of the terms, best ts_rank first
    (normalised by the log of the length, as for the claims).

    With a couple of dozen terms OR-ed the planner expects thousands of rows and reads the
    whole table, testing every vector (115 ms at 50,000 where the index finds the 2,600 rows
    that match in a fraction of that): the index is made its only way, for this transaction."""
    query = any_term_query(terms)
    if query is None:
        return []
    session.execute(text("SET LOCAL enable_seqscan = off"))
    sql = (
        f"SELECT id, ts_rank({CLAIM_VECTOR_COLUMN}, q, 1) AS r "
        f"FROM known_fact_checks, to_tsquery('simple', :q) AS q "
        f"WHERE {CLAIM_VECTOR_COLUMN} @@ q ORDER BY r DESC, id LIMIT {int(limit)}"
    )
    return [(int(row[0]), float(row[1])) for row in session.execute(text(sql), {"q": query})]
