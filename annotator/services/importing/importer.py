"""Importing files and folders (DESIGN §7, §9): articles from .txt/.md/.html, datasets from
.json/.jsonl. A refused file leaves the database exactly as it was.

Article files are read and checked first, then stored in batches (one transaction each): a
commit per file would cost an fsync per file, which dominates importing a large folder.
Dataset files are stored one transaction per file.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from annotator.domain.errors import AnnotatorError, InputRefused, StorageFailed, message_of, said
from annotator.domain.language.detection import UNDETERMINED, detect_language
from annotator.domain.models import Article
from annotator.domain.text import text_sha256
from annotator.services.clock import ImportClock
from annotator.services.formats import dataset_v1, registry
from annotator.services.importing.article_files import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    ArticleDraft,
    read_html_article,
    read_text_article,
)
from annotator.services.importing.dataset_reading import (
    parse_dataset_document,
    parse_dataset_file,
    stream_dataset,
)
from annotator.services.importing.dataset_storing import StoredCounts, store_dataset
from annotator.services.importing.decoding import MAX_FILE_BYTES, decode_bytes
from annotator.services.importing.import_report import FileResult, ImportReport, Outcome
from annotator.storage.database import Database
from annotator.storage.repositories.article_originals import ArticleOriginalRepository
from annotator.storage.repositories.article_repository import ArticleRepository

DATASET_SUFFIXES = {".json", ".jsonl", ".jsonld", ".tsv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DATASET_SUFFIXES
MAX_DATASET_BYTES = 2 * 1024**3
HEAD_BYTES = 65536  # what is read to tell a dataset of ours before streaming it
BATCH_SIZE = 500

Progress = Callable[[int, int, Path], None]
Cancelled = Callable[[], bool]


@dataclass(slots=True)
class _Pending:
    result: FileResult
    article: Article
    original: bytes | None = None


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
                    file.suffix.lower() not in SUPPORTED_SUFFIXES
                ):
                    report.skipped.append(file)
                else:
                    found.append((file, source_name(relative.as_posix())))
        elif not path.exists():
            report.results.append(FileResult(path, Outcome.REFUSED, "no such file or folder"))
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
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
        self, database: Database, from_format: str | None = None, encoding: str | None = None
    ) -> None:
        self.database = database
        self.from_format = from_format  # --from NAME: read every dataset file as this format
        self.encoding = encoding  # article files are in it (``import --encoding``), not guessed
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
            format_name = self._folder_format(Path(path))
            if format_name is None:
                plain.append(path)
            else:
                folders.append((Path(path), format_name))
        for path, format_name in folders:
            if cancelled is not None and cancelled():
                report.cancelled = True
                return report
            report.results.append(self._import_folder(path, format_name))
        files = collect_files(plain, report)
        for number, (path, source) in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(number, len(files), path)
            if path.suffix.lower() in DATASET_SUFFIXES:
                self._flush()
                report.results.append(self._import_dataset(path))
            else:
                self._read_article_file(path, source, report)
                if len(self._pending) >= BATCH_SIZE:
                    self._flush()
        self._flush()
        return report

    # --- article files -------------------------------------------------------------------

    def _read_article_file(self, path: Path, source: str, report: ImportReport) -> None:
        try:
            data = _read_bytes(path, MAX_FILE_BYTES)
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
        self._pending.append(_Pending(result, self._article(draft), draft.original))

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
                for item in pending:
                    sha = item.article.text_sha256
                    if sha in known:
                        item.result.outcome = Outcome.DUPLICATE
                        item.result.reason = said("same text as an article imported before")
                    else:
                        known[sha] = item.article.id
                        item.result.articles = 1
                        new.append(item.article)
                        if item.original is not None:
                            originals.append((item.article.id, item.original))
                repository.add_many(new)
                ArticleOriginalRepository(session).add_many(originals)
        except StorageFailed as error:  # the batch rolled back: none of its files is stored
            reason = message_of(error)
            for item in pending:
                item.result.outcome = Outcome.REFUSED
                item.result.articles = 0
                item.result.reason = reason

    # --- dataset files -------------------------------------------------------------------

    def _import_dataset(self, path: Path) -> FileResult:
        try:
            opener = self._streamable(path)
            if opener is not None:
                # Read article by article within the transaction: memory stays bounded
                # whatever the file's size (issue 17). Text that turns out not to be UTF-8
                # after its start is read the usual way below, after the rollback.
                opened: list[TextIO] = []

                def open_text() -> TextIO:
                    opened.append(opener())
                    return opened[-1]

                try:
                    with contextlib.suppress(UnicodeDecodeError):
                        dataset = stream_dataset(open_text, self.clock.next())
                        with self.database.transaction() as session:
                            counts = store_dataset(session, dataset)
                        return _dataset_result(path, counts)
                finally:
                    for stream in opened:
                        stream.close()
        except AnnotatorError as error:
            return FileResult(path, Outcome.REFUSED, message_of(error))
        except RecursionError:  # the schema check walks nesting the JSON parser accepted
            return FileResult(path, Outcome.REFUSED, "JSON nested too deeply to be a dataset")
        except OverflowError:  # a number the database cannot hold; the transaction rolled back
            return FileResult(path, Outcome.REFUSED, "holds a number too large to store")
        try:
            data = _read_bytes(path, MAX_DATASET_BYTES)
            foreign, dropped = self._foreign_document(path, data)
            if foreign is None:
                dataset = parse_dataset_file(
                    data, path.suffix.lower() == ".jsonl", self.clock.next()
                )
            else:
                dataset = parse_dataset_document(foreign, self.clock.next())
            with self.database.transaction() as session:
                counts = store_dataset(session, dataset)
            counts.notes.extend(dropped)
        except AnnotatorError as error:
            return FileResult(path, Outcome.REFUSED, message_of(error))
        except RecursionError:  # the schema check walks nesting the JSON parser accepted
            return FileResult(path, Outcome.REFUSED, "JSON nested too deeply to be a dataset")
        except OverflowError:  # a number the database cannot hold; the transaction rolled back
            return FileResult(path, Outcome.REFUSED, "holds a number too large to store")
        return _dataset_result(path, counts)

    def _streamable(self, path: Path) -> Callable[[], TextIO] | None:
        """How to open ``path`` as text to stream it, when it is plainly a dataset of ours:
        a regular .json file within the limit whose start is UTF-8 text naming our format.
        Anything else (another tool's file, another encoding, a pipe) is read whole."""
        if self.from_format is not None or path.suffix.lower() != ".json":
            return None
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            descriptor = os.open(path, flags)
        except OSError:
            return None
        try:
            found = os.fstat(descriptor)
            if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_DATASET_BYTES:
                return None
            head = os.read(descriptor, HEAD_BYTES)
        except OSError:
            return None
        finally:
            os.close(descriptor)
        text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(head)
        if '"factcheck-annotator/dataset"' not in text[:4096] or "\ufffd" in text:
            return None
        try:
            if decode_bytes(text.encode("utf-8")).encoding != "utf-8":
                return None
        except InputRefused:
            return None
        return lambda: path.open(encoding="utf-8-sig", newline="")

    def _folder_format(self, path: Path) -> str | None:
        """The folder format of ``path`` (brat, INCEpTION), if it is a folder of one."""
        if not path.is_dir():
            return None
        chosen = registry.BY_NAME.get(self.from_format or "")
        if chosen is not None and chosen.folder:
            return chosen.name
        names = [f.relative_to(path).as_posix() for f in path.rglob("*") if f.is_file()]
        for spec in registry.FORMATS:
            if spec.folder and spec.imports and spec.load().detect_folder(names):
                return spec.name
        return None

    def _import_folder(self, path: Path, format_name: str) -> FileResult:
        module = registry.BY_NAME[format_name].load()
        try:
            files: dict[str, str] = {}
            size = 0
            for file in sorted(f for f in path.rglob("*") if f.is_file()):
                if file.suffix.lower() not in module.FOLDER_SUFFIXES:
                    continue
                data = _read_bytes(file, MAX_DATASET_BYTES - size)
                size += len(data)
                files[file.relative_to(path).as_posix()] = decode_bytes(data).text
            document, notes = module.read_folder(files, {"source": path.name})
            dataset = parse_dataset_document(document, self.clock.next())
            with self.database.transaction() as session:
                counts = store_dataset(session, dataset)
        except AnnotatorError as error:
            return FileResult(path, Outcome.REFUSED, message_of(error))
        if not counts.anything:
            return FileResult(path, Outcome.DUPLICATE, "every article and annotation is known")
        return FileResult(
            path,
            Outcome.IMPORTED,
            "; ".join([f"read as {format_name}", *counts.notes, *notes]),
            articles=counts.articles,
            mentions=counts.mentions,
            claims=counts.claims,
        )

    def _anchor_claims(self, document: dict) -> list[str]:
        """Claims made into short articles of their own (AVeriTeC, FEVER) move into a stored
        article whose text holds them, at the offsets where it does."""
        anchored = 0
        with self.database.reading() as session:
            repository = ArticleRepository(session)
            for index, article in enumerate(document["articles"]):
                found = repository.first_containing(article["text"])
                if found is None or found.text_sha256 == article["text_sha256"]:
                    continue
                start = found.text.index(article["text"])
                for claim in article["claims"]:
                    claim["start"] += start
                    claim["end"] += start
                document["articles"][index] = dataset_v1.article_dict(found, [], [])
                document["articles"][index]["claims"] = article["claims"]
                anchored += 1
        return (
            [f"{anchored} claim(s) anchored in articles that hold their text"] if anchored else []
        )

    def _foreign_document(self, path: Path, data: bytes) -> tuple[dict | None, list[str]]:
        """Another tool's file as a v1 document and what was dropped; (None, []) for ours."""
        text = decode_bytes(data).text
        if self.from_format is not None:
            chosen = registry.BY_NAME[self.from_format]
            if chosen.module is None:
                return None, []
            if chosen.folder:
                raise InputRefused(
                    said("--from {name} reads a folder, not a file", name=chosen.name)
                )
            document, notes = _read_foreign(chosen.load(), chosen.name, text, path.name)
            if chosen.claims_without_articles:
                notes = [*notes, *self._anchor_claims(document)]
            return document, notes
        if '"factcheck-annotator/dataset"' in text[:4096]:
            return None, []
        for name in registry.import_names():
            if registry.BY_NAME[name].folder:
                continue  # folders are recognised before their files are listed
            module = registry.BY_NAME[name].load()
            try:
                detected = module.detect(path.name, text)
            except (ValueError, RecursionError):  # text its parser refuses is not this format
                detected = False
            if detected:
                document, notes = _read_foreign(module, name, text, path.name)
                if registry.BY_NAME[name].claims_without_articles:
                    notes = [*notes, *self._anchor_claims(document)]
                return document, [f"read as {name}", *notes]
        return None, []


def _dataset_result(path: Path, counts: StoredCounts) -> FileResult:
    if not counts.anything:
        return FileResult(path, Outcome.DUPLICATE, "every article and annotation is known")
    return FileResult(
        path,
        Outcome.IMPORTED,
        "; ".join(counts.notes),
        articles=counts.articles,
        mentions=counts.mentions,
        claims=counts.claims,
    )


def _read_foreign(module: Any, name: str, text: str, source: str) -> tuple[Any, list[str]]:
    """A peer format's document; what its parser cannot take (an integer of 5,000 digits,
    nesting deeper than Python's stack) is a refusal of the file, never an unexpected error."""
    try:
        return module.read(text, {"source": source})
    except RecursionError:
        raise InputRefused(
            said("not a usable {name} file (nested too deeply)", name=name)
        ) from None
    except ValueError as error:
        raise InputRefused(
            said("not a usable {name} file ({error})", name=name, error=error)
        ) from None


def _read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file (after following links), never more than ``limit``.

    A FIFO would block the open forever and a device such as /dev/zero never ends (its
    st_size is 0), so the file is opened without blocking, checked to be regular, and read
    in chunks that stop at the limit whatever st_size says.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise InputRefused(said("cannot be read ({strerror})", strerror=error.strerror)) from None
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode):
            raise InputRefused(
                said(
                    "not a regular file ({kind}); only files are read", kind=_kind_of(found.st_mode)
                )
            )
        if found.st_size > limit:
            raise InputRefused(
                said(
                    "file is too large ({size:.0f} MB; the limit is {limit:.0f} MB)",
                    size=found.st_size / 1e6,
                    limit=limit / 1e6,
                )
            )
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(descriptor, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputRefused(
                said("file is too large (the limit is {limit:.0f} MB)", limit=limit / 1e6)
            )
        return b"".join(chunks)
    except OSError as error:
        raise InputRefused(said("cannot be read ({strerror})", strerror=error.strerror)) from None
    finally:
        os.close(descriptor)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def source_name(name: str) -> str:
    """A file name as stored text: bytes that are not UTF-8 (kept by Python as surrogate
    escapes) become ``\\xNN``, so the name can always be written to the database and out."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
