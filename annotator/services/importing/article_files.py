"""Reading one article from a .txt, .md or .html file (docs/design/command-line.md,
docs/design/bad-input.md).

The result is an ``ArticleDraft``: canonical text plus what the file says about itself. Nothing
is written here; the importer decides what is new.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Passage
from annotator.domain.text import canonicalize
from annotator.domain.timestamps import normalize_date_or_timestamp
from annotator.domain.titles import guess_title, is_unusable_title
from annotator.services.importing.decoding import decode_bytes

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


@dataclass(slots=True)
class ArticleDraft:
    title: str
    text: str
    source: str
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    language: str = "und"
    encoding: str = "utf-8"  # what the file was read with
    warning: str = ""  # e.g. the encoding is a guess that could be wrong
    original: bytes | None = None  # the file, kept when its encoding was guessed (to re-read)
    # Where each part of the text is in its source (a page, a cue, a post): material readers.
    passages: list[Passage] = field(default_factory=list)
    # Where inside its file the article is, when the file holds several things (an e-mail's
    # attachment, a message of a mailbox): stored after the file's name in ``source``.
    part: str = ""


def read_text_article(path: Path, data: bytes, encoding: str | None = None) -> ArticleDraft:
    """The whole file is the article text, title line included; the title is guessed."""
    decoded = decode_bytes(data, encoding)
    text = canonicalize(decoded.text)
    return ArticleDraft(
        title=guess_title(text, fallback=path.stem),
        text=text,
        source=path.name,
        encoding=decoded.encoding,
        warning=decoded.uncertainty() or "",
        original=data if decoded.guessed else None,
    )


def read_html_article(path: Path, data: bytes, encoding: str | None = None) -> ArticleDraft:
    """The readable main text of a saved web page, and its title, date and authors.

    trafilatura parses the markup only: nothing is fetched, no script runs.
    """
    import trafilatura  # slow to import (lxml, dateparser); only HTML import needs it
    from trafilatura.settings import Document

    decoded = decode_bytes(data, encoding)
    markup = decoded.text
    # trafilatura's default precision: favor_precision drops interview headings, a paragraph
    # that is a link and one holding an e-mail link. Reader comments stay out.
    extracted = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        deduplicate=False,
    )
    document = extracted if isinstance(extracted, Document) else None  # a dict only if asked
    body = (document.text if document is not None else "") or ""
    if not body.strip():
        # Pages that are mostly a single block (or no <article>) defeat the main-text
        # heuristics: fall back to every visible text of the page.
        body = trafilatura.html2txt(markup) or ""
    text = canonicalize(body).strip("\n")
    if not text.strip():
        raise InputRefused(said("the page holds no readable text"))
    title = (document.title if document is not None else None) or ""
    if not title.strip() or is_unusable_title(title):
        title = _page_title(markup) or guess_title(text, path.stem)
    return ArticleDraft(
        title=" ".join(title.split()),
        text=text,
        source=path.name,
        url=_meta(document, "url"),
        publisher=_meta(document, "sitename"),
        authors=_authors(_meta(document, "author")),
        published_at=_date(_meta(document, "date")),
        language=_language(_html_lang(markup) or _meta(document, "language")),
        encoding=decoded.encoding,
        warning=_both(decoded.uncertainty(), _little_text(text)),
    )


def _both(first: str | None, second: str | None) -> str:
    if first and second:
        return said("{first}; {second}", first=first, second=second)
    return first or second or ""


MIN_WORDS = 25
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _little_text(text: str) -> str | None:
    """A page whose text is template placeholders or a photo caption: the page probably
    needs a browser to show its article; say so rather than import it silently."""
    words = len(_PLACEHOLDER.sub(" ", text).split())
    if words >= MIN_WORDS:
        return None
    return said(
        "little text extracted ({words} words): check that the page holds the article", words=words
    )


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(
    r"<meta\s[^>]*property\s*=\s*[\"']og:title[\"'][^>]*content\s*=\s*[\"']([^\"']*)",
    re.IGNORECASE,
)


def _page_title(markup: str) -> str | None:
    """og:title, else <title> without its " | Site name" tail."""
    head = markup[:65536]
    for pattern, cut in ((_OG_TITLE, False), (_TITLE_TAG, True)):
        match = pattern.search(head)
        if match:
            value = " ".join(html.unescape(match.group(1)).split())
            if cut:
                value = re.split(r"\s[|–—]\s", value)[0].strip()
            if value and not is_unusable_title(value):
                return value
    return None


def _meta(document: object, name: str) -> str | None:
    value = getattr(document, name, None) if document is not None else None
    return value.strip() or None if isinstance(value, str) else None


def _authors(value: str | None) -> list[str]:
    if not value:
        return []
    return [name.strip() for name in re.split(r";|\band\b|,(?=\s*[A-Z])", value) if name.strip()]


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return normalize_date_or_timestamp(value[:10] if len(value) >= 10 else value)
    except InputRefused:
        return None


_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z0-9-]+)", re.IGNORECASE)


def _html_lang(markup: str) -> str | None:
    match = _HTML_LANG.search(markup[:4096])
    return match.group(1) if match else None


def _language(value: str | None) -> str:
    return value if value and _LANGUAGE_TAG.match(value) else "und"
