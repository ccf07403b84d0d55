"""Aggregates over the whole collection that no single table's repository owns.

SQLAlchemy Core on a connection, never the ORM: `annotator stats` loads neither
``sqlalchemy.orm`` nor the Row classes (their mapping alone costs 25 ms at start-up), and
every figure is counted by the database, GROUP BY over the covering indexes of revision 0012,
not row by row in Python. The statements are SQL text that SQLite and
PostgreSQL both run as written: compiling the same queries from SQLAlchemy expressions cost
6 ms per command (a command compiles each statement once), more than half of what the counts
themselves take on 10,000 articles. tests/unit/test_stats_in_sql.py compares every figure with
the same figures counted by hand, on both engines.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, text

# A span in its author's own layer: someone's, and not the adjudicated layer.
_OWN = "created_by IS NOT NULL AND origin <> 'adjudicated'"

_HAS_SCHEMES = text("SELECT count(*) FROM entity_types")
_ENTITY_TYPES = text("SELECT id FROM entity_types ORDER BY position")
_STATUSES = text("SELECT id, final FROM statuses ORDER BY position")
_ENTITIES = text("SELECT count(*) FROM entities")
_KNOWN_FACT_CHECKS = text("SELECT count(*) FROM known_fact_checks")
_ANNOTATORS = text("SELECT id, name FROM annotators")

# Each count from its own index: ix_articles_status, ix_mentions_type, ix_claims_status.
_COUNTS_BY_VALUE = text(
    "SELECT 'articles', status, count(*) FROM articles GROUP BY status "
    "UNION ALL SELECT 'mentions', type, count(*) FROM mentions GROUP BY type "
    "UNION ALL SELECT 'claims', status, count(*) FROM claims GROUP BY status"
)

_TOP_ENTITIES = text(
    "SELECT e.id AS id, e.name AS name, e.type AS type, count(*) AS mentions "
    "FROM entities e JOIN mentions m ON m.entity_id = e.id "
    "GROUP BY e.id, e.name, e.type ORDER BY count(*) DESC, e.name, e.id LIMIT :limit"
)

# A join, not ``status IN (the final ones)``: SQLite would look each claim up through the
# status index, four times slower than reading the claims once.
_PUBLISHABLE = text(
    "SELECT count(*) FROM claims c JOIN statuses s ON s.id = c.status "
    "WHERE s.final = :final AND trim(coalesce(c.review_url, '')) <> ''"
).bindparams(final=True)

# Per annotator: the articles they marked finished, their own mentions and claims (from the
# layer indexes ix_mentions_layer, ix_claims_layer).
_PER_ANNOTATOR = text(
    "SELECT 'articles_finished', annotator_id, count(*) FROM article_finished "
    "GROUP BY annotator_id "
    f"UNION ALL SELECT 'mentions', created_by, count(*) FROM mentions WHERE {_OWN} "
    "GROUP BY created_by "
    f"UNION ALL SELECT 'claims', created_by, count(*) FROM claims WHERE {_OWN} "
    "GROUP BY created_by"
)

# The (annotator, article) pairs of both layers, made distinct by a UNION that merges the two
# layer indexes in their order (the ORDER BY spares SQLite a temporary B-tree), and per
# annotator how many of those articles there are and how many are done.
_ARTICLES_PER_ANNOTATOR = text(
    "SELECT created_by, count(*), "
    "count(CASE WHEN article_id IN (SELECT id FROM articles WHERE status = 'done') THEN 1 END) "
    f"FROM (SELECT created_by, article_id FROM mentions WHERE {_OWN} "
    f"UNION SELECT created_by, article_id FROM claims WHERE {_OWN} "
    "ORDER BY created_by, article_id) AS pairs "
    "GROUP BY created_by"
)

# Per (article, annotator) of some articles: the article list's progress per annotator.
_LAYER_COUNTS = text(
    f"SELECT 'mentions', article_id, created_by, count(*) FROM mentions WHERE {_OWN} "
    "AND article_id IN :ids GROUP BY article_id, created_by "
    f"UNION ALL SELECT 'claims', article_id, created_by, count(*) FROM claims WHERE {_OWN} "
    "AND article_id IN :ids GROUP BY article_id, created_by"
).bindparams(bindparam("ids", expanding=True))


class StatisticsRepository:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._names: dict[str, str] | None = None

    def has_schemes(self) -> bool:
        return bool(self.connection.scalar(_HAS_SCHEMES))

    def entity_type_ids(self) -> list[str]:
        """In scheme order (the order of the menus)."""
        return list(self.connection.scalars(_ENTITY_TYPES))

    def statuses(self) -> list[tuple[str, bool]]:
        """(id, final) of each claim status, in scheme order."""
        return [(status_id, bool(final)) for status_id, final in self.connection.execute(_STATUSES)]

    def count_entities(self) -> int:
        return self.connection.scalar(_ENTITIES) or 0

    def count_known_fact_checks(self) -> int:
        """The library of fact-checks published elsewhere (revision 0016)."""
        return self.connection.scalar(_KNOWN_FACT_CHECKS) or 0

    def annotator_names(self) -> dict[str, str]:
        if self._names is None:  # read once: the statistics ask twice
            self._names = {key: name for key, name in self.connection.execute(_ANNOTATORS)}
        return self._names

    def counts_by_value(self) -> dict[str, dict[str, int]]:
        """Articles per status, mentions per entity type and claims per status."""
        found: dict[str, dict[str, int]] = {"articles": {}, "mentions": {}, "claims": {}}
        for kind, value, count in self.connection.execute(_COUNTS_BY_VALUE):
            found[kind][value] = count
        return found

    def top_entities(self, limit: int) -> list[dict[str, Any]]:
        """The canonical entities with the most mentions (ties by name), with their type."""
        rows = self.connection.execute(_TOP_ENTITIES, {"limit": limit}).mappings()
        return [dict(row) for row in rows]

    def count_publishable_claims(self) -> int:
        """Claims with a final verdict and a review URL: what a ClaimReview export publishes."""
        return self.connection.scalar(_PUBLISHABLE) or 0

    def layer_counts(self, article_ids: list[str]) -> dict[tuple[str, str], tuple[int, int]]:
        """Per (article, annotator) of these articles: how many mentions and claims of their
        own (the adjudicated layer aside)."""
        # The article list's page of ids: the window, which has the ORM loaded anyway.
        from annotator.storage.repositories.repository_base import chunks

        counts: dict[tuple[str, str], list[int]] = {}
        for chunk in chunks(article_ids):
            for kind, article_id, annotator_id, count in self.connection.execute(
                _LAYER_COUNTS, {"ids": chunk}
            ):
                position = 0 if kind == "mentions" else 1
                counts.setdefault((article_id, annotator_id), [0, 0])[position] = count
        return {key: (value[0], value[1]) for key, value in counts.items()}

    def annotator_progress(self) -> list[dict[str, Any]]:
        """Per annotator with annotations of their own or articles marked finished: articles
        annotated, how many of them are done, articles they marked finished, mentions and
        claims of their own. In name order."""
        names = self.annotator_names()
        found: dict[str, dict[str, Any]] = {}

        def entry_of(annotator_id: str) -> dict[str, Any]:
            return found.setdefault(
                annotator_id,
                {
                    "id": annotator_id,
                    "name": names.get(annotator_id, annotator_id),
                    "articles": 0,
                    "articles_done": 0,
                    # Articles the annotator marked finished themselves (their own Done).
                    "articles_finished": 0,
                    "mentions": 0,
                    "claims": 0,
                },
            )

        for key, annotator_id, count in self.connection.execute(_PER_ANNOTATOR):
            entry_of(annotator_id)[key] = count
        for annotator_id, annotated, done in self.connection.execute(_ARTICLES_PER_ANNOTATOR):
            entry = entry_of(annotator_id)
            entry["articles"], entry["articles_done"] = annotated, done
        return sorted(found.values(), key=lambda e: (e["name"], e["id"]))
