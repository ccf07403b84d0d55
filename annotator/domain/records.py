"""One description per record: a dataclass's fields are the only list of its fields.

The JSON mapping (services.formats) and the row mapping (storage) are both derived from the
domain dataclasses here, so a field added to ``Claim`` reaches the export and the database
without a second hand-kept list.

Two shapes of the same values:

- **plain**: a dict of JSON values, nested records as nested dicts (the export's shape):
  ``{"claimant": {"name": "Rogov", "entity_id": None}, "status": "unverified", ...}``.
- **flat**: nested records spelled out as ``<field>_<subfield>`` keys (a table's columns):
  ``{"claimant_name": "Rogov", "claimant_entity_id": None, ...}``; lists of records are left
  out (they are rows of tables of their own). An optional nested record that is None has
  every column NULL, and reads back as None when its first column is NULL.

Per-field converters follow from the type hints: an enum is written as its value and read
back through its class, a list is copied, a ``bool`` read as a bool, a nested record converted
in turn. On reading the plain shape, a missing key takes the field's default (a missing
required field is a KeyError); the flat shape is a table row and has every column.

Each converter is one expression written from this description and compiled once per class
and shape by ``domain.speed.generated_code`` (which says why): callers take the function once
(``mention_values = flat_writer(Mention)``) and the bulk paths run at the speed of a
hand-written dict literal, without a loop over the fields per record.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.domain.speed.generated_code import FunctionSource

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")  # a record: a dataclass

# What a field holds, decided once per class from its type hint.
_PLAIN, _BOOL, _ENUM, _LIST, _RECORD, _RECORDS, _MAP = range(7)
_NO_DEFAULT = object()


@dataclasses.dataclass(frozen=True, slots=True)
class _Field:
    name: str
    kind: int
    type: Any  # the enum or record class for _ENUM, _RECORD and _RECORDS
    optional: bool  # the hint allows None
    default: Any  # a value, or _NO_DEFAULT
    factory: Callable[[], Any] | None


def _without_none(hint: Any) -> tuple[Any, bool]:
    """``X | None`` → ``(X, True)``; anything else → ``(hint, False)``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        kept = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(kept) == 1:
            return kept[0], True
    return hint, False


def _kind_of(hint: Any) -> tuple[int, Any]:
    if hint is bool:
        return _BOOL, None
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _ENUM, hint
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _RECORD, hint
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint) or (Any,)
        if isinstance(item, type) and dataclasses.is_dataclass(item):
            return _RECORDS, item
        return _LIST, None
    if typing.get_origin(hint) is dict:
        return _MAP, None
    return _PLAIN, None


@cache
def fields_of(cls: type) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(cls)
    described = []
    for f in dataclasses.fields(cls):
        if not f.init:
            raise TypeError(
                f"{cls.__name__}.{f.name} is not set by __init__: readers pass every field"
            )
        hint, optional = _without_none(hints[f.name])
        factory = None if f.default_factory is dataclasses.MISSING else f.default_factory
        default = _NO_DEFAULT if f.default is dataclasses.MISSING else f.default
        described.append(_Field(f.name, *_kind_of(hint), optional, default, factory))
    return tuple(described)


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields_of(cls))


