"""Building a format-v1 document from another tool's file: ids, records, extra data, checked spans.

Ids are derived from the content (uuid5), so importing the same foreign file twice adds
nothing. Offsets into a text that is not in canonical form (CR line ends, a BOM, decomposed
accents) are mapped onto it (docs/design/text-and-offsets.md point 3); a span that cannot be
mapped, or does not fit its text, is refused, never shifted.

One article per text (docs/design/command-line.md). Records of one file that hold the same
text (a FEVER claim asked twice, three doccano lines of one sentence) become records of the
same article: the fields of each, in the file's order, are kept in the article's extra data
under the format's name (``{"doccano": [{...}, {...}]}``), and each span from the second
record on says its record (``{"doccano": {"record": 1}}``), so that format's export writes
every record back. Writing such records back out is in foreign_export.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

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
from annotator.domain.offsets import CanonicalOffsets
from annotator.domain.schemes import EntityType, Schemes
from annotator.domain.text import canonicalize, text_sha256
from annotator.domain.timestamps import now_timestamp
from annotator.services.formats import dataset_v1
from annotator.services.formats.peers.foreign_values import check_string, refuse

CLAIM_LABEL = "CLAIM"
MAX_TYPE_ID = 36  # an entity type's id (the dataset's ids)
MAX_NAME = 200  # an annotator's name
_NAMESPACE = uuid.UUID("6f1c8a52-55d7-4c55-9a43-2f3b8f0d1c15")


def stable_id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(str(p) for p in parts)))


# A span a reader found: (start, end, label, annotator name, origin).
Span = tuple[int, int, str, str | None, Origin]


@dataclass(slots=True)
class ForeignSpan:
    """A span as a reader found it: offsets into the text as the file gave it."""

    start: int
    end: int
    label: str
    by: str | None = None  # the annotator's name
    origin: Origin = Origin.IMPORT
    source_id: str | None = None  # its own id in the file (a result id, a brat T id)
    extra: dict[str, Any] | None = None  # its fields the program does not model
    # A claim's details: status, claimant, claim_date, claim_reviewed, justification,
    # checkworthy, tags, evidence (Evidence records), review_url.
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _Built:
    article: Article
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


@dataclass(slots=True)
class ForeignDataset:
    """Articles, mentions and claims collected from a foreign file, then made a v1 document."""

    format: str  # the format's name: the key of its extra data
    schemes: Schemes = field(default_factory=Schemes.defaults)
    annotators: dict[str, Annotator] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    stamp: str = field(default_factory=now_timestamp)
    _built: dict[str, _Built] = field(default_factory=dict)  # by text hash, in file order
    _shared: int = 0  # records whose text an earlier record of the file holds
    _twice: int = 0  # spans given twice in one record

    def annotator(self, name: str | None, where: str) -> str | None:
        if not name:
            return None
        key = check_string(str(name), where)
        if len(key) > MAX_NAME:
            raise refuse(
                where,
                said("an annotator's name of {count} characters", count=len(key)),
            )
        if key not in self.annotators:
            self.annotators[key] = Annotator(stable_id("annotator", key), key)
        return self.annotators[key].id

    def entity_type(self, label: str, where: str) -> str:
        check_string(label, where)
        if not label.strip() or len(label) > MAX_TYPE_ID:
            raise refuse(
                where,
                said(
                    "label {label!r} cannot be an entity type (1 to {limit} characters)",
                    label=label[:60],
                    limit=MAX_TYPE_ID,
                ),
            )
        if label not in self.schemes.entity_type_ids():
            self.schemes.entity_types.append(EntityType(label, label.title(), "#d9d9d9", None))
        return label

    def add_article(
        self,
        text: Any,
        where: str,
        spans: list[ForeignSpan],
        *,
        title: str = "",
        source: str = "",
        record: dict[str, Any] | None = None,
        record_id: str | None = None,
        url: str | None = None,
        publisher: str | None = None,
    ) -> None:
        """One record of the file: its text, spans (offsets into ``text`` as given) and the
        fields the program does not model (``record``, kept as the article's extra data)."""
        if not isinstance(text, str) or not text.strip():
            raise InputRefused(said("{where}: no text", where=where))
        for value in (text, title, url, publisher):
            if isinstance(value, str):
                check_string(value, where)
        offsets = CanonicalOffsets(text)
        body = offsets.text
        sha = text_sha256(body)
        built = self._built.get(sha)
        if built is None:
            article = Article(
                id=stable_id("article", sha),
                title=title or _title_of(body),
                text=body,
                text_sha256=sha,
                source=source,
                url=url or None,
                publisher=publisher or None,
                imported_at=self.stamp,
                source_id=record_id,
            )
            built = self._built[sha] = _Built(article)
        else:
            self._shared += 1
        number = len(built.records)
        built.records.append(dict(record or {}))
        seen: set[tuple[Any, ...]] = set()
        for span in spans:
            start, end = self._mapped(offsets, span, len(text), where)
            key = (start, end, span.label, span.by, span.source_id)
            if key in seen:
                self._twice += 1
                continue
            seen.add(key)
            self._add_span(built, span, start, end, number, record_id, where)

    def _mapped(
        self, offsets: CanonicalOffsets, span: ForeignSpan, length: int, where: str
    ) -> tuple[int, int]:
        start, end = span.start, span.end
        fits = type(start) is int and type(end) is int and 0 <= start < end <= length
        if not fits:
            raise InputRefused(
                said(
                    "{where}: span {start}–{end} ({label}) lies outside its text of "
                    "{text_count} characters",
                    where=where,
                    start=start,
                    end=end,
                    label=span.label,
                    text_count=length,
                )
            )
        if offsets.identity:
            return start, end
        mapped = offsets.map(start), offsets.map(end)
        if mapped[0] is None or mapped[1] is None or mapped[0] >= mapped[1]:
            raise InputRefused(
                said(
                    "{where}: span {start}–{end} ({label}) has no exact place in the text made "
                    "canonical (it splits a CRLF line end or a character); not shifted",
                    where=where,
                    start=start,
                    end=end,
                    label=span.label,
                )
            )
        return mapped[0], mapped[1]

    def _add_span(
        self,
        built: _Built,
        span: ForeignSpan,
        start: int,
        end: int,
        number: int,
        record_id: str | None,
        where: str,
    ) -> None:
        article = built.article
        sha, origin = article.text_sha256, span.origin
        span_id = stable_id(sha, start, end, span.label, span.by or "", origin.value)
        if number:  # a later record of the same text: its own spans
            span_id = stable_id(span_id, "record", record_id if record_id is not None else number)
        if span_id in built.ids:  # the same span twice, with ids of its own in the file
            span_id = stable_id(span_id, "source", span.source_id)
        built.ids.add(span_id)
        extra = dict(span.extra or {})
        if number:
            extra["record"] = number
        kept = {self.format: extra} if extra else None
        made_by = self.annotator(span.by, where)
        quote = article.text[start:end]
        if span.label != CLAIM_LABEL:
            built.mentions.append(
                Mention(
                    id=span_id,
                    article_id=article.id,
                    start=start,
                    end=end,
                    quote=quote,
                    type=self.entity_type(span.label, where),
                    origin=origin,
                    created_by=made_by,
                    created_at=self.stamp,
                    source_id=span.source_id,
                    extra=kept,
                )
            )
            return
        details = span.details
        built.claims.append(
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
                source_id=span.source_id,
                extra=kept,
            )
        )

    def _status(self, status: Any, where: str) -> str:
        known = {s.id for s in self.schemes.statuses}
        if status is None:
            return "unverified"
        if status not in known:
            self.notes.append(f"{where}: unknown status {str(status)[:40]!r} read as unverified")
            return "unverified"
        return str(status)

    def document(self) -> dict[str, Any]:
        head = dataset_v1.header(self.schemes, list(self.annotators.values()), [], self.stamp)
        articles = []
        for built in self._built.values():
            # Kept even when empty: the article came from this format (its export says so).
            built.article.extra = {self.format: built.records}
            articles.append(dataset_v1.article_dict(built.article, built.mentions, built.claims))
        head["articles"] = articles
        if self._shared:
            self.notes.append(
                f"{self._shared} record(s) hold the same text as an earlier record: kept as "
                "further records of that article (each with its own annotations)"
            )
        if self._twice:
            self.notes.append(f"{self._twice} span(s) given twice in one record: kept once")
        return head


def whole_text_claim(
    built: ForeignDataset,
    text: str,
    where: str,
    details: dict[str, Any],
    *,
    source_id: str | None = None,
    extra: dict[str, Any] | None = None,
    **article: Any,
) -> None:
    """A short article whose text is the claim itself (AVeriTeC, FEVER, tweets): canonical
    text made here, since no offsets come from the file, and one claim over all of it."""
    check_string(text, where)
    body = canonicalize(text).strip()
    if not body:
        raise InputRefused(said("{where}: no claim text", where=where))
    built.add_article(
        body,
        where,
        [ForeignSpan(0, len(body), CLAIM_LABEL, source_id=source_id, extra=extra, details=details)],
        record_id=source_id,
        **article,
    )


def _title_of(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    return first if len(first) <= 80 else first[:79] + "…"
