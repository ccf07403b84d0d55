"""JSON dataset format version 1 (docs/design/dataset-format.md): domain objects ⇄ plain dicts.

The keys here are a contract with tests and scripts outside this repository: add keys freely,
never rename or drop one without a new format_version.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from typing import Any

from annotator import __version__
from annotator.domain.models import (
    Annotator,
    Article,
    Claim,
    ClaimRelation,
    Entity,
    Evidence,
    FinishedMark,
    Mention,
    Origin,
    Passage,
)
from annotator.domain.records import plain_reader, plain_writer
from annotator.domain.schemes import EntityType, Schemes, Status
from annotator.domain.timestamps import now_timestamp

FORMAT = "factcheck-annotator/dataset"
FORMAT_VERSION = 1
OFFSET_UNIT = "codepoint"
GENERATOR = {"name": "factcheck-annotator", "version": __version__}

# Characters a text may hold that are written as \u escapes rather than as themselves:
# controls (Cc), private-use (Co) and unassigned (Cn) code points, which readers of text files
# (ours among them: services/importing/decoding.py) count as signs of binary content, so a
# text rich in them would make its own export unreadable; and the line and paragraph
# separators, where readers of JSON Lines that split at every line break would cut a line.
_CATEGORIES_ESCAPED = frozenset({"Cc", "Co", "Cn"})
_SEPARATORS = "\u2028\u2029"


def dumps(value: Any, indent: int | None = None) -> str:
    """``value`` as JSON in UTF-8-ready text, the escapes above applied: the same document
    for every JSON reader, and one that every reader of text takes for text."""
    return _escapable().sub(_escaped, json.dumps(value, ensure_ascii=False, indent=indent))


@functools.cache
def _escapable() -> re.Pattern[str]:
    """A character class of the BMP code points to escape (a few hundred ranges, looked up
    once), and every astral character, whose category is checked one by one: a class of the
    astral ranges makes the search ~100 times slower, and astral characters are rare."""
    ranges: list[str] = []
    start: int | None = None
    for code in range(0x80, 0x10001):  # below 0x80 only DEL; json escapes the C0 controls
        escaped = code < 0x10000 and (
            unicodedata.category(chr(code)) in _CATEGORIES_ESCAPED or chr(code) in _SEPARATORS
        )
        if escaped and start is None:
            start = code
        elif not escaped and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[\x7f{''.join(ranges)}\U00010000-\U0010ffff]")


def _escaped(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if code < 0x10000:
        return f"\\u{code:04x}"
    if unicodedata.category(character) not in _CATEGORIES_ESCAPED:
        return character  # an emoji, a rare CJK ideograph: itself
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON spells an astral code point
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def header(
    schemes: Schemes,
    annotators: list[Annotator],
    entities: list[Entity],
    exported_at: str | None = None,
    claim_relations: list[ClaimRelation] | None = None,
) -> dict[str, Any]:
    """The dataset header. ``claim_relations`` (added within v1, optional for readers) is
    written when given: exports always give it, so related claims survive a round trip."""
    head: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "offset_unit": OFFSET_UNIT,
        "exported_at": exported_at or now_timestamp(),
        "generator": dict(GENERATOR),
        "schemes": {
            "entity_types": [_entity_type_dict(t) for t in schemes.entity_types],
            "statuses": [_status_dict(s) for s in schemes.statuses],
        },
        "annotators": [_annotator_dict(a) for a in annotators],
        "entities": [_entity_dict(e) for e in entities],
    }
    if claim_relations is not None:
        head["claim_relations"] = [claim_relation_dict(r) for r in claim_relations]
    return head


# Each record's keys are its dataclass's fields, in their order (domain.records); here only
# what is particular to the file: a mention or claim sits inside its article, so it does not
# repeat the article's id, and an article holds its mentions and claims.
# ``passages`` (added within v1, optional for readers) is written only where an article has
# some: exports of articles read whole stay as they were. ``source_id`` and ``extra`` (added
# within v1 too) are written only where they say something: on records imported from another
# tool's file.
_SOURCE = ("source_id", "extra")
_article_keys = plain_writer(Article, exclude=("passages", *_SOURCE))
passage_dict = plain_writer(Passage)
# ``adjudicated_from`` (added within v1, optional for readers) is written only where it says
# something: on adjudicated spans. ``version`` is a database's own bookkeeping (team mode).
_mention_keys = plain_writer(
    Mention, exclude=("article_id", "adjudicated_from", "version", *_SOURCE)
)
_claim_keys = plain_writer(Claim, exclude=("article_id", "adjudicated_from", "version", *_SOURCE))


def _with_source(values: dict[str, Any], record: Article | Mention | Claim) -> dict[str, Any]:
    if record.source_id is not None:
        values["source_id"] = record.source_id
    if record.extra:
        values["extra"] = record.extra
    return values


claim_relation_dict = plain_writer(ClaimRelation)
evidence_dict = plain_writer(Evidence)
_entity_type_dict = plain_writer(EntityType)
_status_dict = plain_writer(Status)
_annotator_dict = plain_writer(Annotator)
_entity_dict = plain_writer(Entity)


def mention_dict(mention: Mention) -> dict[str, Any]:
    values = _mention_keys(mention)
    if mention.adjudicated_from:
        values["adjudicated_from"] = list(mention.adjudicated_from)
    return _with_source(values, mention)


def claim_dict(claim: Claim) -> dict[str, Any]:
    values = _claim_keys(claim)
    if claim.adjudicated_from:
        values["adjudicated_from"] = list(claim.adjudicated_from)
    return _with_source(values, claim)


def article_dict(
    article: Article,
    mentions: list[Mention],
    claims: list[Claim],
    finished: list[FinishedMark] | None = None,
) -> dict[str, Any]:
    """An article with its spans. ``finished_by`` and ``passages`` (added within v1, optional
    for readers) are written only where someone marked the article finished, and where the
    article has passages."""
    values = _with_source(_article_keys(article), article)
    if article.passages:
        values["passages"] = [passage_dict(p) for p in article.passages]
    if finished:
        values["finished_by"] = [
            {"annotator_id": m.annotator_id, "finished_at": m.finished_at} for m in finished
        ]
    values["mentions"] = [mention_dict(m) for m in mentions]
    values["claims"] = [claim_dict(c) for c in claims]
    return values


# --- reading: dicts already checked against the JSON Schema -------------------------------

_entity_type_from = plain_reader(EntityType)
_status_from = plain_reader(Status)
annotator_from = plain_reader(Annotator)
entity_from = plain_reader(Entity)
evidence_from = plain_reader(Evidence)
mention_from = plain_reader(Mention, given=("article_id",))
claim_relation_from = plain_reader(ClaimRelation)
_article_from = plain_reader(Article, given=("imported_at",))
_claim_from = plain_reader(Claim, given=("article_id", "origin"))
_ORIGINS: dict[str, Origin] = {member.value: member for member in Origin}


def schemes_from(data: dict[str, Any]) -> Schemes:
    return Schemes(
        entity_types=[_entity_type_from(t) for t in data["entity_types"]],
        statuses=[_status_from(s) for s in data["statuses"]],
    )


def article_from(data: dict[str, Any], imported_at: str) -> Article:
    """An article of the file; one without its import time takes this import's."""
    return _article_from(data, data.get("imported_at") or imported_at)


def claim_from(data: dict[str, Any], article_id: str) -> Claim:
    """A claim of the file; one that does not say where it came from came from an import."""
    origin = data.get("origin", "import")
    # The member by a dict lookup (a call of the enum costs a microsecond a claim); anything
    # else through the enum, which refuses it.
    known = _ORIGINS.get(origin) if origin.__class__ is str else None
    return _claim_from(data, article_id, known or Origin(origin))


def finished_from(data: dict[str, Any], article_id: str) -> list[FinishedMark]:
    """An article's finished marks of the file (none when it has no ``finished_by``)."""
    return [
        FinishedMark(article_id, item["annotator_id"], item["finished_at"])
        for item in data.get("finished_by", [])
    ]
