"""The SQLAlchemy 2 typed mapping. Classes end in ``Row``; only storage code ever sees them.

Offsets are stored as ``start_offset``/``end_offset`` (``end`` is an SQL keyword); timestamps as
canonical ISO 8601 strings (see domain.timestamps). Portable constructs only: what is SQLite-only
lives in ``sqlite.py``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from annotator.domain.models import ANNOTATOR_NAME_CHARACTERS
from annotator.domain.schemes import LABEL_CHARACTERS

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)
STAMP = String(32)
# What another tool's file said of a record that the program does not model (revision 0017):
# SQL NULL when there is nothing, not the JSON text "null".
EXTRA = JSON(none_as_null=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AnnotatorRow(Base):
    __tablename__ = "annotators"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(ANNOTATOR_NAME_CHARACTERS))


class EntityTypeRow(Base):
    __tablename__ = "entity_types"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(LABEL_CHARACTERS))
    color: Mapped[str] = mapped_column(String(16))
    shortcut: Mapped[str | None] = mapped_column(String(8), unique=True)
    position: Mapped[int] = mapped_column(Integer)


class StatusRow(Base):
    __tablename__ = "statuses"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(LABEL_CHARACTERS))
    final: Mapped[bool] = mapped_column(Boolean)
    rating_value: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        CheckConstraint("status IN ('todo', 'in_progress', 'done')", name="status"),
        Index("ix_articles_imported", "imported_at", "id"),
        # Statistics and the list filtered by status, from the index alone (revision 0012).
        Index("ix_articles_status", "status", "imported_at", "id"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    published_at: Mapped[str | None] = mapped_column(STAMP)
    language: Mapped[str] = mapped_column(String(35), default="und")
    imported_at: Mapped[str] = mapped_column(STAMP)
    status: Mapped[str] = mapped_column(String(16), default="todo")
    encoding: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class ArticleOriginalRow(Base):
    """The bytes of an article file whose encoding was guessed, kept to re-read it."""

    __tablename__ = "article_originals"
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ArticlePassageRow(Base):
    """Where a part of an article's text comes from in its source: a page, a cue, a post
    (revision 0014). ``position`` keeps the article's order of passages."""

    __tablename__ = "article_passages"
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column("start_offset", Integer)
    kind: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))


