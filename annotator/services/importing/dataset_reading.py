"""Reading a format-v1 dataset file (.json or .jsonl) into checked domain objects.

Every record is checked before it is written: the shape against the JSON Schema, then the
rules the schema cannot express (canonical text, its hash, every span against its text, ids
unique, references that resolve: ``dataset_records``). One bad record refuses the whole file,
naming the record. A .json file is read article by article (``stream_dataset``): its
articles come as an iterator, to be stored in the one transaction that a refusal rolls back.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.services.formats import dataset_v1, relaxed_v1
from annotator.services.formats.schema import validate
from annotator.services.importing.dataset_records import (
    Dataset,
    DatasetArticle,
    check_unique_entry,
    check_unique_header,
    check_unique_ids,
    read_article,
    read_relations,
)
from annotator.services.importing.decoding import decode_bytes
from annotator.services.importing.json_stream import JsonStream, TextSource, json_refusal


def parse_dataset_file(data: bytes, jsonl: bool, imported_at: str) -> Dataset:
    text = decode_bytes(data).text
    if jsonl:
        header, articles = _split_jsonl(text, imported_at)
        return _dataset_of(header, articles, imported_at)
    dataset = stream_dataset(lambda: io.StringIO(text), imported_at)
    dataset.articles = list(dataset.articles)
    return dataset


_HEADER_KEYS = (
    "format",
    "format_version",
    "offset_unit",
    "exported_at",
    "generator",
    "schemes",
    "annotators",
    "entities",
)


def stream_dataset(open_text: Callable[[], TextSource], imported_at: str) -> Dataset:
    """A .json dataset whose articles are read, checked and handed out one at a time.

    ``open_text`` opens the text from its start: a second time only when the articles come
    before the header's keys (another program's key order), so that the header is known
    before the first article. Keys after the articles (claim_relations) are read and
    checked when the articles are exhausted.
    """
    stream = JsonStream(open_text())
    members: Iterator[tuple[str, Any]] = stream.members("articles")
    header: dict[str, Any] = {}
    articles: Iterator[Any] | None = None
    again = False
    for key, value in members:
        if key == "articles" and isinstance(value, Iterator):  # an array, streamed
            if all(k in header for k in _HEADER_KEYS):
                articles = value
                break
            for _ in value:  # skipped: read again once the header is known
                pass
            again = True
            continue
        header[key] = value
    _check_is_dataset(header)
    _check_strings(header, "")
    relaxed_v1.fill_header(header, imported_at)
    if articles is None and not again:
        validate(header, None)  # "articles" missing or not an array: the schema says which
        articles = iter(())
    else:
        validate({**header, "articles": []}, None)
    if again:
        stream = JsonStream(open_text())
        articles = _articles_of(stream.members("articles"))
        members = iter(())
    dataset = _header_dataset(header)
    if articles is None:  # the articles came before the header: read again above
        raise AssertionError("the articles were neither read nor read again")
    dataset.articles = _read_streamed(dataset, header, stream, articles, members, imported_at)
    return dataset


def _articles_of(members: Iterator[tuple[str, Any]]) -> Iterator[Any]:
    for key, value in members:
        if key == "articles" and isinstance(value, Iterator):
            yield from value


def _read_streamed(
    dataset: Dataset,
    header: dict[str, Any],
    stream: JsonStream,
    articles: Iterator[Any],
    rest: Iterator[tuple[str, Any]],
    imported_at: str,
) -> Iterator[DatasetArticle]:
    seen: dict[str, set[str]] = {}
    for index, raw in enumerate(articles):
        if stream.last_may_hold_surrogates():
            _check_strings(raw, "", (((), "articles"), index))
        relaxed_v1.fill_article(raw, imported_at)
        validate(raw, "article", where=f"articles[{index}]")
        entry = read_article(raw, index, imported_at)
        check_unique_entry(entry, seen)
        yield entry
    more = False
    for key, value in rest:  # keys after the articles
        if key != "articles":
            header[key] = value
            more = True
    if more:
        _check_strings(header, "")
        relaxed_v1.fill_header(header, imported_at)
        validate({**header, "articles": []}, None)
        complete = _header_dataset(header)
        dataset.claim_relations = complete.claim_relations
    check_unique_header(dataset)


def _header_dataset(header: dict[str, Any]) -> Dataset:
    return Dataset(
        schemes=dataset_v1.schemes_from(header["schemes"]),
        annotators=[dataset_v1.annotator_from(a) for a in header["annotators"]],
        entities=[dataset_v1.entity_from(e) for e in header["entities"]],
        claim_relations=read_relations(header.get("claim_relations", [])),
    )


def parse_dataset_document(document: dict[str, Any], imported_at: str) -> Dataset:
    """A whole format-v1 document made by a reader of another format: checked the same way,
    its strings too (what another tool's file holds reaches the database only through here)."""
    _check_is_dataset(document)
    _check_strings(document, "")
    validate(document, None)
    return _dataset_of(document, document["articles"], imported_at)


def _dataset_of(
    header: dict[str, Any], articles: list[dict[str, Any]], imported_at: str
) -> Dataset:
    dataset = Dataset(
        schemes=dataset_v1.schemes_from(header["schemes"]),
        annotators=[dataset_v1.annotator_from(a) for a in header["annotators"]],
        entities=[dataset_v1.entity_from(e) for e in header["entities"]],
        claim_relations=read_relations(header.get("claim_relations", [])),
    )
    dataset.articles = [read_article(raw, index, imported_at) for index, raw in enumerate(articles)]
    check_unique_ids(dataset)
    return dataset


def _fill_defaults(header: dict[str, Any], articles: Any, stamp: str) -> None:
    """Other programs' datasets: missing optional keys and nulls take their defaults."""
    relaxed_v1.fill_header(header, stamp)
    for article in articles if isinstance(articles, list) else []:
        relaxed_v1.fill_article(article, stamp)


def _split_jsonl(text: str, stamp: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not lines:
        raise InputRefused(said("file holds no JSON lines"))
    first_number, first = lines[0]
    header = _load_json(first, f"line {first_number}: ")
    _check_is_dataset(header)
    _check_strings(header, f"line {first_number}: ")
    relaxed_v1.fill_header(header, stamp)
    validate(header, "header", where=f"line {first_number}")
    articles = []
    for number, line in lines[1:]:
        article = _load_json(line, f"line {number}: ")
        _check_strings(article, f"line {number}: ")
        relaxed_v1.fill_article(article, stamp)
        validate(article, "article", where=f"line {number}")
        articles.append(article)
    return header, articles


def _load_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise InputRefused(
            said("{where}JSON nested too deeply to be a dataset", where=where)
        ) from None
    except ValueError as error:
        if not isinstance(error, json.JSONDecodeError):  # Python's limit on integer digits
            raise InputRefused(
                said("{where}not a usable dataset ({error})", where=where, error=error)
            ) from None
        raise json_refusal(text, error, where) from None


def _check_strings(document: Any, where: str, path: tuple[Any, ...] = ()) -> None:
    """Every string that enters the database is text a column can store: a JSON escape of a
    lone surrogate ("\\ud800") decodes, but could never be written out again as UTF-8, and a
    NUL ("\\u0000") is refused by PostgreSQL, so by SQLite too: one rule for both."""
    # Paths are spelled out only for the culprit: a large dataset holds millions of strings.
    stack: list[tuple[Any, tuple[Any, ...]]] = [(document, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            _check_string(value, where, path)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_string(key, where, path)
                stack.append((item, (path, key)))
        elif isinstance(value, list):
            stack.extend((item, (path, index)) for index, item in enumerate(value))


def _spelled(path: tuple[Any, ...]) -> str:
    parts: list[str] = []
    while path:
        path, key = path
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "".join(reversed(parts)).lstrip(".")


def _check_string(value: str, where: str, path: tuple[Any, ...]) -> None:
    if "\x00" in value:
        raise InputRefused(
            said(
                "{where}{key} holds a NUL character (\\u0000), which is not text",
                where=where,
                key=_spelled(path) or "a key",
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputRefused(
            said(
                "{where}{key} holds a lone surrogate (an invalid \\u escape such as \\ud800), "
                "which is not a character",
                where=where,
                key=_spelled(path) or "a key",
            )
        ) from None


def _check_is_dataset(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != dataset_v1.FORMAT:
        raise InputRefused(
            said(
                'not a Fact-Check Annotator dataset (expected "format": "{FORMAT}")',
                FORMAT=dataset_v1.FORMAT,
            )
        )
    version = document.get("format_version")
    if version != dataset_v1.FORMAT_VERSION:
        raise InputRefused(
            said(
                "dataset format version {version!r} is not supported by this version (it reads "
                "version {FORMAT_VERSION})",
                version=version,
                FORMAT_VERSION=dataset_v1.FORMAT_VERSION,
            )
        )
