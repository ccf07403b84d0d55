"""Importing one dataset file, in one transaction: a .json file that is plainly ours is streamed
article by article (memory stays bounded); anything else is read whole within its
limit, another tool's file first made a format-v1 document (``foreign_formats``).
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from annotator.domain.errors import AnnotatorError, InputRefused, message_of
from annotator.services.clock import ImportClock
from annotator.services.importing.dataset_reading import (
    parse_dataset_document,
    parse_dataset_file,
    stream_dataset,
)
from annotator.services.importing.dataset_storing import StoredCounts, store_dataset
from annotator.services.importing.decoding import decode_bytes
from annotator.services.importing.file_bytes import MAX_DATASET_BYTES, read_bytes
from annotator.services.importing.foreign_formats import DATASET_MARKER, foreign_document
from annotator.services.importing.import_report import FileResult, Outcome
from annotator.services.importing.json_stream import Utf8File
from annotator.storage.database import Database

HEAD_BYTES = 65536  # what is read to tell a dataset of ours before streaming it


def import_dataset_file(
    database: Database, path: Path, from_format: str | None, clock: ImportClock
) -> FileResult:
    """``path`` stored in one transaction, or refused with the database as it was."""
    try:
        opener = _streamable(path, from_format)
        if opener is not None:
            # Read article by article within the transaction: memory stays bounded
            # whatever the file's size. Text that turns out not to be UTF-8
            # after its start is read the usual way below, after the rollback.
            opened: list[Utf8File] = []

            def open_text() -> Utf8File:
                opened.append(opener())
                return opened[-1]

            try:
                with contextlib.suppress(UnicodeDecodeError):
                    dataset = stream_dataset(open_text, clock.next())
                    with database.transaction() as session:
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
        data = read_bytes(path, MAX_DATASET_BYTES)
        foreign, dropped = foreign_document(database, path, data, from_format)
        if foreign is None:
            dataset = parse_dataset_file(data, path.suffix.lower() == ".jsonl", clock.next())
        else:
            dataset = parse_dataset_document(foreign, clock.next())
        with database.transaction() as session:
            counts = store_dataset(session, dataset)
        counts.notes.extend(dropped)
    except AnnotatorError as error:
        return FileResult(path, Outcome.REFUSED, message_of(error))
    except RecursionError:  # the schema check walks nesting the JSON parser accepted
        return FileResult(path, Outcome.REFUSED, "JSON nested too deeply to be a dataset")
    except OverflowError:  # a number the database cannot hold; the transaction rolled back
        return FileResult(path, Outcome.REFUSED, "holds a number too large to store")
    return _dataset_result(path, counts)


def _streamable(path: Path, from_format: str | None) -> Callable[[], Utf8File] | None:
    """How to open ``path`` as text to stream it, when it is plainly a dataset of ours:
    a regular .json file within the limit whose start is UTF-8 text naming our format.
    Anything else (another tool's file, another encoding, a pipe) is read whole."""
    if from_format is not None or path.suffix.lower() != ".json":
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
    if DATASET_MARKER not in text[:4096] or "\ufffd" in text:
        return None
    try:
        if decode_bytes(text.encode("utf-8")).encoding != "utf-8":
            return None
    except InputRefused:
        return None
    return lambda: Utf8File(path)


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
