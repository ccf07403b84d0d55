"""Validation against the JSON Schema of format v1 that ships in resources/.

A compiled validator (jsonschema-rs, in Rust) decides; jsonschema's own, about 50 times slower,
only words the message of a refusal (the path of the bad item, the best match of what is
wrong) and has the last word when the two disagree, so no file it refused gets in. Where the
compiled validator is not installed (the frozen build leaves its 14.7 MiB out:
packaging/README.md), jsonschema alone decides: the same verdicts, slower on large datasets.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from annotator.domain.errors import InputRefused
from annotator.resources import resource_path

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
    error = best_match(_validator(definition).iter_errors(instance))
    if error is not None:
        raise InputRefused(describe(error, where))


def describe(error: ValidationError, where: str = "") -> str:
    location = where
    for part in error.absolute_path:
        location += f"[{part}]" if isinstance(part, int) else (f".{part}" if location else part)
    message = error.message
    if len(message) > 200:
        message = message[:199] + "…"
    return f"{location or 'the file'}: {message}"
