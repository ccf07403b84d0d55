"""E-mail: one message (``.eml``) or a mailbox (``.mbox``, one article per message), read with
the standard library's ``email`` (policy.default: headers decoded, RFC 2047 and 2231) and
``mailbox``.

A message's article: its decoded Subject as title, the From addresses as authors, its Date;
the text is the plain-text part (or, when it has none, the HTML part through the same
extraction as a saved web page), in whatever charset the part declares (koi8-r,
windows-1251 …, detected when it declares none or a wrong one). A forwarded message inside
(``message/rfc822``) follows in order after a line with its sender, date and subject, and each
message starts a passage (kind ``message``). Attachments are handed back as files of their
own (``MaterialRead.attached``): the registry imports those it can read (PDF, Word, text,
any kind of material) and lists the others.
"""

from __future__ import annotations

import email
import mailbox
from email import policy
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

from annotator.domain.errors import InputRefused, message_of, said
from annotator.domain.timestamps import format_timestamp
from annotator.services.importing.article_files import ArticleDraft, read_html_article
from annotator.services.importing.decoding import decode_bytes
from annotator.services.importing.material.reading import (
    MaterialRead,
    ReadOptions,
    Source,
    TextBuilder,
    one_line_label,
    without_controls,
)

MAX_BYTES = 512 * 1024 * 1024
MAX_DEPTH = 8  # forwarded inside forwarded …: deeper is a hostile file
_HEADERS = ("from", "subject", "date", "to", "message-id")


def recognises(name: str, head: bytes) -> bool:
    """A .eml or .mbox file is taken as e-mail; one that is not is refused with the reason."""
    return True


def read(source: Source, options: ReadOptions) -> MaterialRead:
    if Path(source.name).suffix.lower() == ".mbox":
        return _mailbox(source)
    message = email.message_from_bytes(source.data, policy=policy.default)
    if not _is_message(message):
        raise InputRefused(said("not an e-mail message: it has no From, Subject or Date header"))
    read = MaterialRead()
    try:
        _take(message, Path(source.name).stem or source.name, "", read)
    except InputRefused:
        raise
    except Exception as error:  # a hostile header or part: email raises what its parser met
        raise InputRefused(
            said("the message cannot be read: {reason}", reason=_reason(error))
        ) from None
    return read


def _mailbox(source: Source) -> MaterialRead:
    if not source.data.startswith(b"From "):
        raise InputRefused(said("not an mbox mailbox: it does not begin with a From line"))
    read = MaterialRead()
    count = 0
    with source.on_disk() as path:
        # typeshed wants a factory of mailbox.Message; ours gives email's own EmailMessage
        # (policy.default), which the mailbox only hands on.
        box = mailbox.mbox(path, factory=_parsed, create=False)  # type: ignore[arg-type]
        try:
            for count, message in enumerate(box, start=1):
                _take_one_of_many(message, count, read)
        except Exception as error:  # the mailbox itself cut or broken after message ``count``
            raise InputRefused(
                said(
                    "message {number} cannot be read: {reason}",
                    number=count + 1,
                    reason=_reason(error),
                )
            ) from None
        finally:
            box.close()
    if not count:
        raise InputRefused(said("the mailbox holds no message"))
    read.notes.insert(0, said("{count} message(s)", count=count))
    return read


def _take_one_of_many(message: Message, number: int, read: MaterialRead) -> None:
    """A mailbox's message: one that cannot be read is a note, the others are read."""
    name = f"message {number}"
    try:
        _take(message, name, name, read)
    except Exception as error:  # a hostile header or part: email raises what its parser met
        reason = message_of(error) if isinstance(error, InputRefused) else _reason(error)
        read.notes.append(
            said("message {number} cannot be read: {reason}", number=number, reason=reason)
        )


def _reason(error: BaseException) -> str:
    return one_line_label(str(error) or type(error).__name__, 160)


def _parsed(file: Any) -> EmailMessage:
    return email.message_from_binary_file(file, policy=policy.default)


def _is_message(message: Message) -> bool:
    return any(name in message for name in _HEADERS)  # present, whether parsable or not


def _take(message: Message, fallback: str, part: str, read: MaterialRead) -> None:
    """The message's article (when it has text) and its attachments, added to ``read``."""
    walk = _Walk(read)
    try:
        walk.message(message, 0)
    except RecursionError:
        raise InputRefused(said("the message is nested too deeply to be read")) from None
    if walk.left_out:
        kinds = ", ".join(sorted(walk.left_out))
        read.notes.append(
            said(
                "{count} other part(s) left out ({kinds})",
                count=sum(walk.left_out.values()),
                kinds=kinds,
            )
        )
    if not walk.builder:
        read.notes.append(
            said("{message}: no text", message=fallback if part else said("the message"))
        )
        return
    read.drafts.append(
        ArticleDraft(
            title=_header(message, "subject") or fallback,
            text=walk.builder.text,
            source="",
            authors=_addresses(message),
            published_at=_date(message),
            # Where each message starts, when the article holds more than one.
            passages=walk.builder.passages if walk.forwarded else [],
            part=part,
        )
    )


