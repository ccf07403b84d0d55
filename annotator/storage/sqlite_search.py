"""SQLite's full-text search: the FTS5 indexes over articles and claims, their triggers, and the
queries that read them (``postgres`` holds the same names for tsvector).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import TextClause, text

if TYPE_CHECKING:  # the ORM is imported by those who pass a Session
    from sqlalchemy.orm import Session

FTS_TABLE = "articles_fts"


# --- Full-text search (FTS5, external content over articles) ---------------------------------

FTS_CREATE = [
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, text, content='articles', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END""",
    f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]

FTS_DROP = [
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match, as a prefix.

    Quoting each word keeps FTS5 syntax characters (quotes, colons, NEAR, AND) literal.
    """
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search_article_ids(session: Session, user_text: str, limit: int | None = None) -> list[str]:
    query = fts_query(user_text)
    if query is None:
        return []
    sql = (
        f"SELECT a.id FROM {FTS_TABLE} JOIN articles a ON a.rowid = {FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH :q ORDER BY rank"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in session.execute(text(sql), {"q": query})]


def search_condition(user_text: str) -> TextClause | None:
    """A WHERE condition on articles: every word typed appears in the title or the text."""
    query = fts_query(user_text)
    if query is None:
        return None
    return text(
        f"articles.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query)"
    ).bindparams(fts_query=query)


def passage_query(heads: list[str]) -> str | None:
    """An FTS5 query any article holding one of the passages' heads satisfies: each head a
    phrase, its last word a prefix (the head may cut it). None: no head."""
    phrases = ['"' + head.replace('"', '""') + '" *' for head in heads]
    return " OR ".join(phrases) or None


def passage_candidates(session: Session, heads: list[str]) -> list[tuple[str, str]]:
    """(id, text) of the articles that may hold a passage of one of these heads (its first
    words, ``ArticleRepository.holding``), earliest imported first."""
    query = passage_query(heads)
    if query is None:
        return []
    sql = (
        f"SELECT a.id, a.text FROM {FTS_TABLE} JOIN articles a ON a.rowid = {FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH :q ORDER BY a.imported_at, a.id"
    )
    return [(row[0], row[1]) for row in session.execute(text(sql), {"q": query})]


def is_fts_table(name: str) -> bool:
    return any(name == table or name.startswith(table + "_") for table in FTS_TABLES)


# --- The claims' candidate index (FTS5, external content over claims; revision 0010) --------
# Related claims take a shortlist from it and re-rank it with their own scorer. Triggers keep it
# in step with every write path (import, edit, delete, an article's cascade, restore from the
# Trash). A later revision that rebuilds claims in batch mode drops these triggers with the old
# table and must run CLAIM_FTS_DROP / CLAIM_FTS_CREATE again, as for the articles.

CLAIM_FTS_TABLE = "claims_fts"
KNOWN_FTS_TABLE = "known_fact_checks_fts"  # revision 0016, below
FTS_TABLES = (FTS_TABLE, CLAIM_FTS_TABLE, KNOWN_FTS_TABLE)

CLAIM_FTS_CREATE = [
    f"CREATE VIRTUAL TABLE {CLAIM_FTS_TABLE} USING fts5(quote, claim_reviewed, "
    "content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO {CLAIM_FTS_TABLE}(rowid, quote, claim_reviewed)
        VALUES (new.rowid, new.quote, new.claim_reviewed);
    END""",
    f"""CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO {CLAIM_FTS_TABLE}({CLAIM_FTS_TABLE}, rowid, quote, claim_reviewed)
        VALUES ('delete', old.rowid, old.quote, old.claim_reviewed);
    END""",
    f"""CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote, claim_reviewed ON claims BEGIN
        INSERT INTO {CLAIM_FTS_TABLE}({CLAIM_FTS_TABLE}, rowid, quote, claim_reviewed)
        VALUES ('delete', old.rowid, old.quote, old.claim_reviewed);
        INSERT INTO {CLAIM_FTS_TABLE}(rowid, quote, claim_reviewed)
        VALUES (new.rowid, new.quote, new.claim_reviewed);
    END""",
    # The backfill: every claim already stored.
    f"INSERT INTO {CLAIM_FTS_TABLE}({CLAIM_FTS_TABLE}) VALUES ('rebuild')",
]

