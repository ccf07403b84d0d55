"""Offline and back: check articles out of a team database into a SQLite file,
work there, check the work back in.

Checkout copies the chosen articles with their annotations, and the schemes, entities and
annotators, through the lossless dataset import, and remembers in the file where it came from
and a fingerprint of every annotation as it was then. Checkin compares three versions of each
annotation, the one checked out, the local one and the server's, and reports for each:

- **added**: new offline, stored on the server;
- **updated**: changed offline only, written over the server's (which had not changed);
- **unchanged**: not changed offline (what changed on the server meanwhile stays);
- **conflict**: changed offline and on the server since checkout. Both are kept: the server's
  stays as it is, the offline one is stored beside it under a new id (a claim tagged
  ``checkin-conflict``), and both ids are listed for the editor. Nothing is lost.

New articles imported offline are added (matched by text as in any import).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from annotator.domain.errors import DatabaseUnusable, said
from annotator.domain.models import Article, ArticleStatus, Claim, Mention
from annotator.domain.timestamps import now_timestamp
from annotator.private_files import private_folder
from annotator.services.formats.dataset_v1 import claim_dict, mention_dict
from annotator.services.importing.dataset_records import Dataset, DatasetArticle
from annotator.services.importing.dataset_storing import store_dataset
from annotator.storage.database import Database, open_database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import (
    AnnotatorRepository,
    EntityRepository,
    SchemeRepository,
)
from annotator.storage.repositories.preference_repository import PreferenceRepository
from annotator.storage.repositories.progress_repository import ProgressRepository
from annotator.storage.repositories.relation_repository import RelationRepository
from annotator.storage.repositories.stored_files import StoredFileRepository

CHECKOUT_KEY = "team.checkout"
CONFLICT_TAG = "checkin-conflict"


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass(slots=True)
class AnnotationOutcome:
    kind: str  # "mention" or "claim"
    id: str
    article_id: str
    quote: str
    outcome: Outcome
    kept_as: str | None = None  # a conflict: the id the offline version was stored under

    def line(self) -> str:
        quote = self.quote if len(self.quote) <= 40 else self.quote[:39] + "…"
        text = f"{self.outcome}: {self.kind} {self.id} “{quote}”"
        if self.kept_as:
            text += f" (server's kept; yours stored as {self.kept_as})"
        return text


@dataclass(slots=True)
class CheckoutSummary:
    articles: int = 0
    mentions: int = 0
    claims: int = 0


@dataclass(slots=True)
class CheckinReport:
    articles_added: int = 0
    annotations: list[AnnotationOutcome] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for a in self.annotations if a.outcome is outcome)

    def summary(self) -> str:
        counts = ", ".join(f"{self.count(o)} {o}" for o in Outcome)
        return f"{self.articles_added} new article(s); annotations: {counts}"


def fingerprint(annotation: Mention | Claim) -> str:
    """What an annotation says (every exported field, not its version): equal or not."""
    plain = mention_dict(annotation) if isinstance(annotation, Mention) else claim_dict(annotation)
    encoded = json.dumps(plain, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def checkout(
    source: str | Path,
    target: Path,
    article_ids: Iterable[str] = (),
    status: ArticleStatus | None = None,
    *,
    password: str | None = None,
) -> CheckoutSummary:
    """Copy articles (all, the given ids, or those of ``status``) into a new SQLite file.
    ``password``: the team database's, typed in the window (None: libpq's own sources)."""
    target = Path(target)
    if target.exists() and target.stat().st_size > 0:
        raise DatabaseUnusable(
            said("{target} already exists.", target=target),
            said("Check out into a new file; nothing was changed."),
        )
    wanted = set(article_ids)
    server = open_database(source, create=False, password=password)
    try:
        dataset, read, base = _read_subset(server, wanted, status)
        if wanted - {a.article.id for a in read}:
            missing = ", ".join(sorted(wanted - {a.article.id for a in read}))
            raise DatabaseUnusable(
                said(
                    "No such article in {location}: {missing}.",
                    location=server.location,
                    missing=missing,
                )
            )
        origin = server.location
        private_folder(target.parent)  # a checked-out file holds unpublished work (0700)
        local = open_database(target, backup_dir=target.parent / "backups")
        try:
            with local.transaction() as session, server.reading() as server_session:
                store_dataset(session, dataset)
                _copy_files(server_session, session, dataset)  # the evidence files go offline too
                record = {"from": origin, "at": now_timestamp(), "base": base}
                PreferenceRepository(session).set(CHECKOUT_KEY, json.dumps(record))
        except BaseException:
            local.close()
            target.unlink(missing_ok=True)
            raise
        local.close()
    finally:
        server.close()
    return CheckoutSummary(
        articles=len(read),
        mentions=sum(len(a.mentions) for a in read),
        claims=sum(len(a.claims) for a in read),
    )


def _read_subset(
    database: Database, wanted: set[str], status: ArticleStatus | None
) -> tuple[Dataset, list[DatasetArticle], dict[str, str]]:
    with database.reading() as session:
        session.connection()  # one snapshot for everything read
        schemes = SchemeRepository(session).load()
        dataset = Dataset(
            schemes=schemes,
            annotators=AnnotatorRepository(session).all(),
            entities=EntityRepository(session).all(),
        )
        chosen: list[Article] = []
        for batch in ArticleRepository(session).iter_in_export_order():
            for article in batch:
                if wanted and article.id not in wanted:
                    continue
                if status is not None and article.status != status:
                    continue
                chosen.append(article)
        annotations = AnnotationRepository(session)
        ids = [a.id for a in chosen]
        mentions, claims = annotations.mentions_of(ids), annotations.claims_of(ids)
        finished = ProgressRepository(session).finished_by(ids)
        base: dict[str, str] = {}
        read: list[DatasetArticle] = []
        dataset.articles = read
        for article in chosen:
            mine, theirs = mentions.get(article.id, []), claims.get(article.id, [])
            marks = finished.get(article.id, [])
            read.append(DatasetArticle(article, mine, theirs, marks))
            authored: list[Mention | Claim] = [*mine, *theirs]
            base.update({item.id: fingerprint(item) for item in authored})
        inside = set(base)
        dataset.claim_relations = [
            r
            for r in RelationRepository(session).all()
            if r.claim_id in inside and r.other_claim_id in inside
        ]
    return dataset, read, base


def checked_out_from(local_file: Path) -> str | None:
    """Where ``local_file`` was checked out from (a URL without password); None when it was
    not made by checkout. Raises DatabaseUnusable when it is no annotator database."""
    local = open_database(Path(local_file), create=False)
    try:
        with local.reading() as session:
            stored = PreferenceRepository(session).get(CHECKOUT_KEY)
    finally:
        local.close()
    return str(json.loads(stored)["from"]) if stored else None


def checkin(
    local_file: Path, destination: str | Path, *, password: str | None = None
) -> CheckinReport:
    """Bring the work in ``local_file`` back to ``destination`` (see the module's docstring)."""
    local = open_database(Path(local_file), create=False)
    try:
        with local.reading() as session:
            stored = PreferenceRepository(session).get(CHECKOUT_KEY)
        if stored is None:
            raise DatabaseUnusable(
                said(
                    "{local_file} was not checked out from a team database.", local_file=local_file
                ),
                said("Check in only files made by annotator checkout."),
            )
        record = json.loads(stored)
        dataset, _read, now = _read_subset(local, set(), None)
        server = open_database(destination, create=False, password=password)
        try:
            with local.reading() as files:
                report = _apply(server, dataset, record["base"], files)
        finally:
            server.close()
        # What came back is the new starting point: checking in again repeats nothing.
        record.update(base=now, checked_in=now_timestamp())
        with local.transaction() as session:
            PreferenceRepository(session).set(CHECKOUT_KEY, json.dumps(record))
        return report
    finally:
        local.close()


def _copy_files(source: Session, target: Session, dataset: Dataset) -> None:
    """The evidence files the dataset's claims keep, copied chunk by chunk where missing."""
    into, out_of = StoredFileRepository(target), StoredFileRepository(source)
    for entry in dataset.articles:
        for claim in entry.claims:
            for evidence in claim.evidence:
                if evidence.file is not None:
                    into.copy_from(out_of, evidence.file.sha256)


def _add_to(item: Mention | Claim, mentions: list[Mention], claims: list[Claim]) -> None:
    if isinstance(item, Mention):
        mentions.append(item)
    else:
        claims.append(item)


def _apply(
    server: Database, dataset: Dataset, base: dict[str, str], files: Session
) -> CheckinReport:
    report = CheckinReport()
    with server.transaction() as session:
        _copy_files(files, session, dataset)  # in the same transaction as the evidence
        annotations = AnnotationRepository(session)
        articles = ArticleRepository(session)
        known_articles = articles.existing_ids([a.article.id for a in dataset.articles])
        ids = list(known_articles)
        on_server: dict[str, Mention | Claim] = {}
        for group in (annotations.mentions_of(ids), annotations.claims_of(ids)):
            for items in group.values():
                on_server.update({item.id: item for item in items})
        new_items: list[tuple[DatasetArticle, list[Mention], list[Claim]]] = []
        writes: list[Mention | Claim] = []
        for entry in dataset.articles:
            added_mentions: list[Mention] = []
            added_claims: list[Claim] = []
            authored: list[Mention | Claim] = [*entry.mentions, *entry.claims]
            for item in authored:
                kind = "mention" if isinstance(item, Mention) else "claim"
                mine = fingerprint(item)
                theirs = on_server.get(item.id)
                outcome = AnnotationOutcome(
                    kind, item.id, item.article_id, item.quote, Outcome.UNCHANGED
                )
                if item.id not in base and theirs is None:
                    outcome.outcome = Outcome.ADDED
                    _add_to(item, added_mentions, added_claims)
                elif mine == base.get(item.id) or (theirs and fingerprint(theirs) == mine):
                    pass  # not changed offline, or changed the same way
                elif theirs is not None and fingerprint(theirs) == base.get(item.id):
                    outcome.outcome = Outcome.UPDATED
                    writes.append(replace(item, version=theirs.version))
                else:  # changed on both sides, or deleted on the server: keep both
                    outcome.outcome = Outcome.CONFLICT
                    copy = _conflict_copy(item) if theirs is not None else item
                    outcome.kept_as = copy.id
                    _add_to(copy, added_mentions, added_claims)
                report.annotations.append(outcome)
            new_items.append((entry, added_mentions, added_claims))
        # New articles, entities, annotators and annotations through the lossless import.
        incoming = Dataset(
            schemes=dataset.schemes,
            annotators=dataset.annotators,
            entities=dataset.entities,
            articles=[
                DatasetArticle(entry.article, mentions, claims, entry.finished)
                for entry, mentions, claims in new_items
            ],
        )
        report.articles_added = store_dataset(session, incoming).articles
        for item in writes:
            if isinstance(item, Mention):
                annotations.update_mention(item)
            else:
                annotations.replace_claim(item)
    return report


def _conflict_copy(item: Mention | Claim) -> Mention | Claim:
    """The offline version under a new id, so it stands beside the server's version."""
    copy = replace(item, id=str(uuid.uuid4()), version=1)
    if isinstance(copy, Claim):
        copy.tags = [*copy.tags, CONFLICT_TAG]
        copy.mention_ids = list(copy.mention_ids)
        copy.evidence = [replace(e, id=str(uuid.uuid4())) for e in copy.evidence]
    return copy