class _Walk:
    """The parts of a message in order: texts into ``builder``, attachments into ``read``."""

    def __init__(self, read: MaterialRead) -> None:
        self.builder = TextBuilder("\n\n")
        self.read = read
        self.forwarded = 0
        self.left_out: dict[str, int] = {}
        self._passage: tuple[str, str] | None = None  # the next text starts this message

    def message(self, message: Message, depth: int) -> None:
        sender = _sender(message)
        day = (_date(message) or "")[:10]
        label = one_line_label(" · ".join(x for x in (sender, day) if x) or "?", 120)
        if depth:
            self.forwarded += 1
            header = "\n".join(
                f"{name}: {value}"
                for name, value in (
                    ("From", _header(message, "from")),
                    ("Date", _header(message, "date")),
                    ("Subject", _header(message, "subject")),
                )
                if value
            )
            self._passage = ("message", label)
            self._add(f"---------- Forwarded message ----------\n{header}")
        else:
            self._passage = ("message", label)
        self.part(message, depth)

    def _add(self, text: str) -> None:
        passage = self._passage or (None, None)
        if self.builder.add(without_controls(text), *passage):
            self._passage = None

    def part(self, part: Message, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise InputRefused(said("the message is nested too deeply to be read"))
        kind = part.get_content_type()
        if kind == "message/rfc822":
            for inner in _payload_messages(part):
                self.message(inner, depth + 1)
            return
        if part.is_multipart():
            children = _payload_messages(part)
            if kind == "multipart/alternative":
                children = _preferred(children)
            for child in children:
                self.part(child, depth)
            return
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        if disposition == "attachment" or (filename and kind not in ("text/plain", "text/html")):
            self._attach(part, filename or "attachment")
        elif kind == "text/plain":
            self._add(_text(part))
        elif kind == "text/html":
            self._add(_html_text(part))
        else:
            self.left_out[kind] = self.left_out.get(kind, 0) + 1

    def _attach(self, part: Message, filename: str) -> None:
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data:
            self.read.attached.append(Source(filename, data))


def _payload_messages(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, Message):
        return [payload]
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def _preferred(alternatives: list[Message]) -> list[Message]:
    """Of a multipart/alternative, the plain text when it has any, else the HTML, else the
    last (the richest, by the standard's order)."""
    for wanted in ("text/plain", "text/html"):
        for part in alternatives:
            if part.get_content_type() == wanted and _text(part).strip():
                return [part]
    return alternatives[-1:]


def _text(part: Message) -> str:
    """A text part decoded: its declared charset when the bytes read in it, else detected."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data:
        return ""
    charset = part.get_content_charset()
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or wrong charset: detect it as a text file's
    try:
        return decode_bytes(data).text
    except InputRefused:
        return ""


def _html_text(part: Message) -> str:
    markup = _text(part)
    if not markup.strip():
        return ""
    try:
        return read_html_article(Path("message.html"), markup.encode("utf-8"), "utf-8").text
    except InputRefused:
        return ""


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:  # a malformed parameter: the part is still an attachment
        name = ""
    name = Path(name.replace("\\", "/")).name
    return one_line_label(name, 120) if name.strip() else ""


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header policy.default cannot parse: left out
        return ""
    return " ".join(without_controls(str(value)).split()) if value is not None else ""


def _addresses(message: Message) -> list[str]:
    try:
        header = message.get("from")
        addresses = getattr(header, "addresses", None)
        if addresses:
            return [one_line_label(str(a), 200) for a in addresses if str(a).strip()][:20]
    except Exception:  # a malformed address list: the header as written
        pass
    written = _header(message, "from")
    return [one_line_label(written, 200)] if written else []


def _sender(message: Message) -> str:
    try:
        header = message.get("from")
        addresses = getattr(header, "addresses", None)
        if addresses:
            return str(addresses[0].display_name or addresses[0].addr_spec)
    except Exception:  # as written below
        pass
    return _header(message, "from")


def _date(message: Message) -> str | None:
    try:
        moment = getattr(message.get("date"), "datetime", None)
        if moment is None:
            return None
        if moment.tzinfo is None:
            return str(moment.date().isoformat())  # "-0000": the zone is unknown
        return format_timestamp(moment)
    except Exception:  # a date email cannot read, or out of range: left out
        return None
