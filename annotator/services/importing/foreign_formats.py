"""Other tools' files and folders (brat, INCEpTION, AVeriTeC, FEVER, ...): each is recognised
(or named with --from), read through its format in services/formats into a format-v1 document,
then checked and stored like a dataset of ours.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.domain.errors import AnnotatorError, InputRefused, message_of, said
from annotator.services.clock import ImportClock
from annotator.services.formats import dataset_v1, registry
from annotator.services.importing.dataset_reading import parse_dataset_document
from annotator.services.importing.dataset_storing import store_dataset
from annotator.services.importing.decoding import decode_bytes
from annotator.services.importing.file_bytes import (
    MAX_DATASET_BYTES,
    FolderListing,
    read_bytes,
    walk_folder,
)
from annotator.services.importing.import_report import FileResult, Outcome
from annotator.storage.database import Database
from annotator.storage.repositories.article_repository import ArticleRepository

# How a dataset of ours names its format near its start ("format": "factcheck-annotator/…"):
# such a file is read as ours, never guessed to be another tool's.
DATASET_MARKER = json.dumps(dataset_v1.FORMAT)


def folder_format(
    path: Path, from_format: str | None, listing: FolderListing | None = None
) -> str | None:
    """The folder format of ``path`` (brat, INCEpTION), if it is a folder of one."""
    if not path.is_dir():
        return None
    chosen = registry.BY_NAME.get(from_format or "")
    if chosen is not None and chosen.folder:
        return chosen.name
    names = (listing or walk_folder(path)).names()
    for spec in registry.FORMATS:
        if spec.folder and spec.imports and spec.folder_importer().detect_folder(names):
            return spec.name
    return None


def import_folder(
    database: Database,
    path: Path,
    format_name: str,
    clock: ImportClock,
    listing: FolderListing | None = None,
) -> FileResult:
    """A brat or INCEpTION folder in one transaction. Its files are those of ``listing``
    (file_bytes.py: never a link out of the folder, a pipe or a device)."""
    module = registry.BY_NAME[format_name].folder_importer()
    try:
        files: dict[str, str] = {}
        size = 0
        for file in (listing or walk_folder(path)).files:
            if file.path.suffix.lower() not in module.FOLDER_SUFFIXES:
                continue
            data = read_bytes(file.target, MAX_DATASET_BYTES - size, follow_links=False)
            size += len(data)
            files[file.relative] = decode_bytes(data).text
        document, notes = module.read_folder(files, {"source": path.name})
        dataset = parse_dataset_document(document, clock.next())
        with database.transaction() as session:
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


def _anchor_claims(database: Database, document: dict) -> list[str]:
    """Claims made into short articles of their own (AVeriTeC, FEVER) move into a stored
    article whose text holds them, at the offsets where it does."""
    anchored = 0
    with database.reading() as session:
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
    return [f"{anchored} claim(s) anchored in articles that hold their text"] if anchored else []


def foreign_document(
    database: Database, path: Path, data: bytes, from_format: str | None
) -> tuple[dict | None, list[str]]:
    """Another tool's file as a v1 document and what was dropped; (None, []) for ours."""
    text = decode_bytes(data).text
    if from_format is not None:
        chosen = registry.BY_NAME[from_format]
        if chosen.module is None:
            return None, []
        if chosen.folder:
            raise InputRefused(said("--from {name} reads a folder, not a file", name=chosen.name))
        document, notes = _read_foreign(chosen.importer(), chosen.name, text, path.name)
        if chosen.claims_without_articles:
            notes = [*notes, *_anchor_claims(database, document)]
        return document, notes
    if DATASET_MARKER in text[:4096]:
        return None, []
    for name in registry.import_names():
        if registry.BY_NAME[name].folder:
            continue  # folders are recognised before their files are listed
        module = registry.BY_NAME[name].importer()
        try:
            detected = module.detect(path.name, text)
        except (ValueError, RecursionError):  # text its parser refuses is not this format
            detected = False
        if detected:
            document, notes = _read_foreign(module, name, text, path.name)
            if registry.BY_NAME[name].claims_without_articles:
                notes = [*notes, *_anchor_claims(database, document)]
            return document, [f"read as {name}", *notes]
    return None, []


def _read_foreign(
    module: registry.Importer, name: str, text: str, source: str
) -> tuple[registry.Document, list[str]]:
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
