"""Other tools' files and folders (brat, INCEpTION, AVeriTeC, FEVER, ...): each is recognised
(or named with --from), read through its format in services/formats into a format-v1 document,
then checked and stored like a dataset of ours.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.domain.errors import AnnotatorError, InputRefused, message_of, said
from annotator.domain.text import passage_at
from annotator.services.clock import ImportClock
from annotator.services.formats import dataset_v1, registry
from annotator.services.formats.format_protocols import Document
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
        files = _folder_texts(listing or walk_folder(path), module.FOLDER_SUFFIXES)
        document, notes = _read_foreign(
            lambda: module.read_folder(files, {"source": path.name}), format_name
        )
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


def _folder_texts(listing: FolderListing, suffixes: tuple[str, ...]) -> dict[str, str]:
    """The texts of the folder's files of these kinds, by relative name; an empty file is
    an empty text (a brat document without annotations). A file that cannot be read as text
    refuses the folder, named. The files are those of the walk (file_bytes.py): never a link
    out of the folder, a pipe or a device, and what the walk chose is read without following
    a link again."""
    files: dict[str, str] = {}
    size = 0
    for file in listing.files:
        if file.path.suffix.lower() not in suffixes:
            continue
        name = file.relative
        try:
            data = read_bytes(file.target, MAX_DATASET_BYTES - size, follow_links=False)
            size += len(data)
            files[name] = peer_text(data) if data.strip() else ""
        except AnnotatorError as error:
            raise InputRefused(
                said("{name}: {reason}", name=name, reason=message_of(error))
            ) from None
    return files


def peer_text(data: bytes) -> str:
    """A peer's file as text: UTF-8 (what every one of them writes) as it is, else decoded
    and checked like any text file. Valid UTF-8 is not held to the binary-content guess,
    which counts control and unassigned characters: a dataset may hold many of either (new
    emoji are unassigned to this Python), and its reader checks every value itself."""
    if b"\x00" not in data and data.strip():
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    return decode_bytes(data).text


def _anchor_claims(database: Database, document: dict[str, Any]) -> list[str]:
    """Claims made into short articles of their own (AVeriTeC, FEVER) move into a stored
    article whose text holds them, at the offsets where it does (one look-up per batch)."""
    articles = document["articles"]
    with database.reading() as session:
        holders = ArticleRepository(session).holding([a["text"] for a in articles])
    # The file's own article of a text takes the claims anchored in that text too.
    into: dict[str, dict[str, Any]] = {a["text_sha256"]: a for a in articles}
    kept: list[dict[str, Any]] = []
    anchored = 0
    for article in articles:
        found = holders.get(article["text"])
        if found is None or found.text_sha256 == article["text_sha256"]:
            kept.append(article)
            continue
        start = passage_at(found.text, article["text"])
        if found.text_sha256 not in into:
            into[found.text_sha256] = dataset_v1.article_dict(found, [], [])
            kept.append(into[found.text_sha256])
        for claim in article["claims"]:
            claim["start"] += start
            claim["end"] += start
            into[found.text_sha256]["claims"].append(claim)
        anchored += 1
    document["articles"] = kept
    return [f"{anchored} claim(s) anchored in articles that hold their text"] if anchored else []


def foreign_document(
    database: Database, path: Path, data: bytes, from_format: str | None
) -> tuple[dict | None, list[str]]:
    """Another tool's file as a v1 document and what was dropped; (None, []) for ours."""
    text = peer_text(data)
    if from_format is not None:
        chosen = registry.BY_NAME[from_format]
        if chosen.module is None:
            return None, []
        if chosen.folder:
            raise InputRefused(said("--from {name} reads a folder, not a file", name=chosen.name))
        module = chosen.importer()
        document, notes = _read_foreign(
            lambda: module.read(text, {"source": path.name}), chosen.name
        )
        if chosen.claims_without_articles:
            notes = [*notes, *_anchor_claims(database, document)]
        return document, notes
    if DATASET_MARKER in text[:4096]:
        return None, []
    name = _detected(path, text)
    if name is None:
        return None, []
    module = registry.BY_NAME[name].importer()
    document, notes = _read_foreign(lambda: module.read(text, {"source": path.name}), name)
    if registry.BY_NAME[name].claims_without_articles:
        notes = [*notes, *_anchor_claims(database, document)]
    return document, [f"read as {name}", *notes]


def _detected(path: Path, text: str) -> str | None:
    """The peer format whose layout the file has, if any."""
    for name in registry.import_names():
        if registry.BY_NAME[name].folder:
            continue  # folders are recognised before their files are listed
        try:
            if registry.BY_NAME[name].importer().detect(path.name, text):
                return name
        except (ValueError, RecursionError):  # text its parser refuses is not this format
            continue
    return None


def _read_foreign(
    read: Callable[[], tuple[Document, list[str]]], name: str
) -> tuple[Document, list[str]]:
    """A peer format's document; what its parser cannot take (an integer of 5,000 digits,
    nesting deeper than Python's stack) is a refusal of the file, never an unexpected error.
    A file of that format without a single record is refused as such."""
    try:
        document, notes = read()
        if not document["articles"]:
            raise InputRefused(said("holds no {name} record", name=name))
        return document, notes
    except RecursionError:
        raise InputRefused(
            said("not a usable {name} file (nested too deeply)", name=name)
        ) from None
    except ValueError as error:
        raise InputRefused(
            said("not a usable {name} file ({error})", name=name, error=error)
        ) from None
