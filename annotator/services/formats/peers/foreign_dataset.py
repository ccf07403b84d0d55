"""Building a format-v1 document from another tool's file: ids, defaults and checked spans.

Ids are derived from the content (uuid5), so importing the same foreign file twice adds
nothing; a span that does not fit its text is refused, never shifted. ``FolderOut`` is what the
folder formats (brat, INCEpTION) write their files into.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import (
    Annotator,
    Article,
    Claim,
    Claimant,
    Mention,
    Origin,
    Review,
)
from annotator.domain.schemes import EntityType, Schemes
from annotator.domain.text import canonicalize, is_canonical, text_sha256
from annotator.domain.timestamps import now_timestamp
from annotator.services.formats import dataset_v1

CLAIM_LABEL = "CLAIM"
_NAMESPACE = uuid.UUID("6f1c8a52-55d7-4c55-9a43-2f3b8f0d1c15")


class FolderOut(Protocol):
    """The folder an export of a folder format fills, one text file at a time (the exporter
    gives one written atomically: services/exporting/atomic_file.py)."""

    def write(self, name: str, text: str) -> None: ...


def stable_id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(str(p) for p in parts)))


# A span a reader found: (start, end, label, annotator name, origin).
Span = tuple[int, int, str, str | None, Origin]


@dataclass(slots=True)
class ForeignDataset:
    """Articles, mentions and claims collected from a foreign file, then made a v1 document."""

    schemes: Schemes = field(default_factory=Schemes.defaults)
    annotators: dict[str, Annotator] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stamp: str = field(default_factory=now_timestamp)

    def annotator(self, name: str | None) -> str | None:
        if not name:
            return None
        key = str(name)
        if key not in self.annotators:
            self.annotators[key] = Annotator(stable_id("annotator", key), key)
        return self.annotators[key].id

    def entity_type(self, label: str) -> str:
        if label not in self.schemes.entity_type_ids():
            self.schemes.entity_types.append(EntityType(label, label.title(), "#d9d9d9", None))
        return label

    def add_article(
        self,
        text: object,
        title: str,
        source: str,
        where: str,
        spans: Sequence[Span],
        claim_details: dict[tuple[int, int], dict[str, Any]] | None = None,
        article_id: str | None = None,
        url: str | None = None,
        publisher: str | None = None,
    ) -> None:
        """``spans``: (start, end, label, annotator name, origin); CLAIM labels become claims.

        ``claim_details`` by (start, end): status, claimant, claim_date, claim_reviewed,
        justification, checkworthy, tags, evidence (Evidence records), review_url."""
        if not isinstance(text, str) or not text.strip():
            raise InputRefused(said("{where}: no text", where=where))
        if not is_canonical(text):
            raise InputRefused(
                said(
                    "{where}: its text is not in canonical form (CR line endings, a BOM or "
                    "non-NFC characters); its offsets would not survive canonicalisation",
                    where=where,
                )
            )
        sha = text_sha256(text)
        article = Article(
            id=article_id or stable_id("article", sha),
            title=title or _title_of(text),
            text=text,
            text_sha256=sha,
            source=source,
            url=url or None,
            publisher=publisher or None,
            imported_at=self.stamp,
        )
        mentions, claims = [], []
        seen: set[tuple[int, int, str, str | None]] = set()
        for start, end, label, by, origin in spans:
            if not (
                isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
            ):
                raise InputRefused(
                    said(
                        "{where}: span {start}–{end} ({label}) lies outside its text of "
                        "{text_count} characters",
                        where=where,
                        start=start,
                        end=end,
                        label=label,
                        text_count=len(text),
                    )
                )
            key = (start, end, label, by)
            if key in seen:
                continue
            seen.add(key)
            made_by = self.annotator(by)
            span_id = stable_id(sha, start, end, label, by or "", origin.value)
            quote = text[start:end]
            if label == CLAIM_LABEL:
                details = (claim_details or {}).get((start, end), {})
                claims.append(
                    Claim(
                        id=span_id,
                        article_id=article.id,
                        start=start,
                        end=end,
                        quote=quote,
                        claim_reviewed=details.get("claim_reviewed"),
                        claimant=Claimant(details.get("claimant") or None),
                        status=self._status(details.get("status"), where),
                        claim_date=details.get("claim_date"),
                        justification=details.get("justification") or "",
                        checkworthy=details.get("checkworthy"),
                        tags=list(details.get("tags") or []),
                        evidence=list(details.get("evidence") or []),
                        review=Review(details.get("review_url") or None),
                        origin=origin,
                        created_by=made_by,
                        created_at=self.stamp,
                        updated_at=self.stamp,
                    )
                )
            else:
                mentions.append(
                    Mention(
                        id=span_id,
                        article_id=article.id,
                        start=start,
                        end=end,
                        quote=quote,
                        type=self.entity_type(label),
                        origin=origin,
                        created_by=made_by,
                        created_at=self.stamp,
                    )
                )
        self.articles.append(dataset_v1.article_dict(article, mentions, claims))

    def _status(self, status: Any, where: str) -> str:
        known = {s.id for s in self.schemes.statuses}
        if status is None:
            return "unverified"
        if status not in known:
            self.notes.append(f"{where}: unknown status {status!r} read as unverified")
            return "unverified"
        return str(status)

    def document(self) -> dict[str, Any]:
        head = dataset_v1.header(self.schemes, list(self.annotators.values()), [], self.stamp)
        head["articles"] = self.articles
        return head


def whole_text_claim(
    built: ForeignDataset,
    text: str,
    where: str,
    source: str,
    details: dict[str, Any],
    **article: Any,
) -> None:
    """A short article whose text is the claim itself (AVeriTeC, FEVER, tweets): canonical
    text made here, since no offsets come from the file, and one claim over all of it."""
    body = canonicalize(text).strip()
    if not body:
        raise InputRefused(said("{where}: no claim text", where=where))
    built.add_article(
        body,
        article.pop("title", "") or "",
        source,
        where,
        [(0, len(body), CLAIM_LABEL, None, Origin.IMPORT)],
        {(0, len(body)): details},
        **article,
    )


def _title_of(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    return first if len(first) <= 80 else first[:79] + "…"


def spans_of(article: dict[str, Any]) -> list[tuple[int, int, str]]:
    """An exported article's spans as (start, end, label): mentions by type, claims CLAIM."""
    spans = [(m["start"], m["end"], m["type"]) for m in article["mentions"]]
    spans += [(c["start"], c["end"], CLAIM_LABEL) for c in article["claims"]]
    return sorted(spans)


def claim_details(article: dict[str, Any]) -> list[dict[str, Any]]:
    """What a span-only format cannot say of a claim (status, claimant, date), carried beside
    its spans by offsets: doccano's ``claims`` key, Label Studio's ``data.claims``."""
    return [
        {
            "start": c["start"],
            "end": c["end"],
            "status": c["status"],
            "claimant": c["claimant"]["name"],
            "claim_date": c["claim_date"],
        }
        for c in article["claims"]
    ]
