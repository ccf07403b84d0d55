"""Two annotators' exports of the same article, with known disagreements.

Olena and Petro annotated the same text on their own machines; their datasets give the
article different ids (each machine imported it on its own), as a USB stick would bring them.
The figures these spans give are worked by hand in tests/unit/test_agreement.py.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from annotator.domain.models import Annotator, Article, Claim, Mention
from annotator.domain.schemes import Schemes
from annotator.domain.text import text_sha256
from annotator.services.formats.dataset_v1 import article_dict, header
from tests.helpers import span, write_json

TEXT = "Rogov said Izium fell. Kharkiv denied it. Norway sent aid on Monday.\n"
OLENA = Annotator("00000000-0000-0000-0000-0000000000aa", "Olena")
PETRO = Annotator("00000000-0000-0000-0000-0000000000bb", "Petro")
IVAN = Annotator("00000000-0000-0000-0000-0000000000cc", "Ivan")
OTHER_TEXT = "Ivan read a different article about Odesa.\n"
STAMP = "2026-11-20T10:00:00Z"

# (quote, type) per annotator. Izium: GPE for Olena, LOC for Petro. Monday: Olena marks
# "Monday", Petro "on Monday" (overlapping, not exact).
MENTIONS = {
    OLENA.id: [("Rogov", "PERSON"), ("Izium", "GPE"), ("Kharkiv", "GPE"), ("Norway", "GPE"),
               ("Monday", "DATE")],
    PETRO.id: [("Rogov", "PERSON"), ("Izium", "LOC"), ("Kharkiv", "GPE"), ("Norway", "GPE"),
               ("on Monday", "DATE")],
}  # fmt: skip
# (quote, status) per annotator: they disagree on the second sentence; Petro adds a shorter
# claim inside the first one.
CLAIMS = {
    OLENA.id: [("Rogov said Izium fell.", "false"), ("Kharkiv denied it.", "true"),
               ("Norway sent aid on Monday.", "true")],
    PETRO.id: [("Rogov said Izium fell.", "false"), ("Kharkiv denied it.", "false"),
               ("Norway sent aid on Monday.", "true"), ("Izium fell.", "misleading")],
}  # fmt: skip


def _id(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(parts)))


def layer_of(annotator: Annotator, article_id: str, text: str = TEXT) -> tuple[list, list]:
    mentions = [
        Mention(
            id=_id(annotator.id, "m", quote, kind),
            article_id=article_id,
            start=span(text, quote)[0],
            end=span(text, quote)[1],
            quote=quote,
            type=kind,
            created_by=annotator.id,
            created_at=STAMP,
        )
        for quote, kind in MENTIONS.get(annotator.id, [])
    ]
    claims = [
        Claim(
            id=_id(annotator.id, "c", quote),
            article_id=article_id,
            start=span(text, quote)[0],
            end=span(text, quote)[1],
            quote=quote,
            status=status,
            created_by=annotator.id,
            created_at=STAMP,
            updated_at=STAMP,
        )
        for quote, status in CLAIMS.get(annotator.id, [])
    ]
    return mentions, claims


def annotator_export(annotator: Annotator) -> dict[str, Any]:
    """The dataset the annotator's machine exports: the article under that machine's id."""
    article_id = _id(annotator.id, "article")
    article = Article(
        id=article_id,
        title="Rogov",
        text=TEXT,
        text_sha256=text_sha256(TEXT),
        source="rogov.txt",
        imported_at=STAMP,
    )
    mentions, claims = layer_of(annotator, article_id)
    document = header(Schemes.defaults(), [annotator], [], exported_at=STAMP)
    return {**document, "articles": [article_dict(article, mentions, claims)]}


def ivan_export() -> dict[str, Any]:
    """A third annotator who annotated another article only: no items in common."""
    article_id = _id(IVAN.id, "article")
    article = Article(
        id=article_id,
        title="Ivan",
        text=OTHER_TEXT,
        text_sha256=text_sha256(OTHER_TEXT),
        source="odesa.txt",
        imported_at=STAMP,
    )
    start, end = span(OTHER_TEXT, "Odesa")
    mention = Mention(
        _id(IVAN.id, "m"), article_id, start, end, "Odesa", "GPE", created_by=IVAN.id,
        created_at=STAMP,
    )  # fmt: skip
    document = header(Schemes.defaults(), [IVAN], [], exported_at=STAMP)
    return {**document, "articles": [article_dict(article, [mention], [])]}


def write_exports(folder: Path, with_ivan: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [
        write_json(folder / "olena.json", annotator_export(OLENA)),
        write_json(folder / "petro.json", annotator_export(PETRO)),
    ]
    if with_ivan:
        paths.append(write_json(folder / "ivan.json", ivan_export()))
    return paths
