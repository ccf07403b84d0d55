"""Mentions and claims (with their evidence and linked mentions) of articles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Row,
    delete,
    func,
    insert,
    literal,
    select,
    union,
    union_all,
    update,
)

from annotator.domain.errors import EditConflict, said
from annotator.domain.models import Claim, Evidence, Mention
from annotator.storage.bulk_insert import insert_many, insert_records
from annotator.storage.repositories.repository_base import (
    Repository,
    changed_rows,
    chunks,
    columns_of,
    existing_ids,
    keyed_rows,
    labelled_columns,
    tuple_columns,
)
from annotator.storage.row_mapping import (
    CLAIM_COLUMNS,
    CLAIM_LINKS,
    MENTION_COLUMNS,
    claim_from,
    claim_from_tuple,
    claim_values,
    evidence_from,
    evidence_values,
    mention_from,
    mention_from_tuple,
    mention_values,
)
from annotator.storage.rows import (
    ArticleRow,
    ClaimMentionRow,
    ClaimRow,
    EvidenceRow,
    MentionRow,
)

# Who saved an annotation (an annotator id, or None for a command or an import) and when.
Saved = tuple[str | None, str]


class AnnotationRepository(Repository):
    # --- writing ---------------------------------------------------------------------------

    def add_mentions(self, mentions: Iterable[Mention]) -> int:
        mentions = list(mentions)
        # Core inserts of many rows a statement: an ORM bulk insert costs twice as much
        insert_records(self.session, MentionRow, Mention, mentions)
        return len(mentions)

    def add_claims(self, claims: Iterable[Claim]) -> int:
        claims = list(claims)
        if not claims:
            return 0
        insert_records(self.session, ClaimRow, Claim, claims, exclude=CLAIM_LINKS)
        links = [
            {"claim_id": c.id, "mention_id": m, "position": i}
            for c in claims
            for i, m in enumerate(c.mention_ids)
        ]
        if links:
            insert_many(self.session, ClaimMentionRow, links)
        evidence = [evidence_values(e, c.id, i) for c in claims for i, e in enumerate(c.evidence)]
        if evidence:
            insert_many(self.session, EvidenceRow, evidence)
        return len(claims)

    def delete_mention(self, mention_id: str) -> None:
        self.session.execute(delete(MentionRow).where(MentionRow.id == mention_id))

    def delete_claim(self, claim_id: str) -> None:
        self.session.execute(delete(ClaimRow).where(ClaimRow.id == claim_id))

    def update_mention(self, mention: Mention, saved: Saved | None = None) -> None:
        """Store ``mention`` over the version it was read at; its version then counts one more.
        ``saved``: who saves it and when, shown to whoever's save meets this one.

        Raises EditConflict, storing nothing, when someone else saved it in between.
        """
        values = mention_values(mention)
        del values["id"]
        values["version"] = mention.version + 1
        if saved is not None:
            values["saved_by"], values["saved_at"] = saved
        self._update_versioned(MentionRow, mention.id, mention.version, values)
        mention.version += 1

    def replace_claim(self, claim: Claim, saved: Saved | None = None) -> None:
        """Store every field of ``claim``, its evidence list and its linked mentions, over the
        version it was read at (EditConflict otherwise, nothing stored)."""
        values = claim_values(claim)
        del values["id"]
        values["version"] = claim.version + 1
        if saved is not None:
            values["saved_by"], values["saved_at"] = saved
        self._update_versioned(ClaimRow, claim.id, claim.version, values)
        claim.version += 1
        self.set_claim_mentions(claim.id, claim.mention_ids)
        self.session.execute(delete(EvidenceRow).where(EvidenceRow.claim_id == claim.id))
        if claim.evidence:
            self.session.execute(
                insert(EvidenceRow),
                [evidence_values(e, claim.id, i) for i, e in enumerate(claim.evidence)],
            )

    def _update_versioned(
        self,
        row_class: type[MentionRow] | type[ClaimRow],
        row_id: str,
        read_at: int,
        values: dict[str, Any],
    ) -> None:
        done = self.session.execute(
            update(row_class)
            .where(row_class.id == row_id, row_class.version == read_at)
            .values(values)
        )
        if changed_rows(done) == 1:
            return
        kind = "claim" if row_class is ClaimRow else "mention"
        now = self.session.scalar(select(row_class.version).where(row_class.id == row_id))
        if now is None:
            raise EditConflict(
                said("someone else deleted this {kind}; your edit was not saved", kind=kind)
            )
        raise EditConflict(
            said(
                "someone else saved this {kind} first (edit {saved}; yours was made on edit "
                "{read}), so yours was not saved",
                kind=kind,
                saved=now - 1,
                read=read_at - 1,
            )
        )

    def set_claim_mentions(self, claim_id: str, mention_ids: list[str]) -> None:
        """Replace only the claim's links to mentions, in this order."""
        self.session.execute(delete(ClaimMentionRow).where(ClaimMentionRow.claim_id == claim_id))
        if mention_ids:
            self.session.execute(
                insert(ClaimMentionRow),
                [
                    {"claim_id": claim_id, "mention_id": m, "position": i}
                    for i, m in enumerate(mention_ids)
                ],
            )

    # --- reading ---------------------------------------------------------------------------

    def get_mention(self, mention_id: str) -> Mention | None:
        row = (
            self.session.execute(select(*columns_of(MentionRow)).where(MentionRow.id == mention_id))
            .mappings()
            .first()
        )
        return mention_from(row) if row else None

    def get_claim(self, claim_id: str) -> Claim | None:
        row = (
            self.session.execute(select(*columns_of(ClaimRow)).where(ClaimRow.id == claim_id))
            .mappings()
            .first()
        )
        if row is None:
            return None
        links, evidence = self._claim_children([claim_id])
        return claim_from(row, links.get(claim_id, []), evidence.get(claim_id, []))

    def last_saved(self, kind: str, annotation_id: str) -> Saved:
        """Who saved the annotation (``kind`` "mention" or "claim") last and when: its creator
        and creation time until someone saves it again (None for who when a program saved it
        without saying who); ``(None, "")`` once it is gone."""
        row_class = MentionRow if kind == "mention" else ClaimRow
        row = self.session.execute(
            select(
                row_class.saved_by, row_class.saved_at, row_class.created_by, row_class.created_at
            ).where(row_class.id == annotation_id)
        ).first()
        if row is None:
            return None, ""
        saved_by, saved_at, created_by, created_at = row
        if saved_at:
            return saved_by, saved_at
        return created_by, created_at or ""

    def claims_linking(self, mention_id: str) -> list[str]:
        return list(
            self.session.scalars(
                select(ClaimMentionRow.claim_id).where(ClaimMentionRow.mention_id == mention_id)
            )
        )

    def existing_mention_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self.session, MentionRow, ids)

    def existing_claim_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self.session, ClaimRow, ids)

    def span_places(self, kind: str, ids: Iterable[str]) -> dict[str, tuple[str, int, int, str]]:
        """Where stored spans sit, by id: ``{id: (article_id, start, end, quote)}``;
        ``kind`` is "mention" or "claim"."""
        row_class = MentionRow if kind == "mention" else ClaimRow
        found: dict[str, tuple[str, int, int, str]] = {}
        for chunk in chunks(list(dict.fromkeys(ids))):
            query = select(
                row_class.id, row_class.article_id, row_class.start, row_class.end, row_class.quote
            ).where(row_class.id.in_(chunk))
            for span_id, article_id, start, end, quote in self.session.execute(query):
                found[span_id] = (article_id, start, end, quote)
        return found

    def claim_ids_in_layer(self, created_by: str | None, adjudicated: bool) -> set[str]:
        """The ids of the adjudicated claims, or of one annotator's own claims."""
        query = select(ClaimRow.id)
        if adjudicated:
            query = query.where(ClaimRow.origin == "adjudicated")
        else:
            query = query.where(ClaimRow.created_by == created_by, ClaimRow.origin != "adjudicated")
        return set(self.session.scalars(query))

    def existing_evidence_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self.session, EvidenceRow, ids)

    def versions_in(self, article_id: str) -> list[tuple[str, int, str | None]]:
        """``(id, version, created_by)`` of every mention and claim of one article, and a row
        ``(status, 0, "article")`` for the article itself: one small indexed query, what the
        window compares with the article it shows to see a change made elsewhere."""
        query: CompoundSelect[tuple[str, int, str | None]] = union_all(
            select(MentionRow.id, MentionRow.version, MentionRow.created_by).where(
                MentionRow.article_id == article_id
            ),
            select(ClaimRow.id, ClaimRow.version, ClaimRow.created_by).where(
                ClaimRow.article_id == article_id
            ),
            select(ArticleRow.status, literal(0), literal("article")).where(
                ArticleRow.id == article_id
            ),
        )
        return [(row[0], row[1], row[2]) for row in self.session.execute(query)]

    def mentions_of(
        self, article_ids: list[str], starting: tuple[int, int | None] | None = None
    ) -> dict[str, list[Mention]]:
        """Mentions per article, in reading order; with ``starting`` (from, to), only those
        starting from that code point and before the next (None: to the end)."""
        found: dict[str, list[Mention]] = defaultdict(list)
        for chunk in chunks(article_ids):
            for row in self._span_rows(MentionRow, MENTION_COLUMNS, chunk, starting):
                found[row[1]].append(mention_from_tuple(row))
        return found

    def claims_of(
        self, article_ids: list[str], starting: tuple[int, int | None] | None = None
    ) -> dict[str, list[Claim]]:
        """Claims per article in reading order, each with its evidence and linked mentions;
        ``starting`` as for ``mentions_of``."""
        found: dict[str, list[Claim]] = defaultdict(list)
        for chunk in chunks(article_ids):
            rows = self._span_rows(ClaimRow, CLAIM_COLUMNS, chunk, starting)
            if not rows:
                continue
            links, evidence = self._claim_children([r[0] for r in rows])
            for row in rows:
                found[row[1]].append(
                    claim_from_tuple(row, links.get(row[0], []), evidence.get(row[0], []))
                )
        return found

    def _span_rows(
        self,
        row_class: type[MentionRow] | type[ClaimRow],
        names: tuple[str, ...],
        article_ids: list[str],
        starting: tuple[int, int | None] | None = None,
    ) -> list[Row[Any]]:
        """Rows of spans as tuples (``names`` first the id, then the article id, the start and
        the end), ordered by article, start, end, id. Read on the session's Core connection
        and ordered by the index (article, start, end); the id breaks ties here, where it
        costs a near-sorted list.sort and not a temporary B-tree in SQL."""
        query = (
            select(*tuple_columns(row_class, names))
            .where(row_class.article_id.in_(article_ids))
            .order_by(row_class.article_id, row_class.start, row_class.end)
        )
        if starting is not None:
            query = query.where(row_class.start >= starting[0])
            if starting[1] is not None:
                query = query.where(row_class.start < starting[1])
        rows = self.session.connection().execute(query).fetchall()
        return sorted(rows, key=itemgetter(1, 2, 3, 0))

    def counts_by_annotator(self, article_id: str) -> dict[tuple[str, str | None], int]:
        """How many mentions and claims one article has, by annotator:
        ``{("mention" or "claim", created_by): count}``."""
        query = union_all(
            select(literal("mention"), MentionRow.created_by, func.count())
            .where(MentionRow.article_id == article_id)
            .group_by(MentionRow.created_by),
            select(literal("claim"), ClaimRow.created_by, func.count())
            .where(ClaimRow.article_id == article_id)
            .group_by(ClaimRow.created_by),
        )
        return {(kind, who): n for kind, who, n in self.session.execute(query)}

    def _claim_children(
        self, claim_ids: list[str]
    ) -> tuple[dict[str, list[str]], dict[str, list[Evidence]]]:
        links: dict[str, list[str]] = defaultdict(list)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        for chunk in chunks(claim_ids):
            for claim_id, mention_id in self.session.execute(
                select(ClaimMentionRow.claim_id, ClaimMentionRow.mention_id)
                .where(ClaimMentionRow.claim_id.in_(chunk))
                .order_by(ClaimMentionRow.claim_id, ClaimMentionRow.position)
            ):
                links[claim_id].append(mention_id)
            for row in keyed_rows(
                self.session,
                select(*labelled_columns(EvidenceRow))
                .where(EvidenceRow.claim_id.in_(chunk))
                .order_by(EvidenceRow.claim_id, EvidenceRow.position),
            ):
                evidence[row["claim_id"]].append(evidence_from(row))
        return links, evidence

    def annotator_ids(self) -> set[str]:
        """Who made mentions or claims of their own (adjudicated spans aside)."""
        query = union(
            select(MentionRow.created_by).where(MentionRow.origin != "adjudicated"),
            select(ClaimRow.created_by).where(ClaimRow.origin != "adjudicated"),
        )
        return {i for i in self.session.scalars(query) if i is not None}

    def annotated_article_ids(self) -> list[str]:
        """The articles with at least one mention or claim, in id order."""
        query = union(select(MentionRow.article_id), select(ClaimRow.article_id))
        return sorted(self.session.scalars(query))

    # --- counting --------------------------------------------------------------------------

    def count_mentions(self) -> int:
        return self.session.scalar(select(func.count()).select_from(MentionRow)) or 0

    def count_claims(self) -> int:
        return self.session.scalar(select(func.count()).select_from(ClaimRow)) or 0

    def mentions_by_type(self) -> dict[str, int]:
        query = select(MentionRow.type, func.count()).group_by(MentionRow.type)
        return dict(self.session.execute(query).tuples().all())

    def claims_by_status(self) -> dict[str, int]:
        query = select(ClaimRow.status, func.count()).group_by(ClaimRow.status)
        return dict(self.session.execute(query).tuples().all())
