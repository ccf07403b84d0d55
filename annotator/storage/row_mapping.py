"""Conversions between table rows and domain records, derived from the records themselves.

Each record's fields are listed once, in its dataclass (``domain.records``); here only what is
particular to the tables: a column given by the caller (an evidence's claim and position), a
list kept in a table of its own (a claim's mention links), and the order of the schemes.
Bulk paths (import, export) go through plain dicts and Core statements, not ORM instances:
the ORM's unit of work costs several times the raw insert on 10,000 articles.
"""

from __future__ import annotations

import json
from typing import Any

from annotator.domain.models import Annotator, Article, Claim, Entity, Evidence, Mention
from annotator.domain.records import flat_columns, flat_reader, flat_tuple_reader, flat_writer
from annotator.domain.schemes import EntityType, Status

# Articles are written by the bulk insert straight from the records (storage/bulk_insert.py).
article_from = flat_reader(Article)

mention_values = flat_writer(Mention)
mention_from = flat_reader(Mention)

# A claim's mention links are rows of claim_mentions and its evidence rows of evidence:
# the caller reads them and passes them in.
CLAIM_LINKS = ("mention_ids",)
claim_values = flat_writer(Claim, exclude=CLAIM_LINKS)
claim_from = flat_reader(Claim, given=("mention_ids", "evidence"))


def json_list(value: Any) -> list[Any]:
    """A JSON list column as the driver hands it over: text on SQLite (the empty list, most
    rows, without a decoder), already decoded on PostgreSQL."""
    if value == "[]" or value is None:
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return list(value or ())


def json_object(value: Any) -> dict[str, Any] | None:
    """A JSON object column as the driver hands it over (see ``json_list``); None for NULL."""
    if value is None:
        return None
    if isinstance(value, str):
        value = json.loads(value)
    return dict(value) if value is not None else None


# Spans read as tuples of these columns, in this order (an article's 5,000 spans on each open):
# the JSON lists come as stored text, decoded by ``json_list``.
MENTION_COLUMNS = flat_columns(Mention)
mention_from_tuple = flat_tuple_reader(Mention, lists=json_list, maps=json_object)
CLAIM_COLUMNS = flat_columns(Claim, exclude=("mention_ids", "evidence"))
claim_from_tuple = flat_tuple_reader(
    Claim, given=("mention_ids", "evidence"), lists=json_list, maps=json_object
)

evidence_values = flat_writer(Evidence, extra=("claim_id", "position"))
evidence_from = flat_reader(Evidence)

entity_values = flat_writer(Entity)
entity_from = flat_reader(Entity)

annotator_from = flat_reader(Annotator)

# The schemes' order is a column: the order of the menus and the shortcuts 1–9.
entity_type_values = flat_writer(EntityType, extra=("position",))
entity_type_from = flat_reader(EntityType)

status_values = flat_writer(Status, extra=("position",))
status_from = flat_reader(Status)
