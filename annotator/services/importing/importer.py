"""Importing files and folders (docs/design/command-line.md, docs/design/bad-input.md): articles
from .txt/.md/.html, datasets from .json/.jsonl, and material (Telegram exports, subtitles:
the ``material`` room), recognised by extension and content. A refused file leaves the
database exactly as it was.

Article files are read and checked first, then stored in batches (one transaction each): a
commit per file would cost an fsync per file, which dominates importing a large folder.
Dataset files are stored one transaction per file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from annotator.domain.errors import AnnotatorError, StorageFailed, message_of, said
from annotator.domain.language.detection import UNDETERMINED, detect_language
from annotator.domain.models import Article
from annotator.domain.text import text_sha256
from annotator.services.clock import ImportClock
from annotator.services.importing.article_files import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    ArticleDraft,
    read_html_article,
    read_text_article,
)
from annotator.services.importing.dataset_files import import_dataset_file
from annotator.services.importing.decoding import MAX_FILE_BYTES, decode_bytes
from annotator.services.importing.file_bytes import MAX_DATASET_BYTES, read_bytes
from annotator.services.importing.foreign_formats import folder_format, import_folder
from annotator.services.importing.import_report import FileResult, ImportReport, Outcome
from annotator.services.importing.material import registry as material
from annotator.services.importing.material.reading import PasswordNeeded, ReadOptions, joined
from annotator.services.known import library_files
from annotator.storage.database import Database
from annotator.storage.repositories.article_originals import ArticleOriginalRepository
from annotator.storage.repositories.article_repository import ArticleRepository

DATASET_SUFFIXES = {".json", ".jsonl", ".jsonld", ".tsv", ".conll", ".conllu"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DATASET_SUFFIXES | material.SUFFIXES
BATCH_SIZE = 500

Progress = Callable[[int, int, Path], None]
Cancelled = Callable[[], bool]


@dataclass(slots=True)
class _Pending:
    result: FileResult
    article: Article
    original: bytes | None = None
    page: library_files.PageReviews | None = None  # the page's ClaimReview, if any


def collect_files(paths: Iterable[Path], report: ImportReport) -> list[tuple[Path, str]]:
    """Expand folders recursively into (file, source name) pairs, in a stable order.

    Inside folders, files that are not articles (images, hidden files) are skipped and
    listed; a file named explicitly with an unsupported type is refused.
    """
    found: list[tuple[Path, str]] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = file.relative_to(path)
                if any(part.startswith(".") for part in relative.parts) or (
                    material.suffix_of(file.name) not in SUPPORTED_SUFFIXES
                ):
                    report.skipped.append(file)
                else:
                    found.append((file, source_name(relative.as_posix())))
        elif not path.exists():
            report.results.append(FileResult(path, Outcome.REFUSED, "no such file or folder"))
        elif material.suffix_of(path.name) not in SUPPORTED_SUFFIXES:
            report.results.append(
                FileResult(
                    path,
                    Outcome.REFUSED,
                    f"unsupported file type {path.suffix or '(none)'!r} (use "
                    f"{', '.join(sorted(SUPPORTED_SUFFIXES))})",
                )
            )
        else:
            found.append((path, source_name(path.name)))
    return found


class Importer:
    def __init__(
        self,
        database: Database,
        from_format: str | None = None,
        encoding: str | None = None,
        telegram_channels: dict[str, str] | None = None,
        password: str | None = None,
    ) -> None:
        self.database = database
        self.from_format = from_format  # --from NAME: read every dataset file as this format
        self.encoding = encoding  # article files are in it (``import --encoding``), not guessed
        # Telegram channels' public usernames (ReadOptions.telegram_channels); the password
        # of encrypted PDFs.
        self.material_options = ReadOptions(encoding, telegram_channels or {}, password)
        self.clock = ImportClock()
        self._pending: list[_Pending] = []

    def import_paths(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        report = ImportReport()
        plain, folders = [], []
        for path in paths:
            format_name = folder_format(Path(path), self.from_format)
            if format_name is None:
                plain.append(path)
            else:
                folders.append((Path(path), format_name))
        for path, format_name in folders:
            if cancelled is not None and cancelled():
                report.cancelled = True
                return report
            report.results.append(import_folder(self.database, path, format_name, self.clock))
        files = collect_files(plain, report)
        for number, (path, source) in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(number, len(files), path)
            kind = material.kind_of(path) if self.from_format is None else None
            if kind is not None:
                # One transaction for the file's articles: a refused or failed file adds none.
                self._flush()
                self._read_material(path, source, kind, report)
                self._flush()
            elif path.suffix.lower() in DATASET_SUFFIXES:
                self._flush()
                report.results.append(
                    self._known_fact_checks(path)
                    or import_dataset_file(self.database, path, self.from_format, self.clock)
                )
            else:
                self._read_article_file(path, source, report)
                if len(self._pending) >= BATCH_SIZE:
                    self._flush()
        self._flush()
        return report

    # --- published fact-checks (ClaimReview): the library of known fact-checks --------------

    def _known_fact_checks(self, path: Path) -> FileResult | None:
        """A file of ClaimReview stored in the library (services/known); None when the file
        is something else, read as a dataset then."""
        if self.from_format is not None or not library_files.says_claimreview(path):
            return None
        try:
            text = decode_bytes(read_bytes(path, MAX_DATASET_BYTES)).text
            stored = library_files.store_file(self.database, text, path.name, self.clock.next())
        except AnnotatorError as error:
            return FileResult(path, Outcome.REFUSED, message_of(error))
        if stored is None:
            return None
        outcome = Outcome.IMPORTED if stored.known else Outcome.DUPLICATE
        return FileResult(path, outcome, stored.note, known=stored.known, warning=stored.warning)

    # --- article files -------------------------------------------------------------------

    def _read_article_file(self, path: Path, source: str, report: ImportReport) -> None:
        try:
            data = read_bytes(path, MAX_FILE_BYTES)
            reader = (
                read_html_article if path.suffix.lower() in HTML_SUFFIXES else (read_text_article)
            )
            draft = reader(path, data, self.encoding)
        except AnnotatorError as error:
            report.results.append(FileResult(path, Outcome.REFUSED, message_of(error)))
            return
        draft.source = source
        result = FileResult(path, Outcome.IMPORTED, warning=draft.warning)
        report.results.append(result)
        page = None
        if path.suffix.lower() in HTML_SUFFIXES:  # a fact-check page: its ClaimReview too
            page = library_files.page_reviews(decode_bytes(data, self.encoding).text, source)
        self._pending.append(_Pending(result, self._article(draft), draft.original, page))

    def _read_material(
        self, path: Path, source: str, kind: material.Kind, report: ImportReport
    ) -> None:
        try:
            read = material.read_material(path, kind, self.material_options)
        except AnnotatorError as error:
            refused = FileResult(path, Outcome.REFUSED, message_of(error))
            refused.needs_password = isinstance(error, PasswordNeeded)
            report.results.append(refused)
            return
        warnings = list(dict.fromkeys(d.warning for d in read.drafts if d.warning))
        result = FileResult(path, Outcome.IMPORTED, joined(read.notes), warning=joined(warnings))
        report.results.append(result)
        for draft in read.drafts:
            # An attachment or a mailbox's message: "letter.eml › report.pdf".
            draft.source = f"{source} › {draft.part}" if draft.part else source
            self._pending.append(_Pending(result, self._article(draft)))

    def _article(self, draft: ArticleDraft) -> Article:
        return Article(
            id=str(uuid.uuid4()),
            title=draft.title,
            text=draft.text,
            text_sha256=text_sha256(draft.text),
            source=draft.source,
            url=draft.url,
            publisher=draft.publisher,
            authors=draft.authors,
            published_at=draft.published_at,
            # A web page may say its language; a text file never does.
            language=draft.language
            if draft.language != UNDETERMINED
            else detect_language(draft.text),
            imported_at=self.clock.next(),
            encoding=draft.encoding,
            passages=draft.passages,
        )

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        try:
            with self.database.transaction() as session:
                repository = ArticleRepository(session)
                known = repository.ids_by_sha256(p.article.text_sha256 for p in pending)
                new: list[Article] = []
                originals: list[tuple[str, bytes]] = []
                # Per file: its articles added and those already present (a file of material
                # holds many; an article file one).
                tally: dict[int, list[int]] = {}
                for item in pending:
                    counts = tally.setdefault(id(item.result), [0, 0])
                    sha = item.article.text_sha256
                    if sha in known:
                        counts[1] += 1
                    else:
                        counts[0] += 1
                        known[sha] = item.article.id
                        new.append(item.article)
                        if item.original is not None:
                            originals.append((item.article.id, item.original))
                for item in pending:
                    if id(item.result) in tally:
                        _tell(item.result, *tally.pop(id(item.result)))
                repository.add_many(new)
                ArticleOriginalRepository(session).add_many(originals)
        except StorageFailed as error:  # the batch rolled back: none of its files is stored
            reason = message_of(error)
            for item in pending:
                item.result.outcome = Outcome.REFUSED
                item.result.articles = 0
                item.result.reason = reason
            return
        for item in pending:
            if item.page is not None:
                self._store_page(item)

    def _store_page(self, item: _Pending) -> None:
        """A stored (or known) page's ClaimReview into the library, noted on its line."""
        assert item.page is not None
        try:
            stored = library_files.store_page(self.database, item.page, self.clock.next())
        except StorageFailed as error:  # the article stays; its reviews could not be kept
            stored = library_files.StoredFile(0, "", message_of(error))
        result = item.result
        result.known = stored.known
        result.reason = "; ".join(part for part in (result.reason, stored.note) if part)
        result.warning = "; ".join(part for part in (result.warning, stored.warning) if part)


def _tell(result: FileResult, added: int, present: int) -> None:
    result.articles = added
    if added:
        if present:
            note = said("{count} already in the database (same text)", count=present)
            result.reason = joined([r for r in (result.reason, note) if r])
        return
    result.outcome = Outcome.DUPLICATE
    result.reason = (
        said("same text as an article imported before")
        if present == 1
        else said("its {count} articles were imported before", count=present)
    )


def source_name(name: str) -> str:
    """A file name as stored text: bytes that are not UTF-8 (kept by Python as surrogate
    escapes) become ``\\xNN``, so the name can always be written to the database and out."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