CLAIM_FTS_DROP = [
    "DROP TRIGGER IF EXISTS claims_fts_update",
    "DROP TRIGGER IF EXISTS claims_fts_delete",
    "DROP TRIGGER IF EXISTS claims_fts_insert",
    f"DROP TABLE IF EXISTS {CLAIM_FTS_TABLE}",
]


def any_term_query(terms: list[tuple[str, bool]]) -> str | None:
    """An FTS5 query that any of the terms satisfies; ``(word, True)`` matches as a prefix.

    Quoting each word keeps FTS5 syntax characters literal (as ``fts_query`` does)."""
    parts = []
    for word, prefix in dict.fromkeys(terms):
        for piece in _WORD.findall(word):
            parts.append(f'"{piece}"*' if prefix else f'"{piece}"')
    return " OR ".join(dict.fromkeys(parts)) or None


def similar_claim_ids(
    session: Session, terms: list[tuple[str, bool]], exclude_article_id: str, limit: int
) -> list[str]:
    """Claims of other articles that share any of the terms, best bm25 rank first."""
    query = any_term_query(terms)
    if query is None:
        return []
    sql = (
        f"SELECT c.id FROM {CLAIM_FTS_TABLE} JOIN claims c ON c.rowid = {CLAIM_FTS_TABLE}.rowid "
        f"WHERE {CLAIM_FTS_TABLE} MATCH :q AND c.article_id != :article "
        f"ORDER BY rank LIMIT {int(limit)}"
    )
    return list(session.scalars(text(sql), {"q": query, "article": exclude_article_id}))


# --- The library of known fact-checks (FTS5, external content; revision 0016) ----------------
# One column: the words the matcher normalised when the review was stored (search_text), so
# that SQLite and PostgreSQL index the same words. bm25() ranks; the matcher re-ranks.

KNOWN_FTS_CREATE = [
    f"CREATE VIRTUAL TABLE {KNOWN_FTS_TABLE} USING fts5(search_text, "
    "content='known_fact_checks', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER known_fact_checks_fts_insert AFTER INSERT ON known_fact_checks BEGIN
        INSERT INTO {KNOWN_FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER known_fact_checks_fts_delete AFTER DELETE ON known_fact_checks BEGIN
        INSERT INTO {KNOWN_FTS_TABLE}({KNOWN_FTS_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    f"""CREATE TRIGGER known_fact_checks_fts_update AFTER UPDATE OF search_text
        ON known_fact_checks BEGIN
        INSERT INTO {KNOWN_FTS_TABLE}({KNOWN_FTS_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO {KNOWN_FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
]

KNOWN_FTS_DROP = [
    "DROP TRIGGER IF EXISTS known_fact_checks_fts_update",
    "DROP TRIGGER IF EXISTS known_fact_checks_fts_delete",
    "DROP TRIGGER IF EXISTS known_fact_checks_fts_insert",
    f"DROP TABLE IF EXISTS {KNOWN_FTS_TABLE}",
]

# Emptying the library: the index is cleared whole rather than row by row by the trigger.
KNOWN_FTS_CLEAR = f"INSERT INTO {KNOWN_FTS_TABLE}({KNOWN_FTS_TABLE}) VALUES ('delete-all')"


def known_check_ranks(
    session: Session, terms: list[tuple[str, bool]], limit: int
) -> list[tuple[int, float]]:
    """``(id, score)`` of the known fact-checks sharing any of the terms, best first: the
    score is bm25's, made positive (higher is better)."""
    query = any_term_query(terms)
    if query is None:
        return []
    sql = (
        f"SELECT rowid, -bm25({KNOWN_FTS_TABLE}) FROM {KNOWN_FTS_TABLE} "
        f"WHERE {KNOWN_FTS_TABLE} MATCH :q ORDER BY rank LIMIT {int(limit)}"
    )
    return [(int(row[0]), float(row[1])) for row in session.execute(text(sql), {"q": query})]


# Per content table: its FTS5 index and the trigger that adds each inserted row to it (a bulk
# load drops the trigger and rebuilds the index once: ``sqlite_bulk``).
FTS_INSERT_TRIGGERS = {
    "articles": (FTS_TABLE, "articles_fts_insert"),
    "claims": (CLAIM_FTS_TABLE, "claims_fts_insert"),
    "known_fact_checks": (KNOWN_FTS_TABLE, "known_fact_checks_fts_insert"),
}
