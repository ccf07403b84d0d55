"""Telegram Desktop's HTML export: ``messages.html``, ``messages2.html`` … of one chat, read
with lxml (the markup only: nothing is fetched, no script runs).

Each page names its chat in the page header; each post is a ``div.message.default`` whose
body holds the date (its ``title``: ``12.11.2020 12:54:07 UTC+02:00``, the zone missing in
older exports: then it is the exporting computer's local time), the sender's name (left out
on a post that follows another of the same sender: the previous one's is meant), the
forwarded post's origin, the message it replies to, media, the text (``<br>`` a line break,
links as written) and a channel post's signature. Service messages (dates, joins, pins) are
skipped.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.services.importing.decoding import decode_bytes
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from annotator.services.importing.material.telegram_posts import Chat, Post, drafts_of

_DATE = re.compile(
    r"^\s*(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\s*UTC([+-])(\d{2}):(\d{2}))?\s*$"
)
_MESSAGE_ID = re.compile(r"^message(\d+)$")
_REPLY = re.compile(r"go_to_message(\d+)")
_SPACE_RUN = re.compile(r"[ \t]*\n\s*")


def recognises(name: str, head: bytes) -> bool:
    """The page frame and the message history of Telegram's export."""
    return b'class="page_wrap"' in head and (
        b'class="history"' in head or b'class="message ' in head
    )


def read(source: Source, options: ReadOptions) -> MaterialRead:
    import lxml.html  # lxml comes with trafilatura; loaded only when such a file is read

    markup = decode_bytes(source.data, options.encoding).text
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError) as error:
        raise InputRefused(said("not readable HTML ({reason})", reason=str(error)[:80])) from None
    if not any(_has(div, "page_wrap") for div in root.iter("div")):
        raise InputRefused(said("not a Telegram HTML export: no page_wrap in the page"))
    chat = Chat(_chat_name(root) or source.name)
    sender: str | None = None
    for element in root.iter("div"):
        if not _has(element, "message"):
            continue
        if _has(element, "service"):
            chat.service += 1
            continue
        if not _has(element, "default"):
            continue
        post = _post(element, sender)
        if post is not None:
            sender = post.sender
            chat.posts.append(post)
    return drafts_of([chat], source.name, options)


def _has(element: Any, token: str) -> bool:
    return token in (element.get("class") or "").split()


def _children(element: Any, token: str) -> list[Any]:
    return [child for child in element if child.tag == "div" and _has(child, token)]


def _chat_name(root: Any) -> str | None:
    for header in root.iter("div"):
        if _has(header, "page_header"):
            for inner in header.iter("div"):
                if _has(inner, "text"):
                    name = " ".join(inner.text_content().split())
                    if name:
                        return name
    return None


def _post(element: Any, previous_sender: str | None) -> Post | None:
    found = _MESSAGE_ID.match(element.get("id") or "")
    bodies = _children(element, "body")
    if found is None or not bodies:
        return None
    body = bodies[0]
    sender = _first_text(_children(body, "from_name")) or previous_sender
    forwarded = [div for div in _children(body, "forwarded") if _has(div, "body")]
    holder = forwarded[0] if forwarded else body
    texts = _children(holder, "text") or _children(body, "text")
    dates = [d for d in _children(body, "date") if d.get("title")]
    reply = None
    for div in _children(body, "reply_to"):
        for link in div.iter("a"):
            hit = _REPLY.search(link.get("href") or "") or _REPLY.search(link.get("onclick") or "")
            if hit:
                reply = int(hit.group(1))
    return Post(
        id=int(found.group(1)),
        text=_text_of(texts[0]) if texts else "",
        date=_date(dates[0].get("title")) if dates else None,
        sender=sender,
        signature=_first_text(_children(body, "signature")),
        forwarded_from=_forwarded_name(forwarded[0]) if forwarded else None,
        reply_to=reply,
        media=bool(_children(holder, "media_wrap") or _children(body, "media_wrap")),
    )


def _first_text(elements: list[Any]) -> str | None:
    for element in elements:
        # A sender's name may be followed by "via @bot" in a span of its own.
        name = " ".join((element.text or "").split())
        if name:
            return name
    return None


def _forwarded_name(forwarded: Any) -> str | None:
    return _first_text(_children(forwarded, "from_name"))


def _text_of(element: Any) -> str:
    """The text as written: ``<br>`` is a line break; the markup's own line breaks and
    indentation are layout."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(_SPACE_RUN.sub(" ", node.text))
        for child in node:
            if child.tag == "br":
                parts.append("\n")
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(_SPACE_RUN.sub(" ", child.tail))

    walk(element)
    return "\n".join(line.strip() for line in "".join(parts).split("\n")).strip()


def _date(title: str) -> str | None:
    """``12.11.2020 12:54:07 UTC+02:00`` as a UTC timestamp; without a zone, the local
    time as written (``2020-11-12T12:54:07``); None when it is not a date."""
    found = _DATE.match(title)
    if found is None:
        return None
    day, month, year, hour, minute, second = (int(found.group(i)) for i in range(1, 7))
    try:
        moment = datetime(year, month, day, hour, minute, second)
        if found.group(7) is None:
            return moment.strftime("%Y-%m-%dT%H:%M:%S")
        sign = 1 if found.group(7) == "+" else -1
        offset = timedelta(hours=int(found.group(8)), minutes=int(found.group(9)))
        zoned = moment.replace(tzinfo=timezone(sign * offset))
        return zoned.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):
        return None
