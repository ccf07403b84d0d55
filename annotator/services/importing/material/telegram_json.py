"""Telegram Desktop's machine-readable export (JSON): ``result.json`` of one chat or channel,
and the full-account export whose chats are under ``chats.list`` (and ``left_chats.list``).

Read with the standard library's json. What a message holds is checked here, as the border
it is (docs/design/bad-input.md): a file of the wrong shape is refused naming the message.

- ``text`` is a string, or a list of strings and entity objects ``{"type", "text", …}``;
  ``text_entities`` (newer exports) is always a list of objects. The entities' texts joined
  are the post as written: a link stays the text it was written as.
- The date: ``date_unixtime`` (seconds since 1970, newer exports) is the moment, kept in
  UTC. Older exports have only ``date``, written in the exporting computer's local time
  without a zone: the day is kept as the publication date, the time only in the post's label.
- ``from`` (the sender), ``author`` (a channel post's signature), ``forwarded_from`` and
  ``reply_to_message_id`` are kept; media files are not imported, and posts that hold
  nothing else are counted.
"""

from __future__ import annotations

import json
import re
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from annotator.services.importing.material.telegram_posts import (
    Chat,
    Post,
    drafts_of,
    utc_from_unixtime,
)

# What a message may carry besides its text; any of them makes it a post with media.
MEDIA_KEYS = (
    "photo",
    "file",
    "media_type",
    "sticker_emoji",
    "contact_information",
    "location_information",
    "place_name",
    "poll",
    "game_title",
    "invoice_information",
)
_LOCAL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
# The first keys of each shape, as Telegram Desktop writes them.
_HEAD = re.compile(rb'^\s*\{\s*"(about|name|type|id|messages|personal_information)"\s*:')


def recognises(name: str, head: bytes) -> bool:
    """A JSON object whose first key is Telegram's and that has messages or chats."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    if not _HEAD.match(head):
        return False
    return b'"messages"' in head or b'"chats"' in head or b'"personal_information"' in head


def read(source: Source, options: ReadOptions) -> MaterialRead:
    try:
        document = json.loads(source.data)
    except UnicodeDecodeError:
        raise InputRefused(said("not a Telegram export: not UTF-8 JSON")) from None
    except json.JSONDecodeError as error:
        raise InputRefused(
            said(
                "not valid JSON (line {line}, column {column}: {reason})",
                line=error.lineno,
                column=error.colno,
                reason=error.msg,
            )
        ) from None
    except RecursionError:
        raise InputRefused(said("JSON nested too deeply to be a Telegram export")) from None
    if not isinstance(document, dict):
        raise InputRefused(said("not a Telegram export: the file is not a JSON object"))
    if "messages" in document:
        chats = [_chat(document, said("the chat"))]
    elif isinstance(document.get("chats"), dict):
        chats = []
        for key in ("chats", "left_chats"):
            section = document.get(key, {})
            listed = section.get("list", []) if isinstance(section, dict) else None
            if not isinstance(listed, list):
                raise InputRefused(said("{key}.list is not a list", key=key))
            for index, raw in enumerate(listed):
                chats.append(_chat(raw, said("{key}.list[{index}]", key=key, index=index)))
    else:
        raise InputRefused(
            said(
                "not a Telegram export: it has neither messages nor chats.list "
                "(machine-readable JSON)"
            )
        )
    return drafts_of(chats, source.name, options)


def _chat(raw: Any, where: str) -> Chat:
    if not isinstance(raw, dict) or not isinstance(raw.get("messages", []), list):
        raise InputRefused(said("{where}: not a chat with a list of messages", where=where))
    name = raw.get("name")
    chat = Chat(name if isinstance(name, str) and name.strip() else _fallback_name(raw))
    for index, message in enumerate(raw.get("messages", [])):
        place = said("{where}, message {index}", where=where, index=index + 1)
        if not isinstance(message, dict):
            raise InputRefused(said("{place}: not an object", place=place))
        kind = message.get("type")
        if kind == "service":
            chat.service += 1
            continue
        if kind != "message":
            continue  # "unsupported" and what later versions add: nothing to read
        chat.posts.append(_post(message, place))
    return chat


def _fallback_name(raw: dict[str, Any]) -> str:
    if raw.get("type") == "saved_messages":
        return "Saved Messages"
    return f"Telegram chat {raw.get('id', '')}".strip()


def _post(message: dict[str, Any], place: str) -> Post:
    identifier = message.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, int):
        raise InputRefused(said("{place}: its id is not a whole number", place=place))
    place = said("{place} (id {id})", place=place, id=identifier)
    entities = message.get("text_entities")
    text = _text(entities if entities is not None else message.get("text", ""), place)
    reply = message.get("reply_to_message_id")
    return Post(
        id=identifier,
        text=text,
        date=_date(message, place),
        sender=_name(message.get("from")),
        signature=_name(message.get("author")),
        forwarded_from=_name(message.get("forwarded_from")),
        reply_to=reply if isinstance(reply, int) and not isinstance(reply, bool) else None,
        media=any(message.get(key) not in (None, "", []) for key in MEDIA_KEYS),
    )


def _text(value: Any, place: str) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise InputRefused(said("{place}: text is neither a string nor a list", place=place))
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text", ""), str):
            parts.append(part.get("text", ""))
        else:
            raise InputRefused(said("{place}: a part of its text is not text", place=place))
    return "".join(parts)


def _date(message: dict[str, Any], place: str) -> str | None:
    if "date_unixtime" in message:
        moment = utc_from_unixtime(message["date_unixtime"])
        if moment is None:
            raise InputRefused(
                said("{place}: date_unixtime is not a number of seconds", place=place)
            )
        return moment
    local = message.get("date")
    if local is None:
        return None
    if not isinstance(local, str) or not _LOCAL_DATE.match(local):
        raise InputRefused(
            said("{place}: date {value!r} is not a date", place=place, value=str(local)[:40])
        )
    return local


def _name(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
