"""Validation against the JSON Schema of format v1 that ships in resources/.

A compiled validator (jsonschema-rs, in Rust) decides; jsonschema's own, about 50 times slower,
only words the message of a refusal (the path of the bad item, the best match of what is
wrong) and has the last word when the two disagree, so no file it refused gets in. It is
imported only then: a file that passes never loads it. Where the compiled validator is not
installed (the frozen build leaves its 14.7 MiB out: packaging/README.md), jsonschema alone
decides: the same verdicts, slower on large datasets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from annotator.domain.errors import InputRefused
from annotator.resources import resource_path

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_FILE = "dataset-v1.schema.json"


@cache
def dataset_schema() -> dict[str, Any]:
    return json.loads(resource_path(SCHEMA_FILE).read_text(encoding="utf-8"))


def _schema_of(definition: str | None) -> dict[str, Any]:
    schema = dataset_schema()
    if definition is not None:
        # Validate one part (a JSONL header or article line) with the same definitions.
        schema = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    return schema


@cache
def _validator(definition: str | None) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema_of(definition))


@cache
def _compiled(definition: str | None) -> Any:
    """The compiled validator, or None where jsonschema-rs is not installed."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(_schema_of(definition))


def validate(instance: Any, definition: str | None = None, where: str = "") -> None:
    """Raise InputRefused naming the first place where ``instance`` breaks the schema.

    ``definition`` picks a part of the schema ("header", "article"); None means a whole dataset.
    """
    compiled = _compiled(definition)
    try:
        if compiled is not None and compiled.is_valid(instance):
            return
    except (ValueError, TypeError, OverflowError):  # a value it cannot take: jsonschema decides
        pass
    error = first_error(_validator(definition).iter_errors(instance))
    if error is not None:
        raise InputRefused(describe(error, where))


# Wording a refusal looks at the first few errors only: an array of a million bad items
# would otherwise be walked whole (tens of seconds) to name one of them.
ERRORS_WORDED = 20


def first_error(errors: Iterable[ValidationError]) -> ValidationError | None:
    """The error to name: the most telling of the first record found wrong (its errors among
    the first ``ERRORS_WORDED``), so that the message names the earliest bad item."""
    found = list(islice(errors, ERRORS_WORDED))
    if not found:
        return None
    from jsonschema.exceptions import best_match

    record = _record_of(found[0])
    return best_match(e for e in found if _record_of(e) == record)


def _record_of(error: ValidationError) -> tuple[Any, ...]:
    """The path up to the first array index: the record (an article, an entity) it is in."""
    path = list(error.absolute_path)
    for place, part in enumerate(path):
        if isinstance(part, int):
            return tuple(path[: place + 1])
    return tuple(path)


def describe(error: ValidationError, where: str = "") -> str:
    location = where
    for part in error.absolute_path:
        if isinstance(part, int):
            location += f"[{part}]"
        elif not location:
            location = str(part)
        else:  # "articles[3].title", but "line 4: title"
            location += f".{part}" if location.endswith("]") or location != where else f": {part}"
    message = error.message
    if error.validator == "maxLength" and isinstance(error.instance, str):
        # The whole value would fill the line; its length says what is wrong
        message = (
            f"{len(error.instance):,} characters, more than the {error.validator_value} it may hold"
        )
    if len(message) > 200:
        message = message[:199] + "…"
    return f"{location or 'the file'}: {message}"
