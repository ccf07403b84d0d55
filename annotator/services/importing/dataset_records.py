"""A checked dataset (``Dataset``, one ``DatasetArticle`` per article) and the checks of its
records that the JSON Schema cannot express: canonical text and its hash, every span against
its text, dates, links, ids unique in the file, claim relations each pair once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.domain.claim_groups import ordered_pair
from annotator.domain.errors import InputRefused, said
from annotator.domain.models import (
    Annotator,
    Article,
    Claim,
    ClaimRelation,
    Entity,
    FinishedMark,
    Mention,
)
from annotator.domain.schemes import Schemes
from annotator.domain.sources.passages import check_passages
from annotator.domain.text import is_canonical, text_sha256, validate_span
from annotator.domain.timestamps import (
    normalize_date,
    normalize_date_or_timestamp,
    normalize_timestamp,
)
from annotator.domain.urls import checked_address
from annotator.services.formats import dataset_v1


@dataclass(slots=True)
class DatasetArticle:
    article: Article
    mentions: list[Mention]
    claims: list[Claim]
    finished: list[FinishedMark] = field(default_factory=list)


@dataclass(slots=True)
class Dataset:
    schemes: Schemes
    annotators: list[Annotator]
    entities: list[Entity]
    # A list, or while a file is streamed an iterator: claim_relations (which may follow the
    # articles in the file) are complete once it is exhausted.
    articles: Iterable[DatasetArticle] = field(default_factory=list)
    claim_relations: list[ClaimRelation] = field(default_factory=list)


def read_article(raw: dict[str, Any], index: int, imported_at: str) -> DatasetArticle:
    try:
        text = raw["text"]
        if not is_canonical(text):
            raise InputRefused(
                said(
                    "its text is not in canonical form (CR line endings, a BOM or non-NFC "
                    "characters); offsets would not survive canonicalisation"
                )
            )
        if text_sha256(text) != raw["text_sha256"]:
            raise InputRefused(said("text_sha256 does not match its text"))
        article = dataset_v1.article_from(raw, imported_at)
        article.url = checked_address(article.url, "url")
        check_passages(article.passages, len(text))
        article.imported_at = normalize_timestamp(article.imported_at, "imported_at")
        if article.published_at is not None:
            article.published_at = normalize_date_or_timestamp(article.published_at, "published_at")
        mentions = [_read_mention(m, i, article) for i, m in enumerate(raw["mentions"])]
        claims = [_read_claim(c, i, article) for i, c in enumerate(raw["claims"])]
        known_mentions = {m.id for m in mentions}
        for claim in claims:
            for mention_id in claim.mention_ids:
                if mention_id not in known_mentions:
                    raise InputRefused(
                        said(
                            "claim {id} links mention {mention_id}, which is not a mention of "
                            "this article",
                            id=claim.id,
                            mention_id=mention_id,
                        )
                    )
        finished = dataset_v1.finished_from(raw, article.id)
        for mark in finished:
            mark.finished_at = normalize_timestamp(mark.finished_at, "finished_at")
    except InputRefused as error:
        name = f"article {index + 1} ({raw['id']}, {_short(raw['title'])})"
        raise InputRefused(said("{name}: {error}", name=name, error=error)) from None
    return DatasetArticle(article, mentions, claims, finished)


def _read_mention(raw: dict[str, Any], index: int, article: Article) -> Mention:
    try:
        validate_span(article.text, raw["start"], raw["end"], raw["quote"])
        mention = dataset_v1.mention_from(raw, article.id)
        mention.created_at = normalize_timestamp(mention.created_at, "created_at")
        return mention
    except InputRefused as error:
        raise InputRefused(said("mentions[{index}]: {error}", index=index, error=error)) from None


def _read_claim(raw: dict[str, Any], index: int, article: Article) -> Claim:
    try:
        validate_span(article.text, raw["start"], raw["end"], raw["quote"])
        claim = dataset_v1.claim_from(raw, article.id)
        claim.created_at = normalize_timestamp(claim.created_at, "created_at")
        claim.updated_at = normalize_timestamp(claim.updated_at, "updated_at")
        if claim.claim_date is not None:
            claim.claim_date = normalize_date(claim.claim_date, "claim_date")
        claim.review.url = checked_address(claim.review.url, "review.url")
        if claim.review.published_at is not None:
            claim.review.published_at = normalize_date_or_timestamp(
                claim.review.published_at, "review.published_at"
            )
        for number, evidence in enumerate(claim.evidence):
            evidence.url = (
                checked_address(evidence.url, f"evidence[{number}].url", files=True) or ""
            )
            evidence.archive_url = checked_address(
                evidence.archive_url, f"evidence[{number}].archive_url", archive=True
            )
            if evidence.accessed_at is not None:
                evidence.accessed_at = normalize_timestamp(evidence.accessed_at, "accessed_at")
        return claim
    except InputRefused as error:
        raise InputRefused(said("claims[{index}]: {error}", index=index, error=error)) from None


def check_unique_ids(dataset: Dataset) -> None:
    seen: dict[str, set[str]] = {}
    for entry in dataset.articles:
        check_unique_entry(entry, seen)
    check_unique_header(dataset)


_KINDS = ("article", "mention", "claim", "evidence")


def check_unique_entry(entry: DatasetArticle, seen: dict[str, set[str]]) -> None:
    """Ids of this article and its records are new to ``seen`` (the file's so far, per kind),
    each among the records of its kind: an article and a claim may share one, as they may in
    the database (one table each), so that every collection it holds exports and imports
    back. A set operation per kind; the first id used twice, in file order, is named."""
    claims = entry.claims
    ids = (
        [entry.article.id],
        [m.id for m in entry.mentions],
        [c.id for c in claims],
        [e.id for c in claims for e in c.evidence],
    )
    new = [set(found) for found in ids]
    for kind, found, unique in zip(_KINDS, ids, new, strict=True):
        known = seen.setdefault(kind, set())
        if len(unique) != len(found) or not known.isdisjoint(unique):
            _name_the_one_used_twice(entry, seen)
    for kind, unique in zip(_KINDS, new, strict=True):
        seen[kind] |= unique


def _name_the_one_used_twice(entry: DatasetArticle, seen: dict[str, set[str]]) -> None:
    here: dict[str, set[str]] = {kind: set() for kind in _KINDS}

    def claim_id(kind: str, value: str) -> None:
        if value in seen.get(kind, ()) or value in here[kind]:
            raise InputRefused(
                said(
                    "id {value} is used twice ({first} and {kind})",
                    value=value,
                    first=kind,
                    kind=kind,
                )
            )
        here[kind].add(value)

    claim_id("article", entry.article.id)
    for mention in entry.mentions:
        claim_id("mention", mention.id)
    for claim in entry.claims:
        claim_id("claim", claim.id)
        for evidence in claim.evidence:
            claim_id("evidence", evidence.id)
    raise AssertionError("no id is used twice after all")


def check_unique_header(dataset: Dataset) -> None:
    for kind, items in (("entity", dataset.entities), ("annotator", dataset.annotators)):
        ids = [item.id for item in items]
        if len(ids) != len(set(ids)):
            raise InputRefused(said("an {kind} id is used twice", kind=kind))


def read_relations(raw: list[dict[str, Any]]) -> list[ClaimRelation]:
    """Relations with each pair in stored order (smaller id first), each pair once."""
    found: dict[tuple[str, str], ClaimRelation] = {}
    for index, item in enumerate(raw):
        where = f"claim_relations[{index}]"
        relation = dataset_v1.claim_relation_from(item)
        try:
            pair = ordered_pair(relation.claim_id, relation.other_claim_id)
            relation.created_at = normalize_timestamp(relation.created_at, "created_at")
        except (ValueError, InputRefused) as error:
            raise InputRefused(said("{where}: {error}", where=where, error=error)) from None
        relation.claim_id, relation.other_claim_id = pair
        if pair in found and found[pair].relation != relation.relation:
            raise InputRefused(
                said(
                    "{where}: the pair {claim_id}–{other_claim_id} is judged twice, differently",
                    where=where,
                    claim_id=pair[0],
                    other_claim_id=pair[1],
                )
            )
        found.setdefault(pair, relation)
    return list(found.values())


def _short(title: str) -> str:
    return repr(title if len(title) <= 40 else title[:39] + "…")
