"""The things a fact-checker works with. Field names are the export's names
(docs/design/data-model.md, docs/design/dataset-format.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ArticleStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Origin(StrEnum):
    MANUAL = "manual"
    SUGGESTION = "suggestion"
    IMPORT = "import"
    ADJUDICATED = "adjudicated"  # accepted by an editor from the annotators' versions


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"


@dataclass(slots=True)
class Annotator:
    id: str
    name: str


ANNOTATOR_NAME_CHARACTERS = 200  # the longest name kept (the database column's length)


def annotator_name(given: str) -> str:
    """A name as typed or given (the dialog, ``--annotator``) as it is kept: its spaces folded,
    at most ``ANNOTATOR_NAME_CHARACTERS`` long, so it fits on every engine."""
    return " ".join(given.split())[:ANNOTATOR_NAME_CHARACTERS].rstrip()


@dataclass(slots=True)
class Passage:
    """Where in its source a part of an article's text comes from: from code point ``start``
    on (until the next passage's start), the text is ``label`` of the source — a PDF's page
    ("7"), a subtitle cue's start time ("00:12:04.500"), a Telegram post ("4521"). ``kind``
    says which (``page``, ``cue``, ``post``: ``PASSAGE_KINDS``); domain/sources/passages.py words it
    for a citation ("p. 7", "at 12:04", "post 4521")."""

    start: int
    kind: str
    label: str


# The kinds of passage the readers make; a file of another program may hold others, shown as
# "<kind> <label>".
PASSAGE_KINDS = ("page", "cue", "post")


@dataclass(slots=True)
class Article:
    id: str
    title: str
    text: str
    text_sha256: str
    source: str = ""
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    language: str = "und"
    imported_at: str = ""
    status: ArticleStatus = ArticleStatus.TODO
    encoding: str | None = None  # what its file was read with; None when not from a file
    # Where each part of the text comes from in its source (pages, cue times, posts), in
    # order of ``start``; empty for a file read whole. A table of its own (article_passages).
    passages: list[Passage] = field(default_factory=list)
    # The record's own id in the file it came from (a doccano id, a brat document name, an
    # XMI document id), written back by that format's export; None when made here.
    source_id: str | None = None
    # What that file said of it that the program does not model, by format name
    # ({"doccano": [{"meta": {...}}]}), written back by the same format's export.
    extra: dict[str, Any] | None = None


@dataclass(slots=True)
class FinishedMark:
    """One annotator's word that their work on an article is finished (progress per
    annotator). The article's own status is shared; this is each annotator's."""

    article_id: str
    annotator_id: str
    finished_at: str


@dataclass(slots=True)
class ArticleSummary:
    """What a list of articles shows: everything but the text."""

    id: str
    title: str
    source: str
    status: ArticleStatus
    imported_at: str
    claim_count: int = 0
    mention_count: int = 0
    language: str = "und"


@dataclass(slots=True)
class Entity:
    """A canonical person, unit, place …, shared across articles (Izium: Izyum, Izum)."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    note: str = ""


@dataclass(slots=True)
class Mention:
    id: str
    article_id: str
    start: int
    end: int
    quote: str
    type: str
    entity_id: str | None = None
    origin: Origin = Origin.MANUAL
    created_by: str | None = None
    created_at: str = ""
    # An adjudicated mention: the ids of the annotators' mentions it was accepted from.
    adjudicated_from: list[str] = field(default_factory=list)
    # Optimistic locking: the stored edit this copy was read at; each save adds one. Not in
    # the JSON dataset (a database's own bookkeeping).
    version: int = 1
    source_id: str | None = None  # its own id in the file it came from (as Article's)
    extra: dict[str, Any] | None = None  # what that file said of it, by format (as Article's)


@dataclass(slots=True)
class EvidenceFile:
    """A file kept with a piece of evidence (a screenshot, a PDF, a web capture). Its bytes
    are stored once per database, named by their SHA-256; the rest says how it came."""

    sha256: str  # 64 lowercase hex digits: the name of the stored bytes
    name: str  # the file's name when it was attached
    media_type: str = "application/octet-stream"
    size: int = 0  # bytes
    attached_at: str = ""
    attached_by: str | None = None  # an annotator id


@dataclass(slots=True)
class Evidence:
    id: str
    url: str = ""
    archive_url: str | None = None
    title: str = ""
    stance: Stance = Stance.NEUTRAL
    excerpt: str = ""
    accessed_at: str | None = None
    file: EvidenceFile | None = None  # the evidence itself, kept: optional in the dataset


@dataclass(slots=True)
class Claimant:
    name: str | None = None
    entity_id: str | None = None


@dataclass(slots=True)
class Review:
    """The published fact-check of a claim, for schema.org ClaimReview."""

    url: str | None = None
    published_at: str | None = None


@dataclass(slots=True)
class Claim:
    id: str
    article_id: str
    start: int
    end: int
    quote: str
    # The order of the fields is the order of the keys in the JSON export (records.py).
    claim_reviewed: str | None = None
    claimant: Claimant = field(default_factory=Claimant)
    claim_date: str | None = None
    status: str = "unverified"
    justification: str = ""
    checkworthy: bool | None = None
    tags: list[str] = field(default_factory=list)
    mention_ids: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    review: Review = field(default_factory=Review)
    origin: Origin = Origin.MANUAL
    created_by: str | None = None
    created_at: str = ""
    updated_at: str = ""
    # An adjudicated claim: the ids of the annotators' claims it was accepted from.
    adjudicated_from: list[str] = field(default_factory=list)
    version: int = 1  # optimistic locking, as Mention.version
    source_id: str | None = None  # a FEVER id, an AVeriTeC index, a tweet id (as Article's)
    extra: dict[str, Any] | None = None  # what that file said of it, by format (as Article's)


class Relation(StrEnum):
    SAME = "same"
    DIFFERENT = "different"


@dataclass(slots=True)
class ClaimRelation:
    """Two claims of different articles judged the same claim (or explicitly not)."""

    claim_id: str
    other_claim_id: str
    relation: Relation
    created_by: str | None = None
    created_at: str = ""
