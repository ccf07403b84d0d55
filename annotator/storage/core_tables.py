"""Holds the tables as SQLAlchemy Core sees them, for reads that must not load the ORM.

``rows.py`` is the schema (migrations are compared with it); these are lightweight
``table()``/``column()`` views of the columns the Core-only reads use (``annotator stats``
loads neither ``sqlalchemy.orm`` nor the declarative Row classes, whose mapping alone costs
25 ms at start-up, issue 17 §4). tests/unit/test_collection_stats.py checks that every
column named here exists in ``rows.py``.
"""

from __future__ import annotations

from sqlalchemy import Boolean, column, table

articles = table("articles", column("id"), column("status"))
mentions = table(
    "mentions",
    column("id"),
    column("article_id"),
    column("type"),
    column("entity_id"),
    column("origin"),
    column("created_by"),
)
claims = table(
    "claims",
    column("id"),
    column("article_id"),
    column("status"),
    column("review_url"),
    column("origin"),
    column("created_by"),
)
# ``final`` is typed: SQLite stores booleans as 0/1, PostgreSQL as booleans.
statuses = table("statuses", column("id"), column("final", Boolean), column("position"))
entity_types = table("entity_types", column("id"), column("position"))
entities = table("entities", column("id"), column("name"), column("type"))
annotators = table("annotators", column("id"), column("name"))
article_finished = table("article_finished", column("article_id"), column("annotator_id"))

ALL = (articles, mentions, claims, statuses, entity_types, entities, annotators, article_finished)
