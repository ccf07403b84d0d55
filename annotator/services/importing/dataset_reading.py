"""Reading a format-v1 dataset file (.json or .jsonl) into checked domain objects.

Every record is checked before it is written: the shape against the JSON Schema, then the
rules the schema cannot express (canonical text, its hash, every span against its text, ids
unique, references that resolve). One bad record refuses the whole file, naming the record.
A .json file is read article by article (``stream_dataset``): its articles come as an
iterator, to be stored in the one transaction that a refusal rolls back.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from annotator.domain.claim_groups import ordered_pair
from annotator.domain.errors import InputRefused, said
from annotator.domain.models import (
    Annotator,
    Article,
    Claim,
    ClaimRelation,
    Entity,
    FinishedMark,
    Mention,
)
from annotator.domain.schemes import Schemes
from annotator.domain.text import is_canonical, text_sha256, validate_span
from annotator.domain.timestamps import (
    normalize_date,
    normalize_date_or_timestamp,
    normalize_timestamp,
)
from annotator.domain.urls import is_web_url
from annotator.services.formats import dataset_v1, relaxed_v1
from annotator.services.formats.schema import validate
from annotator.services.importing.decoding import decode_bytes
from annotator.services.importing.json_stream import JsonStream, json_refusal


@dataclass(slots=True)
class DatasetArticle:
    article: Article
    mentions: list[Mention]
    claims: list[Claim]
    finished: list[FinishedMark] = field(default_factory=list)


@dataclass(slots=True)
class Dataset:
    schemes: Schemes
    annotators: list[Annotator]
    entities: list[Entity]
    # A list, or while a file is streamed an iterator: claim_relations (which may follow the
    # articles in the file) are complete once it is exhausted.
    articles: Iterable[DatasetArticle] = field(default_factory=list)
    claim_relations: list[ClaimRelation] = field(default_factory=list)


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


def stream_dataset(open_text: Callable[[], TextIO], imported_at: str) -> Dataset:
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
    seen: dict[str, str] = {}
    for index, raw in enumerate(articles):
        if stream.last_may_hold_surrogates():
            _check_strings(raw, "", (((), "articles"), index))
        relaxed_v1.fill_article(raw, imported_at)
        validate(raw, "article", where=f"articles[{index}]")
        entry = _read_article(raw, index, imported_at)
        _check_unique_entry(entry, seen)
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
    _check_unique_header(dataset)


def _header_dataset(header: dict[str, Any]) -> Dataset:
    return Dataset(
        schemes=dataset_v1.schemes_from(header["schemes"]),
        annotators=[dataset_v1.annotator_from(a) for a in header["annotators"]],
        entities=[dataset_v1.entity_from(e) for e in header["entities"]],
        claim_relations=_read_relations(header.get("claim_relations", [])),
    )


def parse_dataset_document(document: dict[str, Any], imported_at: str) -> Dataset:
    """A whole format-v1 document made by a reader of another format: checked the same way."""
    _check_is_dataset(document)
    validate(document, None)
    return _dataset_of(document, document["articles"], imported_at)


def _dataset_of(
    header: dict[str, Any], articles: list[dict[str, Any]], imported_at: str
) -> Dataset:
    dataset = Dataset(
        schemes=dataset_v1.schemes_from(header["schemes"]),
        annotators=[dataset_v1.annotator_from(a) for a in header["annotators"]],
        entities=[dataset_v1.entity_from(e) for e in header["entities"]],
        claim_relations=_read_relations(header.get("claim_relations", [])),
    )
    for index, raw in enumerate(articles):
        dataset.articles.append(_read_article(raw, index, imported_at))
    _check_unique_ids(dataset)
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
    """Every string that enters the database is valid Unicode: a JSON escape of a lone
    surrogate ("\\ud800") decodes, but could never be written out again as UTF-8."""
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


def _read_article(raw: dict[str, Any], index: int, imported_at: str) -> DatasetArticle:
    name = f"article {index + 1} ({raw['id']}, {_short(raw['title'])})"
    try:
        text = raw["text"]
        if not is_canonical(text):
            raise InputRefused(
                said(
                    "its text is not in canonical form (CR line endings, a BOM or non-NFC "
                    "characters); offsets would not survive canonicalisation"
                )
            )
        if text_sha256(text) != raw["text_sha256"]:
            raise InputRefused(said("text_sha256 does not match its text"))
        article = dataset_v1.article_from(raw, imported_at)
        article.imported_at = normalize_timestamp(article.imported_at, "imported_at")
        if article.published_at is not None:
            article.published_at = normalize_date_or_timestamp(article.published_at, "published_at")
        mentions = [_read_mention(m, i, article) for i, m in enumerate(raw["mentions"])]
        claims = [_read_claim(c, i, article) for i, c in enumerate(raw["claims"])]
        known_mentions = {m.id for m in mentions}
        for claim in claims:
            for mention_id in claim.mention_ids:
                if mention_id not in known_mentions:
                    raise InputRefused(
                        said(
                            "claim {id} links mention {mention_id}, which is not a mention of "
                            "this article",
                            id=claim.id,
                            mention_id=mention_id,
                        )
                    )
        finished = dataset_v1.finished_from(raw, article.id)
        for mark in finished:
            mark.finished_at = normalize_timestamp(mark.finished_at, "finished_at")
    except InputRefused as error:
        raise InputRefused(said("{name}: {error}", name=name, error=error)) from None
    return DatasetArticle(article, mentions, claims, finished)


def _read_mention(raw: dict[str, Any], index: int, article: Article) -> Mention:
    try:
        validate_span(article.text, raw["start"], raw["end"], raw["quote"])
        mention = dataset_v1.mention_from(raw, article.id)
        mention.created_at = normalize_timestamp(mention.created_at, "created_at")
        return mention
    except InputRefused as error:
        raise InputRefused(said("mentions[{index}]: {error}", index=index, error=error)) from None


def _read_claim(raw: dict[str, Any], index: int, article: Article) -> Claim:
    try:
        validate_span(article.text, raw["start"], raw["end"], raw["quote"])
        claim = dataset_v1.claim_from(raw, article.id)
        claim.created_at = normalize_timestamp(claim.created_at, "created_at")
        claim.updated_at = normalize_timestamp(claim.updated_at, "updated_at")
        if claim.claim_date is not None:
            claim.claim_date = normalize_date(claim.claim_date, "claim_date")
        if (claim.review.url or "").strip() and not is_web_url(claim.review.url or ""):
            raise InputRefused(
                said(
                    "review.url {url!r} is not a web address (http or https)",
                    url=claim.review.url[:80],
                )
            )
        if claim.review.published_at is not None:
            claim.review.published_at = normalize_date_or_timestamp(
                claim.review.published_at, "review.published_at"
            )
        for evidence in claim.evidence:
            if evidence.accessed_at is not None:
                evidence.accessed_at = normalize_timestamp(evidence.accessed_at, "accessed_at")
        return claim
    except InputRefused as error:
        raise InputRefused(said("claims[{index}]: {error}", index=index, error=error)) from None


def _check_unique_ids(dataset: Dataset) -> None:
    seen: dict[str, str] = {}
    for entry in dataset.articles:
        _check_unique_entry(entry, seen)
    _check_unique_header(dataset)


def _check_unique_entry(entry: DatasetArticle, seen: dict[str, str]) -> None:
    """Ids of this article and its records are new to ``seen`` (the file's so far)."""

    def claim_id(kind: str, value: str) -> None:
        if value in seen:
            raise InputRefused(
                said(
                    "id {value} is used twice ({first} and {kind})",
                    value=value,
                    first=seen[value],
                    kind=kind,
                )
            )
        seen[value] = kind

    claim_id("article", entry.article.id)
    for mention in entry.mentions:
        claim_id("mention", mention.id)
    for claim in entry.claims:
        claim_id("claim", claim.id)
        for evidence in claim.evidence:
            claim_id("evidence", evidence.id)


def _check_unique_header(dataset: Dataset) -> None:
    for kind, items in (("entity", dataset.entities), ("annotator", dataset.annotators)):
        ids = [item.id for item in items]
        if len(ids) != len(set(ids)):
            raise InputRefused(said("an {kind} id is used twice", kind=kind))


def _read_relations(raw: list[dict[str, Any]]) -> list[ClaimRelation]:
    """Relations with each pair in stored order (smaller id first), each pair once."""
    found: dict[tuple[str, str], ClaimRelation] = {}
    for index, item in enumerate(raw):
        where = f"claim_relations[{index}]"
        relation = dataset_v1.claim_relation_from(item)
        try:
            pair = ordered_pair(relation.claim_id, relation.other_claim_id)
            relation.created_at = normalize_timestamp(relation.created_at, "created_at")
        except (ValueError, InputRefused) as error:
            raise InputRefused(said("{where}: {error}", where=where, error=error)) from None
        relation.claim_id, relation.other_claim_id = pair
        if pair in found and found[pair].relation != relation.relation:
            raise InputRefused(
                said(
                    "{where}: the pair {claim_id}–{other_claim_id} is judged twice, differently",
                    where=where,
                    claim_id=pair[0],
                    other_claim_id=pair[1],
                )
            )
        found.setdefault(pair, relation)
    return list(found.values())


def _short(title: str) -> str:
    return repr(title if len(title) <= 40 else title[:39] + "…")
