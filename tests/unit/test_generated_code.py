"""Generated code (domain/speed/generated_code.py) is an optimisation only: what it compiles gives
exactly what plain code reading the same description gives. The INSERT parameters are
compared with what SQLAlchemy itself writes in test_import_fast_paths.py."""

from __future__ import annotations

import ast
import dataclasses
import enum
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from annotator.domain.models import Article, Claim, Mention
from annotator.domain.records import plain_reader, plain_writer
from annotator.domain.speed.generated_code import FunctionSource
from tests.conftest import REPO
from tests.unit.test_records import FINDING, Finding, _articles, _claims, _mentions


def _plainly(value: Any) -> Any:
    """A value as the JSON shape has it, by plain code: a loop over the fields."""
    if isinstance(value, enum.Enum):
        return str(value) if isinstance(value, str) else value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plainly(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_plainly(item) for item in value]
    return value


def _plain_record(cls: type, values: dict[str, Any]) -> Any:
    """The record back from its JSON shape, by plain code reading the type hints."""
    hints = typing.get_type_hints(cls)
    arguments = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        kept = [a for a in typing.get_args(hint) if a is not type(None)]
        if type(None) in typing.get_args(hint) and len(kept) == 1:
            hint = kept[0]
        value = values[f.name]
        if value is None:
            arguments[f.name] = None
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            arguments[f.name] = hint(value)
        elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
            arguments[f.name] = _plain_record(hint, value)
        elif typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint)
            is_record = isinstance(item, type) and dataclasses.is_dataclass(item)
            arguments[f.name] = [_plain_record(item, v) if is_record else v for v in value]
        else:
            arguments[f.name] = value
    return cls(**arguments)


@pytest.mark.parametrize("record", [FINDING, Finding("f2")])
def test_a_generated_converter_gives_what_plain_code_gives(record: Finding) -> None:
    values = plain_writer(Finding)(record)
    assert values == _plainly(record)
    assert list(values) == [f.name for f in dataclasses.fields(Finding)]  # the file's key order
    assert plain_reader(Finding)(values) == _plain_record(Finding, values) == record


@given(_claims, _mentions, _articles)
def test_the_real_records_convert_as_plain_code_would(
    claim: Claim, mention: Mention, article: Article
) -> None:
    for cls, record in ((Claim, claim), (Mention, mention), (Article, article)):
        values = plain_writer(cls)(record)
        assert values == _plainly(record)
        assert plain_reader(cls)(values) == _plain_record(cls, values) == record


def test_a_function_is_compiled_from_one_expression_over_bound_values() -> None:
    source = FunctionSource("scaled")
    factor = source.bind(3)
    scaled = source.compiled(["x", "y"], f"x * {factor} + y")
    assert scaled(2, 1) == 7
    assert "return x * _v0 + y" in (scaled.__doc__ or "")


@pytest.mark.parametrize("name", ["not a name", "1st", ""])
def test_names_that_are_not_identifiers_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="not"):
        FunctionSource(name)
    with pytest.raises(ValueError, match="not argument names"):
        FunctionSource("f").compiled([name], "1")


def test_no_other_module_compiles_source() -> None:
    """exec and compile appear in generated_code.py only: everywhere else reads as plain code."""
    offenders = []
    for path in sorted((REPO / "annotator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("exec", "eval", "compile")
            ):
                offenders.append(str(Path(path).relative_to(REPO)))
    assert sorted(set(offenders)) == ["annotator/domain/speed/generated_code.py"]