def flat_columns(cls: type, exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The keys ``flat_writer(cls, exclude=...)`` writes: what its table must have as columns."""
    names: list[str] = []
    for f in fields_of(cls):
        if f.name in exclude or f.kind == _RECORDS:
            continue
        if f.kind == _RECORD:
            names.extend(f"{f.name}_{inner}" for inner in field_names(f.type))
        else:
            names.append(f.name)
    return tuple(names)


# --- the public calls: each returns a generated function, to be taken once --------------------


def plain_writer(
    cls: type[R], *, exclude: tuple[str, ...] = (), extra: tuple[str, ...] = ()
) -> Callable[..., dict[str, Any]]:
    """``write(record, *extra)``: the record as a dict of JSON values in field order, nested
    records as dicts; ``extra`` names more arguments written under their own keys."""
    return _writer(cls, False, exclude, extra)


def flat_writer(
    cls: type[R], *, exclude: tuple[str, ...] = (), extra: tuple[str, ...] = ()
) -> Callable[..., dict[str, Any]]:
    """``write(record, *extra)``: the record as one table row (see the module's docstring);
    ``extra`` names more columns given as arguments (a parent's id, a position)."""
    return _writer(cls, True, exclude, extra)


def plain_reader(cls: type[R], *, given: tuple[str, ...] = ()) -> Callable[..., R]:
    """``read(values, *given)``: a record from its plain dict; the ``given`` fields come as
    arguments, taken as they are (an article id the dict does not hold, say)."""
    return _reader(cls, False, given, None)


def flat_reader(cls: type[R], *, given: tuple[str, ...] = ()) -> Callable[..., R]:
    """``read(row, *given)``: a record from a table row written by ``flat_writer``; lists of
    records and columns kept elsewhere come as ``given`` arguments (or take their default)."""
    return _reader(cls, True, given, None)


def flat_tuple_reader(
    cls: type[R],
    *,
    given: tuple[str, ...] = (),
    lists: Callable[[Any], list[Any]] | None = None,
    maps: Callable[[Any], dict[str, Any] | None] | None = None,
) -> Callable[..., R]:
    """``read(row, *given)``: as ``flat_reader``, from a row that is a tuple of the columns
    ``flat_columns(cls, exclude=given)`` in that order (a cursor's own row, no dict made per
    row: an article's 5,000 spans are read on every open). ``lists`` reads a
    list column as it comes from the row (the storage's JSON text, say); without it the value
    is taken as a list; ``maps`` likewise reads a JSON object column (a dict, or None)."""
    return _reader(cls, True, given, _TupleRow(lists, maps))


@dataclasses.dataclass(frozen=True, slots=True)
class Parameter:
    """One value of a table row written from a record: its flat column ``key`` (as
    ``flat_writer`` writes it) through ``convert`` when there is one, or ``constant`` when
    ``key`` is None. ``empty``, when not None, is what ``convert`` makes of an empty list,
    taken without calling it (most lists are empty)."""

    key: str | None
    convert: Callable[[Any], Any] | None = None
    constant: Any = None
    empty: Any = None


def flat_parameters_writer(
    cls: type[R], parameters: tuple[Parameter, ...], *, exclude: tuple[str, ...] = ()
) -> Callable[[list[R]], list[Any]]:
    """``write(records)``: the parameters of an INSERT of one row per record, row after row
    in one flat list, each row's values in the order of ``parameters``. The same values as
    ``flat_writer`` (with each ``convert``), without a dict per row, nor a copy of a list that
    is only converted (a bulk insert of 40,000 spans made each row twice)."""
    function = FunctionSource(f"parameters_{cls.__name__}")
    ns = _Namespace(function)
    columns = dict(_flat_items(cls, exclude, "r", ns, copy=False))
    values = []
    for parameter in parameters:
        if parameter.key is None:
            values.append(ns.bind(parameter.constant))
            continue
        value = columns[parameter.key]
        if parameter.convert is not None:
            convert = ns.bind(parameter.convert)
            if parameter.empty is not None:
                value = f"({ns.bind(parameter.empty)} if {value} == [] else {convert}({value}))"
            else:
                value = f"{convert}({value})"
        values.append(value)
    return function.compiled(["records"], f"[x for r in records for x in ({', '.join(values)},)]")


# --- generating the converters ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class _TupleRow:
    """A flat row read as a tuple of the record's ``flat_columns``; ``lists`` reads a list
    column as stored (None: the value is a list already); ``maps`` likewise a JSON object."""

    lists: Callable[[Any], list[Any]] | None
    maps: Callable[[Any], dict[str, Any] | None] | None = None


class _Namespace:
    """One converter being written, and how its source is laid out."""

    def __init__(
        self,
        function: FunctionSource,
        positions: dict[str, int] | None = None,
        lists: Callable[[Any], list[Any]] | None = None,
        maps: Callable[[Any], dict[str, Any] | None] | None = None,
    ) -> None:
        self.function = function
        self.positions = positions  # a flat row read as a tuple: where each column stands
        self.lists = lists
        self.maps = maps

    def bind(self, value: Any) -> str:
        return self.function.bind(value)


def _write_expression(field: _Field, value: str, ns: _Namespace, copy: bool = True) -> str:
    """``copy`` False: a list or dict is taken as it is (it is only converted, never kept)."""
    if field.kind == _ENUM:
        # StrEnum's str() is its value, and what the hand-written mappings did.
        converted = f"str({value})" if issubclass(field.type, str) else f"{value}.value"
    elif field.kind in (_LIST, _MAP) and not copy:
        return value
    elif field.kind == _LIST:
        converted = f"list({value})"
    elif field.kind == _MAP:
        converted = f"dict({value})"
    elif field.kind == _RECORD:
        converted = _dict_literal(field.type, value, ns)
    elif field.kind == _RECORDS:
        return f"[{ns.bind(_writer(field.type, False, (), ()))}(x) for x in {value}]"
    else:
        return value
    return f"(None if {value} is None else {converted})" if field.optional else converted


def _dict_literal(cls: type, record: str, ns: _Namespace) -> str:
    items = [
        f"{f.name!r}: {_write_expression(f, f'{record}.{f.name}', ns)}" for f in fields_of(cls)
    ]
    return "{" + ", ".join(items) + "}"


@cache
def _writer(
    cls: type, flat: bool, exclude: tuple[str, ...], extra: tuple[str, ...]
) -> Callable[..., dict[str, Any]]:
    function = FunctionSource(f"write_{cls.__name__}")
    ns = _Namespace(function)
    if flat:
        pairs = _flat_items(cls, exclude, "r", ns)
    else:
        pairs = [
            (f.name, _write_expression(f, f"r.{f.name}", ns))
            for f in fields_of(cls)
            if f.name not in exclude
        ]
    items = [f"{key!r}: {expression}" for key, expression in pairs]
    items.extend(f"{name!r}: {name}" for name in extra)
    return function.compiled(["r", *extra], "{" + ", ".join(items) + "}")


def _flat_items(
    cls: type, exclude: tuple[str, ...], record: str, ns: _Namespace, copy: bool = True
) -> list[tuple[str, str]]:
    """Each flat column of ``cls`` (``flat_columns``' order) and its value's expression."""
    items: list[tuple[str, str]] = []
    for f in fields_of(cls):
        if f.name in exclude or f.kind == _RECORDS:
            continue
        if f.kind == _RECORD:
            for inner in fields_of(f.type):
                expression = _write_expression(inner, f"{record}.{f.name}.{inner.name}", ns, copy)
                if f.optional:  # an absent record: every one of its columns NULL
                    expression = f"(None if {record}.{f.name} is None else {expression})"
                items.append((f"{f.name}_{inner.name}", expression))
        else:
            items.append((f.name, _write_expression(f, f"{record}.{f.name}", ns, copy)))
    return items


def _lookup(field: _Field, source: str, key: str, flat: bool, ns: _Namespace) -> str:
    """The raw value: ``d[key]``, or the default when a plain dict lacks the key."""
    if flat and ns.positions is not None:
        return f"{source}[{ns.positions[key]}]"
    if flat or (field.default is _NO_DEFAULT and field.factory is None):
        return f"{source}[{key!r}]"
    if field.factory is not None:
        return f"{source}.get({key!r})"  # None, then replaced by the factory's value
    return f"{source}.get({key!r}, {ns.bind(field.default)})"


def _read_expression(field: _Field, source: str, key: str, flat: bool, ns: _Namespace) -> str:
    raw = _lookup(field, source, key, flat, ns)
    if field.kind == _PLAIN or (field.kind == _BOOL and field.optional):
        return raw
    if field.kind == _LIST:
        if ns.lists is not None:
            return f"{ns.bind(ns.lists)}({raw})"
        return f"list({raw} or ())"
    if field.kind == _MAP:
        return f"{ns.bind(ns.maps)}({raw})" if ns.maps is not None else raw
    if field.kind == _RECORDS:
        return f"[{ns.bind(_reader(field.type, False, (), None))}(x) for x in {raw} or ()]"
    value = f"_{source}_{field.name}"  # a name of the generated function's own
    if field.kind == _RECORD:
        # Built in line, as a hand-written mapping would; a missing or null nested record is
        # the field's default (an empty Review, say).
        build = _constructor(field.type, False, (), value, "", ns)
        otherwise = f"{ns.bind(field.factory)}()" if field.factory is not None else "None"
        return f"({build} if ({value} := {raw}) is not None else {otherwise})"
    if field.kind == _ENUM and flat:
        # A table row's value (always a string): the member by one dict lookup, as calling
        # the enum class costs a microsecond a value, milliseconds per article opened. An
        # unknown value still raises through the class.
        members, enum_class = ns.bind(field.type._value2member_map_), ns.bind(field.type)
        if field.optional:
            return (
                f"(None if ({value} := {raw}) is None else "
                f"{members}[{value}] if {value} in {members} else {enum_class}({value}))"
            )
        return f"({members}[{value}] if ({value} := {raw}) in {members} else {enum_class}({value}))"
    if field.kind == _ENUM:
        # A file's value, checked by its schema but in general any JSON value: the lookup
        # only for a string (a list is no dict key); anything else through the class, which
        # refuses it as before.
        members, enum_class = ns.bind(field.type._value2member_map_), ns.bind(field.type)
        if field.optional:
            return (
                f"(None if ({value} := {raw}) is None else {members}[{value}] "
                f"if {value}.__class__ is str and {value} in {members} else {enum_class}({value}))"
            )
        return (
            f"({members}[{value}] if ({value} := {raw}).__class__ is str and {value} in {members} "
            f"else {enum_class}({value}))"
        )
    convert = "bool" if field.kind == _BOOL else ns.bind(field.type)
    if field.optional:
        return f"(None if ({value} := {raw}) is None else {convert}({value}))"
    return f"{convert}({raw})"


def _constructor(
    cls: type, flat: bool, given: tuple[str, ...], source: str, prefix: str, ns: _Namespace
) -> str:
    arguments: list[str] = []
    for f in fields_of(cls):
        if f.name in given:
            value = f.name
        elif flat and f.kind == _RECORD:
            value = _constructor(f.type, True, (), source, f"{prefix}{f.name}_", ns)
            if f.optional:
                # Absent when its first column is NULL (written so by the flat writer).
                first = fields_of(f.type)[0]
                marker = _lookup(first, source, f"{prefix}{f.name}_{first.name}", True, ns)
                value = f"(None if {marker} is None else {value})"
        elif flat and f.kind == _RECORDS:
            value = f"{ns.bind(f.factory)}()"
        else:
            value = _read_expression(f, source, prefix + f.name, flat, ns)
        arguments.append(value)
    # Positional, in field order: every field is given, and a call without keywords is faster.
    return f"{ns.bind(cls)}({', '.join(arguments)})"


@cache
def _reader(
    cls: type, flat: bool, given: tuple[str, ...], tuple_row: _TupleRow | None
) -> Callable[..., Any]:
    unknown = set(given) - set(field_names(cls))
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    function = FunctionSource(f"read_{cls.__name__}")
    if tuple_row is None:
        ns = _Namespace(function)
    else:
        columns = flat_columns(cls, exclude=given)
        positions = {name: i for i, name in enumerate(columns)}
        ns = _Namespace(function, positions, tuple_row.lists, tuple_row.maps)
    return function.compiled(["d", *given], _constructor(cls, flat, given, "d", "", ns))
