"""Small builders shared by tests: a workspace on a temp folder, and dataset documents."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from annotator.domain.text import canonicalize, text_sha256
from annotator.domain.timestamps import format_timestamp
from annotator.paths import resolve_paths
from annotator.resources import seeds_dir
from annotator.services.workspace import Workspace, open_workspace
from tests import engines


def new_workspace(folder: Path, demo: bool = False) -> Workspace:
    """The collection in ``folder``: its SQLite file, or on a ``[postgresql]`` run the
    PostgreSQL database standing in for that file (tests/engines.py)."""
    paths = resolve_paths(data_dir=folder)
    paths.ensure()
    if engines.active is None:
        return open_workspace(paths, demo=demo)
    url = engines.active.url_for(paths.db)
    workspace = open_workspace(resolve_paths(data_dir=folder, db=url))
    if engines.active.take_fresh(paths.db) and demo:
        # A copy of the migrated template is not "created" for the program: give it the seed
        # articles as a first start would.
        workspace.import_paths([seeds_dir()])
    return workspace


def database_at(sqlite_file: Path) -> Path | str:
    """What ``open_database`` is given for this file: the file, or on a ``[postgresql]`` run
    the database standing in for it."""
    if engines.active is None:
        return sqlite_file
    url = engines.active.url_for(sqlite_file)
    engines.active.take_fresh(sqlite_file)
    return url


def exported(workspace: Workspace, folder: Path, name: str = "out.json") -> dict[str, Any]:
    """Export as JSON and read it back; every export in the tests must satisfy the schema."""
    from annotator.services.formats.schema import validate

    target = folder / name
    workspace.export(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    validate(document)
    return document


def without_export_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


def span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


FIRST_IMPORT = datetime(2026, 11, 20, 10, 0, 0, tzinfo=UTC)


def dataset_document(texts: list[str], annotate: bool = True) -> dict[str, Any]:
    """A complete format-v1 dataset; with ``annotate`` each text gets a mention and a claim
    on its last word, the hardest place for shifted offsets."""
    stamp = "2026-11-20T10:00:00Z"
    articles = []
    for number, raw in enumerate(texts):
        text = canonicalize(raw)
        words = text.split()
        mentions, claims = [], []
        if annotate:
            last = words[-1]
            start = text.rindex(last)
            mention_id = str(uuid.UUID(int=number * 10 + 1))
            mentions.append(
                {
                    "id": mention_id,
                    "start": start,
                    "end": start + len(last),
                    "quote": last,
                    "type": "PERSON",
                    "entity_id": None,
                    "origin": "manual",
                    "created_by": "00000000-0000-0000-0000-0000000000aa",
                    "created_at": stamp,
                }
            )
            claims.append(
                {
                    "id": str(uuid.UUID(int=number * 10 + 2)),
                    "start": 0,
                    "end": len(text),
                    "quote": text,
                    "claim_reviewed": "A restatement",
                    "claimant": {"name": "Rogov", "entity_id": None},
                    "claim_date": "2026-11-01",
                    "status": "false",
                    "justification": "Contradicted by the footage.",
                    "checkworthy": True,
                    "tags": ["casualties"],
                    "mention_ids": [mention_id],
                    "evidence": [
                        {
                            "id": str(uuid.UUID(int=number * 10 + 3)),
                            "url": "https://example.org/a",
                            "archive_url": None,
                            "title": "Footage",
                            "stance": "refutes",
                            "excerpt": "…",
                            "accessed_at": "2026-11-02T08:00:00Z",
                        }
                    ],
                    "review": {"url": "https://factcheck.example/1", "published_at": "2026-11-03"},
                    "origin": "manual",
                    "created_by": "00000000-0000-0000-0000-0000000000aa",
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        articles.append(
            {
                "id": str(uuid.UUID(int=1000 + number)),
                "title": words[0] if words else "",
                "text": text,
                "text_sha256": text_sha256(text),
                "source": f"case-{number}.txt",
                "url": None,
                "publisher": None,
                "authors": [],
                "published_at": None,
                "language": "und",
                # One second apart, in import order, however many there are
                "imported_at": format_timestamp(FIRST_IMPORT + timedelta(seconds=number)),
                "status": "in_progress",
                "mentions": mentions,
                "claims": claims,
            }
        )
    from annotator.domain.schemes import Schemes
    from annotator.services.formats.dataset_v1 import header

    head = header(Schemes.defaults(), [], [], exported_at=stamp)
    head["annotators"] = [{"id": "00000000-0000-0000-0000-0000000000aa", "name": "Olena"}]
    return {**head, "articles": articles}


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
