"""The user's open database, as the command line and the window use it, and the first start.

The window holds a ``Workspace``, never a Session or a Row (ARCHITECTURE.md); each method here is
one use case and one transaction.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.domain.speed.collector import collection_paused
from annotator.paths import AppPaths
from annotator.storage.database import Database, open_database
from annotator.storage.repositories.statistics_repository import StatisticsRepository
from annotator.storage.sqlite import can_write

# Each service, and each ORM repository, is imported when it is first used, not with the
# workspace: `annotator stats` needs neither the import formats (jsonschema) nor the exports,
# the agreement or the suggestions, nor even the ORM (it counts on a Core connection), and
# importing them all cost most of a command's start-up.
if TYPE_CHECKING:
    from annotator.domain.models import ArticleStatus, ArticleSummary
    from annotator.services.agreement.adjudication import AdjudicationService
    from annotator.services.agreement.agreement_service import AgreementService
    from annotator.services.annotating import AnnotationService
    from annotator.services.entities.entity_service import EntityService
    from annotator.services.evidence.evidence_service import EvidenceService
    from annotator.services.exporting.exporter import (
        Cancelled,
        ExportLayer,
        ExportSummary,
        Progress,
    )
    from annotator.services.formats.claimreview import Organization
    from annotator.services.importing.import_report import ImportReport
    from annotator.services.importing.importer import Progress as ImportProgress
    from annotator.services.importing.rereading import ArticleRereader
    from annotator.services.known.known_library import KnownLibrary
    from annotator.services.preferences import PreferenceService
    from annotator.services.related.related_claims import RelatedClaimsService
    from annotator.services.removing.article_removal import ArticleRemoval
    from annotator.services.schemes import SchemeService
    from annotator.services.statistics import ArticleLayer, CollectionStats
    from annotator.services.suggestions.suggestion_service import SuggestionService


class Workspace:
    def __init__(self, database: Database) -> None:
        self.database = database

    @cached_property
    def annotations(self) -> AnnotationService:
        from annotator.services.annotating import AnnotationService

        return AnnotationService(self.database)

    @cached_property
    def suggestions(self) -> SuggestionService:
        from annotator.services.suggestions.suggestion_service import SuggestionService

        # The window's Suggestions settings (suggestions.min_score), else the scoring's own.
        service = SuggestionService(self.database, self.preferences.suggestion_min_score())
        service.known = self.known  # one library: its words' rarity is counted once
        return service

    @cached_property
    def entities(self) -> EntityService:
        from annotator.services.entities.entity_service import EntityService

        return EntityService(self.database)

    @cached_property
    def evidence(self) -> EvidenceService:
        from annotator.services.evidence.evidence_service import EvidenceService

        return EvidenceService(self.database)

    @cached_property
    def related(self) -> RelatedClaimsService:
        from annotator.services.related.related_claims import RelatedClaimsService

        return RelatedClaimsService(self.database)

    @cached_property
    def known(self) -> KnownLibrary:
        """The library of known fact-checks (published ClaimReview) and matching against it."""
        from annotator.services.known.known_library import KnownLibrary

        return KnownLibrary(self.database)

    @cached_property
    def schemes(self) -> SchemeService:
        from annotator.services.schemes import SchemeService

        return SchemeService(self.database)

    @cached_property
    def preferences(self) -> PreferenceService:
        from annotator.services.preferences import PreferenceService

        return PreferenceService(self.database)

    @cached_property
    def agreement(self) -> AgreementService:
        from annotator.services.agreement.agreement_service import AgreementService

        return AgreementService(self.database)

    @cached_property
    def adjudication(self) -> AdjudicationService:
        from annotator.services.agreement.adjudication import AdjudicationService

        return AdjudicationService(self.database, self.agreement)

    @cached_property
    def rereading(self) -> ArticleRereader:
        from annotator.services.importing.rereading import ArticleRereader

        return ArticleRereader(self.database)

    @cached_property
    def removal(self) -> ArticleRemoval:
        from annotator.services.removing.article_removal import ArticleRemoval

        return ArticleRemoval(self.database)

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def location(self) -> str:
        """The database file, or the team database's URL (never a password)."""
        return self.database.location

    @property
    def is_server(self) -> bool:
        """A team database on PostgreSQL, not a SQLite file."""
        return self.database.is_server

    @property
    def read_only(self) -> bool:
        """Opened from a read-only file, folder or medium: it can be read, not changed."""
        return self.database.read_only

    def close(self) -> None:
        self.database.close()

    def import_paths(
        self,
        paths: list[Path],
        progress: ImportProgress | None = None,
        cancelled: Cancelled | None = None,
        *,
        from_format: str | None = None,
        encoding: str | None = None,
        telegram_channels: dict[str, str] | None = None,
        password: str | None = None,
    ) -> ImportReport:
        """``from_format``: read dataset files as this format (default: recognised by content);
        ``encoding``: article files are in it, not guessed; ``telegram_channels``: the public
        usernames of Telegram channels by chat name ("" for any), so posts keep their address;
        ``password``: opens encrypted PDFs (a file it does not open is refused, marked
        ``needs_password`` in the report)."""
        with collection_paused():  # modules, living on: see cli_workspace
            from annotator.services.importing.importer import Importer

        bundles: list[Path] = []
        if any(Path(p).suffix.lower() == ".zip" for p in paths):
            from annotator.services.evidence.bundles import bundle_paths

            bundles, paths = bundle_paths(paths)
        report = Importer(
            self.database, from_format, encoding, telegram_channels, password
        ).import_paths(paths, progress, cancelled)
        if bundles:  # a dataset with its evidence files (export --with-evidence)
            from annotator.services.clock import ImportClock
            from annotator.services.evidence.bundles import import_bundle

            clock = ImportClock()
            report.results.extend(import_bundle(self.database, b, clock) for b in bundles)
        return report

    def telegram_chats_among(self, paths: list[Path]) -> list[str]:
        """The Telegram chats in these files and folders that may have a public username:
        the window asks for each one's before importing."""
        from annotator.services.importing.material.telegram_scan import telegram_chats

        return telegram_chats(paths)

    def export(
        self,
        target: Path,
        format: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        organization: Organization | None = None,
        layer: str = "all",
        csv_raw: bool = False,
        with_evidence: bool = False,
    ) -> ExportSummary:
        """``format`` None: the target's extension decides (claims.csv → csv, else json).
        ``with_evidence``: a zip of the JSON dataset and every file its evidence keeps (format
        "bundle"; ``records`` counts the files).
        ``organization``: the ClaimReview author for this export (default: the stored one);
        ``layer``: "all", "adjudicated" or an annotator's name or id (UnknownAnnotator else);
        ``csv_raw``: CSV cells that look like formulas are written as they are."""
        from annotator.services.exporting.exporter import export_dataset
        from annotator.services.formats import registry

        if with_evidence:
            from annotator.services.evidence.bundles import export_bundle

            summary, files = export_bundle(
                self.database, target, progress, cancelled, layer=self.export_layer(layer)
            )
            summary.format, summary.records = "bundle", files
            return summary
        chosen = format or registry.export_format_for(Path(target), None)
        return export_dataset(
            self.database,
            target,
            chosen,
            progress,
            cancelled,
            organization=organization,
            layer=self.export_layer(layer),
            csv_raw=csv_raw,
        )

    def export_layer(self, layer: str) -> ExportLayer:
        from annotator.services.exporting.exporter import ALL_LAYERS, ExportLayer

        if layer == "all":
            return ALL_LAYERS
        if layer == "adjudicated":
            return ExportLayer(adjudicated=True)
        (annotator,) = self.agreement.resolve([layer])
        return ExportLayer(annotator_id=annotator.id)

    def keeps_files(self) -> bool:
        """Whether any evidence file is stored or named here, asked in one Core query:
        `annotator check` loads the evidence service (and the ORM) only when there are."""
        from sqlalchemy import text

        query = text(
            "SELECT EXISTS (SELECT 1 FROM stored_files) "
            "OR EXISTS (SELECT 1 FROM evidence WHERE file_sha256 IS NOT NULL)"
        )
        with self.database.reading_connection() as connection:
            return bool(connection.scalar(query))

    def stats(self) -> CollectionStats:
        from annotator.services.statistics import collection_stats

        return collection_stats(self.database)

    def article_layers(self, article_ids: list[str]) -> dict[str, list[ArticleLayer]]:
        """Per article: who annotated it and how much (progress per annotator)."""
        from annotator.services.statistics import article_layers

        return article_layers(self.database, article_ids)

    def article_count(self, status: ArticleStatus | None = None, search: str | None = None) -> int:
        from annotator.storage.repositories.article_repository import ArticleRepository

        with self.database.reading() as session:
            return ArticleRepository(session).count(status, search)

    def article_summaries(
        self,
        offset: int,
        limit: int,
        status: ArticleStatus | None = None,
        search: str | None = None,
    ) -> list[ArticleSummary]:
        """A page of the article list, in import order, filtered by status and full text."""
        from annotator.storage.repositories.article_repository import ArticleRepository

        with self.database.reading() as session:
            return ArticleRepository(session).summaries(offset, limit, status, search=search)

    def article_summary(self, article_id: str) -> ArticleSummary | None:
        from annotator.storage.repositories.article_repository import ArticleRepository

        with self.database.reading() as session:
            found = ArticleRepository(session).summaries(ids=[article_id])
            return found[0] if found else None

    def article_position(
        self, article_id: str, status: ArticleStatus | None = None, search: str | None = None
    ) -> int | None:
        """Where an article stands in the filtered list (0-based); None if filtered out."""
        from annotator.storage.repositories.article_repository import ArticleRepository

        with self.database.reading() as session:
            return ArticleRepository(session).position(article_id, status, search)


