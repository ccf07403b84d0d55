"""Handing evidence on: a zip holding the dataset (format v1, ``dataset.json``), every file its
evidence keeps as ``evidence/<sha256>``, and ``manifest.json`` listing each file's hash and
size (docs/design/dataset-format.md, "Bundles with evidence").

Writing streams each stored file chunk by chunk into the zip, hashing it again on the way (a
damaged stored file is refused, not handed on); the bundle appears only when complete.
Reading checks every file's hash before anything is stored, then stores the files and the
dataset in one transaction: a bundle with one mismatching file is refused whole.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any, TextIO

from annotator.domain.errors import AnnotatorError, InputRefused, message_of, said
from annotator.services.clock import ImportClock
from annotator.services.exporting.atomic_file import checked_target, remove_stale_partials
from annotator.services.exporting.exporter import (
    ALL_LAYERS,
    Cancelled,
    ExportLayer,
    ExportSummary,
    Progress,
    export_dataset,
)
from annotator.services.importing.dataset_reading import stream_dataset
from annotator.services.importing.dataset_storing import store_dataset
from annotator.services.importing.import_report import FileResult, Outcome
from annotator.storage.database import Database
from annotator.storage.repositories.stored_files import CHUNK_SIZE, StoredFileRepository

BUNDLE_FORMAT = "factcheck-annotator/evidence-bundle"
MANIFEST = "manifest.json"
DATASET = "dataset.json"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
_HASH = re.compile(r"[0-9a-f]{64}")
# How the dataset names a kept file: json.dumps writes a nested record's first key so, and a
# string value holding these characters would have its quotes escaped.
_NAMED = re.compile(r'"file": \{"sha256": "([0-9a-f]{64})"')


def is_bundle(path: Path) -> bool:
    """A zip whose manifest names our bundle format (read without trusting the rest)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST_BYTES:
                return False
            return BUNDLE_FORMAT.encode() in archive.read(info)[:4096]
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        return False


# --- writing ---------------------------------------------------------------------------------


def export_bundle(
    database: Database,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    layer: ExportLayer = ALL_LAYERS,
) -> tuple[ExportSummary, int]:
    """Write the bundle; returns the dataset's summary and the number of files in it."""
    target, keep_mode = checked_target(Path(target))
    folder = target.parent if str(target.parent) else Path()
    remove_stale_partials(folder, target.name)
    handle, partial_name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=".partial", dir=folder
    )
    os.close(handle)
    partial = Path(partial_name)
    try:
        with tempfile.TemporaryDirectory(prefix="annotator-bundle-") as scratch:
            dataset = Path(scratch) / DATASET
            summary = export_dataset(database, dataset, "json", progress, cancelled, layer=layer)
            hashes = _named_files(dataset)
            with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
                archive.write(dataset, DATASET, compress_type=zipfile.ZIP_DEFLATED)
                listed = _write_files(database, archive, hashes, cancelled)
                manifest = {"format": BUNDLE_FORMAT, "format_version": 1, "dataset": DATASET}
                manifest["files"] = listed
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        partial.chmod(keep_mode if keep_mode is not None else 0o666 & ~_umask())
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    summary.path = target
    return summary, len(listed)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _named_files(dataset: Path) -> list[str]:
    found: dict[str, None] = {}
    with dataset.open(encoding="utf-8") as lines:
        for line in lines:
            found.update(dict.fromkeys(_NAMED.findall(line)))
    return list(found)