class ArticleFinishedRow(Base):
    """An annotator marked their work on an article finished (progress per annotator)."""

    __tablename__ = "article_finished"
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    annotator_id: Mapped[str] = mapped_column(
        ForeignKey("annotators.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    finished_at: Mapped[str] = mapped_column(STAMP)


class EntityRow(Base):
    __tablename__ = "entities"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(ForeignKey("entity_types.id", ondelete="RESTRICT"))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")


class MentionRow(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="span"),
        Index("ix_mentions_article_span", "article_id", "start_offset", "end_offset"),
        # Progress per annotator and counts per type, in SQL (revision 0012).
        Index("ix_mentions_layer", "created_by", "article_id", "origin"),
        Index("ix_mentions_type", "type"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column("start_offset", Integer)
    end: Mapped[int] = mapped_column("end_offset", Integer)
    quote: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(ForeignKey("entity_types.id", ondelete="RESTRICT"))
    entity_id: Mapped[str | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    origin: Mapped[str] = mapped_column(String(16), default="manual")
    created_by: Mapped[str | None] = mapped_column(ForeignKey("annotators.id"))
    created_at: Mapped[str] = mapped_column(STAMP)
    adjudicated_from: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved the stored version last, and when (revision 0013): shown when saves meet.
    saved_by: Mapped[str | None] = mapped_column(ID)
    saved_at: Mapped[str | None] = mapped_column(STAMP)
    source_id: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="span"),
        Index("ix_claims_article_span", "article_id", "start_offset", "end_offset"),
        # Progress per annotator and counts per status, in SQL (revision 0012).
        Index("ix_claims_layer", "created_by", "article_id", "origin"),
        Index("ix_claims_status", "status"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column("start_offset", Integer)
    end: Mapped[int] = mapped_column("end_offset", Integer)
    quote: Mapped[str] = mapped_column(Text)
    claim_reviewed: Mapped[str | None] = mapped_column(Text)
    claimant_name: Mapped[str | None] = mapped_column(Text)
    claimant_entity_id: Mapped[str | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL")
    )
    claim_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(ForeignKey("statuses.id", ondelete="RESTRICT"))
    justification: Mapped[str] = mapped_column(Text, default="")
    checkworthy: Mapped[bool | None] = mapped_column(Boolean)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    review_url: Mapped[str | None] = mapped_column(Text)
    review_published_at: Mapped[str | None] = mapped_column(STAMP)
    origin: Mapped[str] = mapped_column(String(16), default="manual")
    created_by: Mapped[str | None] = mapped_column(ForeignKey("annotators.id"))
    created_at: Mapped[str] = mapped_column(STAMP)
    updated_at: Mapped[str] = mapped_column(STAMP)
    adjudicated_from: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved the stored version last, and when (revision 0013): shown when saves meet.
    saved_by: Mapped[str | None] = mapped_column(ID)
    saved_at: Mapped[str | None] = mapped_column(STAMP)
    source_id: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class ClaimMentionRow(Base):
    """Which mentions a claim involves, in the order the user linked them."""

    __tablename__ = "claim_mentions"
    claim_id: Mapped[str] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    mention_id: Mapped[str] = mapped_column(
        ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class EvidenceRow(Base):
    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("stance IN ('supports', 'refutes', 'neutral')", name="stance"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text, default="")
    archive_url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    stance: Mapped[str] = mapped_column(String(16), default="neutral")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    accessed_at: Mapped[str | None] = mapped_column(STAMP)
    # A file kept with the evidence (revision 0015): its bytes are a StoredFileRow, found by
    # the hash. No foreign key: a dataset exported without its files still imports, naming
    # them by hash (docs/design/dataset-format.md), and a bundle brings them later.
    file_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    file_name: Mapped[str | None] = mapped_column(Text)
    file_media_type: Mapped[str | None] = mapped_column(String(255))
    file_size: Mapped[int | None] = mapped_column(BigInteger)
    file_attached_at: Mapped[str | None] = mapped_column(STAMP)
    file_attached_by: Mapped[str | None] = mapped_column(ID)


class StoredFileRow(Base):
    """The bytes of an evidence file, once per database, named by their SHA-256 and held in
    chunks (StoredChunkRow) so that neither engine ever holds a whole file in memory.

    ``id`` keys the chunks: they are written while the file is read and hashed, in one
    pass, before its hash is known (docs/design/storage.md, "Evidence files")."""

    __tablename__ = "stored_files"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    chunk_size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[str] = mapped_column(STAMP)


class StoredChunkRow(Base):
    __tablename__ = "stored_file_chunks"
    file_id: Mapped[str] = mapped_column(
        ForeignKey("stored_files.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ClaimRelationRow(Base):
    """A fact-checker's verdict on two claims of different articles: the same claim, or not.

    Stored once per pair with ``claim_id < other_claim_id``; groups of the same claim are the
    connected "same" pairs. "different" pairs are kept so they are not suggested again.
    """

    __tablename__ = "claim_relations"
    __table_args__ = (
        CheckConstraint("claim_id < other_claim_id", name="ordered"),
        CheckConstraint("relation IN ('same', 'different')", name="relation"),
    )
    claim_id: Mapped[str] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    other_claim_id: Mapped[str] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    relation: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[str | None] = mapped_column(ForeignKey("annotators.id"))
    created_at: Mapped[str] = mapped_column(STAMP)


class RejectedSuggestionRow(Base):
    """A suggestion the user rejected, so it is not offered again."""

    __tablename__ = "rejected_suggestions"
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # mention | claim
    start: Mapped[int] = mapped_column("start_offset", Integer, primary_key=True)
    end: Mapped[int] = mapped_column("end_offset", Integer, primary_key=True)
    created_at: Mapped[str] = mapped_column(STAMP)


class PreferenceRow(Base):
    """Settings that travel with the data (the organisation named in ClaimReview exports)."""

    __tablename__ = "preferences"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TrashedArticleRow(Base):
    """A removed article, kept whole as a one-article dataset (format v1) until the Trash is
    emptied: restoring it is importing that dataset again, ids and offsets unchanged."""

    __tablename__ = "trashed_articles"
    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the article's id
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[str] = mapped_column(STAMP)
    removed_at: Mapped[str] = mapped_column(STAMP)
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[str] = mapped_column(Text)


class KnownFactCheckRow(Base):
    """A fact-check published elsewhere (ClaimReview), in a library kept apart from the
    articles: one row per claim a review checks. Re-importing a review's URL replaces its rows.

    ``search_text`` is what the full-text index reads (revision 0016): the claim's and the
    headline's words as the matcher normalises them, and the keys of its names, so that both
    engines index the same words (services/known/search_text.py)."""

    __tablename__ = "known_fact_checks"
    __table_args__ = (Index("ix_known_fact_checks_url", "url"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text)
    claim_reviewed: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    rating_name: Mapped[str | None] = mapped_column(Text)
    rating_value: Mapped[float | None] = mapped_column(Float)
    best_rating: Mapped[float | None] = mapped_column(Float)
    worst_rating: Mapped[float | None] = mapped_column(Float)
    publisher: Mapped[str | None] = mapped_column(Text)
    publisher_url: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(35))
    claimant: Mapped[str | None] = mapped_column(Text)
    appearances: Mapped[list[str]] = mapped_column(JSON, default=list)
    search_text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[str] = mapped_column(STAMP)


@cache
def table_of(row_class: type[Base]) -> Table:
    """The table a Row class is mapped to (typed as a Table, which every one of ours is)."""
    table = row_class.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{row_class.__name__} is not mapped to a table")
    return table