def cannot_be_written(paths: AppPaths) -> bool:
    """An existing database we may not write (read-only file, folder or medium): the window
    opens it for reading instead of refusing it."""
    return paths.db.exists() and not can_write(paths.db)


def check_database(paths: AppPaths) -> tuple[str, list[str]]:
    """`annotator check`: where the database is and what a full check finds wrong in it
    (nothing: it is sound). A file too damaged to open raises DatabaseUnusable."""
    database = open_database(paths.database, create=False, backup_dir=paths.backups, check=True)
    problems = ["the check did not finish"]
    try:
        problems = database.problems()
    finally:
        database.close(sound=not problems)
    return database.location, problems


def open_workspace(
    paths: AppPaths,
    *,
    create: bool = True,
    demo: bool = False,
    password: str | None = None,
    alone: bool = False,
) -> Workspace:
    """Open the database, giving it the default schemes if it has none.

    With ``demo``, a database created just now receives the seed articles: a fact-checker's
    first start shows real articles to try the tool on, not an empty window. ``password``: a
    team database's password the user typed in the window (kept by the engine only).
    ``alone``: the caller is the database's only user until it closes (``open_database``).
    """
    database = open_database(
        paths.database, create=create, backup_dir=paths.backups, password=password, alone=alone
    )
    try:
        with database.reading_connection() as connection:  # one Core query, no ORM
            needs_schemes = not StatisticsRepository(connection).has_schemes()
        if needs_schemes:
            from annotator.storage.repositories.catalog_repository import SchemeRepository

            with database.transaction() as session:
                SchemeRepository(session).ensure_defaults()
        if demo and database.created:
            from annotator.resources import seeds_dir
            from annotator.services.importing.importer import Importer

            Importer(database).import_paths([seeds_dir()])
    except BaseException:
        database.close()
        raise
    return Workspace(database)