def _write_files(
    database: Database,
    archive: zipfile.ZipFile,
    hashes: list[str],
    cancelled: Cancelled | None,
) -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = []
    with database.reading() as session:
        files = StoredFileRepository(session)
        for sha256 in hashes:
            stored = files.get(sha256)
            if stored is None:
                continue  # named by hash only: this database was given the dataset without it
            if cancelled is not None and cancelled():
                from annotator.services.exporting.exporter import ExportCancelled

                raise ExportCancelled()
            info = zipfile.ZipInfo(f"evidence/{sha256}", date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED  # photos, videos, PDFs: compressed already
            info.file_size = stored.size
            digest = hashlib.sha256()
            with archive.open(info, "w", force_zip64=stored.size > 2**31) as out:
                for data in files.iter_chunks(stored):
                    digest.update(data)
                    out.write(data)
            if digest.hexdigest() != sha256:
                raise AnnotatorError(
                    said(
                        "the stored file {sha256} is damaged (its bytes no longer match its "
                        "hash); run annotator check. No bundle was written",
                        sha256=sha256,
                    )
                )
            listed.append({"sha256": sha256, "size": stored.size, "path": info.filename})
    return listed


# --- reading ---------------------------------------------------------------------------------


def import_bundle(database: Database, path: Path, clock: ImportClock) -> FileResult:
    """The bundle's files and dataset stored in one transaction, or refused whole."""
    try:
        with zipfile.ZipFile(path) as archive:
            files = _checked_manifest(archive)
            for sha256, member, size in files:
                _verify(archive, sha256, member, size)

            def open_text() -> TextIO:
                return io.TextIOWrapper(archive.open(DATASET), encoding="utf-8-sig", newline="")

            dataset = stream_dataset(open_text, clock.next())
            restored = 0
            with database.transaction() as session:
                stored = StoredFileRepository(session)
                for sha256, member, size in files:
                    if stored.get(sha256) is None:
                        with archive.open(member) as stream:
                            stored.store(stream.read, size, expected=sha256)
                        restored += 1
                counts = store_dataset(session, dataset)
    except (zipfile.BadZipFile, EOFError) as error:
        return FileResult(path, Outcome.REFUSED, said("not a readable zip: {error}", error=error))
    except AnnotatorError as error:
        return FileResult(path, Outcome.REFUSED, message_of(error))
    note = said("{count} evidence file(s) restored", count=restored) if restored else ""
    if not counts.anything and not restored:
        return FileResult(path, Outcome.DUPLICATE, "every article, annotation and file is known")
    return FileResult(
        path,
        Outcome.IMPORTED,
        "; ".join(filter(None, [*counts.notes, note])),
        articles=counts.articles,
        mentions=counts.mentions,
        claims=counts.claims,
    )


def _checked_manifest(archive: zipfile.ZipFile) -> list[tuple[str, str, int]]:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise InputRefused(said("the bundle has no manifest.json")) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise InputRefused(said("manifest.json: too large to be a manifest"))
    try:
        manifest = json.loads(archive.read(info))
    except (ValueError, UnicodeDecodeError) as error:
        raise InputRefused(said("manifest.json: not JSON ({error})", error=error)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise InputRefused(said("manifest.json: not a bundle of Fact-Check Annotator"))
    if manifest.get("format_version") != 1:
        raise InputRefused(
            said(
                "manifest.json: bundle format version {version!r}; this version reads 1",
                version=manifest.get("format_version"),
            )
        )
    if manifest.get("dataset") != DATASET or DATASET not in archive.namelist():
        raise InputRefused(said("the bundle has no dataset.json"))
    entries = manifest.get("files")
    if not isinstance(entries, list):
        raise InputRefused(said("manifest.json: files is not a list"))
    files: list[tuple[str, str, int]] = []
    for number, entry in enumerate(entries, start=1):
        sha256 = entry.get("sha256") if isinstance(entry, dict) else None
        size = entry.get("size") if isinstance(entry, dict) else None
        if (
            not isinstance(sha256, str)
            or not _HASH.fullmatch(sha256)
            or type(size) is not int
            or size < 0
            or entry.get("path") != f"evidence/{sha256}"
        ):
            raise InputRefused(
                said(
                    "manifest.json: file {number}: expected sha256 (64 hex digits), size and "
                    "path evidence/<sha256>",
                    number=number,
                )
            )
        files.append((sha256, f"evidence/{sha256}", size))
    return files


def _verify(archive: zipfile.ZipFile, sha256: str, member: str, size: int) -> None:
    """The member's bytes hash to its name and have the manifest's size; else the bundle is
    refused, nothing stored."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise InputRefused(
            said("{member}: listed in the manifest but missing", member=member)
        ) from None
    if info.file_size != size:
        raise InputRefused(
            said(
                "{member}: {found} bytes, the manifest says {size}",
                member=member,
                found=info.file_size,
                size=size,
            )
        )
    digest = hashlib.sha256()
    with archive.open(info) as stream:
        while data := stream.read(CHUNK_SIZE):
            digest.update(data)
    if digest.hexdigest() != sha256:
        raise InputRefused(
            said(
                "{member}: its bytes do not match their SHA-256; the bundle was refused, nothing "
                "stored",
                member=member,
            )
        )


def bundle_paths(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Split an import's paths into bundles and the rest (folders are never bundles)."""
    bundles, rest = [], []
    for path in paths:
        path = Path(path)
        if path.suffix.lower() == ".zip" and path.is_file() and is_bundle(path):
            bundles.append(path)
        else:
            rest.append(path)
    return bundles, rest
