"""Exporting the dataset as JSON format v1 or JSONL (docs/design/dataset-format.md): streamed and
atomic.

The claims alone go out as ClaimReview JSON-LD or CSV (``claim_exports``), the same way.

Articles are read in keyset-paginated batches and written one by one, so memory does not grow
with the collection; the file appears only when complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from annotator.domain.errors import AnnotatorError, said
from annotator.domain.models import Article, Claim, Mention, Origin
from annotator.domain.urls import archive_address, evidence_address, web_address
from annotator.services.exporting import claim_exports
from annotator.services.exporting.atomic_file import atomic_folder_writer, atomic_text_writer
from annotator.services.exporting.claim_exports import CLAIM_FORMATS
from annotator.services.formats import dataset_v1, registry
from annotator.services.formats.claimreview import Organization, SkippedClaim
from annotator.services.formats.format_protocols import FileFormat
from annotator.storage.database import Database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import (
    AnnotatorRepository,
    EntityRepository,
    SchemeRepository,
)
from annotator.storage.repositories.progress_repository import ProgressRepository
from annotator.storage.repositories.relation_repository import RelationRepository

FORMATS = tuple(registry.export_names())
BATCH_SIZE = 200

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ExportLayer:
    """Which annotations go out: everyone's (the default), the adjudicated layer, or one
    annotator's own (their ``created_by``, the adjudicated layer left out). Articles, schemes,
    entities and annotators always go out whole."""

    annotator_id: str | None = None
    adjudicated: bool = False

    @property
    def everything(self) -> bool:
        return self.annotator_id is None and not self.adjudicated

    def keeps(self, item: Mention | Claim) -> bool:
        if self.adjudicated:
            return item.origin is Origin.ADJUDICATED
        if self.annotator_id is not None:
            return item.created_by == self.annotator_id and item.origin is not Origin.ADJUDICATED
        return True

    def keeps_annotator(self, annotator_id: str) -> bool:
        """Whose finished marks go out: one annotator's layer carries theirs only, the
        adjudicated layer none (it is the editor's result, not anyone's progress)."""
        return self.everything or (not self.adjudicated and annotator_id == self.annotator_id)


ALL_LAYERS = ExportLayer()


class ExportCancelled(AnnotatorError):
    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


@dataclass(slots=True)
class ExportSummary:
    path: Path
    format: str
    articles: int = 0
    mentions: int = 0
    claims: int = 0
    records: int = 0  # ClaimReview items or CSV rows written (claim formats)
    skipped: list[SkippedClaim] = field(default_factory=list)  # claims left out, and why
    notes: list[str] = field(default_factory=list)  # what a foreign format could not carry
    # claims exported short of a ClaimReview recommendation (no review date, a long text)
    recommendations: list[SkippedClaim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the whole export


def export_dataset(
    database: Database,
    target: Path,
    format: str = "json",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    organization: Organization | None = None,
    layer: ExportLayer = ALL_LAYERS,
    csv_raw: bool = False,
) -> ExportSummary:
    """Write the collection to ``target`` in ``format``, atomically.

    ``csv_raw`` writes CSV cells that start like a formula as they are (by default they get
    a leading apostrophe, so a spreadsheet does not run them).

    ``organization`` is the author of ClaimReview items for this export; None means the one
    stored in the preferences. ``layer`` chooses the annotations of a dataset export.
    """
    if format not in FORMATS:
        raise AnnotatorError(
            said(
                "unknown export format {format!r} (choose from {choices})",
                format=format,
                choices=", ".join(FORMATS),
            )
        )
    if format in CLAIM_FORMATS and not layer.everything:
        raise AnnotatorError(said("a layer can be chosen for the json and jsonl formats only"))
    summary = ExportSummary(Path(target), format)
    # One read transaction for the whole export: a consistent snapshot even while the
    # window keeps saving (WAL lets readers and one writer work side by side).
    with database.reading() as session:
        session.connection()  # begin now, so every batch reads the same snapshot
        if format in CLAIM_FORMATS:
            _export_claims(session, summary, progress, cancelled, organization, csv_raw)
            return summary
        relations = RelationRepository(session).all()
        if not layer.everything:
            # A relation goes out only with both its claims, so the file imports on its own.
            kept = AnnotationRepository(session).claim_ids_in_layer(
                layer.annotator_id, layer.adjudicated
            )
            relations = [r for r in relations if {r.claim_id, r.other_claim_id} <= kept]
        head = dataset_v1.header(
            SchemeRepository(session).load(),
            AnnotatorRepository(session).all(),
            EntityRepository(session).all(),
            claim_relations=relations,
        )
        total = ArticleRepository(session).count()
        batches = _article_dicts(session, summary, layer)
        spec = registry.BY_NAME[format]
        if spec.module is not None:
            _export_foreign(spec, summary, head, _counted(batches, total, progress, cancelled))
            return summary
        with atomic_text_writer(summary.path) as stream:
            writer = _write_jsonl if format == "jsonl" else _write_json
            writer(stream, head, batches, total, progress, cancelled)
    return summary


def _article_dicts(
    session: Any, summary: ExportSummary, layer: ExportLayer = ALL_LAYERS
) -> Iterator[dict[str, Any]]:
    articles, annotations = ArticleRepository(session), AnnotationRepository(session)
    for batch in articles.iter_in_export_order(BATCH_SIZE):
        ids = [a.id for a in batch]
        mentions, claims = annotations.mentions_of(ids), annotations.claims_of(ids)
        finished = ProgressRepository(session).finished_by(ids)
        for article in batch:
            mine, theirs = mentions.get(article.id, []), claims.get(article.id, [])
            if not layer.everything:
                mine = [m for m in mine if layer.keeps(m)]
                kept = {m.id for m in mine}
                theirs = [c for c in theirs if layer.keeps(c)]
                for claim in theirs:  # links to mentions of other layers would dangle
                    claim.mention_ids = [i for i in claim.mention_ids if i in kept]
            summary.articles += 1
            summary.mentions += len(mine)
            summary.claims += len(theirs)
            marks = finished.get(article.id, [])
            if not layer.everything:
                marks = [m for m in marks if layer.keeps_annotator(m.annotator_id)]
            _links_only(article, theirs, summary.notes)
            yield dataset_v1.article_dict(article, mine, theirs, marks)


def _links_only(article: Article, claims: list[Claim], notes: list[str]) -> None:
    """Addresses that are no links (``javascript:``, ``data:``), which a database may hold
    from before they were refused on import, are left out of every file, and named: the
    export imports back and no reader is handed them (domain/urls.py)."""

    def kept(value: str | None, found: str | None, where: str) -> str | None:
        if value and value.strip() and found is None:
            shown = value if len(value) <= 60 else value[:59] + "…"
            notes.append(f"article {article.id}: {where} {shown!r} left out (not a link)")
        return found

    article.url = kept(article.url, web_address(article.url), "url")
    for claim in claims:
        claim.review.url = kept(
            claim.review.url, web_address(claim.review.url), f"claim {claim.id} review.url"
        )
        for evidence in claim.evidence:
            where = f"claim {claim.id} evidence {evidence.id}"
            found = evidence_address(evidence.url)
            evidence.url = kept(evidence.url, found, f"{where} url") or ""
            evidence.archive_url = kept(
                evidence.archive_url, archive_address(evidence.archive_url), f"{where} archive_url"
            )


def _dumps(value: Any, indent: int | None = None) -> str:
    return dataset_v1.dumps(value, indent=indent)


def _step(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(done, total)


def _write_json(
    stream: TextIO,
    head: dict[str, Any],
    articles: Iterator[dict[str, Any]],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    # The header is pretty-printed for people who open the file; articles are one line each,
    # which keeps large exports small and still diff-able per article.
    opening = _dumps({**head, "articles": []}, indent=2)
    assert opening.endswith('"articles": []\n}')
    stream.write(opening[: -len("[]\n}")] + "[")
    for done, article in enumerate(articles, start=1):
        _step(done, total, progress, cancelled)
        stream.write(("\n    " if done == 1 else ",\n    ") + _dumps(article))
    stream.write("\n  ]\n}\n")


def _write_jsonl(
    stream: TextIO,
    head: dict[str, Any],
    articles: Iterator[dict[str, Any]],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    stream.write(_dumps(head) + "\n")
    for done, article in enumerate(articles, start=1):
        _step(done, total, progress, cancelled)
        stream.write(_dumps(article) + "\n")


def _export_claims(
    session: Any,
    summary: ExportSummary,
    progress: Progress | None,
    cancelled: Cancelled | None,
    organization: Organization | None,
    csv_raw: bool = False,
) -> None:
    def step(done: int, total: int) -> None:
        _step(done, total, progress, cancelled)

    if summary.format == "claimreview":
        # Checked before the file is opened: a missing organisation leaves any old file as is.
        author = claim_exports.resolve_organization(session, organization)
        with atomic_text_writer(summary.path) as stream:
            found = claim_exports.write_claimreview(session, stream, author, step)
        (
            summary.articles,
            summary.claims,
            summary.records,
            summary.skipped,
            summary.recommendations,
        ) = found
        if not author.url:
            summary.warnings.append(
                said(
                    "the organisation has no web address (ClaimReview author.url): set it "
                    "with annotator config organization.url https://… (or --org-url for one "
                    "export)"
                )
            )
        return
    options = claim_exports.stream_options(summary.format)
    with atomic_text_writer(summary.path, **options) as stream:
        summary.articles, summary.claims = claim_exports.write_claims_csv(
            session, stream, step, csv_raw
        )
    summary.records = summary.claims


def _counted(
    articles: Iterator[dict[str, Any]],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterator[dict[str, Any]]:
    for done, article in enumerate(articles, start=1):
        _step(done, total, progress, cancelled)
        yield article


def _export_foreign(
    spec: FileFormat,
    summary: ExportSummary,
    head: dict[str, Any],
    articles: Iterator[dict[str, Any]],
) -> None:
    """A format module writes the plain values; a companion file (Label Studio's labelling
    config) is written only after the main file is complete."""
    check = spec.extra("check_available")
    if check is not None:
        check()  # an optional library missing: refused before any file is opened
    if spec.folder:
        with atomic_folder_writer(summary.path) as folder:
            summary.notes.extend(spec.folder_exporter().export(head, articles, folder, {}))
        return
    with atomic_text_writer(summary.path) as stream:
        summary.notes.extend(spec.exporter().export(head, articles, stream, {}))
    companion = spec.extra("companion")
    if companion is not None:
        suffix, text = companion(head)
        beside = summary.path.with_suffix(suffix)
        if beside == summary.path:  # tasks.xml: never overwrite the tasks with their config
            beside = summary.path.with_name(summary.path.name + suffix)
        with atomic_text_writer(beside) as stream:
            stream.write(text)
