"""Datasets of format v1 written by other programs: missing optional keys take defaults.

Datasets of format v1 written by other programs: a missing optional key, or ``null`` for an
optional string, means its default; the defaults are the records' own (domain/models.py).

Filled in before the schema check, so the strict schema still guards what matters (texts,
offsets, ids) and our exports stay complete.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from annotator.domain.models import Article, Claim, Evidence, Mention
from annotator.domain.schemes import Schemes
from annotator.domain.speed.generated_code import FunctionSource
from annotator.domain.text import text_sha256
from annotator.services.formats import dataset_v1

# Keys filled from the import, not from the record's default.
_STAMPED = ("created_at", "updated_at")


def _defaults(cls: type, skip: tuple[str, ...]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        if f.default is not dataclasses.MISSING:
            found[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            found[f.name] = f.default_factory()
    return found


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value.value if hasattr(value, "value") else value


# Plain once, here: converting per key and record cost a tenth of a dataset import.
_ARTICLE = {k: _plain(v) for k, v in _defaults(Article, ("imported_at",)).items()}
_MENTION = {
    k: _plain(v) for k, v in {**_defaults(Mention, ("article_id",)), "origin": "import"}.items()
}
_CLAIM = {
    k: _plain(v) for k, v in {**_defaults(Claim, ("article_id",)), "origin": "import"}.items()
}
_EVIDENCE = {k: _plain(v) for k, v in _defaults(Evidence, ()).items()}


def _fresh(value: Any) -> Any:
    """A default's own copy: records must not share one list or dict."""
    if isinstance(value, dict):
        return {k: _fresh(v) for k, v in value.items()}
    return list(value) if isinstance(value, list) else value


@dataclasses.dataclass(frozen=True, slots=True)
class _Complete:
    """How to tell, in one generated expression, that a record needs nothing but its missing
    keys: nothing null that has a default, nested records whole, the stamps set. The loop of
    ``_fill`` over every key cost 7 % of importing our own export, whose records only lack
    the keys it leaves out (``version``, an empty ``adjudicated_from``); a set of the missing
    keys per record, and a loop over them, still cost 1.6 µs a mention."""

    fill_missing: Callable[[dict[str, Any]], bool]
    """Add the keys the record lacks (their defaults, in the defaults' order, each mutable one
    a copy of its own, as ``_fill`` would); True when that is all ``_fill`` would do."""

    @classmethod
    def of(cls, defaults: dict[str, Any]) -> _Complete:
        function = FunctionSource("fill_missing")
        fresh = function.bind(_fresh)
        steps = []
        for key, default in defaults.items():
            value = function.bind(default)
            if isinstance(default, dict | list):
                steps.append(f"({key!r} in v or v.__setitem__({key!r}, {fresh}({value})))")
            else:
                steps.append(f"v.setdefault({key!r}, {value})")
        problems = [f"v[{k!r}] is None" for k, v in defaults.items() if v is not None]
        problems += [f"not v[{k!r}]" for k in _STAMPED if k in defaults]
        for key, default in defaults.items():
            if isinstance(default, dict):
                inner = function.bind(frozenset(default))
                problems.append(f"(isinstance(x := v[{key!r}], dict) and not {inner} <= x.keys())")
        complete = f"not ({' or '.join(problems)})" if problems else "True"
        return cls(function.compiled(["v"], f"({', '.join(steps)}, {complete})[-1]"))


_ARTICLE_COMPLETE = _Complete.of(_ARTICLE)
_MENTION_COMPLETE = _Complete.of(_MENTION)
_CLAIM_COMPLETE = _Complete.of(_CLAIM)
_EVIDENCE_COMPLETE = _Complete.of(_EVIDENCE)


def _fill(values: Any, defaults: dict[str, Any], complete: _Complete, stamp: str) -> None:
    if not isinstance(values, dict):
        return  # the schema check names it
    if complete.fill_missing(values):
        return
    # A null, a nested record lacking keys or an empty stamp: key by key. (Keys added above
    # hold their defaults, which this loop leaves as they are.)
    for key, default in defaults.items():
        if values.get(key) is None and (key not in values or default is not None):
            values[key] = _fresh(default)
        elif isinstance(default, dict) and isinstance(values.get(key), dict):
            for inner, inner_default in default.items():
                values[key].setdefault(inner, _fresh(inner_default))
    for key in _STAMPED:
        if key in defaults and not values.get(key):
            values[key] = stamp


def fill_header(header: Any, stamp: str) -> None:
    if not isinstance(header, dict):
        return
    header.setdefault("offset_unit", dataset_v1.OFFSET_UNIT)
    if header.get("exported_at") is None:
        header["exported_at"] = stamp
    if header.get("generator") is None:
        header["generator"] = {"name": "unknown", "version": ""}
    if header.get("schemes") is None:
        defaults = dataset_v1.header(Schemes.defaults(), [], [])
        header["schemes"] = defaults["schemes"]
    header.setdefault("annotators", [])
    header.setdefault("entities", [])


def fill_article(article: Any, stamp: str) -> None:
    if not isinstance(article, dict):
        return
    _fill(article, _ARTICLE, _ARTICLE_COMPLETE, stamp)
    article.setdefault("mentions", [])
    article.setdefault("claims", [])
    if "text_sha256" not in article and isinstance(article.get("text"), str):
        article["text_sha256"] = text_sha256(article["text"])
    # The shortcut called here, not through _fill: a call less per span (a tenth of filling).
    complete_mention, complete_claim = _MENTION_COMPLETE.fill_missing, _CLAIM_COMPLETE.fill_missing
    for mention in _items(article["mentions"]):
        if mention.__class__ is not dict or not complete_mention(mention):
            _fill(mention, _MENTION, _MENTION_COMPLETE, stamp)
    for claim in _items(article["claims"]):
        if claim.__class__ is not dict or not complete_claim(claim):
            _fill(claim, _CLAIM, _CLAIM_COMPLETE, stamp)
        if isinstance(claim, dict):
            for item in _items(claim.get("evidence")):
                _fill(item, _EVIDENCE, _EVIDENCE_COMPLETE, stamp)


def _items(value: Any) -> list[Any]:
    """A list to fill; anything else ("claims": true) is left for the schema check to name."""
    return value if isinstance(value, list) else []
